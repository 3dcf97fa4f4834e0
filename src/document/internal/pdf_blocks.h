// The blocks of a document measured for the PDF layout pass (texts made, SVG read, tables sized),
// and how each is placed on the pages.
#pragma once

#include "document/internal/pdf_placer.h"

namespace regio::document::internal {

struct PreparedHeading {
  const Text* text;
};
struct PreparedParagraph {
  const Text* text;
};
struct PreparedList {
  std::vector<std::pair<const Text*, const Text*>> items;  // bullet, body
};
struct PreparedFigure {
  const Text* caption;
  const Text* source;
  RsvgHandle* svg;
  double width, height;
};
struct PreparedNote {
  const Text* title;
  const Text* body;
};
struct PreparedToc {
  const Text* title;
  std::vector<std::pair<const Text*, std::size_t>> entries;  // text, heading index
};
using Prepared = std::variant<PreparedHeading, PreparedParagraph, PreparedList, PreparedTable, PreparedFigure,
                              PreparedNote, PageBreak, PreparedToc>;

// Measures a block. `tables` and `figures` count for the numbering; SVG handles are kept in `out`.
Result<Prepared> prepare(const Block& block, const Document& doc, TextFactory& texts, int& tables, int& figures,
                         PageLayout& out);
// What must fit below a heading for it to stay on the page: the start of this block.
double min_height(const Prepared& p);
TextStyle body_style(double width);
// Places a measured block. A heading starts a new page unless `keep` (its own height and the
// start of what follows it, see lay_out) fits: never a heading alone at the bottom of a page.
void place_block(const Prepared& p, const Block& block, double keep, const Document& doc, Placer& placer);

}  // namespace regio::document::internal
