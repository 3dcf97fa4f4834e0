// Small text helpers: trimming, strict number parsing, Dutch number display and escaping text
// for XML and HTML markup.
//
// Numbers are parsed strictly: the whole text must be the number ("12 " after trim is fine,
// "12a" is not). Decimals accept '.' or ',' as the separator, because Dutch Excel writes ','.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace regio {

std::string_view trim(std::string_view s);
std::string to_lower_ascii(std::string_view s);

// "-12", "+3", "7". No thousands separators, no decimals.
std::optional<std::int64_t> parse_integer(std::string_view s);
// "1.5", "1,5", "-0.25", "3". No thousands separators, no exponent.
std::optional<double> parse_decimal(std::string_view s);

// Splits on runs of ASCII white space; no empty parts.
std::vector<std::string> split_whitespace(std::string_view s);

// Shortest text that reads back as the same double, with '.' ("2.5", "3", "0.1"): for data
// files (csv) and canonical answers.
std::string format_number(double v);
// The same with a decimal comma ("2,5", "3", "0,1"): every number shown in Dutch text.
std::string format_number_nl(double v);
// `decimals` fixed decimals with a decimal comma ("41,9" for 41.94 and 1; "-" sign kept): Dutch
// tables.
std::string format_fixed_nl(double v, int decimals);
// Display form for charts and tables: `decimals` fixed decimals, decimal comma and a thousands
// dot ("1.234", "1.234,5", "-12.000", "0,5"). A value that rounds to zero is written without a
// minus sign ("0" for -0.04 with 0 decimals).
std::string format_grouped_nl(double v, int decimals);
// The same followed by "%" without a space ("42,5%" for 42.5 and 1 decimal).
std::string format_percent_nl(double v, int decimals);

// Where escaped text goes in XML or HTML markup.
enum class XmlEscape {
  kText,       // element content
  kAttribute,  // a quoted attribute value: tab, line feed and carriage return also become
               // character references, so attribute-value normalisation keeps them
};
// Appends `text` escaped for XML 1.0 and HTML alike, the one escaper of every writer of markup
// (web pages, report documents, SVG charts): &, <, >, " and ' become character references, and
// what XML 1.0 does not allow becomes U+FFFD, so any user text yields well-formed markup: a
// control character (other than tab, line feed, carriage return), a C1 control (U+0080-U+009F),
// U+FFFE/U+FFFF, and each byte of invalid UTF-8 (overlong forms and surrogates included).
//
//   append_escaped_xml(out, "a < b \x01", XmlEscape::kText);  // "a &lt; b \uFFFD"
void append_escaped_xml(std::string& out, std::string_view text, XmlEscape where);
std::string escape_xml(std::string_view text, XmlEscape where);

}  // namespace regio
