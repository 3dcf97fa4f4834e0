// The dashboard's outcome parts: the national outcome indicators per start year, only from the
// latest release (disclosure-controlled; suppressed cells as "." and counted). Tables, chart and
// sentences are those of the national report (reports/charts.h, report/client_outcomes.h).
#include <fmt/format.h>

#include "report/client_outcomes.h"
#include "reports/blocks.h"
#include "reports/charts.h"
#include "web/internal/dashboard_parts.h"

namespace regio::web::internal {
namespace {

using outcomes::Column;

std::string suppressed_text(int n) { return fmt::format("{} {} onderdrukt", n, n == 1 ? "cel" : "cellen"); }

// Adds the count of suppressed cells to the source and explains the ".".
void finish(FigureTable& t, const service::OutcomeTable& r) {
  t.source += fmt::format(". {}.", suppressed_text(t.suppressed));
  if (r.fictional) t.source += " Fictieve demogegevens, geen echte cliënten.";
  t.note = fmt::format(
      "Een punt (.) staat voor een cijfer dat onder de drempel van {} valt of dat anders een klein aantal zou "
      "verraden; zo'n cijfer wordt niet gepubliceerd. Aantallen zijn afgerond op veelvouden van {}.",
      r.table.threshold(), r.table.rounding());
}

}  // namespace

void add_outcome_parts(DashboardFigures& f, const std::optional<service::OutcomeTable>& release) {
  if (!release) {
    DashboardPart& part = f.parts.emplace_back();
    part.id = "uitkomsten";
    part.table.title = "Uitkomsten voor cliënten per startjaar";
    part.table.summary =
        "Er is nog geen release van uitkomstcijfers gepubliceerd. Zodra een onderzoeker een release publiceert, "
        "staan hier de landelijke uitkomsten voor cliënten per startjaar.";
    part.table.source = "Bron: nog geen release gepubliceerd.";
    return;
  }
  f.release = release->peildatum;
  const auto& table = release->table;
  const auto years = reports::complete_years(table, release->peildatum);
  {
    DashboardPart& part = f.parts.emplace_back();
    part.id = "uitkomsten";
    part.table = figure_table(reports::outcomes_by_year_table(table, release->peildatum, "NL", years),
                              "Uitkomsten voor cliënten per startjaar",
                              report::outcome_by_year(table, Column::kStarters, "NL").text + " " +
                                  report::outcome_by_year(table, Column::kWerk12mPct, "NL").text);
    finish(part.table, *release);
  }
  if (auto chart = reports::work_by_year_chart(table, release->peildatum, "NL", years)) {
    DashboardPart& part = f.parts.emplace_back();
    part.id = "werk-interventie";
    part.table = figure_table(reports::chart_table(*chart), "Binnen 12 maanden aan het werk, per interventie",
                              "Per interventie het deel van de starters dat binnen 12 maanden aan het werk was, per "
                              "startjaar (landelijk). " +
                                  report::outcome_by_year(table, Column::kWerk12mPct, "NL").text);
    finish(part.table, *release);
    part.threshold = table.threshold();
    part.chart = std::move(*chart);
  }
}

}  // namespace regio::web::internal
