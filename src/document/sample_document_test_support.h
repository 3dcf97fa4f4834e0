// A sample document with every kind of block, for the writers' tests and the timing tool.
#pragma once

#include "document/document.h"

namespace regio::document::testing {

// Two hand-written SVG charts (a bar chart and a line chart), as the chart module would give.
const char* bar_chart_svg();
const char* line_chart_svg();

// Title "Voorbeeldrapport Regiomonitor"; a table of contents; chapters with paragraphs (long
// Dutch words), a bullet list, a caveat note, two figures, a table of `table_rows` rows (with
// suppressed cells) and a page break. `chapters` repeats the body chapters to make a long
// document; `table_rows` of 110 makes the table run over three pages.
Document sample_document(int chapters = 1, int table_rows = 110);

}  // namespace regio::document::testing
