#include "render/xml_writer.h"

#include <cmath>
#include <stdexcept>

#include <fmt/format.h>

namespace regio::render {
namespace {

bool is_name(std::string_view name) {
  if (name.empty()) return false;
  for (std::size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    bool other = (c >= '0' && c <= '9') || c == '-' || c == '_' || c == ':' || c == '.';
    if (!(letter || (i > 0 && other))) return false;
  }
  return true;
}

void require_name(std::string_view name) {
  if (!is_name(name)) throw std::logic_error(fmt::format("XmlWriter: '{}' is not an XML name", name));
}

// Length of the valid UTF-8 sequence at s[i] (XML 1.0 characters only), or 0.
std::size_t valid_sequence(std::string_view s, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  if (c < 0x80) return (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') && c != 0x7f ? 1 : 0;
  std::size_t n = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 ? 2 : 0;
  if (n == 0 || c > 0xf4 || i + n > s.size()) return 0;
  char32_t cp = c & (0x7f >> n);
  for (std::size_t k = 1; k < n; ++k) {
    if ((byte(i + k) & 0xc0) != 0x80) return 0;
    cp = (cp << 6) | (byte(i + k) & 0x3f);
  }
  bool overlong = (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000);
  bool bad =
      cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) || cp == 0xfffe || cp == 0xffff || (cp >= 0x80 && cp <= 0x9f);
  return overlong || bad ? 0 : n;
}

}  // namespace

void append_escaped(std::string& out, std::string_view text, bool quote) {
  for (std::size_t i = 0; i < text.size();) {
    char c = text[i];
    switch (c) {
      case '&':
        out += "&amp;";
        ++i;
        continue;
      case '<':
        out += "&lt;";
        ++i;
        continue;
      case '>':
        out += "&gt;";
        ++i;
        continue;
      case '"':
        out += quote ? "&quot;" : "\"";
        ++i;
        continue;
      case '\'':
        out += quote ? "&#39;" : "'";
        ++i;
        continue;
      case '\n':
        out += quote ? "&#10;" : "\n";
        ++i;
        continue;
      default:
        break;
    }
    std::size_t n = valid_sequence(text, i);
    if (n == 0) {
      if (static_cast<unsigned char>(c) >= 0x80) out += "\xEF\xBF\xBD";  // U+FFFD for a bad byte
      ++i;                                                               // control characters: dropped
      continue;
    }
    out.append(text.substr(i, n));
    i += n;
  }
}

std::string svg_number(double v) {
  double r = std::round(v * 10.0) / 10.0;
  if (r == 0.0 || !std::isfinite(r)) return "0";
  if (r == std::floor(r)) return fmt::format("{}", static_cast<long long>(r));
  return fmt::format("{:.1f}", r);
}

void XmlWriter::end_start_tag() {
  if (in_start_tag_) {
    out_ += '>';
    in_start_tag_ = false;
  }
}

void XmlWriter::open(std::string_view name) {
  require_name(name);
  end_start_tag();
  out_ += '<';
  out_ += name;
  open_.emplace_back(name);
  in_start_tag_ = true;
}

void XmlWriter::attr(std::string_view name, std::string_view value) {
  require_name(name);
  if (!in_start_tag_) throw std::logic_error(fmt::format("XmlWriter: attribute '{}' after content", name));
  out_ += ' ';
  out_ += name;
  out_ += "=\"";
  append_escaped(out_, value, true);
  out_ += '"';
}

void XmlWriter::attr(std::string_view name, double value) { attr(name, svg_number(value)); }

void XmlWriter::text(std::string_view value) {
  if (open_.empty()) throw std::logic_error("XmlWriter: text outside an element");
  end_start_tag();
  append_escaped(out_, value, false);
}

void XmlWriter::close() {
  if (open_.empty()) throw std::logic_error("XmlWriter: close without open");
  if (in_start_tag_) {
    out_ += "/>";
    in_start_tag_ = false;
  } else {
    out_ += "</";
    out_ += open_.back();
    out_ += '>';
  }
  open_.pop_back();
}

void XmlWriter::append(const XmlWriter& fragment) {
  if (!fragment.open_.empty()) throw std::logic_error("XmlWriter: appending an unfinished fragment");
  end_start_tag();
  out_ += fragment.out_;
}

std::string XmlWriter::finish() && {
  if (!open_.empty()) throw std::logic_error("XmlWriter: finish with open elements");
  return std::move(out_);
}

}  // namespace regio::render
