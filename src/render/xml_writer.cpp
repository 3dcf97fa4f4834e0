#include "render/xml_writer.h"

#include <cmath>
#include <stdexcept>

#include <fmt/format.h>

#include "base/text.h"

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

}  // namespace

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
  append_escaped_xml(out_, value, XmlEscape::kAttribute);
  out_ += '"';
}

void XmlWriter::attr(std::string_view name, double value) { attr(name, svg_number(value)); }

void XmlWriter::text(std::string_view value) {
  if (open_.empty()) throw std::logic_error("XmlWriter: text outside an element");
  end_start_tag();
  append_escaped_xml(out_, value, XmlEscape::kText);
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
