// Disclosure control of outcome figures (DESIGN §3.9): the one path every output takes.
//
// Indicator rows are personal-data derived. disclose() is the only way to make a
// DisclosedTable, and every writer (indicator_format.h now; web, API, XLSX, PDF later) accepts
// only a DisclosedTable, so no output can skip this step.
//
//   auto table = disclose(compute_indicators(extract, peildatum), {.threshold = 10});
//   if (!table) return std::unexpected(table.error());
//   write_indicators(out, *table, IndicatorFormat::kCsv);
//
// Rules in DisclosureMode::kSuppressed (threshold T, default 10):
// - Counts 1..T-1 are suppressed (primary); 0 is shown.
// - Secondary suppression, per count column, over the additive relations of the table:
//   interventions of (regio, jaar) sum to (regio, jaar, *); years of a regio to (regio, *, *);
//   regions of a year to (NL, jaar, *); years of NL to (NL, *, *); the regions' (regio, *, *)
//   to (NL, *, *). While some relation has exactly one suppressed cell among its members and
//   its total, another cell of it is suppressed: the smallest non-zero shown member (first in
//   table order on a tie), or the total when there is none. This runs to a fixed point, so no
//   suppressed cell equals "total minus shown members" of any one relation. (Relations between
//   different columns, such as noemer minus teller, are not protected.)
// - dagen_tot_werk_mediaan and uren_gem have werk_12m_teller as denominator; each percentage has
//   its teller and denominator (see Column). A rate is suppressed when its denominator (or its
//   teller) is suppressed or its denominator is below T; it is empty (not suppressed) when the
//   denominator is 0 or the value is undefined.
// In DisclosureMode::kUnsuppressed (roles onderzoeker and beheerder only — the caller checks
// the role) every figure is shown, through the same type.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/error.h"
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
// The columns of §3.8 (up to uren_gem); the percentages follow.
inline constexpr std::size_t kBaseColumnCount = 10;

// "starters", "werk_12m_pct", ...
std::string_view column_name(Column c);
std::optional<Column> column_from_name(std::string_view name);
// True for the plain counts (the columns secondary suppression works on).
bool is_count(Column c);

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
  int threshold = 10;  // must be >= 1
  DisclosureMode mode = DisclosureMode::kSuppressed;
};

class DisclosedTable;

// Applies the rules above to rows of compute_indicators (any subset of whole groups works; a
// relation whose total row is absent is not checked). Returns kInvalidArgument for a threshold
// below 1.
Result<DisclosedTable> disclose(std::span<const IndicatorRow> rows, const DisclosureOptions& options);

// Indicator figures that have passed disclosure control. Only disclose() creates one.
class DisclosedTable {
 public:
  const std::vector<DisclosedRow>& rows() const { return rows_; }
  int threshold() const { return threshold_; }
  DisclosureMode mode() const { return mode_; }

  // The rows of the given region codes only ("NL" included only when listed), in the same
  // order. Filtering after disclosure keeps suppression the same whatever part is shown.
  DisclosedTable only_regions(std::span<const std::string> regions) const;
  // The row of that group, or nullptr.
  const DisclosedRow* find(std::string_view regio, std::optional<int> jaar,
                           std::optional<Interventie> interventie) const;

 private:
  friend Result<DisclosedTable> disclose(std::span<const IndicatorRow>, const DisclosureOptions&);
  DisclosedTable(std::vector<DisclosedRow> rows, int threshold, DisclosureMode mode)
      : rows_(std::move(rows)), threshold_(threshold), mode_(mode) {}

  std::vector<DisclosedRow> rows_;
  int threshold_;
  DisclosureMode mode_;
};

}  // namespace regio::outcomes
