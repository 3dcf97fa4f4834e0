// HTML built so that text can only enter escaped.
//
//   Html page;
//   page.open("h1").text(user.name).close("h1");            // the name is escaped
//   page.element("a", {{"href", "/inloggen"}}, "Inloggen");   // attribute values escaped too
//
// Tag and attribute names are `Name`s, which only a string literal can make (consteval), so a
// value from a request can never become markup; there is no way to add unescaped text except
// another Html (append). Elements are not checked for balance: pages are small and tested.
#pragma once

#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace regio::web {

// A tag or attribute name: a compile-time literal only.
class Name {
 public:
  consteval Name(const char* literal) : text_(literal) {}  // NOLINT: implicit from a literal on purpose
  const char* c_str() const { return text_; }

 private:
  const char* text_;
};

struct Attr {
  Name name;
  std::string value;  // escaped on output
};

// `s` escaped for an attribute value (or text): base/text.h's escape_xml, the one escaper.
std::string escape_html(std::string_view s);

class Html {
 public:
  Html& open(Name tag, std::initializer_list<Attr> attrs = {});
  // With attributes chosen at run time (e.g. aria-invalid only on a field with an error).
  Html& open(Name tag, const std::vector<Attr>& attrs);
  Html& close(Name tag);
  Html& text(std::string_view s);
  // <tag attrs>text</tag>
  Html& element(Name tag, std::initializer_list<Attr> attrs, std::string_view text);
  Html& element(Name tag, std::string_view text) { return element(tag, {}, text); }
  // A void element such as <input> or <meta>.
  Html& empty(Name tag, std::initializer_list<Attr> attrs);
  Html& empty(Name tag, const std::vector<Attr>& attrs);
  Html& append(const Html& other);
  // A figure drawn by render::to_svg (render/svg.h), inserted as markup. Only that module's output
  // may come here: it escapes every text it writes and has no script or style attributes.
  Html& svg(const std::string& svg_from_render);

  const std::string& str() const { return out_; }

 private:
  void start_tag(Name tag, std::span<const Attr> attrs);
  std::string out_;
};

}  // namespace regio::web
