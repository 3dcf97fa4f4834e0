#include "render/xml_writer.h"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

#include <pugixml.hpp>

namespace regio::render {
namespace {

TEST(XmlWriter, EscapesTextAndAttributes) {
  XmlWriter w;
  w.open("text");
  w.attr("aria-label", "a\"b'c<d>&e");
  w.text("<script>alert('x')</script> & \"q\"");
  w.close();
  EXPECT_EQ(std::move(w).finish(),
            "<text aria-label=\"a&quot;b&#39;c&lt;d&gt;&amp;e\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; "
            "&quot;q&quot;</text>");
}

TEST(XmlWriter, WritesEmptyElementsSelfClosingAndNests) {
  XmlWriter inner;
  inner.open("rect");
  inner.attr("x", 1.25);
  inner.close();
  XmlWriter w;
  w.open("g");
  w.append(inner);
  w.close();
  EXPECT_EQ(std::move(w).finish(), "<g><rect x=\"1.3\"/></g>");
}

TEST(XmlWriter, RejectsNamesThatAreNotXmlNamesAndMisuse) {
  XmlWriter w;
  EXPECT_THROW(w.open("a b"), std::logic_error);
  EXPECT_THROW(w.open("<x>"), std::logic_error);
  w.open("g");
  EXPECT_THROW(w.attr("on click", "x"), std::logic_error);
  w.text("t");
  EXPECT_THROW(w.attr("late", "x"), std::logic_error);
  XmlWriter unfinished;
  unfinished.open("g");
  EXPECT_THROW(w.append(unfinished), std::logic_error);
}

// User text (a region name, a chart title from a questionnaire) may hold any byte. Whatever it
// holds, the SVG must stay well-formed XML: every control character, C1 control, invalid UTF-8
// byte and surrogate becomes U+FFFD, in text and in attribute values, and the rest survives.
TEST(XmlWriter, ControlCharactersInUserTextCannotMakeTheSvgInvalid) {
  std::string hostile;
  for (int c = 1; c < 0x20; ++c) hostile += static_cast<char>(c);
  hostile +=
      "\x7f"
      "\xc2\x85"      // U+0085, a C1 control
      "\xff"          // never valid in UTF-8
      "\xed\xa0\x80"  // a UTF-16 surrogate encoded in UTF-8
      "\xef\xbf\xbe"  // U+FFFE
      "caf\xc3\xa9 ]]> &#0; <x/>";
  XmlWriter w;
  w.open("svg");
  w.attr("xmlns", "http://www.w3.org/2000/svg");
  w.attr("aria-label", hostile);
  w.open("title");
  w.text(hostile);
  w.close();
  w.close();
  const std::string svg = std::move(w).finish();
  pugi::xml_document doc;
  const pugi::xml_parse_result parsed =
      doc.load_buffer(svg.data(), svg.size(), pugi::parse_default, pugi::encoding_utf8);
  ASSERT_TRUE(parsed) << parsed.description();
  const std::string fffd = "\xEF\xBF\xBD";
  std::string controls;  // 0x01-0x1F but tab, line feed and carriage return, then DEL
  for (int c = 1; c < 0x20; ++c)
    controls += c == '\t' || c == '\n' || c == '\r' ? std::string(1, static_cast<char>(c)) : fffd;
  const std::string expected = controls + fffd +  // DEL
                               fffd + fffd +      // the two bytes of U+0085
                               fffd +             // 0xff
                               fffd + fffd + fffd + fffd + fffd + fffd + "caf\xc3\xa9 ]]> &#0; <x/>";
  std::string title = doc.child("svg").child("title").child_value();
  // pugixml keeps the carriage return of the text as a line feed (XML end-of-line handling).
  for (char& c : title)
    if (c == '\r') c = '\n';
  std::string expected_text = expected;
  for (char& c : expected_text)
    if (c == '\r') c = '\n';
  EXPECT_EQ(title, expected_text);
  EXPECT_EQ(std::string(doc.child("svg").attribute("aria-label").value()), expected);  // tab, LF, CR kept as references
  EXPECT_EQ(svg.find('\x01'), std::string::npos);
}

TEST(XmlWriter, FormatsSvgNumbersWithOneDecimal) {
  EXPECT_EQ(svg_number(12.25), "12.3");
  EXPECT_EQ(svg_number(3.0), "3");
  EXPECT_EQ(svg_number(-0.04), "0");
  EXPECT_EQ(svg_number(-4.46), "-4.5");
}

}  // namespace
}  // namespace regio::render
