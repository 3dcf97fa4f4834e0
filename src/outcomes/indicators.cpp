#include "outcomes/indicators.h"

#include <algorithm>
#include <array>
#include <thread>
#include <unordered_map>

#include <fmt/format.h>

#include "outcomes/engine.h"

namespace regio::outcomes {
namespace {

using engine::CellTotals;
using engine::kDagenBins;

constexpr std::size_t kInterventies = 5;
constexpr std::array<std::string_view, kInterventies> kInterventieText = {
    "ips", "jobcoaching", "reintegratie", "participatie", "overig"};

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

Keys make_keys(const Trajecten& t, std::int32_t peildatum) {
  Keys k;
  const std::size_t n = t.size();
  std::vector<std::uint32_t> region(n);
  std::vector<std::int16_t> year(n);
  std::unordered_map<std::string_view, std::uint32_t> index;
  std::string_view last_text;
  std::uint32_t last_index = 0;
  int min_year = 10000, max_year = -1;
  for (std::size_t i = 0; i < n; ++i) {
    if (t.start[i] > peildatum) continue;
    const std::string_view r = t.regio[i];
    // Deliveries are often grouped by region: skip the hash on a repeat.
    if (k.regions.empty() || r != last_text) {
      auto [it, inserted] = index.try_emplace(r, static_cast<std::uint32_t>(k.regions.size()));
      if (inserted) k.regions.emplace_back(r);
      last_text = r;
      last_index = it->second;
    }
    region[i] = last_index;
    const int y = year_of(Date{t.start[i]});
    year[i] = static_cast<std::int16_t>(y);
    min_year = std::min(min_year, y);
    max_year = std::max(max_year, y);
  }
  k.first_year = min_year;
  k.years = max_year >= min_year ? max_year - min_year + 1 : 0;
  k.cell.assign(n, engine::kNotCounted);
  for (std::size_t i = 0; i < n; ++i) {
    if (t.start[i] > peildatum) continue;
    k.cell[i] = static_cast<std::uint32_t>(
        (region[i] * k.years + (year[i] - min_year)) * kInterventies +
        static_cast<std::size_t>(t.interventie[i]));
  }
  return k;
}

engine::Accumulator run(const Extract& e, const Keys& keys, std::int32_t peildatum,
                        unsigned threads) {
  const std::size_t cells = keys.regions.size() * static_cast<std::size_t>(keys.years) * kInterventies;
  const std::size_t persons = e.persons.size();
  engine::UitkeringIndex uitkeringen;
  std::thread side([&] { uitkeringen = engine::index_uitkeringen(e.uitkeringen, persons); });
  engine::WerkIndex werk = engine::index_werk(e.werk, persons, peildatum);
  side.join();

  const std::size_t n = e.trajecten.size();
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::clamp<std::size_t>(n / 50000, 1, threads));
  std::vector<engine::Accumulator> parts(threads, engine::Accumulator(cells));
  std::vector<std::thread> workers;
  for (unsigned w = 1; w < threads; ++w)
    workers.emplace_back([&, w] {
      engine::accumulate(e.trajecten, keys.cell, werk, uitkeringen, peildatum, n * w / threads,
                         n * (w + 1) / threads, parts[w]);
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

IndicatorRow make_row(std::string regio, std::optional<int> jaar,
                      std::optional<Interventie> interventie, const Group& g) {
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

std::string_view interventie_text(Interventie i) { return kInterventieText[static_cast<std::size_t>(i)]; }

std::optional<Interventie> interventie_from_text(std::string_view text) {
  for (std::size_t i = 0; i < kInterventies; ++i)
    if (kInterventieText[i] == text) return static_cast<Interventie>(i);
  return std::nullopt;
}

std::vector<IndicatorRow> compute_indicators(const Extract& extract, Date peildatum,
                                             const IndicatorOptions& options) {
  const Keys keys = make_keys(extract.trajecten, peildatum.days);
  const engine::Accumulator acc = run(extract, keys, peildatum.days, options.threads);

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
