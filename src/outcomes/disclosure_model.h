// The attacker of disclosure control as a linear model: what a person holding published outcome
// tables knows about the true counts behind them.
//
// An AuditTable is one table of counts (a release, or the one being made): per group (regio ×
// jaar × interventie) the eight counts of §3.8, which of them are suppressed, and the peildatum.
// build_attack_model() turns a set of tables into bounds and linear constraints over the count
// cells, exactly the knowledge an attacker has:
// - a published 0 is 0; a published count p (rounded to a multiple of `rounding`, see
//   rounded_count) lies in [max(T, p - floor(b/2)), p + ceil(b/2) - 1] (counts 1..T-1 are never
//   published); a suppressed count is >= 1 (zeros are never suppressed);
// - the additive relations of each column: the interventions of (regio, jaar) sum to
//   (regio, jaar, *); the years of a region to (regio, *, *); the regions of a year to
//   (NL, jaar, *); the years of NL and the regions' totals to (NL, *, *);
// - the order between columns in every row: werk_12m_teller <= werk_12m_noemer <= starters,
//   duurzaam_teller <= duurzaam_noemer <= werk_12m_teller, werkend_12m_teller <= werk_12m_noemer,
//   uitkering_uitstroom_teller <= uitkering_noemer <= werk_12m_noemer;
// - what the definitions imply at the peildatum C for start year Y: when 31-12-Y + 365 <= C every
//   starter is in the 12-month noemer (werk_12m_noemer = starters); when 31-12-Y + 547 <= C every
//   werk_12m_teller is in the duurzaam noemer (duurzaam_noemer = werk_12m_teller);
// - between tables of different peildatums C1 < C2 over the same data, every count can only grow
//   (x1 <= x2), and a count that is complete at C1 ("closed": starters when 31-12-Y <= C1, the
//   12-month counts when 31-12-Y + 365 <= C1, the duurzaam counts when 31-12-Y + 547 <= C1) stays
//   equal (x1 = x2). These are added only where the true counts of both tables satisfy them: the
//   data may have changed between two releases, and the model must contain the truth.
#pragma once

#include <array>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "outcomes/extract.h"

namespace regio::outcomes {

// The counts, in this order: starters, werk_12m_noemer, werk_12m_teller, duurzaam_noemer,
// duurzaam_teller, werkend_12m_teller, uitkering_noemer, uitkering_uitstroom_teller.
inline constexpr std::size_t kCountColumns = 8;
using Counts = std::array<std::int64_t, kCountColumns>;
using CountFlags = std::array<bool, kCountColumns>;

struct GroupKey {
  std::string regio;                       // region code or "NL"
  std::optional<int> jaar;                 // nullopt = all years
  std::optional<Interventie> interventie;  // nullopt = all interventions

  friend auto operator<=>(const GroupKey&, const GroupKey&) = default;
};

struct AuditTable {
  Date peildatum;
  std::vector<GroupKey> groups;
  std::vector<Counts> truth;          // per group
  std::vector<CountFlags> suppressed;  // per group
  bool editable = false;              // false: already published, never changed
};

// The published form of a count >= threshold: the nearest multiple of `rounding` (halves up).
std::int64_t rounded_count(std::int64_t value, int rounding);

inline constexpr double kInfinity = std::numeric_limits<double>::infinity();
// Upper bound given to a suppressed count instead of infinity: far above any real count, so it
// changes no audit result, and every linear programme over the model has a finite optimum.
inline constexpr double kCountCap = 1e7;

struct LinearRow {
  std::vector<std::pair<std::size_t, double>> terms;  // (variable, coefficient)
  double lower = 0;                                   // -kInfinity = none
  double upper = 0;                                   // kInfinity = none
};

struct LinearModel {
  std::vector<double> lower, upper;  // per variable
  std::vector<LinearRow> rows;
};

// The attack model. Cells known to be equal (by definition within a table, or a count complete at
// an earlier peildatum and unchanged) share one variable, so the programme is smaller and a cell
// pinned by an earlier release is seen as one. Cell index: offsets[table] + group * kCountColumns
// + column.
struct AttackModel {
  LinearModel model;  // over variables
  std::vector<std::size_t> offsets;
  std::vector<std::size_t> var_of_cell;
  std::vector<std::vector<std::size_t>> cells_of_var;
  // Per variable: one of its cells is published in a frozen table (an earlier release), so
  // suppressing another of its cells would hide nothing.
  std::vector<bool> known_elsewhere;
};

// REQUIRES: every table's vectors have one entry per group; threshold >= 1, rounding >= 1.
AttackModel build_attack_model(const std::vector<AuditTable>& tables, int threshold, int rounding);

// The bounds an attacker knows for one cell (first rule of the list above).
std::pair<double, double> published_bounds(std::int64_t truth, bool suppressed, int threshold, int rounding);

}  // namespace regio::outcomes
