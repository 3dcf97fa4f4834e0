#include "outcomes/disclosure.h"

#include <algorithm>
#include <map>
#include <tuple>

#include <fmt/format.h>

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

constexpr std::array<Column, 8> kCounts = {
    Column::kStarters,       Column::kWerk12mNoemer,    Column::kWerk12mTeller,   Column::kDuurzaamNoemer,
    Column::kDuurzaamTeller, Column::kWerkend12mTeller, Column::kUitkeringNoemer, Column::kUitkeringUitstroomTeller};

std::int64_t count_of(const IndicatorRow& r, Column c) {
  switch (c) {
    case Column::kStarters:
      return r.starters;
    case Column::kWerk12mNoemer:
      return r.werk_12m_noemer;
    case Column::kWerk12mTeller:
      return r.werk_12m_teller;
    case Column::kDuurzaamNoemer:
      return r.duurzaam_noemer;
    case Column::kDuurzaamTeller:
      return r.duurzaam_teller;
    case Column::kWerkend12mTeller:
      return r.werkend_12m_teller;
    case Column::kUitkeringNoemer:
      return r.uitkering_noemer;
    case Column::kUitkeringUitstroomTeller:
      return r.uitkering_uitstroom_teller;
    default:
      return 0;
  }
}

// One additive relation: the members sum to the total (indices into the rows).
struct Relation {
  std::size_t total;
  std::vector<std::size_t> members;
};

std::vector<Relation> relations_of(std::span<const IndicatorRow> rows) {
  using Key = std::tuple<std::string, std::optional<int>, std::optional<Interventie>>;
  std::map<Key, std::size_t> index;
  for (std::size_t i = 0; i < rows.size(); ++i) index.emplace(Key{rows[i].regio, rows[i].jaar, rows[i].interventie}, i);
  std::map<std::pair<std::size_t, int>, std::vector<std::size_t>> by_total;  // (total, kind)
  auto link = [&](std::size_t member, const Key& total, int kind) {
    if (auto it = index.find(total); it != index.end()) by_total[{it->second, kind}].push_back(member);
  };
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const IndicatorRow& r = rows[i];
    const bool national = r.regio == "NL";
    if (r.interventie) {
      link(i, {r.regio, r.jaar, std::nullopt}, 0);
    } else if (r.jaar) {
      link(i, {r.regio, std::nullopt, std::nullopt}, 1);  // years of a region, or of NL
      if (!national) link(i, {"NL", r.jaar, std::nullopt}, 2);
    } else if (!national) {
      link(i, {"NL", std::nullopt, std::nullopt}, 3);
    }
  }
  std::vector<Relation> out;
  for (auto& [key, members] : by_total) out.push_back({key.first, std::move(members)});
  return out;
}

// Secondary suppression of one count column to a fixed point (see the header for the rule).
void protect(const std::vector<Relation>& relations, const std::vector<std::int64_t>& value,
             std::vector<bool>& suppressed) {
  for (bool changed = true; changed;) {
    changed = false;
    for (const Relation& rel : relations) {
      int hidden = suppressed[rel.total] ? 1 : 0;
      for (std::size_t m : rel.members) hidden += suppressed[m] ? 1 : 0;
      if (hidden != 1) continue;
      std::optional<std::size_t> pick;
      for (std::size_t m : rel.members)
        if (!suppressed[m] && value[m] != 0 && (!pick || value[m] < value[*pick])) pick = m;
      if (!pick && !suppressed[rel.total]) pick = rel.total;
      if (!pick) continue;  // a hidden total whose members are all 0: it is 0 and never hidden
      suppressed[*pick] = true;
      changed = true;
    }
  }
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

bool is_count(Column c) { return std::find(kCounts.begin(), kCounts.end(), c) != kCounts.end(); }

Result<DisclosedTable> disclose(std::span<const IndicatorRow> rows, const DisclosureOptions& options) {
  if (options.threshold < 1)
    return fail(ErrorCode::kInvalidArgument,
                fmt::format("Drempel voor onthulling moet minstens 1 zijn, niet {}.", options.threshold));
  const bool suppress = options.mode == DisclosureMode::kSuppressed;
  const std::int64_t threshold = options.threshold;
  const std::vector<Relation> relations = relations_of(rows);

  std::vector<DisclosedRow> out(rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    out[i].regio = rows[i].regio;
    out[i].jaar = rows[i].jaar;
    out[i].interventie = rows[i].interventie;
  }
  for (Column c : kCounts) {
    std::vector<std::int64_t> value(rows.size());
    std::vector<bool> hidden(rows.size(), false);
    for (std::size_t i = 0; i < rows.size(); ++i) {
      value[i] = count_of(rows[i], c);
      hidden[i] = suppress && value[i] > 0 && value[i] < threshold;
    }
    if (suppress) protect(relations, value, hidden);
    for (std::size_t i = 0; i < rows.size(); ++i) {
      Figure& f = out[i].figures[static_cast<std::size_t>(c)];
      f.suppressed = hidden[i];
      if (!hidden[i]) f.value = static_cast<double>(value[i]);
    }
  }

  // A rate over `denominator`: empty on 0, suppressed when its parts are hidden or too few.
  auto rate = [&](DisclosedRow& row, const IndicatorRow& src, Column target, Column denominator,
                  std::optional<Column> teller, std::optional<double> value) {
    Figure& f = row.figures[static_cast<std::size_t>(target)];
    const std::int64_t n = count_of(src, denominator);
    if (n == 0) return;
    const bool hidden =
        row[denominator].suppressed || (teller && row[*teller].suppressed) || (suppress && n < threshold);
    f.suppressed = hidden;
    if (!hidden) f.value = value;
  };
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const IndicatorRow& r = rows[i];
    DisclosedRow& row = out[i];
    std::optional<double> median;
    if (r.dagen_tot_werk_mediaan) median = *r.dagen_tot_werk_mediaan;
    rate(row, r, Column::kDagenTotWerkMediaan, Column::kWerk12mTeller, std::nullopt, median);
    rate(row, r, Column::kUrenGem, Column::kWerk12mTeller, std::nullopt, r.uren_gem);
    auto pct = [&](Column target, Column teller, Column denominator) {
      const std::int64_t n = count_of(r, denominator);
      rate(row, r, target, denominator, teller,
           n == 0 ? std::nullopt : std::optional<double>(tenths(count_of(r, teller), n, 100)));
    };
    pct(Column::kWerk12mPct, Column::kWerk12mTeller, Column::kWerk12mNoemer);
    pct(Column::kDuurzaamPct, Column::kDuurzaamTeller, Column::kDuurzaamNoemer);
    pct(Column::kWerkend12mPct, Column::kWerkend12mTeller, Column::kWerk12mNoemer);
    pct(Column::kUitstroomPct, Column::kUitkeringUitstroomTeller, Column::kUitkeringNoemer);
  }
  return DisclosedTable(std::move(out), options.threshold, options.mode);
}

DisclosedTable DisclosedTable::only_regions(std::span<const std::string> regions) const {
  std::vector<DisclosedRow> kept;
  for (const DisclosedRow& row : rows_)
    if (std::find(regions.begin(), regions.end(), row.regio) != regions.end()) kept.push_back(row);
  return DisclosedTable(std::move(kept), threshold_, mode_);
}

const DisclosedRow* DisclosedTable::find(std::string_view regio, std::optional<int> jaar,
                                         std::optional<Interventie> interventie) const {
  for (const DisclosedRow& row : rows_)
    if (row.regio == regio && row.jaar == jaar && row.interventie == interventie) return &row;
  return nullptr;
}

}  // namespace regio::outcomes
