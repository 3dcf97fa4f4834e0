// The chapters of the national report on the questionnaire: levels, embedding, stakeholders,
// products, goals, activities, bottlenecks and patterns.
#include <fmt/format.h>

#include "report/dutch.h"
#include "report/findings.h"
#include "reports/charts.h"
#include "reports/sections.h"

namespace regio::reports {
namespace {

using render::Value;

std::string level_label(const analysis::LadderLevel& l) { return fmt::format("{} {}", l.level, l.name); }

render::Chart bar(std::string title, const ReportInput& in) {
  render::Chart c;
  c.kind = render::ChartKind::kHorizontalBar;
  c.title = std::move(title);
  c.source = wave_source(in);
  return c;
}

}  // namespace

void levels_section(Blocks& b, const ReportInput& in) {
  const auto& a = in.analysis;
  add_heading(b, 1, "Niveaus en overgangen", "niveaus");
  add_sentence(b, report::level_distribution(a));
  add_sentence(b, report::level_thresholds(a));
  auto c = bar("Regio's per samenwerkingsniveau", in);
  c.x_label = "Niveau";
  render::Series s{"Regio's", {}};
  for (const auto& l : a.ladder) {
    c.categories.push_back(level_label(l));
    auto it = a.levels.find(l.level);
    s.values.push_back(Value::shown(it == a.levels.end() ? 0 : it->second));
  }
  c.series = {s};
  add_chart(b, c, "niveaus");

  render::Chart m;
  m.kind = render::ChartKind::kMap;
  m.title = "Kaart: samenwerkingsniveau per arbeidsmarktregio";
  m.source = wave_source(in);  // the map adds the attribution of the boundaries itself
  m.colors = render::ColorScheme::kOrdered;
  m.map.year = map_year(in);
  for (const auto& l : a.ladder) m.map.classes.push_back({std::to_string(l.level), "niveau " + level_label(l)});
  for (const auto& r : a.per_region) {
    render::MapRegion mr;
    mr.code = r.scores.region;
    if (r.scores.level) mr.class_index = *r.scores.level - 1;
    m.map.regions.push_back(mr);
  }
  add_heading(b, 2, "De kaart", "niveaus-kaart");
  add_chart(b, m, "kaart");

  add_heading(b, 2, "Overgangen", "overgangen");
  add_sentence(b, report::level_transitions(a));
  if (a.transitions) {
    render::Chart t;
    t.kind = render::ChartKind::kMatrix;
    t.title = fmt::format("Overgangen tussen niveaus, {} naar {}", a.transitions->from_wave, a.wave.code);
    t.source = wave_source(in);
    t.x_label = "naar";
    t.y_label = "van";
    for (const auto& l : a.ladder) t.categories.push_back(std::to_string(l.level));
    for (const auto& from : a.ladder) {
      render::Series row{"niveau " + std::to_string(from.level), {}};
      for (const auto& to : a.ladder) {
        auto it = a.transitions->counts.find({from.level, to.level});
        row.values.push_back(Value::shown(it == a.transitions->counts.end() ? 0 : it->second));
      }
      t.series.push_back(row);
    }
    add_chart(b, t, "overgangen");
  }
}

void aimed_section(Blocks& b, const ReportInput& in) {
  const auto& a = in.analysis;
  add_heading(b, 1, "Beoogd en bereikt", "beoogd");
  add_sentence(b, report::aimed_vs_reached(a));
  add_sentence(b, report::top_level_check(a));
  auto c = bar("Beoogd en bereikt niveau", in);
  c.x_label = "Niveau";
  render::Series aim{"Beoogd", {}}, reached{"Bereikt", {}};
  for (const auto& ar : a.aimed_vs_reached) {
    c.categories.push_back("niveau " + std::to_string(ar.level));
    aim.values.push_back(Value::shown(ar.aiming));
    reached.values.push_back(Value::shown(ar.reached));
  }
  c.series = {aim, reached};
  add_chart(b, c, "beoogd");
}

void embedding_section(Blocks& b, const ReportInput& in) {
  const auto& a = in.analysis;
  add_heading(b, 1, "Borging", "borging");
  add_sentence(b, report::embedding_classes(a));
  add_chart(b, embedding_chart(a, wave_source(in)), "borging");
  add_heading(b, 2, "Zwakste elementen", "borging-elementen");
  add_sentence(b, report::weakest_elements(a));
  add_chart(b, elements_chart(a, wave_source(in)), "elementen");
}

void stakeholders_section(Blocks& b, const ReportInput& in) {
  const auto& a = in.analysis;
  add_heading(b, 1, "Betrokkenheid van partijen", "betrokkenheid");
  add_sentence(b, report::stakeholder_involvement(a, in.config));
  add_chart(b, stakeholders_chart(a, in.config, wave_source(in)), "betrokkenheid");
}

void products_section(Blocks& b, const ReportInput& in) {
  const auto& a = in.analysis;
  add_heading(b, 1, "Producten", "producten");
  add_sentence(b, report::products_realised(a));
  auto c = bar("Status van de producten (regio's)", in);
  c.kind = render::ChartKind::kStackedBar;
  c.stack = render::StackMode::kCount;
  c.colors = render::ColorScheme::kOrdered;
  c.x_label = "Product";
  if (!a.products.empty())
    for (const auto& [status, n] : a.products.front().statuses) c.series.push_back({status, {}});
  for (const auto& p : a.products) {
    c.categories.push_back(p.product.label);
    for (std::size_t i = 0; i < c.series.size(); ++i)
      c.series[i].values.push_back(Value::shown(i < p.statuses.size() ? p.statuses[i].second : 0));
  }
  add_chart(b, c, "producten");
}

void goals_section(Blocks& b, const ReportInput& in) {
  const auto& a = in.analysis;
  add_heading(b, 1, "Doelen behaald per type", "doelen");
  add_sentence(b, report::goals_met(a));
  add_chart(b, goals_chart(a, wave_source(in)), "doelen");
}

void activities_section(Blocks& b, const ReportInput& in) {
  const auto& a = in.analysis;
  add_heading(b, 1, "Activiteiten en bereikte cliënten", "activiteiten");
  add_sentence(b, report::client_activities(a));
  auto c = bar("Regio's per activiteit voor cliënten", in);
  c.x_label = "Activiteit";
  render::Series s{"Regio's", {}};
  for (const auto& act : a.activities) {
    c.categories.push_back(act.activity.label);
    s.values.push_back(Value::shown(act.regions));
  }
  c.series = {s};
  add_chart(b, c, "activiteiten");
  document::Table t;
  t.caption = "Bereikte cliënten per activiteit (som over de regio's)";
  t.source = table_source(wave_source(in));
  t.header_rows.push_back({document::Cell::label("Activiteit"), document::Cell::number("Regio's"),
                           document::Cell::number("Bereikte cliënten")});
  for (const auto& act : a.activities)
    t.rows.push_back({document::Cell::label(act.activity.label), document::Cell::number(std::to_string(act.regions)),
                      document::Cell::number(report::format_count(act.clients_reached))});
  b.push_back(t);
}

void bottlenecks_section(Blocks& b, const ReportInput& in) {
  const auto& a = in.analysis;
  add_heading(b, 1, "Knelpunten en succesfactoren", "knelpunten");
  add_sentence(b, report::bottlenecks(a));
  auto c = bar("Genoemde knelpunten (regio's)", in);
  c.x_label = "Knelpunt";
  render::Series s{"Regio's", {}};
  for (const auto& k : a.bottlenecks) {
    c.categories.push_back(k.label);
    s.values.push_back(Value::shown(k.regions));
  }
  c.series = {s};
  add_chart(b, c, "knelpunten");
  add_heading(b, 2, "Succesfactoren", "succesfactoren");
  add_sentence(b, in.success_factors.sentence);
}

void patterns_section(Blocks& b, const ReportInput& in) {
  add_heading(b, 1, "Patronen", "patronen");
  if (in.patterns.empty()) {
    b.push_back(
        paragraph("Zonder vergelijkingsmeetmoment zijn er geen patronen in de groei op de ladder te "
                  "berekenen."));
    return;
  }
  add_sentence(b, report::patterns_summary(in.patterns));
  b.push_back(paragraph(fmt::format(
      "Per kenmerk: de gemiddelde stijging op de ladder van regio's met en zonder het kenmerk, het aantal regio's "
      "(n), het verschil met een exacte permutatietoets (p) en een 95%-bootstrapinterval. Een vergelijking met een "
      "groep van minder dan {} regio's is indicatief.",
      report::kIndicativeBelow)));
  document::Table t;
  t.caption =
      fmt::format("Gemiddelde stijging op de ladder met en zonder kenmerk, {} ten opzichte van {}",
                  in.analysis.wave.code, in.analysis.compare_wave ? in.analysis.compare_wave->code : std::string("?"));
  t.source = table_source(wave_source(in));
  t.header_rows.push_back({document::Cell::label("Kenmerk"), document::Cell::number("n met"),
                           document::Cell::number("Stijging met"), document::Cell::number("n zonder"),
                           document::Cell::number("Stijging zonder"), document::Cell::number("Verschil"),
                           document::Cell::number("p"), document::Cell::number("95%-interval"),
                           document::Cell::label("Oordeel")});
  auto opt = [](const std::optional<double>& v) { return v ? dutch_number(*v, 2) : std::string("–"); };
  for (const auto& f : in.patterns) {
    std::string verdict;
    switch (f.verdict) {
      case report::PatternVerdict::kNotTestable:
        verdict = "niet te toetsen";
        break;
      case report::PatternVerdict::kIndicative:
        verdict = "indicatief";
        break;
      case report::PatternVerdict::kClearDifference:
        verdict = "duidelijk verschil";
        break;
      case report::PatternVerdict::kNoClearDifference:
        verdict = "geen duidelijk verschil";
        break;
    }
    t.rows.push_back(
        {document::Cell::label(f.label), document::Cell::number(std::to_string(f.n_with)),
         document::Cell::number(opt(f.mean_with)), document::Cell::number(std::to_string(f.n_without)),
         document::Cell::number(opt(f.mean_without)),
         document::Cell::number(f.test ? dutch_number(f.test->difference, 2) : "–"),
         document::Cell::number(f.test ? dutch_number(f.test->p_value, 3) : "–"),
         document::Cell::number(
             f.interval ? dutch_number(f.interval->low, 2) + " tot " + dutch_number(f.interval->high, 2) : "–"),
         document::Cell::label(verdict)});
  }
  b.push_back(t);
  std::vector<std::vector<document::Run>> items;
  for (const auto& f : in.patterns) items.push_back({{f.sentence.text}});
  b.push_back(document::BulletList{items});
}

}  // namespace regio::reports
