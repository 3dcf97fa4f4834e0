// The dashboard's figures from one national analysis: for each chart the chart description
// (render/chart.h) and a table with exactly the same figures, its text summary and source line.
// The page, its CSV download and the tests all use these, so the chart, the table and the
// download can never show different numbers.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analysis/national.h"
#include "render/chart.h"

namespace regio::web {

struct FigureTable {
  std::string title;    // heading of the section
  std::string summary;  // one or two Dutch sentences with the main figures
  std::string source;   // "Bron: …": wave(s), number of responses, suppressed cells
  std::string caption;
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;  // first cell of a row is its header
};

struct DashboardFigures {
  forms::Wave wave;
  std::optional<forms::Wave> compare;
  render::Chart map;  // kMap: one region per submitted response, class = ladder level
  FigureTable map_table;
  render::Chart ladder;  // kStackedBar: regions per level
  FigureTable ladder_table;
  std::optional<render::Chart> transitions;  // kMatrix, only with a compare wave
  FigureTable transitions_table;
};

DashboardFigures dashboard_figures(const analysis::NationalAnalysis& a);

// The table as CSV (RFC 4180, comma, every field quoted): a line with the title, a line with the
// source, the header and the rows, then an empty line.
std::string to_csv(const FigureTable& t);

}  // namespace regio::web
