// Client outcomes from a release (always under disclosure control: suppressed cells as ".") and
// the blik vooruit per quantitative goal, for the national report and for one region.
#include <set>

#include <fmt/format.h>

#include "report/client_outcomes.h"
#include "report/indicator_text.h"
#include "report/outlook.h"
#include "reports/charts.h"
#include "reports/sections.h"

namespace regio::reports {
namespace {

using outcomes::Column;
using outcomes::Interventie;

constexpr Interventie kInterventions[] = {Interventie::kIps, Interventie::kJobcoaching, Interventie::kReintegratie,
                                          Interventie::kParticipatie, Interventie::kOverig};

constexpr const char* kSuppressedExplained =
    "In de tabellen staat een punt (.) voor een cijfer dat onder de drempel valt of dat anders een klein aantal "
    "zou verraden; zo'n cijfer wordt niet gepubliceerd.";

std::string group_name(const std::optional<Interventie>& i) {
  auto p = report::intervention_phrase(i);
  return p.empty() ? std::string("Alle interventies") : p;
}

// The figures of the outcome tables, in their column order.
constexpr Column kFigureColumns[] = {Column::kStarters, Column::kWerk12mPct, Column::kWerkend12mPct};
constexpr const char* kFigureNames[] = {"Starters", "Binnen 12 mnd aan het werk", "Werkend na 12 mnd"};

std::string release_source(const ReleaseFigures& r) { return reports::release_source(r.table, r.peildatum); }

document::Row figures_row(std::string label, const outcomes::DisclosedRow* row) {
  document::Row out{document::Cell::label(std::move(label))};
  for (Column c : kFigureColumns) {
    if (!row) {
      out.push_back(document::Cell::number("–"));
      continue;
    }
    out.push_back(outcome_cell((*row)[c], c != Column::kStarters));
  }
  return out;
}

document::Row figures_header(std::string first) {
  document::Row out{document::Cell::label(std::move(first))};
  for (const char* name : kFigureNames) out.push_back(document::Cell::number(name));
  return out;
}

// The per-year figures of a fact sheet with the start years as columns: three rows instead of one
// per year, so the table stays a few lines high in print.
document::Table outcomes_by_year_columns(const outcomes::DisclosedTable& table, Date peildatum,
                                         const std::string& region, const std::vector<int>& years) {
  document::Table t;
  t.caption = fmt::format("Uitkomsten per startjaar, {}, alle interventies", region);
  t.source = table_source(reports::release_source(table, peildatum));
  document::Row header{document::Cell::label("Uitkomst")};
  std::vector<const outcomes::DisclosedRow*> rows;
  for (int y : years)
    if (const auto* row = table.find(region, y, std::nullopt)) {
      header.push_back(document::Cell::number(std::to_string(y)));
      rows.push_back(row);
    }
  t.header_rows.push_back(header);
  for (std::size_t i = 0; i < std::size(kFigureColumns); ++i) {
    document::Row out{document::Cell::label(kFigureNames[i])};
    for (const auto* row : rows) out.push_back(outcome_cell((*row)[kFigureColumns[i]], i != 0));
    t.rows.push_back(std::move(out));
  }
  return t;
}

}  // namespace

document::Table outcomes_by_year_table(const outcomes::DisclosedTable& table, Date peildatum, const std::string& region,
                                       const std::vector<int>& years) {
  document::Table per_year;
  per_year.caption = fmt::format("Uitkomsten per startjaar, {}, alle interventies",
                                 region == "NL" ? std::string("landelijk") : region);
  per_year.source = table_source(reports::release_source(table, peildatum));
  per_year.header_rows.push_back(figures_header("Startjaar"));
  for (int y : years)
    if (const auto* row = table.find(region, y, std::nullopt))
      per_year.rows.push_back(figures_row(std::to_string(y), row));
  return per_year;
}

void outcomes_section(Blocks& b, const ReportInput& in, const std::string& region, int level) {
  add_heading(b, level, "Uitkomsten voor cliënten", "uitkomsten");
  if (!in.release) {
    b.push_back(
        paragraph("Er is nog geen release van uitkomstcijfers gepubliceerd. Zodra een onderzoeker een "
                  "release publiceert, staan hier de uitkomsten voor cliënten per regio en interventie."));
    return;
  }
  const ReleaseFigures& r = *in.release;
  const std::string group = region.empty() ? "NL" : region;
  if (region.empty()) {
    add_sentence(b, report::outcome_source(r.table));
    for (const auto& s : report::national_outcomes(r.table))
      if (s.key != "uitkomst.bron") add_sentence(b, s);
    b.push_back(paragraph(kSuppressedExplained));
  } else {  // a fact sheet: the source and the "." in one paragraph
    b.push_back(paragraph(report::outcome_source(r.table).text + " " + kSuppressedExplained));
    add_sentence(b, report::outcome_by_year(r.table, Column::kStarters, region));
    add_sentence(b, report::outcome_by_year(r.table, Column::kWerk12mPct, region));
  }
  const auto years = complete_years(r.table, r.peildatum);
  // A fact sheet: the per-year figures right under the sentences that name them, before the
  // chart (a short table fits where a chart would leave the rest of the page empty).
  if (!region.empty() && !years.empty()) b.push_back(outcomes_by_year_columns(r.table, r.peildatum, region, years));
  if (auto c = work_by_year_chart(r.table, r.peildatum, group, years)) {
    // A region's fact sheet: a lower chart, and its table on screen only — the per-year figures
    // of all interventions are in the table above it, every figure in the alt text.
    c->compact = !region.empty();
    add_chart(b, *c, region.empty() ? "uitkomsten-nl" : "uitkomsten-regio",
              region.empty() ? ChartTable::kEverywhere : ChartTable::kScreenOnly);
  }
  if (years.empty()) return;
  const int latest = years.back();

  document::Table per_intervention;
  per_intervention.caption = fmt::format("Uitkomsten per interventie, {}, startjaar {}",
                                         region.empty() ? std::string("landelijk") : region, latest);
  per_intervention.source = table_source(release_source(r));
  per_intervention.header_rows.push_back(figures_header("Interventie"));
  per_intervention.rows.push_back(figures_row("Alle interventies", r.table.find(group, latest, std::nullopt)));
  for (auto i : kInterventions)  // interventions without a row in the release are left out
    if (const auto* row = r.table.find(group, latest, i))
      per_intervention.rows.push_back(figures_row(group_name(i), row));
  // A fact sheet prints the per-year table above only (2–4 pages); the web page shows both.
  per_intervention.print = region.empty();
  b.push_back(per_intervention);

  if (region.empty()) {
    document::Table per_region;
    per_region.caption = fmt::format("Uitkomsten per regio, startjaar {}, alle interventies", latest);
    per_region.source = table_source(release_source(r));
    per_region.header_rows.push_back(figures_header("Regio"));
    std::set<std::string> regions;
    for (const auto& row : r.table.rows())
      if (row.regio != "NL") regions.insert(row.regio);
    for (const auto& code : regions)
      per_region.rows.push_back(figures_row(code, r.table.find(code, latest, std::nullopt)));
    per_region.rows.push_back(figures_row("Nederland", r.table.find("NL", latest, std::nullopt)));
    b.push_back(per_region);
  }
}

void outlook_section(Blocks& b, const ReportInput& in, const std::string& region, int level) {
  add_heading(b, level, "Blik vooruit", "vooruit");
  if (!in.release) {
    b.push_back(paragraph("Zonder gepubliceerde release is er geen trend van uitkomsten om door te trekken."));
    return;
  }
  if (!in.region_detail) {
    b.push_back(
        paragraph("De blik vooruit per kwantitatief doel noemt de cijfers van afzonderlijke regio's; hij "
                  "staat in de factsheet van elke regio."));
    return;
  }
  std::vector<outcomes::Goal> goals;
  for (const auto& g : in.goals)
    if (region.empty() || g.region == region) goals.push_back(g);
  auto outlooks = report::goal_outlooks(goals, in.release->table);
  if (!outlooks) {
    b.push_back(paragraph("De blik vooruit kon niet worden berekend: " + outlooks.error().message));
    return;
  }
  add_sentence(b, report::outlook_summary(*outlooks));
  if (outlooks->empty()) return;
  b.push_back(
      paragraph(fmt::format("Per kwantitatief doel: de trend van de gepubliceerde jaarcijfers doorgetrokken "
                            "naar het jaar van het doel, met een {:.0f}%-voorspelinterval.",
                            report::kPredictionLevel * 100)));
  document::Table t;
  t.caption = "Kwantitatieve doelen: projectie en status";
  t.source = table_source(release_source(*in.release));
  t.header_rows.push_back({document::Cell::label("Regio"), document::Cell::label("Indicator"),
                           document::Cell::label("Interventie"), document::Cell::number("Jaar"),
                           document::Cell::number("Doel"), document::Cell::number("Verwacht of gemeten"),
                           document::Cell::number("Interval"), document::Cell::label("Status")});
  for (const auto& o : *outlooks) {
    auto col = outcomes::column_from_name(o.goal.indicator).value_or(Column::kWerk12mPct);
    std::string expected = "–", interval = "–";
    if (o.measured) expected = report::format_indicator_value(col, *o.measured);
    if (o.projection) {
      expected = report::format_indicator_value(col, o.projection->value);
      interval = report::format_indicator_value(col, o.projection->low) + " – " +
                 report::format_indicator_value(col, o.projection->high);
    }
    t.rows.push_back({document::Cell::label(o.goal.region), document::Cell::label(report::indicator_title(col)),
                      document::Cell::label(o.goal.intervention == "*" ? "alle" : o.goal.intervention),
                      document::Cell::number(std::to_string(o.goal.year)),
                      document::Cell::number(report::format_indicator_value(col, o.goal.target)),
                      document::Cell::number(expected), document::Cell::number(interval),
                      document::Cell::label(std::string(report::outlook_status_text(o.status)))});
  }
  b.push_back(t);
  if (!region.empty()) return;  // a fact sheet keeps to the table; the national report explains each goal
  std::vector<std::vector<document::Run>> items;
  for (const auto& o : *outlooks) items.push_back({{o.sentence.text}});
  b.push_back(document::BulletList{items});
}

}  // namespace regio::reports
