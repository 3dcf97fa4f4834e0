#include "outcomes/disclosure.h"

#include <algorithm>

#include <fmt/format.h>

#include "outcomes/disclosure_audit.h"

namespace regio::outcomes {
namespace {

constexpr std::array<std::string_view, kColumnCount> kNames = {"starters",
                                                               "werk_12m_noemer",
                                                               "werk_12m_teller",
                                                               "dagen_tot_werk_mediaan",
                                                               "duurzaam_noemer",
                                                               "duurzaam_teller",
                                                               "werkend_12m_teller",
                                                               "uitkering_noemer",
                                                               "uitkering_uitstroom_teller",
                                                               "uren_gem",
                                                               "werk_12m_pct",
                                                               "duurzaam_pct",
                                                               "werkend_12m_pct",
                                                               "uitstroom_pct"};

// In the order of disclosure_model.h.
constexpr std::array<Column, kCountColumns> kCounts = {
    Column::kStarters,       Column::kWerk12mNoemer,    Column::kWerk12mTeller,   Column::kDuurzaamNoemer,
    Column::kDuurzaamTeller, Column::kWerkend12mTeller, Column::kUitkeringNoemer, Column::kUitkeringUitstroomTeller};

std::size_t count_index(Column c) {
  return static_cast<std::size_t>(std::find(kCounts.begin(), kCounts.end(), c) - kCounts.begin());
}

// Rounded half up to one decimal: numerator / denominator × scale.
double tenths(std::int64_t numerator, std::int64_t denominator, std::int64_t scale) {
  const std::int64_t t = (20 * scale * numerator + denominator) / (2 * denominator);
  return static_cast<double>(t) / 10.0;
}

}  // namespace

std::string_view column_name(Column c) { return kNames[static_cast<std::size_t>(c)]; }

std::optional<Column> column_from_name(std::string_view name) {
  for (std::size_t i = 0; i < kColumnCount; ++i)
    if (kNames[i] == name) return static_cast<Column>(i);
  return std::nullopt;
}

bool is_count(Column c) { return count_index(c) < kCountColumns; }

Column count_column(std::size_t index) { return kCounts[index]; }

Counts counts_of(const IndicatorRow& r) {
  return {r.starters,        r.werk_12m_noemer,    r.werk_12m_teller,  r.duurzaam_noemer,
          r.duurzaam_teller, r.werkend_12m_teller, r.uitkering_noemer, r.uitkering_uitstroom_teller};
}

DisclosedTable DisclosedTable::render(std::span<const IndicatorRow> rows, std::span<const CountFlags> suppressed,
                                      int threshold, int rounding, DisclosureMode mode, TableSource source,
                                      const std::vector<bool>& means_hidden) {
  const bool protect = mode == DisclosureMode::kSuppressed;
  DisclosedTable table;
  table.threshold_ = threshold;
  table.rounding_ = protect ? rounding : 1;
  table.mode_ = mode;
  table.source_ = std::move(source);
  table.rows_.resize(rows.size());
  table.decisions_.assign(suppressed.begin(), suppressed.end());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const IndicatorRow& r = rows[i];
    DisclosedRow& row = table.rows_[i];
    row.regio = r.regio;
    row.jaar = r.jaar;
    row.interventie = r.interventie;
    const Counts counts = counts_of(r);
    Counts shown{};
    CountFlags& hidden = table.decisions_[i];
    for (std::size_t c = 0; c < kCountColumns; ++c) {
      if (protect && counts[c] > 0 && counts[c] < threshold) hidden[c] = true;  // safeguard, see header
      if (!protect) hidden[c] = false;
      shown[c] = protect ? (counts[c] == 0 ? 0 : rounded_count(counts[c], rounding)) : counts[c];
      Figure& f = row.figures[static_cast<std::size_t>(kCounts[c])];
      f.suppressed = hidden[c];
      if (!hidden[c]) f.value = static_cast<double>(shown[c]);
    }
    auto hidden_of = [&](Column c) { return hidden[count_index(c)]; };
    auto shown_of = [&](Column c) { return shown[count_index(c)]; };
    // A figure over a base: empty when the base is 0 or the value undefined, else suppressed
    // with the base (or `also_hidden`).
    auto over_base = [&](Column target, Column base, bool also_hidden, std::optional<double> value) {
      Figure& f = row.figures[static_cast<std::size_t>(target)];
      if (counts[count_index(base)] == 0 || !value) return;
      f.suppressed = hidden_of(base) || (protect && also_hidden);
      if (!f.suppressed) f.value = value;
    };
    std::optional<double> median;
    if (r.dagen_tot_werk_mediaan) median = *r.dagen_tot_werk_mediaan;
    over_base(Column::kDagenTotWerkMediaan, Column::kWerk12mTeller, false, median);
    const bool mean_hidden = i < means_hidden.size() && means_hidden[i];
    over_base(Column::kUrenGem, Column::kWerk12mTeller, r.uren_bekend < threshold || mean_hidden, r.uren_gem);
    auto pct = [&](Column target, Column teller, Column denominator) {
      const std::int64_t n = shown_of(denominator);
      if (n == 0) return;
      over_base(target, denominator, hidden_of(teller), tenths(shown_of(teller), n, 100));
    };
    pct(Column::kWerk12mPct, Column::kWerk12mTeller, Column::kWerk12mNoemer);
    pct(Column::kDuurzaamPct, Column::kDuurzaamTeller, Column::kDuurzaamNoemer);
    pct(Column::kWerkend12mPct, Column::kWerkend12mTeller, Column::kWerk12mNoemer);
    pct(Column::kUitstroomPct, Column::kUitkeringUitstroomTeller, Column::kUitkeringNoemer);
  }
  return table;
}

Result<SuppressionDecision> decide_suppression(std::span<const IndicatorRow> rows, Date peildatum, int threshold,
                                               int rounding, std::span<const AuditTable> earlier,
                                               const AuditProgress& progress) {
  if (threshold < 1)
    return fail(ErrorCode::kInvalidArgument, fmt::format("Drempel voor onthulling moet minstens 1 zijn, niet {}.", threshold));
  if (rounding < 1)
    return fail(ErrorCode::kInvalidArgument, fmt::format("Afronding van aantallen moet minstens 1 zijn, niet {}.", rounding));
  std::vector<AuditTable> tables(earlier.begin(), earlier.end());
  for (AuditTable& t : tables) t.editable = false;
  AuditTable now{.peildatum = peildatum, .editable = true};
  for (const IndicatorRow& r : rows) {
    now.groups.push_back({r.regio, r.jaar, r.interventie});
    now.truth.push_back(counts_of(r));
    CountFlags primary{};
    for (std::size_t c = 0; c < kCountColumns; ++c) primary[c] = now.truth.back()[c] > 0 && now.truth.back()[c] < threshold;
    now.suppressed.push_back(primary);
  }
  tables.push_back(std::move(now));
  auto report = protect_by_audit(tables, threshold, rounding, progress);
  if (!report) return std::unexpected(report.error());
  return SuppressionDecision{std::move(tables.back().suppressed), report->added, report->suppressed_cells,
                             report->solves, report->known_large};
}

Result<DisclosedTable> disclose(std::span<const IndicatorRow> rows, const DisclosureOptions& options,
                                std::span<const AuditTable> earlier) {
  const TableSource source{.peildatum = options.peildatum};
  if (options.mode == DisclosureMode::kUnsuppressed) {
    if (options.threshold < 1)
      return fail(ErrorCode::kInvalidArgument,
                  fmt::format("Drempel voor onthulling moet minstens 1 zijn, niet {}.", options.threshold));
    const std::vector<CountFlags> none(rows.size(), CountFlags{});
    return DisclosedTable::render(rows, none, options.threshold, 1, options.mode, source);
  }
  auto decision = decide_suppression(rows, options.peildatum, options.threshold, options.rounding, earlier);
  if (!decision) return std::unexpected(decision.error());
  return DisclosedTable::render(rows, decision->suppressed, options.threshold, options.rounding, options.mode, source);
}

DisclosedTable disclosed_from_decisions(std::span<const IndicatorRow> rows, std::span<const CountFlags> suppressed,
                                        int threshold, int rounding, TableSource source,
                                        const std::vector<bool>& means_hidden) {
  return DisclosedTable::render(rows, suppressed, threshold, rounding, DisclosureMode::kSuppressed, std::move(source),
                                means_hidden);
}

DisclosedTable DisclosedTable::only_regions(std::span<const std::string> regions) const {
  // The settings without the rows: the web asks this per request of a whole national table.
  DisclosedTable kept;
  kept.threshold_ = threshold_;
  kept.rounding_ = rounding_;
  kept.mode_ = mode_;
  kept.source_ = source_;
  for (std::size_t i = 0; i < rows_.size(); ++i)
    if (std::find(regions.begin(), regions.end(), rows_[i].regio) != regions.end()) {
      kept.rows_.push_back(rows_[i]);
      kept.decisions_.push_back(decisions_[i]);
    }
  return kept;
}

const DisclosedRow* DisclosedTable::find(std::string_view regio, std::optional<int> jaar,
                                         std::optional<Interventie> interventie) const {
  for (const DisclosedRow& row : rows_)
    if (row.regio == regio && row.jaar == jaar && row.interventie == interventie) return &row;
  return nullptr;
}

}  // namespace regio::outcomes
