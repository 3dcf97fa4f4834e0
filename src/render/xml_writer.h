// A tiny XML writer that escapes by construction: text and attribute values go in as plain
// strings and come out escaped, so no caller can forget. Element and attribute names must be
// literal XML names (checked: a bad name is a programming error and throws std::logic_error).
// Text is also cleaned of what XML 1.0 forbids (base/text.h, append_escaped_xml): control
// characters and invalid UTF-8 bytes become U+FFFD, so the output always parses.
//
//   XmlWriter w;
//   w.open("text");
//   w.attr("x", 12.25);           // "12.3": numbers with at most one decimal
//   w.text("a < b & \"c\"");
//   w.close();
//   std::string svg = std::move(w).finish();
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace regio::render {

class XmlWriter {
 public:
  // Starts <name>. Attributes may follow until the first text or child.
  void open(std::string_view name);
  // Adds an attribute to the element just opened. REQUIRES: no text or child written yet.
  void attr(std::string_view name, std::string_view value);
  // Numeric attribute rounded to one decimal ("12.3", "-4", "0").
  void attr(std::string_view name, double value);
  void text(std::string_view value);
  // Closes the innermost open element (as <name/> when it is empty).
  void close();
  // Appends a finished fragment written by another writer (all its elements closed).
  void append(const XmlWriter& fragment);
  bool empty() const { return out_.empty(); }
  // The document. REQUIRES: every element closed.
  std::string finish() &&;

 private:
  void end_start_tag();

  std::string out_;
  std::vector<std::string> open_;
  bool in_start_tag_ = false;
};

// A number as SVG wants it: '.' decimal point, at most one decimal, no "-0".
std::string svg_number(double v);

}  // namespace regio::render
