// pugixml helpers of the XLSX reader (internal to tabular): matching on local names, whatever
// namespace prefix a generator uses, and the text of OOXML string items.
#pragma once

#include <pugixml.hpp>

#include <string>
#include <string_view>

namespace regio::tabular {

// "x:sheet" -> "sheet".
std::string_view local_name(const char* name);
// The first child element / the attribute with that local name (empty when there is none).
pugi::xml_node child(pugi::xml_node node, std::string_view name);
std::string_view attribute(pugi::xml_node node, std::string_view name);
// OOXML's _xHHHH_ escapes decoded to UTF-8 (ECMA-376 Part 1, §22.9.2.19).
std::string decode_escapes(std::string_view text);
// Text of a shared-string item or inline string: plain <t>, or rich-text runs <r><t>.
std::string string_item_text(pugi::xml_node item);

}  // namespace regio::tabular
