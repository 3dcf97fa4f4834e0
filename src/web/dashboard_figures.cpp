#include "web/dashboard_figures.h"

#include <fmt/format.h>

#include "base/date.h"
#include "tabular/formula_guard.h"
#include "web/internal/dashboard_parts.h"

namespace regio::web {
namespace {

std::string level_label(const analysis::NationalAnalysis& a, int level) {
  for (const auto& l : a.ladder)
    if (l.level == level) return fmt::format("{} {}", level, l.name);
  return std::to_string(level);
}

std::string source_of(const analysis::NationalAnalysis& a) {
  std::string s = fmt::format("Bron: Regiomonitor, meetmoment {} ({}), {} ingediende vragenlijsten", a.wave.name,
                              a.wave.code, a.regions);
  if (a.compare_wave) s += fmt::format("; vergeleken met {} ({})", a.compare_wave->name, a.compare_wave->code);
  return s + ". Aantallen regio's, geen cliëntgegevens: 0 cellen onderdrukt.";
}

void add_map(DashboardFigures& f, const analysis::NationalAnalysis& a, const std::string& source) {
  DashboardPart& part = f.parts.emplace_back();
  part.id = "kaart";
  part.width = 560;
  render::Chart& c = part.chart.emplace();
  c.kind = render::ChartKind::kMap;
  c.title = fmt::format("Samenwerkingsniveau per arbeidsmarktregio, {}", a.wave.name);
  c.source = source;
  c.colors = render::ColorScheme::kOrdered;
  c.map.year = year_of(a.wave.date);
  const int first = a.ladder.empty() ? 1 : a.ladder.front().level;
  for (const auto& l : a.ladder)
    c.map.classes.push_back({std::to_string(l.level), fmt::format("niveau {} — {}", l.level, l.name)});
  FigureTable& t = part.table;
  t.title = "Kaart: samenwerkingsniveau per regio";
  t.caption = fmt::format("Samenwerkingsniveau per regio, {}", a.wave.name);
  t.source = source;
  t.header = {"Regio", "Naam", "Niveau"};
  int known = 0;
  for (const auto& r : a.per_region) {
    render::MapRegion m;
    m.code = r.scores.region;
    if (r.scores.level) {
      m.class_index = *r.scores.level - first;  // the class label names the level: no value text
      ++known;
    } else {
      m.value_text = "niveau onbekend";
    }
    c.map.regions.push_back(m);
    t.rows.push_back({r.scores.region, r.name, r.scores.level ? level_label(a, *r.scores.level) : "onbekend"});
  }
  t.summary = fmt::format("{} regio's hebben de vragenlijst van {} ingediend; van {} is het niveau bekend.", a.regions,
                          a.wave.name, known);
}

void add_ladder(DashboardFigures& f, const analysis::NationalAnalysis& a, const std::string& source) {
  DashboardPart& part = f.parts.emplace_back();
  part.id = "ladder";
  render::Chart& c = part.chart.emplace();
  c.kind = render::ChartKind::kStackedBar;
  c.title = fmt::format("Regio's per samenwerkingsniveau, {}", a.wave.name);
  c.source = source;
  c.stack = render::StackMode::kCount;
  c.colors = render::ColorScheme::kOrdered;
  c.categories = {a.wave.name};
  FigureTable& t = part.table;
  t.title = "Ladder: regio's per niveau";
  t.caption = c.title;
  t.source = source;
  t.header = {"Niveau", "Regio's"};
  int most = -1, most_level = 0;
  for (const auto& [level, count] : a.levels) {
    c.series.push_back({level_label(a, level), {render::Value::shown(count)}});
    t.rows.push_back({level_label(a, level), std::to_string(count)});
    if (count > most) most = count, most_level = level;
  }
  t.rows.push_back({"onbekend", std::to_string(a.level_unknown)});
  t.summary = most <= 0 ? fmt::format("Op {} is van geen enkele regio het niveau bekend.", a.wave.name)
                        : fmt::format("Op {} staan de meeste regio's ({}) op niveau {}; van {} is het niveau onbekend.",
                                      a.wave.name, most, level_label(a, most_level), a.level_unknown);
}

void add_transitions(DashboardFigures& f, const analysis::NationalAnalysis& a, const std::string& source) {
  if (!a.transitions || !a.compare_wave) return;
  const analysis::Transitions& tr = *a.transitions;
  render::Chart c;
  c.kind = render::ChartKind::kMatrix;
  c.title = fmt::format("Overgangen tussen niveaus, {} naar {}", a.compare_wave->name, a.wave.name);
  c.source = source;
  c.x_label = fmt::format("naar ({})", a.wave.name);
  c.y_label = fmt::format("van ({})", a.compare_wave->name);
  DashboardPart& part = f.parts.emplace_back();
  part.id = "overgangen";
  FigureTable& t = part.table;
  t.title = "Overgangen sinds het vergelijkingsmoment";
  t.caption = c.title;
  t.source = source;
  t.header = {fmt::format("van \\ naar")};
  for (const auto& l : a.ladder) {
    c.categories.push_back(level_label(a, l.level));
    t.header.push_back(level_label(a, l.level));
  }
  for (const auto& from : a.ladder) {
    render::Series s{level_label(a, from.level), {}};
    std::vector<std::string> row{level_label(a, from.level)};
    for (const auto& to : a.ladder) {
      auto it = tr.counts.find({from.level, to.level});
      const int n = it == tr.counts.end() ? 0 : it->second;
      s.values.push_back(render::Value::shown(n));
      row.push_back(std::to_string(n));
    }
    c.series.push_back(std::move(s));
    t.rows.push_back(std::move(row));
  }
  t.summary = fmt::format(
      "Van de {} regio's met een bekend niveau op beide momenten gingen er {} omhoog, bleven er {} "
      "gelijk en gingen er {} omlaag.",
      tr.regions, tr.up, tr.same, tr.down);
  part.chart = std::move(c);
}

std::string quoted(const std::string& s) {
  std::string out = "\"";
  for (char ch : tabular::guard_formula(s)) {
    if (ch == '"') out += '"';
    out += ch;
  }
  return out + "\"";
}

std::string csv_line(const std::vector<std::string>& cells) {
  std::string out;
  for (std::size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + quoted(cells[i]);
  return out + "\r\n";
}

}  // namespace

const DashboardPart* DashboardFigures::find(std::string_view id) const {
  for (const auto& p : parts)
    if (p.id == id) return &p;
  return nullptr;
}

DashboardFigures dashboard_figures(const analysis::NationalAnalysis& a, const analysis::Config& config,
                                   const std::optional<service::OutcomeTable>& release) {
  DashboardFigures f;
  f.wave = a.wave;
  f.compare = a.compare_wave;
  const std::string source = source_of(a);
  add_map(f, a, source);
  add_ladder(f, a, source);
  add_transitions(f, a, source);
  internal::add_profile_parts(f, a, config, source);
  internal::add_outcome_parts(f, release);
  return f;
}

FigureTable figure_table(const document::Table& t, std::string title, std::string summary) {
  FigureTable out;
  out.title = std::move(title);
  out.summary = std::move(summary);
  out.caption = t.caption;
  out.source = t.source.empty() || t.source.starts_with("Bron: ") ? t.source : "Bron: " + t.source;
  auto text = [&out](const document::Cell& c) {
    if (!c.suppressed) return c.text;
    ++out.suppressed;
    return std::string(".");
  };
  if (!t.header_rows.empty())
    for (const auto& c : t.header_rows.front()) out.header.push_back(c.text);
  for (const auto& row : t.rows) {
    std::vector<std::string> cells;
    for (const auto& c : row) cells.push_back(text(c));
    out.rows.push_back(std::move(cells));
  }
  return out;
}

std::string to_csv(const FigureTable& t) {
  std::string out = csv_line({t.caption}) + csv_line({t.source}) + csv_line(t.header);
  for (const auto& row : t.rows) out += csv_line(row);
  return out + "\r\n";
}

}  // namespace regio::web
