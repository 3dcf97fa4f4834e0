#include "outcomes/indicators.h"

#include <algorithm>
#include <array>
#include <exception>
#include <map>
#include <memory>
#include <new>
#include <thread>

#include <fmt/format.h>

#include "outcomes/engine.h"

namespace regio::outcomes {
namespace {

using engine::CellTotals;
using engine::kDagenBins;
using engine::kInterventies;

// Memory the workers' accumulators may take together beyond the first one: with more cells
// than fit (a delivery with very many region × year groups) fewer threads run, so memory stays
// linear in the groups of the data.
constexpr std::size_t kAccumulatorBudget = std::size_t{256} << 20;

// Position of an intervention when sorted as text.
int text_rank(Interventie i) {
  constexpr std::array<int, kInterventies> kRank = {0, 1, 4, 3, 2};
  return kRank[static_cast<std::size_t>(i)];
}

// Everything the per-trajectory pass needs.
struct Prepared {
  engine::Keys keys;
  engine::WerkIndex werk;
  engine::UitkeringIndex uitkeringen;
};

// Runs `work` on a thread of its own; its exception is kept, not lost to std::terminate, and
// rethrown on the calling thread by rethrow().
class Worker {
 public:
  Worker(const Worker&) = delete;
  Worker& operator=(const Worker&) = delete;
  template <class F>
  explicit Worker(F work)
      : thread_([this, work = std::move(work)] {
          try {
            work();
          } catch (...) {
            error_ = std::current_exception();
          }
        }) {}
  // Joins (also when the caller unwinds), then rethrows what the work threw.
  void rethrow() {
    if (thread_.joinable()) thread_.join();
    if (error_) std::rethrow_exception(error_);
  }

 private:
  std::exception_ptr error_;
  std::jthread thread_;  // last: started after error_ exists, joined before it goes
};

// The three parts are independent; the werk index is the largest and the other two together
// take about as long, so they are built on two threads (whatever IndicatorOptions::threads says,
// as the index building always did).
Prepared prepare(const Extract& e, std::int32_t peildatum) {
  Prepared out;
  const std::size_t persons = e.persons.size();
  Worker side([&] {
    out.uitkeringen = engine::index_uitkeringen(e.uitkeringen, persons);
    out.keys = engine::make_keys(e.trajecten, peildatum);
  });
  out.werk = engine::index_werk(e.werk, persons, peildatum);
  side.rethrow();
  return out;
}

engine::Accumulator run(const Extract& e, const Prepared& prepared, std::int32_t peildatum,
                        const IndicatorOptions& options) {
  const std::size_t cells = prepared.keys.cells();
  const std::size_t n = e.trajecten.size();
  unsigned threads = options.threads == 0 ? std::max(1u, std::thread::hardware_concurrency()) : options.threads;
  const std::size_t accumulator_bytes = cells * (sizeof(CellTotals) + kDagenBins * sizeof(std::uint32_t)) + 1;
  threads = static_cast<unsigned>(
      std::clamp<std::size_t>(std::min(n / 50000, 1 + kAccumulatorBudget / accumulator_bytes), 1, threads));
  const auto pass = [&](unsigned w, engine::Accumulator& acc) {
    if (options.worker_hook) options.worker_hook(w);
    engine::accumulate(e.trajecten, prepared.keys.cell, prepared.werk, prepared.uitkeringen, peildatum, n * w / threads,
                       n * (w + 1) / threads, acc);
  };
  std::vector<engine::Accumulator> parts(threads, engine::Accumulator(cells));
  std::vector<std::unique_ptr<Worker>> workers;
  for (unsigned w = 1; w < threads; ++w) workers.push_back(std::make_unique<Worker>([&, w] { pass(w, parts[w]); }));
  pass(0, parts[0]);
  for (auto& w : workers) w->rethrow();
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
  row.uren_bekend = c.uren_count;
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

// Rows of every group, region, year and the whole country, sorted.
std::vector<IndicatorRow> roll_up(const engine::Keys& keys, const engine::Accumulator& acc) {
  std::vector<IndicatorRow> rows;
  std::vector<Group> regions(keys.regions.size());
  std::map<int, Group> national_year;
  for (std::size_t g = 0; g < keys.group_year.size(); ++g) {
    const std::string& regio = keys.regions[keys.group_region[g]];
    const int year = keys.group_year[g];
    Group region_year;
    for (std::size_t i = 0; i < kInterventies; ++i) {
      const std::size_t cell = g * kInterventies + i;
      if (acc.cells[cell].starters == 0) continue;
      Group fine;
      fine.add(acc.cells[cell], &acc.dagen[cell * kDagenBins]);
      rows.push_back(make_row(regio, year, static_cast<Interventie>(i), fine));
      region_year.add(fine);
    }
    rows.push_back(make_row(regio, year, std::nullopt, region_year));
    regions[keys.group_region[g]].add(region_year);
    national_year[year].add(region_year);
  }
  Group national;
  for (std::size_t r = 0; r < regions.size(); ++r) {
    rows.push_back(make_row(keys.regions[r], std::nullopt, std::nullopt, regions[r]));
    national.add(regions[r]);
  }
  for (const auto& [year, group] : national_year) rows.push_back(make_row("NL", year, std::nullopt, group));
  if (national.totals.starters > 0) rows.push_back(make_row("NL", std::nullopt, std::nullopt, national));
  std::sort(rows.begin(), rows.end(), row_less);
  return rows;
}

}  // namespace

std::string_view interventie_text(Interventie i) { return code_text(kInterventieCodes, i); }

std::optional<Interventie> interventie_from_text(std::string_view text) {
  for (std::size_t i = 0; i < kInterventies; ++i)
    if (kInterventieCodes[i] == text) return static_cast<Interventie>(i);
  return std::nullopt;
}

Result<std::vector<IndicatorRow>> compute_indicators(const Extract& extract, Date peildatum,
                                                     const IndicatorOptions& options) {
  try {
    const Prepared prepared = prepare(extract, peildatum.days);
    const engine::Accumulator acc = run(extract, prepared, peildatum.days, options);
    return roll_up(prepared.keys, acc);
  } catch (const std::bad_alloc&) {
    return fail(ErrorCode::kUnavailable,
                "onvoldoende geheugen om de indicatoren te berekenen: sluit andere programma's of gebruik een "
                "machine met meer geheugen");
  } catch (const std::exception& e) {
    return fail(ErrorCode::kInternal, fmt::format("interne fout bij het berekenen van de indicatoren: {}", e.what()));
  }
}

}  // namespace regio::outcomes
