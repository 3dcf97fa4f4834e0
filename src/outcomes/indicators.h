// The outcome indicators of DESIGN §3.8, computed from an Extract for one peildatum.
//
// compute_indicators returns exactly the groups of §3.8 as plain counts, before disclosure
// control: every figure that leaves the product must first pass outcomes/disclosure.h.
//
//   auto rows = compute_indicators(extract, peildatum);
//   if (!rows) return std::unexpected(rows.error());
//   auto table = disclose(*rows, DisclosureOptions{});   // then outcomes/indicator_format.h
//
// Definitions (C = peildatum, s = start of trajectory t of person p; days, ends inclusive):
// - A trajectory with s > C is not counted anywhere (it has not started on the peildatum).
// - starters: trajectories of the group.
// - werk_12m_noemer: s + 365 <= C.
// - F(t): earliest start of an employment spell of p with s <= start <= s + 365 (a spell that
//   started before s and still runs is not an F). werk_12m_teller: in the noemer and F exists.
// - dagen_tot_werk_mediaan: lower median (element floor((n-1)/2) of the sorted values) of F - s
//   over werk_12m_teller; nullopt when the teller is 0.
// - Employment chain: spells of p with start <= C, ends (open ends too) capped at C, sorted by
//   start; a spell joins the chain before it when start <= chain's latest end + 31. X(t) is the
//   end of the chain holding the spell(s) that start on F(t).
// - duurzaam_noemer: in werk_12m_teller and F + 182 <= C; duurzaam_teller: also X >= F + 182.
// - werkend_12m_teller: in the noemer and some employment spell has start <= s+365 <= end (open
//   end = ongoing). Spells starting after C cannot matter: s + 365 <= C in the noemer.
// - uitkering_noemer: in the noemer and some benefit spell covers day s;
//   uitkering_uitstroom_teller: of those, no benefit spell covers day s + 365.
// - uren_gem: mean over werk_12m_teller of the hours of the first job (of the spells starting on
//   F, the one with most known hours; a trajectory whose F-spells all lack hours is left out),
//   hours taken to 0.01, the mean rounded half up to one decimal; nullopt when nothing to average.
//   uren_bekend: the number of trajectories that mean is over (0 when uren_gem is nullopt).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "base/error.h"
#include "outcomes/extract.h"

namespace regio::outcomes {

// One output group. `regio` is a region code or "NL"; nullopt jaar / interventie print as '*'.
struct IndicatorRow {
  std::string regio;
  std::optional<int> jaar;
  std::optional<Interventie> interventie;
  std::int64_t starters = 0;
  std::int64_t werk_12m_noemer = 0;
  std::int64_t werk_12m_teller = 0;
  std::optional<int> dagen_tot_werk_mediaan;
  std::int64_t duurzaam_noemer = 0;
  std::int64_t duurzaam_teller = 0;
  std::int64_t werkend_12m_teller = 0;
  std::int64_t uitkering_noemer = 0;
  std::int64_t uitkering_uitstroom_teller = 0;
  std::optional<double> uren_gem;
  // Trajectories in werk_12m_teller whose first job has known hours: the base uren_gem averages over.
  std::int64_t uren_bekend = 0;

  friend bool operator==(const IndicatorRow&, const IndicatorRow&) = default;
};

struct IndicatorOptions {
  // Worker threads for the per-trajectory pass; 0 = std::thread::hardware_concurrency().
  unsigned threads = 0;
  // Test only: called by each worker (0 = the calling thread) before its pass, e.g. to throw.
  std::function<void(unsigned worker)> worker_hook;
};

// Returns the rows of §3.8: region × start year × intervention, region × year × '*',
// region × '*' × '*', NL × year × '*', NL × '*' × '*' — only groups with at least one counted
// trajectory — sorted by (regio, jaar, interventie) as text in byte order ('*' first;
// interventions ips, jobcoaching, overig, participatie, reintegratie).
// Memory is linear in the extract and in the number of region × start year groups that occur,
// whatever the span of the dates (a start in year 1 next to one in 2024 costs nothing extra).
// Errors: kUnavailable when memory runs out, kInternal for any other exception, on whichever
// thread it happened (never std::terminate).
// REQUIRES: the extract's person indices are < persons.size() and its columns are of equal length.
Result<std::vector<IndicatorRow>> compute_indicators(const Extract& extract, Date peildatum,
                                                     const IndicatorOptions& options = {});

// The code of an intervention as written in files: "ips", "jobcoaching", ...
std::string_view interventie_text(Interventie i);
// Inverse of interventie_text; nullopt for an unknown code.
std::optional<Interventie> interventie_from_text(std::string_view text);

}  // namespace regio::outcomes
