#include "web/html.h"

#include "base/text.h"

namespace regio::web {

std::string escape_html(std::string_view s) { return escape_xml(s, XmlEscape::kAttribute); }

void Html::start_tag(Name tag, std::span<const Attr> attrs) {
  out_ += '<';
  out_ += tag.c_str();
  for (const Attr& a : attrs) {
    out_ += ' ';
    out_ += a.name.c_str();
    out_ += "=\"";
    append_escaped_xml(out_, a.value, XmlEscape::kAttribute);
    out_ += '"';
  }
  out_ += '>';
}

Html& Html::open(Name tag, std::initializer_list<Attr> attrs) {
  start_tag(tag, {attrs.begin(), attrs.size()});
  return *this;
}

Html& Html::open(Name tag, const std::vector<Attr>& attrs) {
  start_tag(tag, attrs);
  return *this;
}

Html& Html::close(Name tag) {
  out_ += "</";
  out_ += tag.c_str();
  out_ += '>';
  return *this;
}

Html& Html::text(std::string_view s) {
  append_escaped_xml(out_, s, XmlEscape::kText);
  return *this;
}

Html& Html::element(Name tag, std::initializer_list<Attr> attrs, std::string_view text) {
  start_tag(tag, {attrs.begin(), attrs.size()});
  out_ += escape_html(text);
  return close(tag);
}

Html& Html::empty(Name tag, std::initializer_list<Attr> attrs) {
  start_tag(tag, {attrs.begin(), attrs.size()});
  return *this;
}

Html& Html::empty(Name tag, const std::vector<Attr>& attrs) {
  start_tag(tag, attrs);
  return *this;
}

Html& Html::append(const Html& other) {
  out_ += other.out_;
  return *this;
}

Html& Html::svg(const std::string& svg_from_render) {
  out_ += svg_from_render;
  return *this;
}

}  // namespace regio::web
