#include "base/text.h"

#include <gtest/gtest.h>

namespace regio {
namespace {

TEST(Text, ParsesIntegersStrictly) {
  EXPECT_EQ(parse_integer("42"), 42);
  EXPECT_EQ(parse_integer(" -7 "), -7);
  EXPECT_EQ(parse_integer("+3"), 3);
  EXPECT_FALSE(parse_integer("4.0"));
  EXPECT_FALSE(parse_integer("12a"));
  EXPECT_FALSE(parse_integer(""));
  EXPECT_FALSE(parse_integer("99999999999999999999"));
}

TEST(Text, ParsesDecimalsWithPointOrComma) {
  EXPECT_DOUBLE_EQ(*parse_decimal("1.5"), 1.5);
  EXPECT_DOUBLE_EQ(*parse_decimal("1,5"), 1.5);
  EXPECT_DOUBLE_EQ(*parse_decimal("-0,25"), -0.25);
  EXPECT_DOUBLE_EQ(*parse_decimal("3"), 3.0);
  EXPECT_FALSE(parse_decimal("1.000,5"));
  EXPECT_FALSE(parse_decimal("1e5"));
  EXPECT_FALSE(parse_decimal(","));
  EXPECT_FALSE(parse_decimal("5."));
  EXPECT_FALSE(parse_decimal("nan"));
}

TEST(Text, TrimsAndSplits) {
  EXPECT_EQ(trim("  a b \r\n"), "a b");
  EXPECT_EQ(trim("   "), "");
  EXPECT_EQ(split_whitespace(" ips  jobcoaching\tanders "), (std::vector<std::string>{"ips", "jobcoaching", "anders"}));
  EXPECT_EQ(to_lower_ascii("AbC"), "abc");
}

TEST(Text, FormatsNumbersShortest) {
  EXPECT_EQ(format_number(3.0), "3");
  EXPECT_EQ(format_number(2.5), "2.5");
  EXPECT_EQ(format_number(0.1), "0.1");
  EXPECT_EQ(format_number(-4.0), "-4");
}

TEST(Text, FormatsDutchNumbersWithADecimalComma) {
  EXPECT_EQ(format_number_nl(41.9), "41,9");
  EXPECT_EQ(format_number_nl(3.0), "3");
  EXPECT_EQ(format_number_nl(-0.25), "-0,25");
  EXPECT_EQ(format_fixed_nl(41.94, 1), "41,9");
  EXPECT_EQ(format_fixed_nl(40.0, 1), "40,0");
  EXPECT_EQ(format_fixed_nl(12.0, 0), "12");
}

TEST(Text, FormatsDutchDisplayNumbersWithThousandsDots) {
  EXPECT_EQ(format_grouped_nl(1234.0, 0), "1.234");
  EXPECT_EQ(format_grouped_nl(1234567.891, 2), "1.234.567,89");
  EXPECT_EQ(format_grouped_nl(999.0, 0), "999");
  EXPECT_EQ(format_grouped_nl(-12000.0, 0), "-12.000");
  EXPECT_EQ(format_grouped_nl(0.5, 1), "0,5");
  EXPECT_EQ(format_grouped_nl(-0.04, 0), "0");
  EXPECT_EQ(format_grouped_nl(-0.04, 1), "0,0");
  EXPECT_EQ(format_percent_nl(42.5, 1), "42,5%");
  EXPECT_EQ(format_percent_nl(100.0, 0), "100%");
}

TEST(Text, EscapesMarkupTheSameInTextAndAttributes) {
  EXPECT_EQ(escape_xml("<a href='x'>\"R&D\"</a>", XmlEscape::kText),
            "&lt;a href=&#39;x&#39;&gt;&quot;R&amp;D&quot;&lt;/a&gt;");
  EXPECT_EQ(escape_xml("<a href='x'>\"R&D\"</a>", XmlEscape::kAttribute),
            "&lt;a href=&#39;x&#39;&gt;&quot;R&amp;D&quot;&lt;/a&gt;");
  // Tab, line feed and carriage return: kept in text, references in attribute values.
  EXPECT_EQ(escape_xml("a\tb\nc\rd", XmlEscape::kText), "a\tb\nc\rd");
  EXPECT_EQ(escape_xml("a\tb\nc\rd", XmlEscape::kAttribute), "a&#9;b&#10;c&#13;d");
  EXPECT_EQ(escape_xml("caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80", XmlEscape::kText),
            "caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80");  // é, €, an emoji: valid UTF-8 kept
}

TEST(Text, ReplacesWhatXmlDoesNotAllowByTheReplacementCharacter) {
  const std::string fffd = "\xEF\xBF\xBD";
  EXPECT_EQ(escape_xml(std::string("nul\0bel\x07", 8), XmlEscape::kText), "nul" + fffd + "bel" + fffd);
  EXPECT_EQ(escape_xml("a\x1b[31mb\x7f", XmlEscape::kAttribute), "a" + fffd + "[31mb" + fffd);
  EXPECT_EQ(escape_xml("\xc2\x85", XmlEscape::kText), fffd + fffd);                        // C1 control U+0085
  EXPECT_EQ(escape_xml("\xc3", XmlEscape::kText), fffd);                                   // cut-off sequence
  EXPECT_EQ(escape_xml("\xc0\xaf", XmlEscape::kText), fffd + fffd);                        // overlong '/'
  EXPECT_EQ(escape_xml("\xed\xa0\x80", XmlEscape::kText), fffd + fffd + fffd);             // surrogate
  EXPECT_EQ(escape_xml("\xef\xbf\xbf", XmlEscape::kText), fffd + fffd + fffd);             // U+FFFF
  EXPECT_EQ(escape_xml("\xf4\x90\x80\x80", XmlEscape::kText), fffd + fffd + fffd + fffd);  // > U+10FFFF
}

}  // namespace
}  // namespace regio
