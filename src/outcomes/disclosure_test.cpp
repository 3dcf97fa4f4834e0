#include "outcomes/disclosure.h"

#include <map>
#include <random>

#include <gtest/gtest.h>

namespace regio::outcomes {
namespace {

IndicatorRow row(std::string regio, std::optional<int> jaar, std::optional<Interventie> iv, std::int64_t starters) {
  IndicatorRow r{std::move(regio), jaar, iv};
  r.starters = starters;
  return r;
}

DisclosedTable disclosed(const std::vector<IndicatorRow>& rows, DisclosureOptions options = {}) {
  auto t = disclose(rows, options);
  EXPECT_TRUE(t.has_value());
  return *t;
}

TEST(Disclosure, PrimarySuppressionHidesOneToThresholdMinusOne) {
  std::vector<IndicatorRow> rows = {
      row("AM01", std::nullopt, std::nullopt, 0), row("AM02", std::nullopt, std::nullopt, 1),
      row("AM03", std::nullopt, std::nullopt, 9), row("AM04", std::nullopt, std::nullopt, 10)};
  const auto t = disclosed(rows);
  EXPECT_EQ(t.rows()[0][Column::kStarters], (Figure{false, 0.0}));
  EXPECT_EQ(t.rows()[1][Column::kStarters], (Figure{true, std::nullopt}));
  EXPECT_EQ(t.rows()[2][Column::kStarters], (Figure{true, std::nullopt}));
  EXPECT_EQ(t.rows()[3][Column::kStarters], (Figure{false, 10.0}));
  const auto low = disclosed(rows, {.threshold = 2});
  EXPECT_FALSE(low.rows()[2][Column::kStarters].suppressed);
  EXPECT_TRUE(low.rows()[1][Column::kStarters].suppressed);
}

TEST(Disclosure, RejectsAThresholdBelowOne) {
  auto t = disclose(std::vector<IndicatorRow>{}, {.threshold = 0});
  ASSERT_FALSE(t.has_value());
  EXPECT_EQ(t.error().code, ErrorCode::kInvalidArgument);
}

TEST(Disclosure, SecondarySuppressionHidesTheSmallestNonZeroSibling) {
  // ips 5 (primary) + jobcoaching 20 + overig 30 + participatie 0 = 55. Hiding only ips would
  // give it away as 55 - 20 - 30 - 0, so jobcoaching (the smallest non-zero) goes too.
  const std::vector<IndicatorRow> rows = {
      row("AM01", std::nullopt, std::nullopt, 55), row("AM01", 2019, std::nullopt, 55),
      row("AM01", 2019, Interventie::kIps, 5),     row("AM01", 2019, Interventie::kJobcoaching, 20),
      row("AM01", 2019, Interventie::kOverig, 30), row("AM01", 2019, Interventie::kParticipatie, 0),
      row("NL", std::nullopt, std::nullopt, 55),   row("NL", 2019, std::nullopt, 55)};
  const auto t = disclosed(rows);
  std::vector<bool> hidden;
  for (const auto& r : t.rows()) hidden.push_back(r[Column::kStarters].suppressed);
  EXPECT_EQ(hidden, (std::vector<bool>{false, false, true, true, false, false, false, false}));
}

TEST(Disclosure, ALoneSmallMemberTakesItsTotalAndThenASiblingRegion) {
  // AM01 has 4 starters (all ips, 2019): the cell, (AM01,2019,*) and (AM01,*,*) are all 4,
  // primary. (NL,2019,*) = 4 + 40 shows, so AM02's 2019 total (40) must go, and likewise
  // (NL,*,*) = 4 + 40 takes (AM02,*,*); within AM02 2019 the hidden total then needs a hidden
  // member: the smallest non-zero, jobcoaching 15.
  const std::vector<IndicatorRow> rows = {row("AM01", std::nullopt, std::nullopt, 4),
                                          row("AM01", 2019, std::nullopt, 4),
                                          row("AM01", 2019, Interventie::kIps, 4),
                                          row("AM02", std::nullopt, std::nullopt, 40),
                                          row("AM02", 2019, std::nullopt, 40),
                                          row("AM02", 2019, Interventie::kIps, 25),
                                          row("AM02", 2019, Interventie::kJobcoaching, 15),
                                          row("NL", std::nullopt, std::nullopt, 44),
                                          row("NL", 2019, std::nullopt, 44)};
  const auto t = disclosed(rows);
  std::vector<bool> hidden;
  for (const auto& r : t.rows()) hidden.push_back(r[Column::kStarters].suppressed);
  EXPECT_EQ(hidden, (std::vector<bool>{true, true, true, true, true, false, true, false, false}));
}

TEST(Disclosure, RatesFollowTheirDenominators) {
  IndicatorRow r = row("AM01", std::nullopt, std::nullopt, 40);
  r.werk_12m_noemer = 30;
  r.werk_12m_teller = 12;
  r.dagen_tot_werk_mediaan = 44;
  r.uren_gem = 24.5;
  r.duurzaam_noemer = 16;
  r.duurzaam_teller = 2;  // primary: duurzaam_pct hidden although its noemer is shown
  r.werkend_12m_teller = 10;
  r.uitkering_noemer = 0;
  IndicatorRow few = r;
  few.regio = "AM02";
  few.werk_12m_teller = 9;  // below 10: median and hours hidden
  const auto t = disclosed({r, few});
  const DisclosedRow& a = t.rows()[0];
  EXPECT_EQ(a[Column::kDagenTotWerkMediaan], (Figure{false, 44.0}));
  EXPECT_EQ(a[Column::kUrenGem], (Figure{false, 24.5}));
  EXPECT_EQ(a[Column::kWerk12mPct], (Figure{false, 40.0}));     // 12/30
  EXPECT_EQ(a[Column::kWerkend12mPct], (Figure{false, 33.3}));  // 10/30 = 33.33
  EXPECT_TRUE(a[Column::kDuurzaamPct].suppressed);
  EXPECT_EQ(a[Column::kUitstroomPct], (Figure{false, std::nullopt}));  // 0 denominator: empty
  const DisclosedRow& b = t.rows()[1];
  EXPECT_TRUE(b[Column::kDagenTotWerkMediaan].suppressed);
  EXPECT_TRUE(b[Column::kUrenGem].suppressed);
  EXPECT_TRUE(b[Column::kWerk12mPct].suppressed);
  EXPECT_EQ(b[Column::kWerkend12mPct], (Figure{false, 33.3}));
}

TEST(Disclosure, PercentagesRoundHalfUp) {
  IndicatorRow r = row("AM01", std::nullopt, std::nullopt, 100);
  r.werk_12m_noemer = 16;
  r.werk_12m_teller = 1;     // below threshold, so check in unsuppressed mode: 6.25 -> 6.3
  r.werkend_12m_teller = 2;  // 12.5
  const auto t = disclosed({r}, {.mode = DisclosureMode::kUnsuppressed});
  EXPECT_EQ(t.rows()[0][Column::kWerk12mPct].value, 6.3);
  EXPECT_EQ(t.rows()[0][Column::kWerkend12mPct].value, 12.5);
}

TEST(Disclosure, UnsuppressedShowsEverything) {
  const std::vector<IndicatorRow> rows = {row("AM01", std::nullopt, std::nullopt, 3)};
  const auto t = disclosed(rows, {.mode = DisclosureMode::kUnsuppressed});
  EXPECT_EQ(t.rows()[0][Column::kStarters], (Figure{false, 3.0}));
  EXPECT_EQ(t.mode(), DisclosureMode::kUnsuppressed);
}

TEST(Disclosure, RegionFilterKeepsTheSuppressionOfTheWholeTable) {
  const std::vector<IndicatorRow> rows = {row("AM01", 2019, std::nullopt, 5), row("AM01", 2019, Interventie::kIps, 5),
                                          row("AM02", 2019, std::nullopt, 50), row("AM02", 2019, Interventie::kIps, 50),
                                          row("NL", 2019, std::nullopt, 55)};
  const auto all = disclosed(rows);
  const std::vector<std::string> only = {"AM02"};
  const auto part = all.only_regions(only);
  ASSERT_EQ(part.rows().size(), 2u);
  // AM02 2019 is hidden only because AM01's 5 would otherwise follow from the NL total.
  EXPECT_TRUE(part.rows()[0][Column::kStarters].suppressed);
  EXPECT_EQ(part.find("AM02", 2019, Interventie::kIps), &part.rows()[1]);
  EXPECT_EQ(part.find("AM01", 2019, std::nullopt), nullptr);
}

// Random tables of consistent counts: fine cells drawn small, roll-ups summed.
std::vector<IndicatorRow> random_table(std::mt19937& rng) {
  auto draw = [&](int max) { return std::uniform_int_distribution<int>(0, max)(rng); };
  const int regions = 1 + draw(4), years = 1 + draw(3);
  std::map<std::tuple<std::string, std::optional<int>, std::optional<Interventie>>, IndicatorRow> rows;
  auto add = [&](const std::string& regio, std::optional<int> jaar, std::optional<Interventie> iv,
                 const IndicatorRow& fine) {
    auto [it, inserted] = rows.try_emplace({regio, jaar, iv}, IndicatorRow{regio, jaar, iv});
    IndicatorRow& r = it->second;
    r.starters += fine.starters;
    r.werk_12m_noemer += fine.werk_12m_noemer;
    r.werk_12m_teller += fine.werk_12m_teller;
    r.uitkering_noemer += fine.uitkering_noemer;
  };
  for (int g = 0; g < regions; ++g)
    for (int y = 2018; y < 2018 + years; ++y)
      for (int i = 0; i < 5; ++i) {
        if (draw(3) == 0) continue;
        const std::string regio = "AM0" + std::to_string(g + 1);
        IndicatorRow fine;
        fine.starters = 1 + draw(draw(1) ? 12 : 60);
        fine.werk_12m_noemer = draw(static_cast<int>(fine.starters));
        fine.werk_12m_teller = draw(static_cast<int>(fine.werk_12m_noemer));
        fine.uitkering_noemer = draw(20);
        add(regio, y, static_cast<Interventie>(i), fine);
        add(regio, y, std::nullopt, fine);
        add(regio, std::nullopt, std::nullopt, fine);
        add("NL", y, std::nullopt, fine);
        add("NL", std::nullopt, std::nullopt, fine);
      }
  std::vector<IndicatorRow> out;
  for (auto& [key, r] : rows) out.push_back(r);
  return out;
}

TEST(Disclosure, NoSuppressedCellFollowsFromAnyRelationOnRandomTables) {
  std::mt19937 rng(2024);
  int hidden_seen = 0;
  for (int round = 0; round < 300; ++round) {
    const auto rows = random_table(rng);
    const auto t = disclosed(rows);
    for (Column c : {Column::kStarters, Column::kWerk12mNoemer, Column::kWerk12mTeller, Column::kUitkeringNoemer}) {
      // Every relation, written out independently of the implementation: (total, members).
      std::vector<std::pair<const DisclosedRow*, std::vector<const DisclosedRow*>>> relations;
      for (const DisclosedRow& total : t.rows()) {
        std::vector<const DisclosedRow*> members, regions;
        for (const DisclosedRow& m : t.rows()) {
          if (total.interventie) continue;
          if (total.jaar && m.regio == total.regio && m.jaar == total.jaar && m.interventie) members.push_back(&m);
          if (!total.jaar && m.regio == total.regio && m.jaar && !m.interventie) members.push_back(&m);
          if (total.regio == "NL" && total.jaar && m.regio != "NL" && m.jaar == total.jaar && !m.interventie)
            regions.push_back(&m);
          if (total.regio == "NL" && !total.jaar && m.regio != "NL" && !m.jaar) regions.push_back(&m);
        }
        if (!members.empty()) relations.push_back({&total, members});
        if (!regions.empty()) relations.push_back({&total, regions});
      }
      for (const auto& [total, members] : relations) {
        std::vector<const DisclosedRow*> cells = members;
        cells.push_back(total);
        int hidden = 0;
        for (const DisclosedRow* cell : cells) hidden += (*cell)[c].suppressed;
        hidden_seen += hidden;
        // With exactly one hidden cell, total minus shown members (or their sum) would give it.
        EXPECT_NE(hidden, 1) << "round " << round << " column " << column_name(c) << " total " << total->regio << " "
                             << total->jaar.value_or(0);
      }
    }
  }
  EXPECT_GT(hidden_seen, 100);  // the tables do exercise suppression
}

}  // namespace
}  // namespace regio::outcomes
