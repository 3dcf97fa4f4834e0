// Small builders for report blocks: paragraphs from sentences, Dutch numbers, and a chart
// added as a figure (print SVG, alt text) together with a table of the same figures.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "document/document.h"
#include "outcomes/disclosure.h"
#include "render/chart.h"
#include "report/sentence.h"

namespace regio::reports {

using Blocks = std::vector<document::Block>;

document::Paragraph paragraph(std::string text);
void add_heading(Blocks& b, int level, std::string text, std::string anchor);
void add_sentence(Blocks& b, const report::Sentence& s);
// "3,2" with `decimals` decimals, a decimal comma and thousands dots.
std::string dutch_number(double v, int decimals);
// A value as the chart would label it ("42,5%", "1.234", "3,2").
std::string value_text(const render::Value& v, render::Unit unit, int decimals);
// An outcome figure as a table cell: "." when suppressed, "–" when empty.
document::Cell outcome_cell(const outcomes::Figure& f, bool percent);

// Alt text listing every figure of the chart ("Titel. Reeks, categorie: 3; ...").
std::string alt_text(const render::Chart& chart);
// The table with the same figures as the chart (suppressed cells as ".").
document::Table chart_table(const render::Chart& chart);
// A source line without its "Bron: " (the writers add it under tables).
std::string table_source(const std::string& source);
// Adds the chart as a figure (SVG for print, alt text from alt_text) and then its table; with
// kScreenOnly the table is in the HTML only (the chart labels its figures and the PDF's alt text
// lists them), for short documents such as the fact sheet.
enum class ChartTable { kEverywhere, kScreenOnly };
void add_chart(Blocks& b, const render::Chart& chart, const std::string& id,
               ChartTable table = ChartTable::kEverywhere);

}  // namespace regio::reports
