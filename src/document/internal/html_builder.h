// An HTML writer where text can only enter escaped.
//
// Element and attribute names are `Name`s, which can only be made from string literals at
// compile time (consteval), so no runtime string can become markup. Text and attribute values
// are always escaped. The one way to add raw markup is `trusted_svg`, for the output of our chart
// module (see Figure in document.h). The output is XHTML-compatible HTML5: void elements are
// written as `<meta .../>`, only the five XML entities are used.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace regio::document::internal {

class Name {
 public:
  template <std::size_t N>
  consteval Name(const char (&literal)[N]) : text_(literal, N - 1) {}  // NOLINT: implicit on purpose
  std::string_view view() const { return text_; }

 private:
  std::string_view text_;
};

// An attribute; one with an empty value is left out (class="" says nothing).
struct Attr {
  Name name;
  std::string_view value;  // escaped when written
};

class HtmlBuilder {
 public:
  // Writes `<name attr="value" ...>` and remembers it for close().
  void open(Name name, std::initializer_list<Attr> attrs = {});
  // Writes `<name attr="value" .../>` (void elements: meta, br).
  void empty(Name name, std::initializer_list<Attr> attrs = {});
  // Closes the innermost open element.
  void close();
  // open + text + close.
  void element(Name name, std::string_view text, std::initializer_list<Attr> attrs = {});
  void text(std::string_view text);
  void newline() { out_ += '\n'; }
  // Raw SVG markup from the chart module; the XML declaration and DOCTYPE, if any, are dropped.
  void trusted_svg(std::string_view svg);
  // <style>css</style> without escaping: only for html_css(), our own constant style sheet.
  void style_sheet(std::string_view css);
  // REQUIRES: every opened element closed.
  std::string take();

 private:
  void start_tag(Name name, std::initializer_list<Attr> attrs);
  std::string out_;
  std::vector<std::string_view> open_;
};

}  // namespace regio::document::internal
