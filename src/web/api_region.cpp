// The region's JSON API: /api/v1/regios/{region} (profile over the waves, goals, advice) and
// /api/v1/regios/{region}/indicatoren (outcome figures, released or — for the roles that may —
// unsuppressed). Same use cases and policy as the region page; unlike the page, a refused
// comparison or ongefilterd=1 is an error (403), not a message.
#include <nlohmann/json.hpp>

#include "analysis/national_lookup.h"
#include "outcomes/indicators.h"
#include "service/policy.h"
#include "web/pages.h"
#include "web/problem.h"
#include "web/region_view.h"

namespace regio::web {
namespace {

using nlohmann::json;

template <class T>
json opt(const std::optional<T>& v) {
  return v ? json(*v) : json(nullptr);
}

json scores_json(const analysis::RegionScores* s, const analysis::NationalAnalysis& a) {
  if (!s) return nullptr;
  json elements = json::object();
  for (std::size_t i = 0; i < a.elements.size() && i < s->element_scores.size(); ++i)
    elements[a.elements[i].element.question] = opt(s->element_scores[i]);
  json involvement = json::object();
  for (std::size_t i = 0; i < a.stakeholders.size() && i < s->involvement.size(); ++i)
    involvement[a.stakeholders[i].stakeholder.question] = opt(s->involvement[i]);
  json goals = json::object();
  for (const auto& [type, t] : s->goals)
    goals[type] = {{"behaald", t.met}, {"beoordeeld", t.counted}, {"open", t.open}};
  return {{"niveau", opt(s->level)},
          {"niveau_beoogd", opt(s->aimed_level)},
          {"borging", elements},
          {"borging_gemiddeld", opt(s->embedding_mean)},
          {"borging_klasse", opt(s->embedding_class)},
          {"betrokkenheid", involvement},
          {"producten_gepland", s->products_planned},
          {"producten_gerealiseerd", s->products_realised},
          {"doelen", goals}};
}

json national_json(const analysis::NationalAnalysis& a) {
  json levels = json::object();
  for (const auto& [level, n] : a.levels) levels[std::to_string(level)] = n;
  json elements = json::object();
  for (const auto& e : a.elements) elements[e.element.question] = opt(e.mean);
  return {{"regios", a.regions},
          {"niveaus", levels},
          {"niveau_onbekend", a.level_unknown},
          {"borging_gemiddeld", elements},
          {"producten_aandeel_gerealiseerd", opt(a.products_share_realised)}};
}

json figure_json(const outcomes::Figure& f) {
  if (f.suppressed) return ".";
  return opt(f.value);
}

json table_json(const service::OutcomeTable& t) {
  json rows = json::array();
  for (const auto& r : t.table.rows()) {
    json row{
        {"regio", r.regio},
        {"jaar", r.jaar ? json(*r.jaar) : json("*")},
        {"interventie", r.interventie ? json(std::string(outcomes::interventie_text(*r.interventie))) : json("*")}};
    for (std::size_t c = 0; c < outcomes::kColumnCount; ++c)
      row[std::string(outcomes::column_name(static_cast<outcomes::Column>(c)))] = figure_json(r.figures[c]);
    rows.push_back(std::move(row));
  }
  const bool exact = t.table.mode() == outcomes::DisclosureMode::kUnsuppressed;
  return {{"peildatum", format_iso(t.peildatum)},
          {"beveiligd", !exact},
          {"waarschuwing", exact ? json("niet beveiligd – niet publiceren") : json(nullptr)},
          {"drempel", t.table.threshold()},
          {"afronding", t.table.rounding()},
          {"release", t.table.source().release},
          {"fictief", t.fictional},
          {"rijen", rows}};
}

}  // namespace

Response api_region(AppContext& app, Request& r) {
  std::optional<std::string> compare;
  if (auto it = r.query.find("vergelijk"); it != r.query.end() && !it->second.empty()) compare = it->second;
  auto p = app.services.regions.profile(r.actor, r.params["region"], compare);
  if (!p) return problem(p.error());
  // Goals and advice as the page shows them (without a compare region: the profile above has it).
  Request plain = r;
  plain.query.clear();
  auto v = load_region_view(app, plain);
  if (!v) return problem(v.error());
  json waves = json::array();
  for (const auto& a : p->waves) {
    json w{{"meetmoment", a.wave.code},
           {"naam", a.wave.name},
           {"regio", scores_json(analysis::scores_of(a, p->region), a)},
           {"landelijk", national_json(a)}};
    if (p->compare) w["vergelijking"] = scores_json(analysis::scores_of(a, *p->compare), a);
    waves.push_back(std::move(w));
  }
  json goals = json::array();
  if (v->goals)
    for (std::size_t i = 0; i < v->goals->evaluations.size(); ++i) {
      const auto& e = v->goals->evaluations[i];
      goals.push_back({{"id", v->goals->records[i].id},
                       {"indicator", e.goal.indicator},
                       {"interventie", e.goal.intervention},
                       {"jaar", e.goal.year},
                       {"streefwaarde", e.goal.target},
                       {"omschrijving", e.goal.description},
                       {"waarde", figure_json(e.current)},
                       {"stand", std::string(outcomes::goal_status_text(e.status))},
                       {"toelichting", e.reason}});
    }
  json advice = json::array();
  if (v->advice)
    for (const auto& a : v->advice->advice) {
      json figures = json::object();
      for (const auto& f : a.figures) figures[f.name] = f.shown;
      advice.push_back({{"regel", a.rule},
                        {"versie", a.version},
                        {"advies", a.advice},
                        {"onderbouwing", a.reasoning},
                        {"kanttekening", a.caveat},
                        {"cijfers", figures}});
    }
  json body{{"regio", p->region},
            {"naam", p->name},
            {"vergelijking", opt(p->compare)},
            {"meetmomenten", waves},
            {"doelen", goals},
            {"doelen_melding", v->goals_message},
            {"advies", advice},
            {"advies_melding", v->advice_message}};
  return json_response(200, body.dump());
}

Response api_region_indicators(AppContext& app, Request& r) {
  const std::string region = r.params["region"];
  if (!app.registry.is_known_region(region)) return problem(404, "Regio " + region + " bestaat niet.");
  service::IndicatorQuery q{.regions = {region}};
  q.unsuppressed = r.query.contains("ongefilterd") && r.query.at("ongefilterd") == "1";
  if (auto it = r.query.find("peildatum"); it != r.query.end()) {
    auto date = service::parse_date_option(it->second, "peildatum");
    if (!date) return problem(date.error());
    q.peildatum = *date;
  }
  auto build = [&]() -> Result<std::string> {
    auto t = app.services.outcomes.indicators(r.actor, q);
    if (!t) return std::unexpected(t.error());
    json body = table_json(*t);
    body["regio"] = region;
    return body.dump();
  };
  // Kept per role, region and data generation; unsuppressed figures never (page_cache.h).
  auto body = app.pages->get_body(app.store, r, build);
  return body ? json_response(200, **body) : problem(body.error());
}

}  // namespace regio::web
