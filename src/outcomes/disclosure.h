// Disclosure control of outcome figures: the one path every output takes.
//
// Indicator rows are personal-data derived. A DisclosedTable can only be made by disclose() (for
// a peildatum, e.g. the table a release freezes, or unsuppressed for the roles that may see it)
// or from a stored release (outcomes/release.h), and every writer (indicator_format.h, goals, and
// later the web, API and reports) accepts only a DisclosedTable, so no output can skip this step.
//
//   auto table = disclose(rows, {.threshold = 10, .rounding = 5, .peildatum = c}, earlier_releases);
//   if (!table) return std::unexpected(table.error());
//   write_indicators(out, *table, IndicatorFormat::kCsv);
//
// Rules in DisclosureMode::kSuppressed (threshold T, rounding b):
// - Primary: counts 1..T-1 are suppressed; 0 is shown.
// - Secondary: the audit of disclosure_audit.h suppresses more cells until, for an attacker who
//   holds this table AND every earlier release (the model of disclosure_model.h: rounding,
//   additive relations, order between columns, the definitions at the peildatum, counts that only
//   grow between peildatums), no suppressed count can be narrowed to fewer than T values.
// - Rounding: every shown count is rounded to the nearest multiple of b (halves up), so the
//   difference between two releases never reveals an exact small count (OpenSAFELY's method).
// - Percentages are computed from the rounded counts and are suppressed when their teller or
//   denominator is; dagen_tot_werk_mediaan follows werk_12m_teller; uren_gem is suppressed when
//   werk_12m_teller is or when fewer than T trajectories have known hours (its own base,
//   IndicatorRow::uren_bekend). A rate over a denominator of 0 is empty, not suppressed.
// In DisclosureMode::kUnsuppressed (only for roles that policy.h allows) every figure is shown
// exactly, unrounded, through the same type, and the table says it is unprotected.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "base/error.h"
#include "outcomes/disclosure_audit.h"
#include "outcomes/disclosure_model.h"
#include "outcomes/indicators.h"

namespace regio::outcomes {

// The figures of an output row, in output order.
enum class Column : std::uint8_t {
  kStarters,
  kWerk12mNoemer,
  kWerk12mTeller,
  kDagenTotWerkMediaan,
  kDuurzaamNoemer,
  kDuurzaamTeller,
  kWerkend12mTeller,
  kUitkeringNoemer,
  kUitkeringUitstroomTeller,
  kUrenGem,
  kWerk12mPct,     // werk_12m_teller / werk_12m_noemer × 100
  kDuurzaamPct,    // duurzaam_teller / duurzaam_noemer × 100
  kWerkend12mPct,  // werkend_12m_teller / werk_12m_noemer × 100
  kUitstroomPct,   // uitkering_uitstroom_teller / uitkering_noemer × 100
};
inline constexpr std::size_t kColumnCount = 14;
// The columns of the definitions (up to uren_gem); the percentages follow.
inline constexpr std::size_t kBaseColumnCount = 10;

// "starters", "werk_12m_pct", ...
std::string_view column_name(Column c);
std::optional<Column> column_from_name(std::string_view name);
// True for the plain counts (the columns suppression and rounding work on).
bool is_count(Column c);
// The counts in the order of disclosure_model.h (index 0..7).
Column count_column(std::size_t index);
// The eight counts of a row, in that order.
Counts counts_of(const IndicatorRow& row);

// One figure as it may be shown: suppressed, empty (undefined, e.g. a median of nothing) or a
// value. Percentages and uren_gem are rounded half up to one decimal.
struct Figure {
  bool suppressed = false;
  std::optional<double> value;

  friend bool operator==(const Figure&, const Figure&) = default;
};

struct DisclosedRow {
  std::string regio;                       // region code or "NL"
  std::optional<int> jaar;                 // nullopt = '*'
  std::optional<Interventie> interventie;  // nullopt = '*'
  std::array<Figure, kColumnCount> figures;

  const Figure& operator[](Column c) const { return figures[static_cast<std::size_t>(c)]; }
};

enum class DisclosureMode { kSuppressed, kUnsuppressed };

struct DisclosureOptions {
  int threshold = 10;  // >= 1
  int rounding = 5;    // >= 1; 1 = exact counts
  DisclosureMode mode = DisclosureMode::kSuppressed;
  Date peildatum{};  // the peildatum of the rows (the audit uses what the definitions imply at it)
};

// What a table is: every output says it (release or peildatum, threshold, rounding, protected).
struct TableSource {
  Date peildatum{};
  bool release = false;       // read from a published release
  std::string published_at;   // release only: ISO 8601 UTC
  std::string published_by;   // release only
  std::string note;           // release only
};

class DisclosedTable;

// The suppression of `rows` (primary, then the audit against `earlier`), and what the audit did.
struct SuppressionDecision {
  std::vector<CountFlags> suppressed;  // per row
  std::size_t added = 0;               // cells suppressed by the audit beyond the primary ones
  std::size_t checked = 0;             // suppressed cells checked over all tables
  std::size_t solves = 0;              // linear programmes solved
  std::size_t known_large = 0;         // accepted narrow with a minimum >= T (disclosure_audit.h)
};
Result<SuppressionDecision> decide_suppression(std::span<const IndicatorRow> rows, Date peildatum, int threshold,
                                               int rounding, std::span<const AuditTable> earlier,
                                               const AuditProgress& progress = {});

// Applies the rules above to rows of compute_indicators (whole groups of one peildatum).
// `earlier` are the published releases an attacker also holds, as audit tables (release.h).
// Errors: kInvalidArgument for a threshold or rounding below 1; kInternal when the audit fails.
Result<DisclosedTable> disclose(std::span<const IndicatorRow> rows, const DisclosureOptions& options,
                                std::span<const AuditTable> earlier = {});

// The table of rows whose suppression is already decided (a stored release): no new decisions.
// REQUIRES: suppressed.size() == rows.size(), and the flags came from disclose(). As a safeguard
// against a damaged record, every count 1..threshold-1 is suppressed whatever its flag says.
// `means_hidden` (empty, or one per row) hides uren_gem of a row on top of the rules: a release
// does so where an earlier release showed the mean of the same group over a base that differs by
// 1..T-1 trajectories (the two means together would reveal those persons' hours).
DisclosedTable disclosed_from_decisions(std::span<const IndicatorRow> rows, std::span<const CountFlags> suppressed,
                                        int threshold, int rounding, TableSource source,
                                        const std::vector<bool>& means_hidden = {});

// Indicator figures that have passed disclosure control.
class DisclosedTable {
 public:
  const std::vector<DisclosedRow>& rows() const { return rows_; }
  int threshold() const { return threshold_; }
  int rounding() const { return rounding_; }
  DisclosureMode mode() const { return mode_; }
  const TableSource& source() const { return source_; }
  // Suppression decided per count (kCountColumns per row), for storing a release.
  const std::vector<CountFlags>& decisions() const { return decisions_; }

  // The rows of the given region codes only ("NL" included only when listed), in the same
  // order. Filtering after disclosure keeps suppression the same whatever part is shown.
  DisclosedTable only_regions(std::span<const std::string> regions) const;
  // The row of that group, or nullptr.
  const DisclosedRow* find(std::string_view regio, std::optional<int> jaar,
                           std::optional<Interventie> interventie) const;

 private:
  friend Result<DisclosedTable> disclose(std::span<const IndicatorRow>, const DisclosureOptions&,
                                         std::span<const AuditTable>);
  friend DisclosedTable disclosed_from_decisions(std::span<const IndicatorRow>, std::span<const CountFlags>, int, int,
                                                 TableSource, const std::vector<bool>&);
  static DisclosedTable render(std::span<const IndicatorRow> rows, std::span<const CountFlags> suppressed,
                               int threshold, int rounding, DisclosureMode mode, TableSource source,
                               const std::vector<bool>& means_hidden = {});
  DisclosedTable() = default;

  std::vector<DisclosedRow> rows_;
  std::vector<CountFlags> decisions_;
  int threshold_ = 0;
  int rounding_ = 1;
  DisclosureMode mode_ = DisclosureMode::kSuppressed;
  TableSource source_;  // NB: a member added here is copied in only_regions too
};

}  // namespace regio::outcomes
