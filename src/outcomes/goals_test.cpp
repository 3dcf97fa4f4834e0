#include "outcomes/goals.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <stdexcept>

namespace regio::outcomes {
namespace {

IndicatorRow year_row(int year, std::int64_t starters, std::int64_t noemer, std::int64_t teller,
                      std::optional<int> median) {
  IndicatorRow r{"AM01", year, std::nullopt};
  r.starters = starters;
  r.werk_12m_noemer = noemer;
  r.werk_12m_teller = teller;
  r.dagen_tot_werk_mediaan = median;
  r.duurzaam_noemer = teller;
  r.duurzaam_teller = teller / 2;
  return r;
}

// AM01 per start year: starters 80, 90, 110, 120, 30; 2020 split by intervention (its total is
// the sum of its members, as in every real table: the disclosure audit relies on it). 2021 has
// werk_12m_noemer 0. All shown counts are multiples of 5, so rounding changes none of them.
DisclosedTable table() {
  IndicatorRow ips{"AM01", 2020, Interventie::kIps};
  ips.starters = 60;
  ips.werk_12m_noemer = 50;
  ips.werk_12m_teller = 20;  // 40.0 %
  IndicatorRow coaching{"AM01", 2020, Interventie::kJobcoaching};
  coaching.starters = 56;
  coaching.werk_12m_noemer = 40;
  coaching.werk_12m_teller = 15;
  IndicatorRow small{"AM01", 2020, Interventie::kOverig};
  small.starters = 4;  // suppressed
  IndicatorRow year2020{"AM01", 2020, std::nullopt};
  year2020.starters = ips.starters + coaching.starters + small.starters;
  year2020.werk_12m_noemer = ips.werk_12m_noemer + coaching.werk_12m_noemer;
  year2020.werk_12m_teller = ips.werk_12m_teller + coaching.werk_12m_teller;
  const std::vector<IndicatorRow> rows = {year_row(2017, 80, 80, 30, 90),
                                          year_row(2018, 90, 90, 40, 70),
                                          year_row(2019, 110, 100, 50, 45),
                                          year2020,
                                          ips,
                                          coaching,
                                          small,
                                          year_row(2021, 30, 0, 0, std::nullopt)};
  auto t = disclose(rows, {});
  if (!t) throw std::runtime_error(t.error().message);  // fails the test, never dereferences an error
  return *t;
}

GoalEvaluation evaluate(const Goal& goal, Date peildatum) {
  auto r = evaluate_goals(std::span<const Goal>(&goal, 1), table(), peildatum);
  EXPECT_TRUE(r.has_value());
  return r->at(0);
}

Date day(int y, int m, int d) { return from_civil({y, m, d}); }

TEST(Goals, StartersReachedOrNotWithTrend) {
  const auto met = evaluate({"AM01", "starters", 100, 2019}, day(2021, 6, 30));
  EXPECT_EQ(met.status, GoalStatus::kBehaald);
  EXPECT_EQ(met.current.value, 110.0);
  ASSERT_EQ(met.trend.size(), 3u);  // 2015 and 2016 have no rows
  EXPECT_EQ(met.trend[0].year, 2017);
  EXPECT_EQ(met.trend[0].value.value, 80.0);
  EXPECT_EQ(met.trend[2].value.value, 110.0);
  EXPECT_EQ(evaluate({"AM01", "starters", 100, 2018}, day(2021, 6, 30)).status, GoalStatus::kNietBehaald);
}

TEST(Goals, TwelveMonthWindowMustBeCompleteForTheWholeYear) {
  // 2020 ips: 20/50 = 40.0 %. The last 2020 starter (31-12-2020) has s + 365 = 31-12-2021.
  const Goal goal{"AM01", "werk_12m_pct", 40, 2020, "ips"};
  const auto early = evaluate(goal, day(2021, 12, 30));
  EXPECT_EQ(early.status, GoalStatus::kNogNietMeetbaar);
  EXPECT_NE(early.reason.find("31-12-2021"), std::string::npos);
  EXPECT_EQ(evaluate(goal, day(2021, 12, 31)).status, GoalStatus::kBehaald);
  // 2019: 31-12-2019 + 365 = 30-12-2020 (2020 is a leap year).
  EXPECT_EQ(measurable_from("werk_12m_teller", 2019), day(2020, 12, 30));
  EXPECT_EQ(measurable_from("starters", 2019), day(2019, 12, 31));
  // duurzaam: 31-12-2019 + 365 + 182 = 30-06-2021.
  EXPECT_EQ(measurable_from("duurzaam_pct", 2019), day(2021, 6, 30));
  EXPECT_EQ(evaluate({"AM01", "duurzaam_pct", 50, 2019}, day(2021, 6, 29)).status, GoalStatus::kNogNietMeetbaar);
  EXPECT_EQ(evaluate({"AM01", "duurzaam_pct", 50, 2019}, day(2021, 6, 30)).status,
            GoalStatus::kBehaald);  // 25/50 = 50.0
}

TEST(Goals, MedianDaysLowerIsBetter) {
  const auto met = evaluate({"AM01", "dagen_tot_werk_mediaan", 60, 2019}, day(2022, 1, 1));
  EXPECT_TRUE(met.lower_is_better);
  EXPECT_EQ(met.status, GoalStatus::kBehaald);  // 45 <= 60
  EXPECT_EQ(evaluate({"AM01", "dagen_tot_werk_mediaan", 60, 2018}, day(2022, 1, 1)).status,
            GoalStatus::kNietBehaald);  // 70 > 60
}

TEST(Goals, SuppressedMissingOrUndefinedIsNotMeasurable) {
  const auto hidden = evaluate({"AM01", "starters", 1, 2020, "overig"}, day(2022, 1, 1));
  EXPECT_EQ(hidden.status, GoalStatus::kNogNietMeetbaar);
  EXPECT_TRUE(hidden.current.suppressed);
  EXPECT_EQ(evaluate({"AM02", "starters", 1, 2019}, day(2022, 1, 1)).reason, "geen gegevens");
  // 2021 has werk_12m_noemer 0: the percentage is undefined.
  EXPECT_EQ(evaluate({"AM01", "werk_12m_pct", 10, 2021}, day(2023, 1, 1)).reason, "geen waarde");
}

TEST(Goals, RejectsUnknownIndicatorsAndInterventions) {
  const Goal bad{"AM01", "banen", 1, 2019};
  auto r = evaluate_goals(std::span<const Goal>(&bad, 1), table(), day(2022, 1, 1));
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(r.error().message.find("starters, werk_12m_noemer"), std::string::npos);
  EXPECT_NE(r.error().message.find("uitstroom_pct"), std::string::npos);
  EXPECT_FALSE(validate_goal({"AM01", "starters", 1, 2019, "ggz"}).has_value());
  EXPECT_FALSE(validate_goal({"", "starters", 1, 2019}).has_value());
  EXPECT_TRUE(validate_goal({"AM01", "uren_gem", 24, 2019, "ips"}).has_value());
  EXPECT_EQ(goal_status_text(GoalStatus::kNogNietMeetbaar), "nog niet meetbaar");
}

// The message of validate_goal for `goal`, "" when it is valid.
std::string refusal(const Goal& goal) {
  auto st = validate_goal(goal);
  if (st) return "";
  EXPECT_EQ(st.error().code, ErrorCode::kInvalidArgument);
  return st.error().message;
}

TEST(Goals, RefusesTargetsTheIndicatorCannotTake) {
  EXPECT_EQ(refusal({"AM01", "werk_12m_pct", 150, 2022}),
            "Doel: streefwaarde 150 voor werk_12m_pct is geen percentage van 0 tot en met 100 (veld streefwaarde).");
  EXPECT_EQ(refusal({"AM01", "starters", -5, 2022}),
            "Doel: streefwaarde -5 voor starters is negatief (veld streefwaarde).");
  EXPECT_NE(refusal({"AM01", "uren_gem", std::numeric_limits<double>::infinity(), 2022}).find("is geen getal"),
            std::string::npos);
  EXPECT_NE(refusal({"AM01", "werk_12m_pct", std::nan(""), 2022}).find("is geen getal (veld streefwaarde)"),
            std::string::npos);
  EXPECT_EQ(refusal({"AM01", "starters", 10.5, 2022}),
            "Doel: streefwaarde 10,5 voor starters is geen geheel aantal (veld streefwaarde).");
  EXPECT_NE(refusal({"AM01", "dagen_tot_werk_mediaan", 366, 2022}).find("0 tot en met 365"), std::string::npos);
  EXPECT_NE(refusal({"AM01", "uren_gem", 80.5, 2022}).find("0 tot en met 80"), std::string::npos);
  EXPECT_EQ(refusal({"AM01", "starters", 10, 1800}), "Doel: startjaar 1800 ligt niet tussen 1990 en 2100 (veld jaar).");
  EXPECT_NE(refusal({"AM01", "starters", 10, 2101}).find("(veld jaar)"), std::string::npos);
  // The edges are allowed.
  EXPECT_EQ(refusal({"AM01", "werk_12m_pct", 100, 1990}), "");
  EXPECT_EQ(refusal({"AM01", "werk_12m_pct", 40.5, 2100}), "");
  EXPECT_EQ(refusal({"AM01", "starters", 0, 2022}), "");
  EXPECT_EQ(refusal({"AM01", "dagen_tot_werk_mediaan", 365, 2022}), "");
  EXPECT_EQ(refusal({"AM01", "uren_gem", 80, 2022}), "");
}

}  // namespace
}  // namespace regio::outcomes
