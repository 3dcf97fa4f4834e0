#include "document/internal/html_builder.h"

#include <cassert>

#include "base/text.h"

namespace regio::document::internal {

void HtmlBuilder::start_tag(Name name, std::initializer_list<Attr> attrs) {
  out_ += '<';
  out_ += name.view();
  for (const Attr& a : attrs) {
    if (a.value.empty()) continue;
    out_ += ' ';
    out_ += a.name.view();
    out_ += "=\"";
    append_escaped_xml(out_, a.value, XmlEscape::kAttribute);
    out_ += '"';
  }
}

void HtmlBuilder::open(Name name, std::initializer_list<Attr> attrs) {
  start_tag(name, attrs);
  out_ += '>';
  open_.push_back(name.view());
}

void HtmlBuilder::empty(Name name, std::initializer_list<Attr> attrs) {
  start_tag(name, attrs);
  out_ += "/>";
}

void HtmlBuilder::close() {
  assert(!open_.empty());
  out_ += "</";
  out_ += open_.back();
  out_ += '>';
  open_.pop_back();
}

void HtmlBuilder::element(Name name, std::string_view text, std::initializer_list<Attr> attrs) {
  open(name, attrs);
  append_escaped_xml(out_, text, XmlEscape::kText);
  close();
}

void HtmlBuilder::text(std::string_view text) { append_escaped_xml(out_, text, XmlEscape::kText); }

void HtmlBuilder::trusted_svg(std::string_view svg) {
  // Skip a prolog (<?xml ...?>, <!DOCTYPE ...>, comments) before the root element.
  std::size_t start = svg.find("<svg");
  out_ += start == std::string_view::npos ? svg : svg.substr(start);
}

void HtmlBuilder::style_sheet(std::string_view css) {
  out_ += "<style>";
  out_ += css;
  out_ += "</style>";
}

std::string HtmlBuilder::take() {
  assert(open_.empty());
  return std::move(out_);
}

}  // namespace regio::document::internal
