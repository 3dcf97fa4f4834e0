// Client outcomes from a release (always under disclosure control: suppressed cells as ".") and
// the blik vooruit per quantitative goal, for the national report and for one region.
#include <set>

#include <fmt/format.h>

#include "report/client_outcomes.h"
#include "report/indicator_text.h"
#include "report/outlook.h"
#include "reports/sections.h"

namespace regio::reports {
namespace {

using outcomes::Column;
using outcomes::Interventie;

constexpr Interventie kInterventions[] = {Interventie::kIps, Interventie::kJobcoaching, Interventie::kReintegratie,
                                          Interventie::kParticipatie, Interventie::kOverig};

std::string group_name(const std::optional<Interventie>& i) {
  auto p = report::intervention_phrase(i);
  return p.empty() ? std::string("Alle interventies") : p;
}

// Start years in the table that are complete for werk_12m_pct on the release's peildatum.
std::vector<int> complete_years(const ReleaseFigures& r) {
  std::set<int> years;
  for (const auto& row : r.table.rows())
    if (row.jaar && outcomes::measurable_from("werk_12m_pct", *row.jaar) <= r.peildatum) years.insert(*row.jaar);
  return {years.begin(), years.end()};
}

std::string release_source(const ReleaseFigures& r) {
  return fmt::format("Bron: release met peildatum {} (onthullingsbeveiliging: drempel {}, afronding op {})",
                     format_dutch(r.peildatum), r.table.threshold(), r.table.rounding());
}

document::Row figures_row(std::string label, const outcomes::DisclosedRow* row) {
  document::Row out{document::Cell::label(std::move(label))};
  for (Column c : {Column::kStarters, Column::kWerk12mPct, Column::kWerkend12mPct}) {
    if (!row) {
      out.push_back(document::Cell::number("–"));
      continue;
    }
    out.push_back(outcome_cell((*row)[c], c != Column::kStarters));
  }
  return out;
}

document::Row figures_header(std::string first) {
  return {document::Cell::label(std::move(first)), document::Cell::number("Starters"),
          document::Cell::number("Binnen 12 mnd aan het werk"), document::Cell::number("Werkend na 12 mnd")};
}

void werk_chart(Blocks& b, const ReleaseFigures& r, const std::string& region, const std::vector<int>& years,
                const std::string& id) {
  render::Chart c;
  c.kind = render::ChartKind::kLine;
  c.title = fmt::format("Binnen 12 maanden aan het werk per startjaar, {}", region == "NL" ? "landelijk" : region);
  c.source = release_source(r);
  c.unit = render::Unit::kPercent;
  c.x_label = "Startjaar";
  c.y_label = "% van de starters";
  for (int y : years) c.categories.push_back(std::to_string(y));
  std::vector<std::optional<Interventie>> groups{std::nullopt};
  for (auto i : kInterventions) groups.push_back(i);
  for (const auto& g : groups) {
    render::Series s{group_name(g), {}};
    bool any = false;
    for (int y : years) {
      const auto* row = r.table.find(region, y, g);
      if (!row || (!(*row)[Column::kWerk12mPct].suppressed && !(*row)[Column::kWerk12mPct].value)) {
        s.values.push_back(render::Value::missing());
        continue;
      }
      const auto& f = (*row)[Column::kWerk12mPct];
      any |= !f.suppressed;  // a line of only suppressed years says nothing: left out (the table has them)
      s.values.push_back(f.suppressed ? render::Value::suppressed() : render::Value::shown(*f.value));
    }
    if (any) c.series.push_back(s);
  }
  // A region's fact sheet: a lower chart, and its table on screen only — the per-year figures of
  // all interventions are in the table under it, every figure in the alt text.
  const bool fact_sheet = region != "NL";
  c.compact = fact_sheet;
  if (!c.series.empty() && !c.categories.empty())
    add_chart(b, c, id, fact_sheet ? ChartTable::kScreenOnly : ChartTable::kEverywhere);
}

}  // namespace

void outcomes_section(Blocks& b, const ReportInput& in, const std::string& region, int level) {
  add_heading(b, level, "Uitkomsten voor cliënten", "uitkomsten");
  if (!in.release) {
    b.push_back(
        paragraph("Er is nog geen release van uitkomstcijfers gepubliceerd. Zodra een onderzoeker een "
                  "release publiceert, staan hier de uitkomsten voor cliënten per regio en interventie."));
    return;
  }
  const ReleaseFigures& r = *in.release;
  add_sentence(b, report::outcome_source(r.table));
  const std::string group = region.empty() ? "NL" : region;
  if (region.empty()) {
    for (const auto& s : report::national_outcomes(r.table))
      if (s.key != "uitkomst.bron") add_sentence(b, s);
  } else {
    add_sentence(b, report::outcome_by_year(r.table, Column::kStarters, region));
    add_sentence(b, report::outcome_by_year(r.table, Column::kWerk12mPct, region));
  }
  b.push_back(
      paragraph("In de tabellen staat een punt (.) voor een cijfer dat onder de drempel valt of dat anders "
                "een klein aantal zou verraden; zo'n cijfer wordt niet gepubliceerd."));
  const auto years = complete_years(r);
  werk_chart(b, r, group, years, region.empty() ? "uitkomsten-nl" : "uitkomsten-regio");
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
  // A fact sheet prints the per-year table below only (2–4 pages); the web page shows both.
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
  } else {
    document::Table per_year;
    per_year.caption = fmt::format("Uitkomsten per startjaar, {}, alle interventies", region);
    per_year.source = table_source(release_source(r));
    per_year.header_rows.push_back(figures_header("Startjaar"));
    for (int y : years)
      if (const auto* row = r.table.find(region, y, std::nullopt))
        per_year.rows.push_back(figures_row(std::to_string(y), row));
    b.push_back(per_year);
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
