// Test-only: a deliberately naive second implementation of DESIGN §3.8.
//
// It transcribes the definitions literally — per trajectory, loops over all spells of the
// person; groups in a std::map keyed by the printed texts — and shares no code with the engine
// (only the data types), so the property test can compare the two on random extracts.
#pragma once

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "outcomes/extract.h"
#include "outcomes/indicators.h"

namespace regio::outcomes::reference {

struct Outcome {
  bool noemer = false;
  bool teller = false;
  int dagen = 0;
  bool duurzaam_noemer = false;
  bool duurzaam_teller = false;
  bool werkend = false;
  bool uitkering_noemer = false;
  bool uitstroom = false;
  bool has_hours = false;
  double hours = 0;
};

inline Outcome outcome_of(const Extract& e, std::size_t t, int c) {
  Outcome o;
  const int s = e.trajecten.start[t];
  const std::uint32_t p = e.trajecten.person[t];
  o.noemer = s + 365 <= c;
  if (!o.noemer) return o;
  const WerkSpells& w = e.werk;
  bool found = false;
  int f = 0;
  for (std::size_t i = 0; i < w.size(); ++i)
    if (w.person[i] == p && w.start[i] >= s && w.start[i] <= s + 365 && (!found || w.start[i] < f)) {
      found = true;
      f = w.start[i];
    }
  for (std::size_t i = 0; i < w.size(); ++i)
    if (w.person[i] == p && w.start[i] <= s + 365 && (w.end[i] == kOpenEnd || w.end[i] >= s + 365)) o.werkend = true;
  const UitkeringSpells& u = e.uitkeringen;
  bool covers_s = false, covers_year = false;
  for (std::size_t i = 0; i < u.size(); ++i) {
    if (u.person[i] != p) continue;
    if (u.start[i] <= s && (u.end[i] == kOpenEnd || u.end[i] >= s)) covers_s = true;
    if (u.start[i] <= s + 365 && (u.end[i] == kOpenEnd || u.end[i] >= s + 365)) covers_year = true;
  }
  o.uitkering_noemer = covers_s;
  o.uitstroom = covers_s && !covers_year;
  if (!found) return o;
  o.teller = true;
  o.dagen = f - s;
  for (std::size_t i = 0; i < w.size(); ++i)
    if (w.person[i] == p && w.start[i] == f && w.hours[i] >= 0 && (!o.has_hours || w.hours[i] > o.hours)) {
      o.has_hours = true;
      o.hours = w.hours[i];
    }
  o.duurzaam_noemer = f + 182 <= c;
  if (!o.duurzaam_noemer) return o;
  // The chain: spells started by C, ends capped at C, sorted by start, merged over gaps <= 30.
  std::vector<std::pair<int, int>> spells;
  for (std::size_t i = 0; i < w.size(); ++i)
    if (w.person[i] == p && w.start[i] <= c) spells.emplace_back(w.start[i], std::min(w.end[i], c));
  std::sort(spells.begin(), spells.end());
  std::vector<std::pair<int, int>> chains;
  for (auto [a, b] : spells) {
    if (!chains.empty() && a <= chains.back().second + 31)
      chains.back().second = std::max(chains.back().second, b);
    else
      chains.emplace_back(a, b);
  }
  for (auto [a, b] : chains)
    if (a <= f && f <= b) o.duurzaam_teller = b >= f + 182;
  return o;
}

inline std::vector<IndicatorRow> indicators(const Extract& e, Date peildatum) {
  const int c = peildatum.days;
  using Key = std::tuple<std::string, std::string, std::string>;
  std::map<Key, std::vector<Outcome>> groups;
  std::map<Key, IndicatorRow> shells;
  for (std::size_t t = 0; t < e.trajecten.size(); ++t) {
    const int s = e.trajecten.start[t];
    if (s > c) continue;
    const Outcome o = outcome_of(e, t, c);
    const std::string regio(e.trajecten.regio[t]);
    const int year = year_of(Date{s});
    const Interventie iv = e.trajecten.interventie[t];
    const std::string y = std::to_string(year);
    const std::string i{interventie_text(iv)};
    const std::vector<std::tuple<Key, IndicatorRow>> keys = {
        {{regio, y, i}, IndicatorRow{regio, year, iv}},
        {{regio, y, "*"}, IndicatorRow{regio, year, std::nullopt}},
        {{regio, "*", "*"}, IndicatorRow{regio, std::nullopt, std::nullopt}},
        {{"NL", y, "*"}, IndicatorRow{"NL", year, std::nullopt}},
        {{"NL", "*", "*"}, IndicatorRow{"NL", std::nullopt, std::nullopt}}};
    for (const auto& [key, shell] : keys) {
      groups[key].push_back(o);
      shells.emplace(key, shell);
    }
  }
  std::vector<IndicatorRow> rows;
  for (const auto& [key, outcomes] : groups) {
    IndicatorRow row = shells.at(key);
    std::vector<int> dagen;
    double hours_sum = 0;
    int hours_n = 0;
    for (const Outcome& o : outcomes) {
      ++row.starters;
      row.werk_12m_noemer += o.noemer;
      row.werk_12m_teller += o.teller;
      row.duurzaam_noemer += o.duurzaam_noemer;
      row.duurzaam_teller += o.duurzaam_teller;
      row.werkend_12m_teller += o.werkend;
      row.uitkering_noemer += o.uitkering_noemer;
      row.uitkering_uitstroom_teller += o.uitstroom;
      if (o.teller) dagen.push_back(o.dagen);
      if (o.teller && o.has_hours) {
        hours_sum += o.hours;
        ++hours_n;
      }
    }
    std::sort(dagen.begin(), dagen.end());
    if (!dagen.empty()) row.dagen_tot_werk_mediaan = dagen[(dagen.size() - 1) / 2];
    row.uren_bekend = hours_n;
    if (hours_n > 0) row.uren_gem = std::floor(hours_sum * 10 / hours_n + 0.5) / 10;
    rows.push_back(row);
  }
  return rows;
}

}  // namespace regio::outcomes::reference
