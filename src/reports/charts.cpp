#include "reports/charts.h"

#include <set>

#include <fmt/format.h>

#include "report/dutch.h"
#include "report/indicator_text.h"

namespace regio::reports {
namespace {

using outcomes::Column;
using outcomes::Interventie;
using render::Value;

constexpr Interventie kInterventions[] = {Interventie::kIps, Interventie::kJobcoaching, Interventie::kReintegratie,
                                          Interventie::kParticipatie, Interventie::kOverig};

render::Chart bar(std::string title, std::string source) {
  render::Chart c;
  c.kind = render::ChartKind::kHorizontalBar;
  c.title = std::move(title);
  c.source = std::move(source);
  return c;
}

std::string group_name(const std::optional<Interventie>& i) {
  auto p = report::intervention_phrase(i);
  return p.empty() ? std::string("Alle interventies") : p;
}

}  // namespace

render::Chart embedding_chart(const analysis::NationalAnalysis& a, std::string source) {
  auto c = bar("Regio's per borgingsklasse", std::move(source));
  c.x_label = "Klasse";
  render::Series s{"Regio's", {}};
  for (const auto& [cls, n] : a.embedding_classes) {
    c.categories.push_back(cls);
    s.values.push_back(Value::shown(n));
  }
  c.series = {s};
  return c;
}

render::Chart elements_chart(const analysis::NationalAnalysis& a, std::string source) {
  auto e = bar("Gemiddelde score per borgingselement (1–4)", std::move(source));
  e.unit = render::Unit::kLevel;
  e.axis_max = 4;
  e.x_label = "Element";
  render::Series mean{"Gemiddelde", {}};
  for (const auto& el : a.elements) {
    e.categories.push_back(el.element.label);
    mean.values.push_back(Value::from(el.mean));
  }
  e.series = {mean};
  return e;
}

render::Chart stakeholders_chart(const analysis::NationalAnalysis& a, const analysis::Config& config,
                                 std::string source) {
  auto c = bar("Betrokkenheid per partij (regio's)", std::move(source));
  c.kind = render::ChartKind::kStackedBar;
  c.stack = render::StackMode::kCount;
  c.colors = render::ColorScheme::kOrdered;
  c.x_label = "Partij";
  for (const auto& d : config.involvement) c.series.push_back({d.degree, {}});
  for (const auto& st : a.stakeholders) {
    c.categories.push_back(st.stakeholder.label);
    for (std::size_t i = 0; i < c.series.size(); ++i)
      c.series[i].values.push_back(Value::shown(i < st.degrees.size() ? st.degrees[i].second : 0));
  }
  return c;
}

render::Chart goals_chart(const analysis::NationalAnalysis& a, std::string source) {
  auto c = bar("Behaalde doelen per type (% van de beoordeelde doelen)", std::move(source));
  c.unit = render::Unit::kPercent;
  c.x_label = "Type doel";
  render::Series s{"Behaald", {}};
  for (const auto& g : a.goals) {
    c.categories.push_back(fmt::format("{} ({} van {})", g.type.label, g.tally.met, g.tally.counted));
    s.values.push_back(g.share_met ? Value::shown(*g.share_met * 100) : Value::missing());
  }
  c.series = {s};
  return c;
}

std::vector<int> complete_years(const outcomes::DisclosedTable& table, Date peildatum) {
  std::set<int> years;
  for (const auto& row : table.rows())
    if (row.jaar && outcomes::measurable_from("werk_12m_pct", *row.jaar) <= peildatum) years.insert(*row.jaar);
  return {years.begin(), years.end()};
}

std::string release_source(const outcomes::DisclosedTable& table, Date peildatum) {
  return fmt::format("Bron: release met peildatum {} (onthullingsbeveiliging: drempel {}, afronding op {})",
                     format_dutch(peildatum), table.threshold(), table.rounding());
}

std::optional<render::Chart> work_by_year_chart(const outcomes::DisclosedTable& table, Date peildatum,
                                                const std::string& region, const std::vector<int>& years) {
  render::Chart c;
  c.kind = render::ChartKind::kLine;
  c.title = fmt::format("Binnen 12 maanden aan het werk per startjaar, {}", region == "NL" ? "landelijk" : region);
  c.source = release_source(table, peildatum);
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
      const auto* row = table.find(region, y, g);
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
  if (c.series.empty() || c.categories.empty()) return std::nullopt;
  return c;
}

}  // namespace regio::reports
