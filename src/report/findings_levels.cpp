// The ladder sentences of findings.h: distribution, thresholds, transitions, aimed vs reached.
#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "base/text.h"
#include "report/dutch.h"
#include "report/findings.h"
#include "report/internal/figures.h"

namespace regio::report {
namespace {

using internal::count;

std::string level_name(const analysis::NationalAnalysis& a, int level) {
  for (const auto& l : a.ladder)
    if (l.level == level) return fmt::format("niveau {} ({})", level, l.name);
  return fmt::format("niveau {}", level);
}

// What reaching a level means, as a verb phrase; the default ladder's levels by name, any other
// level by its number.
VerbPhrase reached_phrase(const analysis::NationalAnalysis& a, int level) {
  static const std::map<std::string, VerbPhrase, std::less<>> kByName = {
      {"Regelmatig overleg", {"overlegt", "overleggen", "regelmatig"}},
      {"Operationele samenwerking", {"werkt", "werken", "operationeel samen"}},
      {"Gezamenlijk beleid", {"voert", "voeren", "gezamenlijk beleid"}},
      {"Resultaatgericht", {"werkt", "werken", "resultaatgericht"}},
  };
  for (const auto& l : a.ladder)
    if (l.level == level)
      if (auto it = kByName.find(l.name); it != kByName.end()) return it->second;
  return {"staat", "staan", fmt::format("ten minste op {}", level_name(a, level))};
}

int known_levels(const analysis::NationalAnalysis& a) { return a.regions - a.level_unknown; }

std::string unknown_clause(int unknown) {
  return unknown == 0 ? "" : fmt::format("; van {} is het niveau onbekend", regions_count(unknown));
}

}  // namespace

Sentence level_distribution(const analysis::NationalAnalysis& a) {
  Sentence s{"niveaus.verdeling", "", {}};
  std::vector<std::pair<std::string, std::string>> present;  // (count, level)
  std::vector<std::string> absent;
  int first = -1;
  for (const auto& [level, n] : a.levels) {
    const std::string n_text = count(s, fmt::format("niveau.{}", level), n);
    if (n == 0) {
      absent.push_back(level_name(a, level));
      continue;
    }
    if (first < 0) first = n;
    present.emplace_back(n_text, level_name(a, level));
  }
  if (known_levels(a) == 0) {
    s.text = a.regions == 0 ? "Er zijn geen ingediende antwoorden, dus ook geen niveaus."
                            : fmt::format("Van {} is het niveau onbekend.", regions_phrase(a.regions, a.regions));
    return s;
  }
  if (present.size() == 1 && a.level_unknown == 0) {
    s.text = a.regions == 1 ? "De enige regio staat op " + present[0].second
                            : fmt::format("Alle {} regio's staan op {}", present[0].first, present[0].second);
  } else {
    std::vector<std::string> parts;
    for (const auto& [n, level] : present) parts.push_back(n + " op " + level);
    s.text = fmt::format("Van de {} {} er {}", regions_count(a.regions), takes_singular(first) ? "staat" : "staan",
                         join_dutch(parts));
    s.text += unknown_clause(a.level_unknown);
  }
  if (!absent.empty()) s.text += fmt::format("; op {} staat geen enkele regio", join_dutch(absent));
  s.text += ".";
  return s;
}

Sentence level_thresholds(const analysis::NationalAnalysis& a) {
  Sentence s{"niveaus.drempels", "", {}};
  const int known = known_levels(a);
  const std::string when = period_phrase(a.wave.date);
  if (known == 0) {
    s.text = fmt::format("{} is van geen enkele regio het niveau bekend.", when);
    return s;
  }
  std::vector<std::string> clauses;
  for (const auto& [level, n] : a.levels) {
    if (level < 2) continue;
    int at_least = 0;
    for (const auto& [l2, n2] : a.levels)
      if (l2 >= level) at_least += n2;
    count(s, fmt::format("niveau_ten_minste.{}", level), at_least);
    const VerbPhrase v = reached_phrase(a, level);
    clauses.push_back(clauses.empty() ? when + " " + clause_inverted(at_least, known, v) : clause(at_least, known, v));
  }
  if (clauses.empty()) clauses.push_back(when + " " + clause_inverted(known, known, {"staat", "staan", "op niveau 1"}));
  std::string text;
  for (const auto& c : clauses) text += (text.empty() ? "" : "; ") + c;
  s.text = text + unknown_clause(a.level_unknown) + ".";
  return s;
}

Sentence level_transitions(const analysis::NationalAnalysis& a) {
  Sentence s{"niveaus.overgangen", "", {}};
  if (!a.compare_wave || !a.transitions) {
    s.text = "Er is geen eerder meetmoment om mee te vergelijken, dus geen overgangen tussen niveaus.";
    return s;
  }
  const auto& t = *a.transitions;
  const std::string since = "Sinds de meting van " + lower_first(period_phrase(a.compare_wave->date));
  count(s, "overgangen.regios", t.regions);
  if (t.regions == 0) {
    s.text = since + " is van geen enkele regio het niveau in beide metingen bekend.";
    return s;
  }
  count(s, "overgangen.stijgers", t.up);
  count(s, "overgangen.gelijk", t.same);
  count(s, "overgangen.dalers", t.down);
  s.text = fmt::format("{} is het niveau van {} gestegen, van {} gelijk gebleven en van {} gedaald", since,
                       regions_phrase(t.up, t.regions), regions_phrase(t.same, t.regions),
                       regions_phrase(t.down, t.regions));
  if (t.regions < a.regions)
    s.text += fmt::format(" ({} met een bekend niveau in beide metingen)", regions_count(t.regions));
  s.text += ".";
  return s;
}

Sentence aimed_vs_reached(const analysis::NationalAnalysis& a) {
  Sentence s{"niveaus.beoogd", "", {}};
  count(s, "beoogd.regios", a.gap_regions);
  if (a.gap_regions == 0 || !a.mean_gap) {
    s.text = "Geen enkele regio noemt zowel het huidige als het beoogde niveau.";
    return s;
  }
  const std::string gap = format_fixed_nl(std::abs(*a.mean_gap), 1);
  internal::shown(s, "beoogd.gemiddeld_verschil", *a.mean_gap, gap);
  const bool one = a.gap_regions == 1;
  const std::string direction = *a.mean_gap > 0 ? "hoger" : "lager";
  if (one)
    s.text =
        gap == "0,0"
            ? "De enige regio die zowel haar huidige als haar beoogde niveau noemt, mikt op het niveau waar ze nu staat"
            : fmt::format(
                  "De enige regio die zowel haar huidige als haar beoogde niveau noemt, mikt {} niveau {} "
                  "dan waar ze nu staat",
                  gap, direction);
  else
    s.text = gap == "0,0" ? fmt::format(
                                "De {} regio's die zowel hun huidige als hun beoogde niveau noemen, mikken gemiddeld "
                                "op het niveau waar ze nu staan",
                                a.gap_regions)
                          : fmt::format(
                                "De {} regio's die zowel hun huidige als hun beoogde niveau noemen, mikken gemiddeld "
                                "{} niveau {} dan waar ze nu staan",
                                a.gap_regions, gap, direction);
  int most = 0;
  for (const auto& ar : a.aimed_vs_reached) most = std::max(most, ar.aiming);
  std::vector<const analysis::AimedReached*> top;
  for (const auto& ar : a.aimed_vs_reached)
    if (most > 0 && ar.aiming == most) top.push_back(&ar);
  if (top.size() == 1) {
    count(s, fmt::format("beoogd.{}", top[0]->level), most);
    count(s, fmt::format("bereikt.{}", top[0]->level), top[0]->reached);
    s.text +=
        fmt::format("; het vaakst beoogd is {}: {} daarop, {} er nu", level_name(a, top[0]->level),
                    clause(most, -1, {"mikt", "mikken", ""}), clause(top[0]->reached, -1, {"staat", "staan", ""}));
  } else if (top.size() > 1) {
    std::vector<std::string> levels;
    for (const auto* ar : top) {
      count(s, fmt::format("beoogd.{}", ar->level), most);
      levels.push_back(level_name(a, ar->level));
    }
    s.text += fmt::format("; het vaakst beoogd zijn {}, elk door {}", join_dutch(levels), regions_count(most));
  }
  s.text += ".";
  return s;
}

Sentence top_level_check(const analysis::NationalAnalysis& a) {
  Sentence s{"niveaus.top_controle", "", {}};
  if (a.ladder.empty()) return s;
  const int top = a.ladder.back().level;
  const std::string name = level_name(a, top);
  const auto it = a.levels.find(top);
  const int claims = it == a.levels.end() ? 0 : it->second;
  count(s, "top.claims", claims);
  const int flagged = static_cast<int>(a.level5_flags.size());
  count(s, "top.zonder_gemeten_doel", flagged);
  std::vector<std::string> named;
  for (const auto& code : a.level5_flags) {
    std::string label = code;
    for (const auto& rr : a.per_region)
      if (rr.scores.region == code && !rr.name.empty()) label += " (" + rr.name + ")";
    named.push_back(label);
  }
  if (claims == 0)
    s.text = fmt::format("Geen enkele regio zegt op {} te staan.", name);
  else if (claims == 1)
    s.text = fmt::format(
        "De enige regio die zegt op {} te staan, heeft {}", name,
        flagged == 0 ? "een gemeten kwantitatief doel." : "geen gemeten kwantitatief doel: " + named[0] + ".");
  else if (flagged == 0)
    s.text =
        fmt::format("Alle {} regio's die zeggen op {} te staan, hebben een gemeten kwantitatief doel.", claims, name);
  else if (flagged == claims)
    s.text = fmt::format("Geen van de {} regio's die zeggen op {} te staan, heeft een gemeten kwantitatief doel: {}.",
                         claims, name, join_dutch(named));
  else
    s.text = fmt::format("{} van de {} regio's die zeggen op {} te staan, {} geen gemeten kwantitatief doel: {}.",
                         flagged, claims, name, flagged == 1 ? "heeft" : "hebben", join_dutch(named));
  return s;
}

}  // namespace regio::report
