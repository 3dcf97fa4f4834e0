#include <nlohmann/json.hpp>

#include "analysis/format.h"
#include "base/date.h"

namespace regio::analysis {
namespace {

using nlohmann::json;
using ordered = nlohmann::ordered_json;

template <class T>
ordered opt(const std::optional<T>& v) {
  return v ? ordered(*v) : ordered(nullptr);
}

ordered wave_json(const forms::Wave& w) { return {{"code", w.code}, {"name", w.name}, {"date", format_iso(w.date)}}; }

ordered levels_json(const NationalAnalysis& a) {
  ordered o = ordered::object();
  for (const auto& [level, n] : a.levels) o[std::to_string(level)] = n;
  return o;
}

ordered transitions_json(const NationalAnalysis& a) {
  if (!a.transitions) return nullptr;
  const Transitions& t = *a.transitions;
  ordered matrix = ordered::object();
  for (const auto& from : a.ladder) {
    ordered row = ordered::object();
    for (const auto& to : a.ladder) {
      const auto it = t.counts.find({from.level, to.level});
      row[std::to_string(to.level)] = it == t.counts.end() ? 0 : it->second;
    }
    matrix[std::to_string(from.level)] = row;
  }
  return {{"from_wave", t.from_wave}, {"regions", t.regions}, {"matrix", matrix}, {"up", t.up},
          {"same", t.same},           {"down", t.down}};
}

ordered aimed_json(const NationalAnalysis& a) {
  ordered per = ordered::object();
  for (const auto& r : a.aimed_vs_reached)
    per[std::to_string(r.level)] = {{"aiming", r.aiming}, {"reached", r.reached}};
  return {{"levels", per}, {"mean_gap", opt(a.mean_gap)}, {"regions_with_gap", a.gap_regions}};
}

ordered pairs_json(const std::vector<std::pair<std::string, int>>& pairs) {
  ordered o = ordered::object();
  for (const auto& [k, n] : pairs) o[k] = n;
  return o;
}

ordered region_json(const NationalAnalysis& a, const RegionResult& rr) {
  const RegionScores& s = rr.scores;
  ordered inv = ordered::object();
  for (std::size_t i = 0; i < s.involvement.size() && i < a.stakeholders.size(); ++i)
    inv[a.stakeholders[i].stakeholder.question] = opt(s.involvement[i]);
  ordered elements = ordered::object();
  for (std::size_t i = 0; i < s.element_scores.size() && i < a.elements.size(); ++i)
    elements[a.elements[i].element.question] = opt(s.element_scores[i]);
  ordered goals = ordered::object();
  for (const auto& [type, t] : s.goals) goals[type] = {{"met", t.met}, {"counted", t.counted}, {"open", t.open}};
  return {
      {"region", s.region},
      {"name", rr.name},
      {"level", opt(s.level)},
      {"aimed_level", opt(s.aimed_level)},
      {"gap", opt(s.gap)},
      {"elements", elements},
      {"embedding_mean", opt(s.embedding_mean)},
      {"embedding_class", opt(s.embedding_class)},
      {"weakest_element", s.weakest_element && *s.weakest_element < a.elements.size()
                              ? ordered(a.elements[*s.weakest_element].element.question)
                              : ordered(nullptr)},
      {"involvement", inv},
      {"involvement_index", opt(s.involvement_index)},
      {"products_planned", s.products_planned},
      {"products_realised", s.products_realised},
      {"products_share_realised", opt(s.products_share_realised)},
      {"goals", goals},
      {"level5_claim", s.claims_level5},
      {"measured_goal", s.measured_goal},
      {"level5_flag", s.level5_flag},
  };
}

}  // namespace

std::string to_json(const NationalAnalysis& a) {
  ordered j;
  j["wave"] = a.wave.code;
  j["wave_name"] = a.wave.name;
  j["wave_date"] = format_iso(a.wave.date);
  j["compare_wave"] = a.compare_wave ? wave_json(*a.compare_wave) : ordered(nullptr);
  j["regions"] = a.regions;
  ordered ladder = ordered::array();
  for (const auto& l : a.ladder) ladder.push_back({{"level", l.level}, {"name", l.name}, {"meaning", l.meaning}});
  j["ladder"] = ladder;
  j["levels"] = levels_json(a);
  j["levels_unknown"] = a.level_unknown;
  j["transitions"] = transitions_json(a);
  j["aimed_vs_reached"] = aimed_json(a);
  j["embedding_classes"] = pairs_json(a.embedding_classes);
  j["embedding_unknown"] = a.embedding_unknown;
  ordered elements = ordered::array();
  for (const auto& e : a.elements)
    elements.push_back({{"question", e.element.question},
                        {"label", e.element.label},
                        {"mean", opt(e.mean)},
                        {"n", e.n},
                        {"weakest", e.weakest}});
  j["elements"] = elements;
  ordered stakeholders = ordered::array();
  for (const auto& s : a.stakeholders)
    stakeholders.push_back({{"question", s.stakeholder.question},
                            {"label", s.stakeholder.label},
                            {"degrees", pairs_json(s.degrees)},
                            {"unanswered", s.unanswered}});
  j["stakeholders"] = stakeholders;
  ordered items = ordered::array();
  for (const auto& p : a.products)
    items.push_back({{"question", p.product.question},
                     {"label", p.product.label},
                     {"statuses", pairs_json(p.statuses)},
                     {"unanswered", p.unanswered}});
  j["products"] = {{"items", items},
                   {"planned", a.products_planned},
                   {"realised", a.products_realised},
                   {"share_realised", opt(a.products_share_realised)}};
  ordered goals = ordered::object();
  for (const auto& g : a.goals)
    goals[g.type.choice] = {{"label", g.type.label},
                            {"met", g.tally.met},
                            {"counted", g.tally.counted},
                            {"open", g.tally.open},
                            {"share_met", opt(g.share_met)}};
  j["goals"] = goals;
  ordered activities = ordered::array();
  for (const auto& act : a.activities)
    activities.push_back({{"activity", act.activity.choice},
                          {"label", act.activity.label},
                          {"regions", act.regions},
                          {"clients_reached", act.clients_reached}});
  j["activities"] = activities;
  ordered bottlenecks = ordered::array();
  for (const auto& b : a.bottlenecks)
    bottlenecks.push_back({{"bottleneck", b.choice}, {"label", b.label}, {"regions", b.regions}});
  j["bottlenecks"] = bottlenecks;
  ordered patterns = ordered::array();
  for (const auto& p : a.patterns)
    patterns.push_back({{"factor", p.factor},
                        {"label", p.label},
                        {"with", {{"n", p.with.n}, {"mean_gain", opt(p.with.mean_gain)}}},
                        {"without", {{"n", p.without.n}, {"mean_gain", opt(p.without.mean_gain)}}}});
  j["patterns"] = patterns;
  ordered flags = ordered::array();
  for (const auto& rr : a.per_region)
    if (rr.scores.level5_flag)
      flags.push_back({{"region", rr.scores.region},
                       {"name", rr.name},
                       {"reason", "claimt niveau 5 zonder gemeten kwantitatief doel"}});
  j["level5_flags"] = flags;
  ordered regions = ordered::array();
  for (const auto& rr : a.per_region) regions.push_back(region_json(a, rr));
  j["per_region"] = regions;
  j["notes"] = a.notes;
  return j.dump(2);
}

}  // namespace regio::analysis
