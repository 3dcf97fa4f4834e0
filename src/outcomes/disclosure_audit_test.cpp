// The audit against the attacker: hand-worked tables where a published figure pins a suppressed
// one, the rounding bounds, coordinated suppression across releases, and random tables.
#include "outcomes/disclosure_audit.h"

#include <gtest/gtest.h>

#include "outcomes/disclosure.h"
#include "outcomes/indicators.h"
#include "outcomes/synthetic.h"
#include "regions/registry.h"

namespace regio::outcomes {
namespace {

constexpr std::size_t kStarters = 0, kNoemer = 1;

Date day(int y, int m, int d) { return from_civil({y, m, d}); }

// One region, one start year, two interventions and their total; only starters and noemer are
// non-zero (the other counts 0, which is shown as 0).
AuditTable two_interventions(Date peildatum, Counts ips, Counts job) {
  AuditTable t{.peildatum = peildatum, .editable = true};
  Counts total{};
  for (std::size_t c = 0; c < kCountColumns; ++c) total[c] = ips[c] + job[c];
  t.groups = {{"AM01", 2017, std::nullopt}, {"AM01", 2017, Interventie::kIps}, {"AM01", 2017, Interventie::kJobcoaching}};
  t.truth = {total, ips, job};
  t.suppressed.assign(3, CountFlags{});
  return t;
}

TEST(Rounding, NearestMultipleHalvesUpAndTheBoundsAnAttackerKnows) {
  EXPECT_EQ(rounded_count(12, 5), 10);
  EXPECT_EQ(rounded_count(13, 5), 15);
  EXPECT_EQ(rounded_count(10, 5), 10);
  EXPECT_EQ(rounded_count(57, 1), 57);
  // Shown 15 (b = 5): the truth is 13..17; shown 10 with T = 10: 10..12 (below 10 is never shown).
  EXPECT_EQ(published_bounds(13, false, 10, 5), (std::pair<double, double>{13, 17}));
  EXPECT_EQ(published_bounds(11, false, 10, 5), (std::pair<double, double>{10, 12}));
  EXPECT_EQ(published_bounds(0, false, 10, 5), (std::pair<double, double>{0, 0}));
  EXPECT_EQ(published_bounds(4, true, 10, 5).first, 1.0);
}

// Starters: ips 5 (hidden), jobcoaching 57, total 62. Hiding jobcoaching's starters too satisfies
// "no relation with exactly one hidden cell", but the year is complete on the peildatum, so
// werk_12m_noemer = starters by definition: jobcoaching's shown noemer 57 pins its starters, and
// then ips = 62 - 57 = 5 exactly.
TEST(Audit, FindsACellPinnedThroughADefinitionAndProtectionRemovesIt) {
  Counts ips{5, 5}, job{57, 57};
  auto t = two_interventions(day(2019, 1, 1), ips, job);
  t.suppressed[1][kStarters] = t.suppressed[1][kNoemer] = true;  // ips: primary
  t.suppressed[2][kStarters] = true;                             // the naive secondary choice
  std::vector<AuditTable> tables{t};
  auto failures = audit(tables, 10, 1);
  ASSERT_TRUE(failures) << failures.error().message;
  ASSERT_FALSE(failures->empty());
  bool ips_pinned = false;
  for (const auto& f : *failures)
    if (f.group == 1 && f.column == kStarters) {
      ips_pinned = true;
      EXPECT_DOUBLE_EQ(f.min, 5.0);
      EXPECT_DOUBLE_EQ(f.max, 5.0);
    }
  EXPECT_TRUE(ips_pinned);

  auto report = protect_by_audit(tables, 10, 1);
  ASSERT_TRUE(report) << report.error().message;
  EXPECT_GE(report->added, 1u);
  EXPECT_TRUE(tables[0].suppressed[2][kNoemer]);  // the pinning figure is hidden now
  auto after = audit(tables, 10, 1);
  ASSERT_TRUE(after);
  EXPECT_TRUE(after->empty());
}

// With rounding the same table needs less: shown 60 means 58..62, shown 55 means 53..57, so ips
// lies in 1..9 — still narrower than 10, so the audit must act.
TEST(Audit, RoundedTotalsStillNarrowASmallCell) {
  Counts ips{5, 0}, job{57, 0};
  auto t = two_interventions(day(2017, 12, 31), ips, job);  // the noemer is 0: no year complete
  t.suppressed[1][kStarters] = true;
  std::vector<AuditTable> tables{t};
  auto failures = audit(tables, 10, 5);
  ASSERT_TRUE(failures);
  ASSERT_EQ(failures->size(), 1u);
  EXPECT_EQ((*failures)[0].group, 1u);
  EXPECT_NEAR((*failures)[0].min, 1.0, 1e-9);
  EXPECT_NEAR((*failures)[0].max, 9.0, 1e-9);  // 62 - 53
  auto report = protect_by_audit(tables, 10, 5);
  ASSERT_TRUE(report);
  EXPECT_TRUE(tables[0].suppressed[2][kStarters]);  // the only cell that can hide it
  auto after = audit(tables, 10, 5);
  ASSERT_TRUE(after);
  EXPECT_TRUE(after->empty());
}

// A count hidden in an earlier release that cannot have changed (the year was complete) stays
// hidden in the next release, even when the new table alone would not need it.
TEST(Audit, CompleteCountsHiddenInAnEarlierReleaseStayHidden) {
  Counts ips{5, 5}, job{57, 57};
  auto first = two_interventions(day(2019, 1, 1), ips, job);
  first.suppressed[1][kStarters] = first.suppressed[1][kNoemer] = true;
  first.suppressed[2][kStarters] = first.suppressed[2][kNoemer] = true;
  first.suppressed[0][kStarters] = first.suppressed[0][kNoemer] = true;
  first.editable = false;
  auto second = two_interventions(day(2020, 1, 1), ips, job);
  second.suppressed[1][kStarters] = second.suppressed[1][kNoemer] = true;
  std::vector<AuditTable> tables{first, second};
  auto report = protect_by_audit(tables, 10, 5);
  ASSERT_TRUE(report) << report.error().message;
  EXPECT_TRUE(tables[1].suppressed[0][kStarters]);
  EXPECT_TRUE(tables[1].suppressed[2][kStarters]);
  EXPECT_EQ(tables[0].suppressed, first.suppressed);  // a published release never changes
  auto after = audit(tables, 10, 5);
  ASSERT_TRUE(after);
  EXPECT_TRUE(after->empty());
}

// The whole path on synthetic extracts: whatever disclose() publishes passes the audit, every
// count 1..T-1 is hidden, and every shown count is a multiple of the rounding.
TEST(Audit, DisclosedSyntheticTablesPassTheAudit) {
  auto registry = regions::Registry::load_embedded();
  ASSERT_TRUE(registry);
  for (std::uint64_t seed : {1u}) {
    const Extract e = generate_extract(*registry, {.persons = 250, .seed = seed});
    const Date c = day(2024, 6, 30);
    auto rows = compute_indicators(e, c);
    ASSERT_TRUE(rows);
    auto decision = decide_suppression(*rows, c, 10, 5, {});
    ASSERT_TRUE(decision) << decision.error().message;
    AuditTable t{.peildatum = c, .editable = true};
    for (std::size_t i = 0; i < rows->size(); ++i) {
      const auto& r = (*rows)[i];
      t.groups.push_back({r.regio, r.jaar, r.interventie});
      t.truth.push_back(counts_of(r));
      t.suppressed.push_back(decision->suppressed[i]);
      for (std::size_t k = 0; k < kCountColumns; ++k) {
        const std::int64_t v = t.truth.back()[k];
        if (v > 0 && v < 10) EXPECT_TRUE(t.suppressed.back()[k]) << r.regio << " " << k;
        if (v == 0) EXPECT_FALSE(t.suppressed.back()[k]);
      }
    }
    auto failures = audit({t}, 10, 5);
    ASSERT_TRUE(failures);
    EXPECT_TRUE(failures->empty()) << failures->size() << " cellen te nauw";
    const DisclosedTable table = disclosed_from_decisions(*rows, decision->suppressed, 10, 5, {.peildatum = c});
    for (const auto& row : table.rows())
      for (std::size_t k = 0; k < kCountColumns; ++k) {
        const Figure& f = row[count_column(k)];
        if (!f.suppressed) EXPECT_EQ(static_cast<std::int64_t>(*f.value) % 5, 0);
      }
  }
}

}  // namespace
}  // namespace regio::outcomes

namespace regio::outcomes {
namespace {

// uren_gem averages over the trajectories whose first job has known hours: with 3 of them it
// would print (almost) one person's hours, however large werk_12m_teller is.
TEST(Disclosure, MeanHoursNeedsItsOwnBaseOfThreshold) {
  IndicatorRow row{.regio = "NL", .starters = 40, .werk_12m_noemer = 40, .werk_12m_teller = 20,
                   .dagen_tot_werk_mediaan = 30, .uren_gem = 31.5, .uren_bekend = 3};
  const std::vector<IndicatorRow> rows{row};
  const std::vector<CountFlags> none(1, CountFlags{});
  const DisclosedTable few = disclosed_from_decisions(rows, none, 10, 5, {});
  EXPECT_TRUE(few.rows()[0][Column::kUrenGem].suppressed);
  EXPECT_FALSE(few.rows()[0][Column::kDagenTotWerkMediaan].suppressed);  // its base is the teller: 20
  row.uren_bekend = 10;
  const std::vector<IndicatorRow> enough{row};
  const DisclosedTable shown = disclosed_from_decisions(enough, none, 10, 5, {});
  ASSERT_TRUE(shown.rows()[0][Column::kUrenGem].value);
  EXPECT_DOUBLE_EQ(*shown.rows()[0][Column::kUrenGem].value, 31.5);
  // Percentages come from the rounded counts: 20 / 40 stays 50.0 %.
  EXPECT_DOUBLE_EQ(*shown.rows()[0][Column::kWerk12mPct].value, 50.0);
}

}  // namespace
}  // namespace regio::outcomes

#include "outcomes/release.h"

namespace regio::outcomes {
namespace {

// Two releases of one group: the mean hours over 20 and over 21 trajectories would give the
// 21st person's hours (21 × m2 − 20 × m1), so the later release hides its mean; over 30 (ten
// more, the threshold) it may show it.
TEST(Release, AMeanOverABaseFewApartFromAnEarlierReleaseIsHidden) {
  IndicatorRow row{.regio = "NL", .starters = 40, .werk_12m_noemer = 40, .werk_12m_teller = 25,
                   .werkend_12m_teller = 20, .uren_gem = 30.0, .uren_bekend = 20};
  const std::vector<IndicatorRow> first_rows{row};
  auto first = make_release(first_rows, day(2020, 1, 1), {10, 5}, {}, "a", "", "t1");
  ASSERT_TRUE(first) << first.error().message;
  ASSERT_TRUE(table_of(*first).rows()[0][Column::kUrenGem].value);

  row.uren_gem = 30.5;
  row.uren_bekend = 21;
  const std::vector<IndicatorRow> close_rows{row};
  const std::vector<Release> earlier{*first};
  auto close = make_release(close_rows, day(2021, 1, 1), {10, 5}, earlier, "a", "", "t2");
  ASSERT_TRUE(close) << close.error().message;
  EXPECT_TRUE(table_of(*close).rows()[0][Column::kUrenGem].suppressed);
  // The decision survives storing and reading back.
  auto decoded = decode_release(encode_release(*close));
  ASSERT_TRUE(decoded);
  EXPECT_TRUE(table_of(*decoded).rows()[0][Column::kUrenGem].suppressed);

  row.uren_bekend = 30;
  const std::vector<IndicatorRow> far_rows{row};
  auto far = make_release(far_rows, day(2021, 1, 1), {10, 5}, earlier, "a", "", "t3");
  ASSERT_TRUE(far);
  ASSERT_TRUE(table_of(*far).rows()[0][Column::kUrenGem].value);
  EXPECT_DOUBLE_EQ(*table_of(*far).rows()[0][Column::kUrenGem].value, 30.5);
}

}  // namespace
}  // namespace regio::outcomes
