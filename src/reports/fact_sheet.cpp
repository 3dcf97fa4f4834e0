#include "reports/fact_sheet.h"

#include <algorithm>

#include <fmt/format.h>

#include "analysis/national_lookup.h"
#include "analysis/scores.h"
#include "report/dutch.h"
#include "reports/sections.h"

namespace regio::reports {
namespace {

using render::Value;

std::string level_name(const ReportInput& in, std::optional<int> level) {
  if (!level) return "onbekend";
  for (const auto& l : in.analysis.ladder)
    if (l.level == *level) return fmt::format("{} ({})", l.level, l.name);
  return std::to_string(*level);
}

void key_figures(Blocks& b, const ReportInput& in, const analysis::RegionScores& s) {
  const auto& a = in.analysis;
  std::vector<std::vector<document::Run>> items;
  int same_or_higher = 0;
  for (const auto& [level, n] : a.levels)
    if (s.level && level >= *s.level) same_or_higher += n;
  items.push_back({{"Niveau van samenwerking: ", true},
                   {level_name(in, s.level) +
                    (s.level ? fmt::format("; landelijk staan {} van de {} regio's op dit niveau of hoger",
                                           same_or_higher, a.regions)
                             : std::string())}});
  std::vector<std::string> distribution;
  for (const auto& [level, n] : a.levels) distribution.push_back(fmt::format("niveau {}: {}", level, n));
  items.push_back({{"Landelijke verdeling: ", true}, {report::join_dutch(distribution, "; ")}});
  items.push_back({{"Beoogd niveau: ", true}, {level_name(in, s.aimed_level)}});
  items.push_back({{"Borging: ", true},
                   {s.embedding_class ? fmt::format("{} (gemiddelde score {})", *s.embedding_class,
                                                    dutch_number(*s.embedding_mean, 1))
                                      : std::string("niet te bepalen (niet alle elementen beantwoord)")}});
  items.push_back(
      {{"Producten: ", true},
       {fmt::format("{} van de {} geplande producten gerealiseerd", s.products_realised, s.products_planned)}});
  b.push_back(document::BulletList{items});
}

void level_history(Blocks& b, const ReportInput& in, const std::string& region) {
  render::Chart c;
  c.kind = render::ChartKind::kLine;
  c.title = "Niveau over de meetmomenten, regio en landelijk gemiddelde";
  c.source = "Bron: Regiomonitor" + std::string(in.fictional ? " (fictieve demodata)" : "");
  c.unit = render::Unit::kLevel;
  c.compact = true;
  c.x_label = "Meetmoment";
  c.y_label = "Niveau (1–5)";
  c.axis_min = 1;
  c.axis_max = static_cast<double>(in.analysis.ladder.size());
  render::Series own{region, {}}, national{"Landelijk gemiddelde", {}};
  for (const auto& h : in.history) {
    c.categories.push_back(h.wave.code);
    const auto* s = analysis::scores_of(h, region);
    own.values.push_back(s && s->level ? Value::shown(*s->level) : Value::missing());
    national.values.push_back(Value::from(analysis::mean_level(h)));
  }
  c.series = {own, national};
  if (!c.categories.empty()) add_chart(b, c, "niveau-verloop", ChartTable::kScreenOnly);
}

void embedding(Blocks& b, const ReportInput& in, const analysis::RegionScores& s, const std::string& region) {
  render::Chart c;
  c.kind = render::ChartKind::kHorizontalBar;
  c.title = "Borging per element: regio en landelijk gemiddelde (1–4)";
  c.source = wave_source(in);
  c.unit = render::Unit::kLevel;
  c.axis_max = 4;
  c.compact = true;
  c.x_label = "Element";
  render::Series own{region, {}}, national{"Landelijk gemiddelde", {}};
  for (std::size_t i = 0; i < in.analysis.elements.size(); ++i) {
    c.categories.push_back(in.analysis.elements[i].element.label);
    own.values.push_back(i < s.element_scores.size() && s.element_scores[i] ? Value::shown(*s.element_scores[i])
                                                                            : Value::missing());
    national.values.push_back(Value::from(in.analysis.elements[i].mean));
  }
  c.series = {own, national};
  add_chart(b, c, "borging-regio", ChartTable::kScreenOnly);
}

const forms::Response* response_of(const ReportInput& in, const std::string& region) {
  for (const auto& r : in.responses)
    if (r.region == region && r.status == forms::ResponseStatus::kIngediend) return &r;
  return nullptr;
}

void stakeholders(Blocks& b, const ReportInput& in, const analysis::RegionScores& s) {
  add_heading(b, 2, "Betrokken partijen", "betrokkenheid");
  document::Table t;
  t.caption = "Betrokkenheid van partijen";
  t.source = table_source(wave_source(in));
  t.header_rows.push_back({document::Cell::label("Partij"), document::Cell::label("In de regio"),
                           document::Cell::number("Landelijk structureel of trekker")});
  for (std::size_t i = 0; i < in.analysis.stakeholders.size(); ++i) {
    const auto& st = in.analysis.stakeholders[i];
    int strong = 0;
    for (const auto& [degree, n] : st.degrees)
      if (in.config.involvement_weight(degree) * 2 > in.config.max_involvement_weight()) strong += n;
    std::string own = i < s.involvement.size() && s.involvement[i] ? *s.involvement[i] : "niet beantwoord";
    t.rows.push_back({document::Cell::label(st.stakeholder.label), document::Cell::label(own),
                      document::Cell::number(fmt::format("{} van {}", strong, in.analysis.regions))});
  }
  b.push_back(t);
}

void products(Blocks& b, const ReportInput& in, const forms::Response* response) {
  add_heading(b, 2, "Producten", "producten");
  document::Table p;
  p.caption = "Status van de producten";
  p.source = table_source(wave_source(in));
  p.header_rows.push_back({document::Cell::label("Product"), document::Cell::label("Status in de regio")});
  for (const auto& prod : in.config.products) {
    std::string status = response ? response->answer(prod.question) : "";
    std::replace(status.begin(), status.end(), '_', ' ');
    p.rows.push_back(
        {document::Cell::label(prod.label), document::Cell::label(status.empty() ? "niet beantwoord" : status)});
  }
  b.push_back(p);
}

void goal_tally(Blocks& b, const ReportInput& in, const analysis::RegionScores& s) {
  add_heading(b, 2, "Doelen", "doelen");
  document::Table t;
  t.caption = "Eigen doelen per type: behaald, beoordeeld en nog open";
  t.source = table_source(wave_source(in));
  t.header_rows.push_back({document::Cell::label("Type doel"), document::Cell::number("Behaald"),
                           document::Cell::number("Beoordeeld"), document::Cell::number("Nog open")});
  for (const auto& type : in.config.goal_types) {
    auto it = s.goals.find(type.choice);
    analysis::GoalTally g = it == s.goals.end() ? analysis::GoalTally{} : it->second;
    t.rows.push_back({document::Cell::label(type.label), document::Cell::number(std::to_string(g.met)),
                      document::Cell::number(std::to_string(g.counted)),
                      document::Cell::number(std::to_string(g.open))});
  }
  b.push_back(t);
}

}  // namespace

document::Document fact_sheet(const ReportInput& in, const std::string& region, const std::string& name) {
  document::Document doc;
  const std::string title = name.empty() ? region : name + " (" + region + ")";
  doc.metadata.title = "Factsheet " + title;
  doc.metadata.subtitle = fmt::format("GGZ & Werk, meting {}", in.analysis.wave.name);
  doc.metadata.author = "Regiomonitor";
  doc.metadata.subject = "Stand van zaken van de regio " + title;
  doc.metadata.keywords = {"GGZ", "werk", region, in.analysis.wave.code};
  doc.metadata.created = in.generated;
  doc.metadata.creator = in.software;
  doc.running_text = running_text(in, "Factsheet " + region + ", meting " + in.analysis.wave.code);
  Blocks& b = doc.blocks;
  if (in.fictional)  // short: the footer of every page says it too
    b.push_back(paragraph("Fictieve demodata: de antwoorden en cijfers in deze factsheet zijn verzonnen."));
  const auto* s = analysis::scores_of(in.analysis, region);
  add_heading(b, 1, "Stand van zaken", "stand");
  if (!s) {
    b.push_back(
        paragraph(fmt::format("{} heeft voor meting {} geen ingediende vragenlijst.", title, in.analysis.wave.code)));
  } else {
    key_figures(b, in, *s);
    add_heading(b, 2, "Niveau van samenwerking", "niveau");
    level_history(b, in, region);
    // The stakeholders' table (short: it fits under the level chart on the first page) before the
    // embedding chart, which would not.
    stakeholders(b, in, *s);
    add_heading(b, 2, "Borging", "borging");
    embedding(b, in, *s, region);
    // The short goals' table (never split) before the products' table, which may run on.
    goal_tally(b, in, *s);
    products(b, in, response_of(in, region));
  }
  add_heading(b, 1, "Uitkomsten en blik vooruit", "uitkomsten-vooruit");
  outcomes_section(b, in, region, 2);
  outlook_section(b, in, region, 2);
  region_advice(b, in, region);
  add_heading(b, 2, "Colofon", "colofon");
  b.push_back(paragraph(fmt::format(
      "Gegevens: vragenlijsten van de arbeidsmarktregio's (Regiomonitor){}. Grenzen: © CBS / Kadaster (PDOK), CBS "
      "Gebiedsindelingen, gegeneraliseerd; via github.com/cartomap/nl; CC BY 4.0. Gegenereerd op {} door {}.{}",
      in.release ? "; uitkomsten: release met peildatum " + format_dutch(in.release->peildatum) +
                       ", onder onthullingsbeveiliging"
                 : std::string(),
      format_dutch(in.generated), in.software,
      in.fictional ? " Alle antwoorden en cijfers zijn fictieve demodata." : "")));
  return doc;
}

}  // namespace regio::reports
