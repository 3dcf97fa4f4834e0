#include "render/xml_writer.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace regio::render {
namespace {

TEST(XmlWriter, EscapesTextAndAttributes) {
  XmlWriter w;
  w.open("text");
  w.attr("aria-label", "a\"b'c<d>&e");
  w.text("<script>alert('x')</script> & \"q\"");
  w.close();
  EXPECT_EQ(std::move(w).finish(),
            "<text aria-label=\"a&quot;b&#39;c&lt;d&gt;&amp;e\">&lt;script&gt;alert('x')&lt;/script&gt; &amp; "
            "\"q\"</text>");
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

TEST(XmlWriter, DropsControlCharactersAndReplacesInvalidUtf8) {
  std::string out;
  append_escaped(out,
                 std::string("a\x01"
                             "b\x7f"
                             "c\xff"
                             "d\xc3\xa9",
                             9),
                 false);
  EXPECT_EQ(out,
            "abc\xEF\xBF\xBD"
            "d\xc3\xa9");  // é kept, 0xff replaced
  out.clear();
  append_escaped(out, "\xed\xa0\x80", false);  // a UTF-16 surrogate encoded in UTF-8
  EXPECT_EQ(out, "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST(XmlWriter, FormatsSvgNumbersWithOneDecimal) {
  EXPECT_EQ(svg_number(12.25), "12.3");
  EXPECT_EQ(svg_number(3.0), "3");
  EXPECT_EQ(svg_number(-0.04), "0");
  EXPECT_EQ(svg_number(-4.46), "-4.5");
}

}  // namespace
}  // namespace regio::render
