// The HTML writer: a document as one accessible HTML5 page, or as a <main> fragment plus CSS.
//
// Text only enters escaped (internal/html_builder.h). Headings: the document title is <h1>, a
// heading of level n is <h{n+1}>, with the anchor as its id. Tables get a <caption> ("Tabel n.
// …") and <th scope>; figures are inline SVG inside <figure>, wrapped in role="img" with the alt
// text as aria-label; the table of contents links to the anchors. Only SVG made by the chart
// module may be put in a Figure: it is embedded without escaping.
//
//   Result<std::string> page = to_html(doc);          // report download: <style> in the head
//   Result<HtmlParts> parts = to_html_parts(doc);     // web page under a strict CSP: no inline
//                                                     // style; serve parts->css as a file
#pragma once

#include <string>
#include <string_view>

#include "base/error.h"
#include "document/document.h"

namespace regio::document {

struct HtmlParts {
  std::string main;  // "<main class=\"rd-doc\">…</main>": no style attribute or element inside
  std::string css;   // the style sheet for it (every selector starts with .rd-doc)
};

// kInvalidArgument when validate(doc) fails.
Result<std::string> to_html(const Document& doc);
Result<HtmlParts> to_html_parts(const Document& doc);

// The style sheet used by both.
std::string_view html_css();

}  // namespace regio::document
