#include "web/region_figures.h"

#include <algorithm>

#include <fmt/format.h>

#include "analysis/national_lookup.h"
#include "outcomes/indicators.h"
#include "report/indicator_text.h"
#include "reports/blocks.h"

namespace regio::web {
namespace {

using render::Value;
using analysis::scores_of;

std::string title_of(const std::string& code, const std::string& name) {
  return name.empty() ? code : fmt::format("{} ({})", name, code);
}

std::string number(std::optional<double> v, int decimals) {
  return v ? reports::dutch_number(*v, decimals) : std::string("–");
}

constexpr const char* kNoResponse = "geen vragenlijst";

std::string source_of(const service::RegionProfile& p) {
  std::string waves;
  for (const auto& a : p.waves) waves += (waves.empty() ? "" : ", ") + a.wave.name;
  return fmt::format("Bron: Regiomonitor, ingediende vragenlijsten van de meetmomenten {}. Geen cliëntgegevens: 0 "
                     "cellen onderdrukt.",
                     waves.empty() ? "(geen)" : waves);
}

// The column headers of the region, the compare region (when chosen) and the national picture.
std::vector<std::string> who(const service::RegionProfile& p, std::string first, std::string national) {
  std::vector<std::string> h{std::move(first), p.region};
  if (p.compare) h.push_back(*p.compare);
  h.push_back(std::move(national));
  return h;
}

void add_levels(RegionFigures& f, const service::RegionProfile& p, const std::string& source) {
  render::Chart& c = f.levels_chart;
  c.kind = render::ChartKind::kLine;
  c.title = fmt::format("Niveau van samenwerking over de meetmomenten: {}, {}landelijk gemiddelde", p.region,
                        p.compare ? *p.compare + " en " : "");
  c.source = source;
  c.unit = render::Unit::kLevel;
  c.x_label = "Meetmoment";
  c.y_label = "Niveau";
  c.axis_min = 1;
  FigureTable& t = f.levels;
  t.title = "Niveau van samenwerking";
  t.caption = c.title;
  t.source = source;
  t.header = who(p, "Meetmoment", "Landelijk gemiddelde");
  t.header.push_back("Landelijke verdeling (niveau: regio's)");
  render::Series own{p.region, {}}, other{p.compare.value_or(""), {}}, national{"Landelijk gemiddelde", {}};
  std::optional<int> last_level;
  for (const auto& a : p.waves) {
    if (!a.ladder.empty()) c.axis_max = static_cast<double>(a.ladder.size());
    c.categories.push_back(a.wave.name);
    const auto* s = scores_of(a, p.region);
    const auto level = s && s->level ? std::optional<double>(*s->level) : std::nullopt;
    own.values.push_back(Value::from(level));
    std::vector<std::string> row{a.wave.name, !s ? kNoResponse : number(level, 0)};
    if (p.compare) {
      const auto* o = scores_of(a, *p.compare);
      const auto ol = o && o->level ? std::optional<double>(*o->level) : std::nullopt;
      other.values.push_back(Value::from(ol));
      row.push_back(!o ? kNoResponse : number(ol, 0));
    }
    national.values.push_back(Value::from(analysis::mean_level(a)));
    row.push_back(number(analysis::mean_level(a), 1));
    std::string distribution;
    for (const auto& [level, n] : a.levels) distribution += fmt::format("{}{}: {}", distribution.empty() ? "" : "; ", level, n);
    row.push_back(distribution);
    t.rows.push_back(std::move(row));
    if (s && s->level) last_level = *s->level;
  }
  c.series.push_back(own);
  if (p.compare) c.series.push_back(other);
  c.series.push_back(national);
  t.summary = last_level ? fmt::format("{} staat bij de laatst ingevulde meting op niveau {} van de ladder.",
                                       f.title, *last_level)
                         : fmt::format("Van {} is nog geen niveau bekend.", f.title);
}

void add_embedding(RegionFigures& f, const service::RegionProfile& p, const std::string& source) {
  FigureTable& t = f.embedding;
  t.title = "Borging per element";
  t.source = source;
  if (p.waves.empty()) return;
  const auto& last = p.waves.back();
  render::Chart c;
  c.kind = render::ChartKind::kHorizontalBar;
  c.title = fmt::format("Borging per element (1–4), {}: {}, {}landelijk gemiddelde", last.wave.name, p.region,
                        p.compare ? *p.compare + " en " : "");
  c.source = source;
  c.unit = render::Unit::kLevel;
  c.axis_max = 4;
  c.x_label = "Element";
  t.caption = fmt::format("Borging per element (1–4) over de meetmomenten; {} en landelijk: {}",
                          p.compare ? *p.compare : std::string("vergelijking"), last.wave.name);
  t.header = {"Element"};
  for (const auto& a : p.waves) t.header.push_back(fmt::format("{} {}", p.region, a.wave.name));
  if (p.compare) t.header.push_back(fmt::format("{} {}", *p.compare, last.wave.name));
  t.header.push_back(fmt::format("Landelijk gemiddelde {}", last.wave.name));
  render::Series own{p.region, {}}, other{p.compare.value_or(""), {}}, national{"Landelijk gemiddelde", {}};
  auto score = [](const analysis::RegionScores* s, std::size_t i) {
    return s && i < s->element_scores.size() && s->element_scores[i] ? std::optional<double>(*s->element_scores[i])
                                                                     : std::nullopt;
  };
  for (std::size_t i = 0; i < last.elements.size(); ++i) {
    const auto& e = last.elements[i];
    c.categories.push_back(e.element.label);
    std::vector<std::string> row{e.element.label};
    for (const auto& a : p.waves) {
      const auto* s = scores_of(a, p.region);
      row.push_back(!s ? kNoResponse : number(score(s, i), 0));
    }
    own.values.push_back(Value::from(score(scores_of(last, p.region), i)));
    if (p.compare) {
      const auto* o = scores_of(last, *p.compare);
      other.values.push_back(Value::from(score(o, i)));
      row.push_back(!o ? kNoResponse : number(score(o, i), 0));
    }
    national.values.push_back(Value::from(e.mean));
    row.push_back(number(e.mean, 1));
    t.rows.push_back(std::move(row));
  }
  c.series.push_back(own);
  if (p.compare) c.series.push_back(other);
  c.series.push_back(national);
  const auto* s = scores_of(last, p.region);
  t.summary = s && s->embedding_class
                  ? fmt::format("{}: borging '{}' (gemiddelde score {}) op {}.", f.title, *s->embedding_class,
                                reports::dutch_number(*s->embedding_mean, 1), last.wave.name)
                  : fmt::format("Van {} is de borgingsklasse op {} niet te bepalen (niet alle elementen beantwoord).",
                                f.title, last.wave.name);
  f.embedding_chart = std::move(c);
}

void add_involvement(RegionFigures& f, const service::RegionProfile& p, const std::string& source) {
  FigureTable& t = f.involvement;
  t.title = "Betrokkenheid van partijen";
  t.source = source;
  if (p.waves.empty()) return;
  const auto& last = p.waves.back();
  t.caption = fmt::format("Betrokkenheid van partijen over de meetmomenten; landelijk: de meest gekozen mate op {}",
                          last.wave.name);
  t.header = {"Partij"};
  for (const auto& a : p.waves) t.header.push_back(fmt::format("{} {}", p.region, a.wave.name));
  if (p.compare) t.header.push_back(fmt::format("{} {}", *p.compare, last.wave.name));
  t.header.push_back(fmt::format("Landelijk meest gekozen {}", last.wave.name));
  auto degree = [](const analysis::RegionScores* s, std::size_t i) {
    if (!s) return std::string(kNoResponse);
    return i < s->involvement.size() && s->involvement[i] ? *s->involvement[i] : std::string("niet beantwoord");
  };
  for (std::size_t i = 0; i < last.stakeholders.size(); ++i) {
    const auto& st = last.stakeholders[i];
    std::vector<std::string> row{st.stakeholder.label};
    for (const auto& a : p.waves) row.push_back(degree(scores_of(a, p.region), i));
    if (p.compare) row.push_back(degree(scores_of(last, *p.compare), i));
    const auto most = std::max_element(st.degrees.begin(), st.degrees.end(),
                                       [](const auto& x, const auto& y) { return x.second < y.second; });
    row.push_back(most == st.degrees.end() ? "–" : fmt::format("{} ({} regio's)", most->first, most->second));
    t.rows.push_back(std::move(row));
  }
  t.summary = fmt::format("Hoe sterk elke partij volgens {} betrokken is, per meetmoment, naast het landelijk beeld.",
                          f.title);
}

void add_products(RegionFigures& f, const service::RegionProfile& p, const std::string& source) {
  FigureTable& t = f.products;
  t.title = "Producten";
  t.caption = "Gerealiseerde van de geplande producten per meetmoment";
  t.source = source;
  t.header = who(p, "Meetmoment", "Landelijk aandeel gerealiseerd");
  auto of = [](const analysis::RegionScores* s) {
    return s ? fmt::format("{} van {}", s->products_realised, s->products_planned) : std::string(kNoResponse);
  };
  for (const auto& a : p.waves) {
    std::vector<std::string> row{a.wave.name, of(scores_of(a, p.region))};
    if (p.compare) row.push_back(of(scores_of(a, *p.compare)));
    row.push_back(a.products_share_realised ? reports::dutch_number(*a.products_share_realised * 100, 1) + "%" : "–");
    t.rows.push_back(std::move(row));
  }
  t.summary = fmt::format("Hoeveel van de geplande producten {} per meetmoment heeft gerealiseerd.", f.title);
}

void add_goal_types(RegionFigures& f, const service::RegionProfile& p, const std::string& source) {
  FigureTable& t = f.goal_types;
  t.title = "Eigen doelen uit de vragenlijst";
  t.source = source;
  if (p.waves.empty()) return;
  const auto& last = p.waves.back();
  t.caption = fmt::format("Behaalde van de beoordeelde doelen per type, {} (tussen haakjes: nog open)", last.wave.name);
  t.header = who(p, "Type doel", "Landelijk");
  auto tally = [](const analysis::RegionScores* s, const std::string& type) {
    if (!s) return std::string(kNoResponse);
    auto it = s->goals.find(type);
    const analysis::GoalTally g = it == s->goals.end() ? analysis::GoalTally{} : it->second;
    return fmt::format("{} van {} ({})", g.met, g.counted, g.open);
  };
  for (const auto& g : last.goals) {
    std::vector<std::string> row{g.type.label, tally(scores_of(last, p.region), g.type.choice)};
    if (p.compare) row.push_back(tally(scores_of(last, *p.compare), g.type.choice));
    row.push_back(fmt::format("{} van {} ({})", g.tally.met, g.tally.counted, g.tally.open));
    t.rows.push_back(std::move(row));
  }
  t.summary = fmt::format("Hoeveel van de eigen doelen die {} in de vragenlijst van {} beoordeelde zijn behaald.",
                          f.title, last.wave.name);
}

std::string table_source(const service::OutcomeTable& t) {
  const auto& s = t.table.source();
  if (t.table.mode() == outcomes::DisclosureMode::kUnsuppressed)
    return fmt::format(
        "Bron: uitkomstleveringen, peildatum {}, NIET BEVEILIGD – niet publiceren: exacte cijfers zonder "
        "onthullingsbeveiliging.{}",
        format_iso(t.peildatum), t.fictional ? " Fictieve demogegevens." : "");
  return fmt::format("Bron: release van {} (peildatum {}), onder onthullingsbeveiliging.{}",
                     s.published_at.substr(0, 10), format_iso(t.peildatum),
                     t.fictional ? " Fictieve demogegevens." : "");
}

constexpr std::array kOutcomeColumns{outcomes::Column::kStarters,        outcomes::Column::kWerk12mPct,
                                     outcomes::Column::kWerkend12mPct,   outcomes::Column::kDuurzaamPct,
                                     outcomes::Column::kUitstroomPct,    outcomes::Column::kDagenTotWerkMediaan,
                                     outcomes::Column::kUrenGem};

std::string cell(const outcomes::Figure& f, outcomes::Column c) {
  if (f.suppressed) return ".";
  if (!f.value) return "–";
  return report::format_indicator_value(c, *f.value);
}

}  // namespace

RegionFigures region_figures(const service::RegionProfile& p) {
  RegionFigures f;
  f.title = title_of(p.region, p.name);
  const std::string source = source_of(p);
  add_levels(f, p, source);
  add_embedding(f, p, source);
  add_involvement(f, p, source);
  add_products(f, p, source);
  add_goal_types(f, p, source);
  return f;
}

FigureTable goals_table(const service::GoalsStatus& g, const std::string& region) {
  FigureTable t;
  t.title = "Doelen op uitkomsten, met voortgang";
  t.caption = fmt::format("Kwantitatieve doelen van {} en hun stand (berekend, niet ingevuld)", region);
  t.source = g.data ? table_source(*g.data) : "Bron: Regiomonitor (doelen); nog geen uitkomstcijfers.";
  t.header = {"Doel", "Indicator", "Interventie", "Startjaar", "Streefwaarde", "Huidige waarde", "Verloop",
              "Stand", "Toelichting"};
  int met = 0;
  for (std::size_t i = 0; i < g.evaluations.size(); ++i) {
    const auto& e = g.evaluations[i];
    const auto column = outcomes::column_from_name(e.goal.indicator);
    auto shown = [&](const outcomes::Figure& f) {
      if (f.suppressed) return std::string(".");
      if (!f.value || !column) return std::string("–");
      return report::format_indicator_value(*column, *f.value);
    };
    std::string trend;
    for (const auto& p : e.trend) trend += fmt::format("{}{}: {}", trend.empty() ? "" : "; ", p.year, shown(p.value));
    const std::string description = e.goal.description.empty() ? fmt::format("doel {}", g.records[i].id) : e.goal.description;
    t.rows.push_back({description, column ? report::indicator_title(*column) : e.goal.indicator,
                      e.goal.intervention == "*" ? "alle" : e.goal.intervention, std::to_string(e.goal.year),
                      column ? report::format_indicator_value(*column, e.goal.target) : std::to_string(e.goal.target),
                      shown(e.current), trend.empty() ? "–" : trend,
                      std::string(outcomes::goal_status_text(e.status)), e.reason.empty() ? "–" : e.reason});
    if (e.status == outcomes::GoalStatus::kBehaald) ++met;
  }
  t.summary = g.evaluations.empty()
                  ? fmt::format("{} heeft nog geen kwantitatieve doelen op uitkomsten vastgelegd.", region)
                  : fmt::format("{} van de {} doelen van {} zijn behaald.", met, g.evaluations.size(), region);
  return t;
}

FigureTable outcomes_table(const service::OutcomeTable& o, const std::string& region) {
  FigureTable t;
  const bool exact = o.table.mode() == outcomes::DisclosureMode::kUnsuppressed;
  t.title = exact ? "Uitkomsten voor cliënten — niet beveiligd – niet publiceren" : "Uitkomsten voor cliënten";
  t.caption = fmt::format("Uitkomsten van {} per startjaar en interventie{}", region,
                          exact ? " (niet beveiligd – niet publiceren)" : "");
  t.source = table_source(o);
  t.header = {"Startjaar en interventie"};
  for (auto c : kOutcomeColumns) t.header.push_back(report::indicator_title(c));
  std::vector<const outcomes::DisclosedRow*> rows;
  for (const auto& r : o.table.rows())
    if (r.regio == region) rows.push_back(&r);
  std::stable_sort(rows.begin(), rows.end(), [](const auto* a, const auto* b) {
    return std::pair(a->jaar.value_or(9999), a->interventie.has_value()) <
           std::pair(b->jaar.value_or(9999), b->interventie.has_value());
  });
  int suppressed = 0;
  for (const auto* r : rows) {
    const std::string intervention = r->interventie ? std::string(outcomes::interventie_text(*r->interventie)) : "alle";
    std::vector<std::string> row{fmt::format("{}, {}", r->jaar ? std::to_string(*r->jaar) : "alle jaren", intervention)};
    for (auto c : kOutcomeColumns) {
      row.push_back(cell((*r)[c], c));
      suppressed += (*r)[c].suppressed;
    }
    t.rows.push_back(std::move(row));
  }
  t.source += fmt::format(" {} cellen onderdrukt.", suppressed);
  t.summary = rows.empty() ? fmt::format("Voor {} staan geen uitkomstcijfers in deze tabel.", region)
                           : fmt::format("{} rijen (startjaar en interventie); {} cijfers zijn onderdrukt (\".\").",
                                         rows.size(), suppressed);
  return t;
}

std::string suppression_explanation(const service::OutcomeTable& o) {
  if (o.table.mode() == outcomes::DisclosureMode::kUnsuppressed)
    return "Deze cijfers zijn exact en niet beveiligd: ze kunnen tot personen herleidbaar zijn. Niet publiceren of "
           "delen.";
  return fmt::format(
      "Een punt (.) betekent: onderdrukt door de onthullingsbeveiliging. Aantallen van 1 tot {} worden niet getoond, "
      "en zo nodig ook cellen waaruit ze terug te rekenen zijn; getoonde aantallen zijn afgerond op veelvouden van {} "
      "en percentages zijn daaruit berekend. Een streepje (–) betekent: geen cijfer (bijvoorbeeld nog te vroeg of "
      "niets om over te rekenen).",
      o.table.threshold(), o.table.rounding());
}

}  // namespace regio::web
