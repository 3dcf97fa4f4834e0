#include "report/questionnaire_goals.h"

#include <gtest/gtest.h>

namespace regio::report {
namespace {

forms::Response with_goals(std::string region, std::vector<forms::Answers> rows, bool submitted = true) {
  forms::Response r;
  r.region = std::move(region);
  r.wave = "w";
  r.status = submitted ? forms::ResponseStatus::kIngediend : forms::ResponseStatus::kConcept;
  r.repeats["doelen"] = std::move(rows);
  return r;
}

TEST(QuestionnaireGoals, TheGoalIsAboutTheLastCohortCompleteOnItsDate) {
  const std::vector<forms::Response> rs{
      with_goals("AM13", {{{"doel_kwantitatief", "ja"},
                           {"doel_omschrijving", "40% werk"},
                           {"doel_indicator", "werk_12m_pct"},
                           {"doel_streefwaarde", "40,5"},
                           {"doel_datum", "2026-12-31"}},
                          {{"doel_kwantitatief", "nee"}, {"doel_omschrijving", "casusoverleg"}},
                          {{"doel_kwantitatief", "ja"},
                           {"doel_indicator", "starters"},
                           {"doel_streefwaarde", "100"},
                           {"doel_datum", "31-12-2025"}}})};
  const auto goals = questionnaire_goals(rs);
  ASSERT_EQ(goals.size(), 2u);  // the non-quantitative row is not a goal to project
  ASSERT_TRUE(goals[0].goal.has_value()) << goals[0].problem;
  // werk_12m_pct of start year 2025 is complete on 31-12-2026 (2026 only on 31-12-2027).
  EXPECT_EQ(goals[0].goal->year, 2025);
  EXPECT_EQ(goals[0].goal->target, 40.5);
  EXPECT_EQ(goals[0].goal->intervention, "*");
  EXPECT_EQ(goals[0].row, 1);
  // starters of 2025 are complete on 31-12-2025 itself.
  ASSERT_TRUE(goals[1].goal.has_value());
  EXPECT_EQ(goals[1].goal->year, 2025);
  EXPECT_EQ(goals[1].row, 3);
}

TEST(QuestionnaireGoals, RowsThatCannotBeProjectedSayWhy) {
  const std::vector<forms::Response> rs{
      with_goals("AM02", {{{"doel_kwantitatief", "ja"},
                           {"doel_indicator", "tevredenheid"},
                           {"doel_streefwaarde", "8"},
                           {"doel_datum", "2026-01-01"}},
                          {{"doel_kwantitatief", "ja"}, {"doel_indicator", "starters"}, {"doel_datum", "2026-01-01"}},
                          {{"doel_kwantitatief", "ja"}, {"doel_indicator", "starters"}, {"doel_streefwaarde", "50"}},
                          {{"doel_kwantitatief", "ja"},
                           {"doel_indicator", "werk_12m_pct"},
                           {"doel_streefwaarde", "140"},
                           {"doel_datum", "2026-12-31"}}}),
      with_goals("AM01", {{{"doel_kwantitatief", "ja"}, {"doel_indicator", "starters"}}}, false)};
  const auto goals = questionnaire_goals(rs);
  ASSERT_EQ(goals.size(), 4u);  // the concept response of AM01 is ignored
  for (const auto& g : goals) EXPECT_FALSE(g.goal.has_value());
  EXPECT_NE(goals[0].problem.find("'tevredenheid' is geen uitkomstindicator"), std::string::npos);
  EXPECT_NE(goals[1].problem.find("streefwaarde ontbreekt"), std::string::npos);
  EXPECT_NE(goals[2].problem.find("datum ontbreekt"), std::string::npos);
  EXPECT_NE(goals[3].problem.find("Doel 4 van AM02"), std::string::npos);  // a percentage above 100
}

}  // namespace
}  // namespace regio::report
