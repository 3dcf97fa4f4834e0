// The dashboard's figures from one national analysis and the latest release: for each part the
// chart description (render/chart.h) and a table with exactly the same figures, its text summary
// and source line. The page, its CSV/XLSX/JSON downloads and the tests all use these, so the
// chart, the table and the downloads can never show different numbers.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/config.h"
#include "analysis/national.h"
#include "document/document.h"
#include "render/chart.h"
#include "service/outcome_data.h"

namespace regio::web {

struct FigureTable {
  std::string title;    // heading of the section
  std::string summary;  // one or two Dutch sentences with the main figures
  std::string source;   // "Bron: …": wave(s) or release, suppressed cells
  std::string caption;
  std::vector<std::string> header;             // empty: the part has no figures (only its summary)
  std::vector<std::vector<std::string>> rows;  // first cell of a row is its header; "." = suppressed
  int suppressed = 0;                          // cells shown as "."
  std::string note;                            // explanation under the table (what "." means), or ""
};

// One section of the dashboard. `id` names it in the URL (onderdeel=…) and in downloads.
struct DashboardPart {
  std::string id;
  FigureTable table;
  std::optional<render::Chart> chart;
  int width = 640;     // of the SVG
  int threshold = 10;  // disclosure threshold the chart names under suppressed values
};

struct DashboardFigures {
  forms::Wave wave;
  std::optional<forms::Wave> compare;
  std::vector<DashboardPart> parts;  // in page order
  // The outcome part's release, nullopt when none is published.
  std::optional<Date> release;

  const DashboardPart* find(std::string_view id) const;
};

// `release`: the latest release's table (service Outcomes::indicators without options), or
// nullopt when none is published: the outcome part then says so.
DashboardFigures dashboard_figures(const analysis::NationalAnalysis& a, const analysis::Config& config,
                                   const std::optional<service::OutcomeTable>& release);

// A report table (reports/blocks.h chart_table and friends) as a dashboard table: hidden cells
// become "." and are counted.
FigureTable figure_table(const document::Table& t, std::string title, std::string summary);

// The table as CSV (RFC 4180, comma, every field quoted, formula guard on every cell): a line
// with the title, a line with the source, the header and the rows, then an empty line.
std::string to_csv(const FigureTable& t);

}  // namespace regio::web
