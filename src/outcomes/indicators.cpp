#include "outcomes/indicators.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>
#include <thread>

#include <fmt/format.h>

#include "outcomes/engine.h"
#include "outcomes/merge.h"

namespace regio::outcomes {
namespace {

using engine::CellTotals;
using engine::kDagenBins;

constexpr std::size_t kInterventies = 5;

// Position of an intervention when sorted as text.
int text_rank(Interventie i) {
  constexpr std::array<int, kInterventies> kRank = {0, 1, 4, 3, 2};
  return kRank[static_cast<std::size_t>(i)];
}

// Which cell each trajectory falls in; regions interned in order of first appearance.
struct Keys {
  std::vector<std::string> regions;
  int first_year = 0;
  int years = 0;
  std::vector<std::uint32_t> cell;
};

// The start year of every day in [first_day, last_day] as an offset from the first day's year,
// so the per-trajectory year is a table lookup instead of a calendar computation.
std::vector<std::uint16_t> year_offsets(std::int32_t first_day, std::int32_t last_day, int first_year) {
  std::vector<std::uint16_t> out(static_cast<std::size_t>(last_day - first_day) + 1);
  int year = first_year;
  std::int32_t next_year_day = from_civil({year + 1, 1, 1}).days;
  for (std::int32_t d = first_day; d <= last_day; ++d) {
    while (d >= next_year_day) next_year_day = from_civil({++year + 1, 1, 1}).days;
    out[static_cast<std::size_t>(d - first_day)] = static_cast<std::uint16_t>(year - first_year);
  }
  return out;
}

// Interns region codes in order of first appearance. CBS codes are short ("AM13"): a code of
// 1..7 bytes is packed with its length into one integer, so a lookup is one multiply and an
// integer compare or two; any other code takes the general text interner of merge.h.
class RegionInterner {
 public:
  RegionInterner() : slots_(kSlots, 0), slot_index_(kSlots, 0) {}

  std::uint32_t intern(std::string_view code) {
    if (code.empty() || code.size() > 7 || names_.size() >= kSlots / 2) return intern_text(code);
    std::uint64_t key = std::uint64_t{code.size()} << 56;
    std::memcpy(&key, code.data(), code.size());
    std::size_t slot = (key * 0x9e3779b97f4a7c15ull) >> (64 - kSlotBits);
    while (slots_[slot] != 0) {
      if (slots_[slot] == key) return slot_index_[slot];
      slot = (slot + 1) % kSlots;
    }
    slots_[slot] = key;
    slot_index_[slot] = intern_text(code);
    return slot_index_[slot];
  }
  // The codes by index.
  std::vector<std::string> take() {
    std::vector<std::string> out;
    out.reserve(names_.size());
    for (std::uint32_t r = 0; r < names_.size(); ++r) out.emplace_back(names_.at(r));
    return out;
  }

 private:
  static constexpr int kSlotBits = 10;  // a table that stays in L1; regions number ~35
  static constexpr std::size_t kSlots = std::size_t{1} << kSlotBits;

  std::uint32_t intern_text(std::string_view code) { return names_.intern(code); }

  std::vector<std::uint64_t> slots_;  // packed code, 0 = empty (a packed code has a length)
  std::vector<std::uint32_t> slot_index_;
  PersonIndex names_;
};

Keys make_keys(const Trajecten& t, std::int32_t peildatum) {
  Keys k;
  const std::size_t n = t.size();
  std::int32_t first_day = std::numeric_limits<std::int32_t>::max();
  std::int32_t last_day = std::numeric_limits<std::int32_t>::min();
  for (std::size_t i = 0; i < n; ++i) {
    if (t.start[i] > peildatum) continue;
    first_day = std::min(first_day, t.start[i]);
    last_day = std::max(last_day, t.start[i]);
  }
  k.cell.assign(n, engine::kNotCounted);
  if (first_day > last_day) return k;  // nothing counted
  k.first_year = year_of(Date{first_day});
  k.years = year_of(Date{last_day}) - k.first_year + 1;
  const std::vector<std::uint16_t> year = year_offsets(first_day, last_day, k.first_year);

  RegionInterner regions;
  for (std::size_t i = 0; i < n; ++i) {
    if (t.start[i] > peildatum) continue;
    const std::size_t region = regions.intern(t.regio[i]);
    const std::size_t y = year[static_cast<std::size_t>(t.start[i] - first_day)];
    k.cell[i] = static_cast<std::uint32_t>((region * static_cast<std::size_t>(k.years) + y) * kInterventies +
                                           static_cast<std::size_t>(t.interventie[i]));
  }
  k.regions = regions.take();
  return k;
}

// Everything the per-trajectory pass needs.
struct Prepared {
  Keys keys;
  engine::WerkIndex werk;
  engine::UitkeringIndex uitkeringen;
};

// The three parts are independent; the werk index is the largest and the other two together
// take about as long, so they are built on two threads (whatever IndicatorOptions::threads says,
// as the index building always did).
Prepared prepare(const Extract& e, std::int32_t peildatum) {
  Prepared out;
  const std::size_t persons = e.persons.size();
  std::thread side([&] {
    out.uitkeringen = engine::index_uitkeringen(e.uitkeringen, persons);
    out.keys = make_keys(e.trajecten, peildatum);
  });
  out.werk = engine::index_werk(e.werk, persons, peildatum);
  side.join();
  return out;
}

engine::Accumulator run(const Extract& e, const Prepared& prepared, std::int32_t peildatum, unsigned threads) {
  const Keys& keys = prepared.keys;
  const engine::WerkIndex& werk = prepared.werk;
  const engine::UitkeringIndex& uitkeringen = prepared.uitkeringen;
  const std::size_t cells = keys.regions.size() * static_cast<std::size_t>(keys.years) * kInterventies;
  const std::size_t n = e.trajecten.size();
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::clamp<std::size_t>(n / 50000, 1, threads));
  std::vector<engine::Accumulator> parts(threads, engine::Accumulator(cells));
  std::vector<std::thread> workers;
  for (unsigned w = 1; w < threads; ++w)
    workers.emplace_back([&, w] {
      engine::accumulate(e.trajecten, keys.cell, werk, uitkeringen, peildatum, n * w / threads, n * (w + 1) / threads,
                         parts[w]);
    });
  engine::accumulate(e.trajecten, keys.cell, werk, uitkeringen, peildatum, 0, n / threads, parts[0]);
  for (auto& w : workers) w.join();
  for (unsigned w = 1; w < threads; ++w) parts[0].add(parts[w]);
  return std::move(parts[0]);
}

// A group being rolled up: its totals and its histogram of F - s.
struct Group {
  CellTotals totals;
  std::array<std::uint32_t, kDagenBins> dagen{};

  void add(const CellTotals& c, const std::uint32_t* hist) {
    totals.add(c);
    for (int d = 0; d < kDagenBins; ++d) dagen[d] += hist[d];
  }
  void add(const Group& g) { add(g.totals, g.dagen.data()); }
};

IndicatorRow make_row(std::string regio, std::optional<int> jaar, std::optional<Interventie> interventie,
                      const Group& g) {
  const CellTotals& c = g.totals;
  IndicatorRow row{std::move(regio), jaar, interventie};
  row.starters = c.starters;
  row.werk_12m_noemer = c.werk_12m_noemer;
  row.werk_12m_teller = c.werk_12m_teller;
  row.duurzaam_noemer = c.duurzaam_noemer;
  row.duurzaam_teller = c.duurzaam_teller;
  row.werkend_12m_teller = c.werkend_12m_teller;
  row.uitkering_noemer = c.uitkering_noemer;
  row.uitkering_uitstroom_teller = c.uitkering_uitstroom_teller;
  if (c.werk_12m_teller > 0) {
    const std::int64_t wanted = (c.werk_12m_teller - 1) / 2;  // lower median
    std::int64_t seen = 0;
    for (int d = 0; d < kDagenBins; ++d) {
      seen += g.dagen[d];
      if (seen > wanted) {
        row.dagen_tot_werk_mediaan = d;
        break;
      }
    }
  }
  if (c.uren_count > 0) {
    // Integer half-up rounding of sum / (100 n) to tenths, so the result cannot depend on
    // the order in which threads summed.
    const std::int64_t tenths = (c.uren_centi_sum + 5 * c.uren_count) / (10 * c.uren_count);
    row.uren_gem = static_cast<double>(tenths) / 10.0;
  }
  return row;
}

bool row_less(const IndicatorRow& a, const IndicatorRow& b) {
  if (a.regio != b.regio) return a.regio < b.regio;
  if (a.jaar != b.jaar) {
    if (!a.jaar || !b.jaar) return !a.jaar;
    return fmt::format("{}", *a.jaar) < fmt::format("{}", *b.jaar);
  }
  if (a.interventie != b.interventie) {
    if (!a.interventie || !b.interventie) return !a.interventie;
    return text_rank(*a.interventie) < text_rank(*b.interventie);
  }
  return false;
}

}  // namespace

std::string_view interventie_text(Interventie i) { return code_text(kInterventieCodes, i); }

std::optional<Interventie> interventie_from_text(std::string_view text) {
  for (std::size_t i = 0; i < kInterventies; ++i)
    if (kInterventieCodes[i] == text) return static_cast<Interventie>(i);
  return std::nullopt;
}

std::vector<IndicatorRow> compute_indicators(const Extract& extract, Date peildatum, const IndicatorOptions& options) {
  const Prepared prepared = prepare(extract, peildatum.days);
  const Keys& keys = prepared.keys;
  const engine::Accumulator acc = run(extract, prepared, peildatum.days, options.threads);

  std::vector<IndicatorRow> rows;
  Group national;
  std::vector<Group> national_year(static_cast<std::size_t>(keys.years));
  for (std::size_t r = 0; r < keys.regions.size(); ++r) {
    Group region;
    for (int y = 0; y < keys.years; ++y) {
      Group region_year;
      for (std::size_t i = 0; i < kInterventies; ++i) {
        const std::size_t cell = (r * keys.years + y) * kInterventies + i;
        if (acc.cells[cell].starters == 0) continue;
        Group fine;
        fine.add(acc.cells[cell], &acc.dagen[cell * kDagenBins]);
        rows.push_back(make_row(keys.regions[r], keys.first_year + y, static_cast<Interventie>(i), fine));
        region_year.add(fine);
      }
      if (region_year.totals.starters == 0) continue;
      rows.push_back(make_row(keys.regions[r], keys.first_year + y, std::nullopt, region_year));
      region.add(region_year);
      national_year[y].add(region_year);
    }
    rows.push_back(make_row(keys.regions[r], std::nullopt, std::nullopt, region));
    national.add(region);
  }
  for (int y = 0; y < keys.years; ++y)
    if (national_year[y].totals.starters > 0)
      rows.push_back(make_row("NL", keys.first_year + y, std::nullopt, national_year[y]));
  if (national.totals.starters > 0) rows.push_back(make_row("NL", std::nullopt, std::nullopt, national));
  std::sort(rows.begin(), rows.end(), row_less);
  return rows;
}

}  // namespace regio::outcomes
