#include "base/text.h"

#include <charconv>
#include <cmath>

#include <fmt/format.h>

namespace regio {

std::string_view trim(std::string_view s) {
  const char* ws = " \t\r\n";
  const auto b = s.find_first_not_of(ws);
  if (b == std::string_view::npos) return {};
  const auto e = s.find_last_not_of(ws);
  return s.substr(b, e - b + 1);
}

std::string to_lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::optional<std::int64_t> parse_integer(std::string_view s) {
  s = trim(s);
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  if (s.empty()) return std::nullopt;
  std::int64_t v = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || ptr != s.data() + s.size()) return std::nullopt;
  return v;
}

std::optional<double> parse_decimal(std::string_view s) {
  s = trim(s);
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  if (s.empty() || s.size() > 64) return std::nullopt;
  std::string buf(s);
  std::size_t seps = 0;
  for (char& c : buf) {
    if (c == ',' || c == '.') {
      c = '.';
      ++seps;
    } else if (!((c >= '0' && c <= '9') || c == '-')) {
      return std::nullopt;
    }
  }
  if (seps > 1 || buf.back() == '.' || buf.front() == '.' || (buf.size() > 1 && buf[0] == '-' && buf[1] == '.'))
    return std::nullopt;
  double v = 0;
  auto [ptr, ec] = std::from_chars(buf.data(), buf.data() + buf.size(), v);
  if (ec != std::errc() || ptr != buf.data() + buf.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

std::vector<std::string> split_whitespace(std::string_view s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')) ++i;
    std::size_t j = i;
    while (j < s.size() && !(s[j] == ' ' || s[j] == '\t' || s[j] == '\r' || s[j] == '\n')) ++j;
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

std::string format_number(double v) {
  if (v == std::floor(v) && std::fabs(v) < 1e15) return fmt::format("{}", static_cast<std::int64_t>(v));
  return fmt::format("{}", v);
}

namespace {

std::string with_decimal_comma(std::string text) {
  for (char& c : text)
    if (c == '.') c = ',';
  return text;
}

}  // namespace

std::string format_number_nl(double v) { return with_decimal_comma(format_number(v)); }

std::string format_fixed_nl(double v, int decimals) { return with_decimal_comma(fmt::format("{:.{}f}", v, decimals)); }

std::string format_grouped_nl(double v, int decimals) {
  std::string plain = fmt::format("{:.{}f}", v, decimals);
  bool negative = !plain.empty() && plain[0] == '-';
  if (negative) plain.erase(0, 1);
  if (plain.find_first_not_of("0.") == std::string::npos) negative = false;  // "-0.0" -> "0,0"
  std::size_t point = plain.find('.');
  std::string digits = plain.substr(0, point);
  std::string out = negative ? "-" : "";
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += '.';
    out += digits[i];
  }
  if (point != std::string::npos) out += ',' + plain.substr(point + 1);
  return out;
}

std::string format_percent_nl(double v, int decimals) { return format_grouped_nl(v, decimals) + "%"; }

namespace {

// Length of the valid UTF-8 sequence at s[i] of a character XML 1.0 allows (and HTML does not
// frown upon), or 0.
std::size_t valid_xml_sequence(std::string_view s, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = byte(i);
  if (c < 0x80) return (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') && c != 0x7f ? 1 : 0;
  const std::size_t n = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 ? 2 : 0;
  if (n == 0 || c > 0xf4 || i + n > s.size()) return 0;
  char32_t cp = c & (0x7f >> n);
  for (std::size_t k = 1; k < n; ++k) {
    if ((byte(i + k) & 0xc0) != 0x80) return 0;
    cp = (cp << 6) | (byte(i + k) & 0x3f);
  }
  const bool overlong = (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000);
  const bool bad =
      cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) || cp == 0xfffe || cp == 0xffff || (cp >= 0x80 && cp <= 0x9f);
  return overlong || bad ? 0 : n;
}

}  // namespace

void append_escaped_xml(std::string& out, std::string_view text, XmlEscape where) {
  const bool attribute = where == XmlEscape::kAttribute;
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    const char* reference = nullptr;
    switch (c) {
      case '&':
        reference = "&amp;";
        break;
      case '<':
        reference = "&lt;";
        break;
      case '>':
        reference = "&gt;";
        break;
      case '"':
        reference = "&quot;";
        break;
      case '\'':
        reference = "&#39;";
        break;
      case '\t':
        reference = attribute ? "&#9;" : nullptr;
        break;
      case '\n':
        reference = attribute ? "&#10;" : nullptr;
        break;
      case '\r':
        reference = attribute ? "&#13;" : nullptr;
        break;
      default:
        break;
    }
    if (reference != nullptr) {
      out += reference;
      ++i;
      continue;
    }
    const std::size_t n = valid_xml_sequence(text, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD for a character XML does not allow, or a bad byte
      ++i;
      continue;
    }
    out.append(text.substr(i, n));
    i += n;
  }
}

std::string escape_xml(std::string_view text, XmlEscape where) {
  std::string out;
  out.reserve(text.size());
  append_escaped_xml(out, text, where);
  return out;
}

}  // namespace regio
