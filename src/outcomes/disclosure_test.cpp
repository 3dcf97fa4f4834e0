#include "outcomes/disclosure.h"

#include <map>
#include <random>
#include <stdexcept>

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
  // Throwing fails the test with the message instead of dereferencing a failed Result.
  if (!t) throw std::runtime_error("disclose failed: " + t.error().message);
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

// Every additive relation of the table (DESIGN §3.8), written out independently of the
// implementation, as (total, members).
using Relation = std::pair<const DisclosedRow*, std::vector<const DisclosedRow*>>;
std::vector<Relation> relations_of(const DisclosedTable& t) {
  std::vector<Relation> relations;
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
  return relations;
}

// With exact counts (rounding 1), a relation with exactly one hidden cell gives that cell away
// as total minus the shown members (or their sum). Returns the hidden cells seen.
int expect_no_relation_with_one_hidden_cell(const DisclosedTable& t, Column c, const std::string& context) {
  int hidden_seen = 0;
  for (const auto& [total, members] : relations_of(t)) {
    std::vector<const DisclosedRow*> cells = members;
    cells.push_back(total);
    int hidden = 0;
    for (const DisclosedRow* cell : cells) hidden += (*cell)[c].suppressed;
    hidden_seen += hidden;
    EXPECT_NE(hidden, 1) << context << " column " << column_name(c) << " total " << total->regio << " "
                         << total->jaar.value_or(0);
  }
  return hidden_seen;
}

std::vector<bool> hidden_starters(const DisclosedTable& t) {
  std::vector<bool> hidden;
  for (const auto& r : t.rows()) hidden.push_back(r[Column::kStarters].suppressed);
  return hidden;
}

TEST(Disclosure, SecondarySuppressionLeavesNoRelationWithOneHiddenCell) {
  // ips 5 (primary) + jobcoaching 20 + overig 30 + participatie 0 = 55. Hiding only ips would
  // give it away as 55 - 20 - 30 - 0, so the audit hides at least one more cell of that relation.
  const std::vector<IndicatorRow> rows = {
      row("AM01", std::nullopt, std::nullopt, 55), row("AM01", 2019, std::nullopt, 55),
      row("AM01", 2019, Interventie::kIps, 5),     row("AM01", 2019, Interventie::kJobcoaching, 20),
      row("AM01", 2019, Interventie::kOverig, 30), row("AM01", 2019, Interventie::kParticipatie, 0),
      row("NL", std::nullopt, std::nullopt, 55),   row("NL", 2019, std::nullopt, 55)};
  const auto t = disclosed(rows, {.rounding = 1});
  const auto hidden = hidden_starters(t);
  EXPECT_TRUE(hidden[2]);   // primary
  EXPECT_FALSE(hidden[5]);  // zeros are never suppressed
  EXPECT_GE(hidden[1] + hidden[3] + hidden[4], 1);
  expect_no_relation_with_one_hidden_cell(t, Column::kStarters, "siblings");
}

TEST(Disclosure, ALoneSmallMemberHidesItsTotalsAndEnoughAroundThem) {
  // AM01 has 4 starters (all ips, 2019): the cell, (AM01,2019,*) and (AM01,*,*) are all 4,
  // primary. (NL,2019,*) = 4 + 40 would give AM01 away if AM02's 2019 total and NL's both showed.
  const std::vector<IndicatorRow> rows = {row("AM01", std::nullopt, std::nullopt, 4),
                                          row("AM01", 2019, std::nullopt, 4),
                                          row("AM01", 2019, Interventie::kIps, 4),
                                          row("AM02", std::nullopt, std::nullopt, 40),
                                          row("AM02", 2019, std::nullopt, 40),
                                          row("AM02", 2019, Interventie::kIps, 25),
                                          row("AM02", 2019, Interventie::kJobcoaching, 15),
                                          row("NL", std::nullopt, std::nullopt, 44),
                                          row("NL", 2019, std::nullopt, 44)};
  const auto t = disclosed(rows, {.rounding = 1});
  const auto hidden = hidden_starters(t);
  EXPECT_TRUE(hidden[0] && hidden[1] && hidden[2]);
  EXPECT_TRUE(hidden[4] || hidden[8]) << "AM01 2019 = NL 2019 - AM02 2019";
  EXPECT_TRUE(hidden[3] || hidden[7]) << "AM01 = NL - AM02";
  expect_no_relation_with_one_hidden_cell(t, Column::kStarters, "lone member");
}

TEST(Disclosure, ShownCountsAreRoundedToTheRounding) {
  // No totals, nothing small: only rounding (b = 5, halves up). Percentages use the rounded counts.
  IndicatorRow r = row("AM01", std::nullopt, std::nullopt, 27);
  r.werk_12m_noemer = 27;
  r.werk_12m_teller = 13;
  r.duurzaam_noemer = 12;
  r.duurzaam_teller = 10;
  r.werkend_12m_teller = 0;
  const auto t = disclosed({r});
  const DisclosedRow& a = t.rows()[0];
  EXPECT_EQ(t.rounding(), 5);
  EXPECT_EQ(a[Column::kStarters], (Figure{false, 25.0}));        // 27 -> 25
  EXPECT_EQ(a[Column::kWerk12mTeller], (Figure{false, 15.0}));   // 13 -> 15
  EXPECT_EQ(a[Column::kDuurzaamNoemer], (Figure{false, 10.0}));  // 12 -> 10
  EXPECT_EQ(a[Column::kDuurzaamTeller], (Figure{false, 10.0}));
  EXPECT_EQ(a[Column::kWerkend12mTeller], (Figure{false, 0.0}));
  EXPECT_EQ(a[Column::kWerk12mPct], (Figure{false, 60.0}));    // 15 / 25
  EXPECT_EQ(a[Column::kDuurzaamPct], (Figure{false, 100.0}));  // 10 / 10
  EXPECT_EQ(a[Column::kWerkend12mPct], (Figure{false, 0.0}));
  const auto exact = disclosed({r}, {.rounding = 1});
  EXPECT_EQ(exact.rows()[0][Column::kStarters], (Figure{false, 27.0}));
  EXPECT_EQ(exact.rows()[0][Column::kWerk12mPct], (Figure{false, 48.1}));  // 13 / 27
}

TEST(Disclosure, RatesFollowTheirBases) {
  IndicatorRow r = row("AM01", std::nullopt, std::nullopt, 40);
  r.werk_12m_noemer = 30;
  r.werk_12m_teller = 12;
  r.dagen_tot_werk_mediaan = 44;
  r.uren_gem = 24.5;
  r.uren_bekend = 10;
  r.duurzaam_noemer = 12;
  r.duurzaam_teller = 2;  // primary: duurzaam_pct hidden although its noemer is shown
  r.werkend_12m_teller = 10;
  r.uitkering_noemer = 0;
  IndicatorRow few = row("AM02", std::nullopt, std::nullopt, 40);
  few.werk_12m_noemer = 30;
  few.werk_12m_teller = 9;  // below 10: median, hours and werk_12m_pct hidden
  few.dagen_tot_werk_mediaan = 50;
  few.uren_gem = 30.0;
  few.uren_bekend = 9;
  IndicatorRow hours = r;
  hours.regio = "AM03";
  hours.uren_bekend = 9;  // werk_12m_teller 12 shows, but only 9 known hours: uren_gem hidden
  const auto t = disclosed({r, few, hours});
  const DisclosedRow& a = t.rows()[0];
  EXPECT_EQ(a[Column::kDagenTotWerkMediaan], (Figure{false, 44.0}));
  EXPECT_EQ(a[Column::kUrenGem], (Figure{false, 24.5}));
  EXPECT_EQ(a[Column::kWerk12mPct], (Figure{false, 33.3}));     // rounded 10 / 30
  EXPECT_EQ(a[Column::kWerkend12mPct], (Figure{false, 33.3}));  // 10 / 30
  EXPECT_TRUE(a[Column::kDuurzaamPct].suppressed);
  EXPECT_EQ(a[Column::kUitstroomPct], (Figure{false, std::nullopt}));  // 0 denominator: empty
  const DisclosedRow& b = t.rows()[1];
  EXPECT_TRUE(b[Column::kDagenTotWerkMediaan].suppressed);
  EXPECT_TRUE(b[Column::kUrenGem].suppressed);
  EXPECT_TRUE(b[Column::kWerk12mPct].suppressed);
  EXPECT_EQ(b[Column::kWerkend12mPct], (Figure{false, 0.0}));  // 0 / 30
  const DisclosedRow& c = t.rows()[2];
  EXPECT_FALSE(c[Column::kWerk12mTeller].suppressed);
  EXPECT_EQ(c[Column::kDagenTotWerkMediaan], (Figure{false, 44.0}));
  EXPECT_TRUE(c[Column::kUrenGem].suppressed);
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
  // AM01's 5 would follow from NL 55 - AM02 50: one of them is hidden in the whole table, and the
  // part shows exactly what the whole table shows for AM02.
  EXPECT_TRUE(all.rows()[2][Column::kStarters].suppressed || all.rows()[4][Column::kStarters].suppressed);
  EXPECT_EQ(part.rows()[0].figures, all.rows()[2].figures);
  EXPECT_EQ(part.rows()[1].figures, all.rows()[3].figures);
  EXPECT_EQ(part.threshold(), all.threshold());
  EXPECT_EQ(part.rounding(), all.rounding());
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
        fine.uitkering_noemer = draw(static_cast<int>(fine.werk_12m_noemer));  // <= noemer (§3.8)
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
  for (int round = 0; round < 100; ++round) {
    const auto rows = random_table(rng);
    const auto t = disclosed(rows, {.rounding = 1});
    for (Column c : {Column::kStarters, Column::kWerk12mNoemer, Column::kWerk12mTeller, Column::kUitkeringNoemer})
      hidden_seen += expect_no_relation_with_one_hidden_cell(t, c, "round " + std::to_string(round));
  }
  EXPECT_GT(hidden_seen, 100);  // the tables do exercise suppression
}

}  // namespace
}  // namespace regio::outcomes
