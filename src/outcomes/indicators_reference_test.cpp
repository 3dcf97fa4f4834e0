// Property test: the engine and the naive reference (indicators_reference.h) agree on many
// random small extracts that are dense in the boundary cases of §3.8.
#include <algorithm>
#include <atomic>
#include <new>
#include <random>
#include <stdexcept>

#include <gtest/gtest.h>

#include "outcomes/engine.h"
#include "outcomes/indicators.h"
#include "outcomes/indicators_reference.h"

namespace regio::outcomes {
namespace {

// Day offsets around the edges of the definitions: s, s+182, s+365, s+366, gaps of 30/31.
constexpr int kEdges[] = {-400, -366, -365, -40, -31, -30, -1,  0,   1,   30,  31,  32, 100,
                          181,  182,  183,  200, 364, 365, 366, 367, 500, 547, 548, 700};

class RandomExtract {
 public:
  explicit RandomExtract(unsigned seed) : rng_(seed) {}

  int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng_); }
  int edge() { return kEdges[pick(std::size(kEdges))]; }

  Extract make(int persons, int trajecten, int base) {
    Extract e;
    for (int p = 0; p < persons; ++p) e.persons.push_back("p" + std::to_string(p));
    static const char* kRegions[] = {"AM01", "AM10", "AM02"};
    for (int t = 0; t < trajecten; ++t) {
      const auto p = static_cast<std::uint32_t>(pick(persons));
      const int s = base + pick(900);
      e.trajecten.traject_id.push_back("t" + std::to_string(t));
      e.trajecten.person.push_back(p);
      e.trajecten.regio.push_back(kRegions[pick(3)]);
      e.trajecten.gemeente.push_back("");
      e.trajecten.interventie.push_back(static_cast<Interventie>(pick(5)));
      e.trajecten.verwijzer.push_back(Verwijzer::kOnbekend);
      e.trajecten.uitkering_start.push_back(UitkeringStart::kOnbekend);
      e.trajecten.start.push_back(s);
      e.trajecten.end.push_back(kOpenEnd);
      // Spells placed relative to this trajectory's start, so the edges are actually hit.
      for (int k = pick(4); k > 0; --k) add_werk(e, p, s + edge());
      for (int k = pick(3); k > 0; --k) add_uitkering(e, p, s + edge());
    }
    return e;
  }

 private:
  int length() {
    constexpr int kLengths[] = {0, 1, 29, 30, 31, 150, 181, 182, 183, 364, 365, 366, 800};
    return kLengths[pick(std::size(kLengths))];
  }

  void add_werk(Extract& e, std::uint32_t p, int start) {
    const int n = pick(3) == 0 ? 2 : 1;  // sometimes two jobs on the same day
    for (int k = 0; k < n; ++k) {
      e.werk.person.push_back(p);
      e.werk.start.push_back(start);
      e.werk.end.push_back(pick(6) == 0 ? kOpenEnd : start + length());
      constexpr float kHours[] = {kUnknownHours, 0.0f, 8.0f, 12.5f, 16.25f, 32.0f, 36.75f, 40.0f};
      e.werk.hours.push_back(kHours[pick(std::size(kHours))]);
      e.werk.contract.push_back(Contract::kOnbekend);
      // A follow-up spell after a gap of exactly 30 or 31 days (chain edge).
      if (pick(3) == 0 && e.werk.end.back() != kOpenEnd) add_werk(e, p, e.werk.end.back() + 31 + pick(2));
    }
  }

  void add_uitkering(Extract& e, std::uint32_t p, int start) {
    e.uitkeringen.person.push_back(p);
    e.uitkeringen.soort.push_back(UitkeringSoort::kBijstand);
    e.uitkeringen.start.push_back(start);
    e.uitkeringen.end.push_back(pick(5) == 0 ? kOpenEnd : start + length());
  }

  std::mt19937 rng_;
};

TEST(IndicatorsReference, AgreesWithEngineOnRandomSmallExtracts) {
  const int base = from_civil({2018, 1, 1}).days;
  // Guards that the generator reaches every branch, not only empty outcomes.
  int duurzaam = 0, uitstroom = 0, werkend = 0, uren = 0, median = 0, partly_known_hours = 0;
  for (unsigned seed = 1; seed <= 400; ++seed) {
    RandomExtract gen(seed);
    const Extract e = gen.make(1 + gen.pick(8), 1 + gen.pick(15), base);
    const Date peildatum{base + 300 + gen.pick(1000)};
    const auto expected = reference::indicators(e, peildatum);
    ASSERT_EQ(compute_indicators(e, peildatum, {.threads = 1}).value(), expected) << "seed " << seed;
    for (const auto& row : expected) {
      duurzaam += row.duurzaam_teller > 0 && row.duurzaam_teller < row.duurzaam_noemer;
      uitstroom += row.uitkering_uitstroom_teller > 0 && row.uitkering_uitstroom_teller < row.uitkering_noemer;
      werkend += row.werkend_12m_teller > 0;
      uren += row.uren_gem.has_value();
      partly_known_hours += row.uren_bekend > 0 && row.uren_bekend < row.werk_12m_teller;
      median += row.werk_12m_teller > 1;
    }
  }
  EXPECT_GT(duurzaam, 20);
  EXPECT_GT(uitstroom, 20);
  EXPECT_GT(werkend, 20);
  EXPECT_GT(uren, 20);
  EXPECT_GT(median, 20);
  EXPECT_GT(partly_known_hours, 20);
}

TEST(IndicatorsReference, AgreesWithEngineOnALargerExtractWithTwoThreads) {
  const int base = from_civil({2018, 1, 1}).days;
  RandomExtract gen(4242);
  const Extract e = gen.make(3000, 120000, base);
  const Date peildatum{base + 1000};
  const auto one = compute_indicators(e, peildatum, {.threads = 1});
  const auto two = compute_indicators(e, peildatum, {.threads = 2});
  ASSERT_TRUE(one && two);
  EXPECT_EQ(*one, *two);
  // Cross-check a subset of persons against the reference (it is quadratic in the spells).
  Extract small = gen.make(50, 400, base);
  EXPECT_EQ(compute_indicators(small, peildatum, {.threads = 2}).value(), reference::indicators(small, peildatum));
}

TEST(IndicatorsReference, TrajectoriesAfterThePeildatumAreNotCounted) {
  RandomExtract gen(7);
  const int base = from_civil({2020, 1, 1}).days;
  const Extract e = gen.make(3, 5, base);
  // Every start is >= base, so a peildatum the day before leaves nothing.
  EXPECT_TRUE(compute_indicators(e, Date{base - 1}).value().empty());
}

// Starts spread over years 1..9999 (dates the importer refuses, but the engine must not rely on
// that): one group per (region, year) that occurs, not a cell per year of the span. The engine
// agrees with the reference, also on the spells' dates far apart.
TEST(IndicatorsReference, StartsOverYears1To9999) {
  RandomExtract gen(99);
  Extract e = gen.make(40, 300, from_civil({2018, 1, 1}).days);
  const int first = from_civil({1, 1, 1}).days;
  const int last = from_civil({9999, 12, 31}).days;
  // Move whole persons (trajectories and their spells) to a random year, keeping offsets.
  std::vector<int> shift(e.persons.size());
  for (auto& d : shift) d = from_civil({1 + gen.pick(9999), 1, 1}).days - from_civil({2018, 1, 1}).days;
  shift[0] = first - from_civil({2018, 1, 1}).days;  // somebody starts on 0001-01-01
  for (std::size_t t = 0; t < e.trajecten.size(); ++t) e.trajecten.start[t] += shift[e.trajecten.person[t]];
  for (std::size_t i = 0; i < e.werk.size(); ++i) {
    e.werk.start[i] += shift[e.werk.person[i]];
    if (e.werk.end[i] != kOpenEnd) e.werk.end[i] += shift[e.werk.person[i]];
  }
  for (std::size_t i = 0; i < e.uitkeringen.size(); ++i) {
    e.uitkeringen.start[i] += shift[e.uitkeringen.person[i]];
    if (e.uitkeringen.end[i] != kOpenEnd) e.uitkeringen.end[i] += shift[e.uitkeringen.person[i]];
  }
  // Trajectory 0 of person 0 starts on day one, another one on the last day.
  e.trajecten.start[0] = first;
  e.trajecten.start[1] = last;
  const Date peildatum{last};
  const auto rows = compute_indicators(e, peildatum, {.threads = 2});
  ASSERT_TRUE(rows) << rows.error().message;
  EXPECT_EQ(*rows, reference::indicators(e, peildatum));
  const auto year_one = std::find_if(rows->begin(), rows->end(), [](const IndicatorRow& r) {
    return r.regio == "NL" && r.jaar == 1 && !r.interventie;
  });
  ASSERT_NE(year_one, rows->end());
  const auto year_9999 = std::find_if(rows->begin(), rows->end(), [](const IndicatorRow& r) {
    return r.regio == "NL" && r.jaar == 9999 && !r.interventie;
  });
  ASSERT_NE(year_9999, rows->end());
  // Cells exist per (region, year) group that occurs: at most one group per trajectory.
  EXPECT_LE(engine::make_keys(e.trajecten, peildatum.days).cells(), e.trajecten.size() * engine::kInterventies);
}

// An exception in a worker thread (here thrown by the test hook) becomes an error on the caller;
// bad_alloc says that memory ran out.
TEST(IndicatorsEngine, ExceptionInAWorkerBecomesAnError) {
  RandomExtract gen(5);
  const int base = from_civil({2018, 1, 1}).days;
  const Extract e = gen.make(20000, 120000, base);  // >= 100000 trajectories: two workers
  const Date peildatum{base + 1000};
  std::atomic<int> calls{0};
  const auto out_of_memory = compute_indicators(e, peildatum, {.threads = 2, .worker_hook = [&](unsigned w) {
                                                                 ++calls;
                                                                 if (w == 1) throw std::bad_alloc();
                                                               }});
  EXPECT_EQ(calls, 2);  // the second worker did run on its own thread
  ASSERT_FALSE(out_of_memory);
  EXPECT_EQ(out_of_memory.error().code, ErrorCode::kUnavailable);
  EXPECT_NE(out_of_memory.error().message.find("onvoldoende geheugen"), std::string::npos);

  const auto failed = compute_indicators(e, peildatum, {.threads = 2, .worker_hook = [](unsigned w) {
                                                          if (w == 1) throw std::runtime_error("kapot");
                                                        }});
  ASSERT_FALSE(failed);
  EXPECT_EQ(failed.error().code, ErrorCode::kInternal);
  EXPECT_NE(failed.error().message.find("kapot"), std::string::npos);

  // Same on the calling thread, and without a failure the figures are there.
  const auto on_caller = compute_indicators(e, peildatum, {.threads = 2, .worker_hook = [](unsigned w) {
                                                             if (w == 0) throw std::bad_alloc();
                                                           }});
  ASSERT_FALSE(on_caller);
  EXPECT_EQ(on_caller.error().code, ErrorCode::kUnavailable);
  EXPECT_FALSE(compute_indicators(e, peildatum, {.threads = 2}).value().empty());
}

}  // namespace
}  // namespace regio::outcomes
