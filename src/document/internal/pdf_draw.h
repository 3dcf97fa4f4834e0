// The PDF writer's draw pass: replays a PageLayout on a cairo PDF surface, with the running
// header and footer ("pagina n van N") on every page and the page numbers in the table of
// contents, which are known only now.
#pragma once

#include <cairo.h>

#include "document/internal/pdf_layout.h"

namespace regio::document::internal {

// REQUIRES: `cr` draws on the PDF surface `surface`; `texts` made the layout's texts.
Status draw(const PageLayout& layout, const Document& doc, cairo_t* cr, cairo_surface_t* surface, TextFactory& texts);

}  // namespace regio::document::internal
