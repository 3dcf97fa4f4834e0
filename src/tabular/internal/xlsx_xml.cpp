#include "tabular/internal/xlsx_xml.h"

#include <charconv>

namespace regio::tabular {

// Generators differ in namespace prefixes ("x:sheet" vs "sheet"), so elements and attributes
// are matched on their local name.
std::string_view local_name(const char* name) {
  std::string_view view(name);
  const std::size_t colon = view.find(':');
  return colon == std::string_view::npos ? view : view.substr(colon + 1);
}

pugi::xml_node child(pugi::xml_node node, std::string_view name) {
  for (auto c : node.children()) {
    if (c.type() == pugi::node_element && local_name(c.name()) == name) return c;
  }
  return {};
}

std::string_view attribute(pugi::xml_node node, std::string_view name) {
  for (auto a : node.attributes()) {
    if (local_name(a.name()) == name) return a.value();
  }
  return {};
}

// OOXML escapes characters XML cannot hold as _xHHHH_ (ECMA-376 Part 1, §22.9.2.19).
std::string decode_escapes(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned code = 0;
    if (text[i] == '_' && i + 6 < text.size() && text[i + 1] == 'x' && text[i + 6] == '_' &&
        std::from_chars(text.data() + i + 2, text.data() + i + 6, code, 16).ptr == text.data() + i + 6) {
      if (code < 0x80) {
        out += static_cast<char>(code);
      } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
      } else {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
      }
      i += 6;
      continue;
    }
    out += text[i];
  }
  return out;
}

// Text of a shared-string item or inline string: plain <t>, or rich-text runs <r><t>; phonetic
// hints (<rPh>) are not part of the text.
std::string string_item_text(pugi::xml_node item) {
  std::string text;
  for (auto c : item.children()) {
    const auto name = local_name(c.name());
    if (name == "t") {
      text += c.text().get();
    } else if (name == "r") {
      if (auto t = child(c, "t")) text += t.text().get();
    }
  }
  return decode_escapes(text);
}

}  // namespace regio::tabular
