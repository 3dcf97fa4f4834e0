// The outcome sentences and outlooks on a real release: the demo's release of peildatum
// 01-01-2025 (fictional data), reduced to the rows of NL, AM13 and AM19
// (testdata/outcomes/demo_release_2025-01-01_NL_AM13_AM19.json; the stored suppression decisions
// are per row, so the table of the subset is the same as in the full release).
#include <gtest/gtest.h>

#include "outcomes/release.h"
#include "report/client_outcomes.h"
#include "report/indicator_text.h"
#include "report/outlook.h"
#include "report/testing_input.h"

namespace regio::report {
namespace {

outcomes::DisclosedTable demo_table() {
  const auto release = outcomes::decode_release(
      testing::read_file(std::filesystem::path(REGIO_SOURCE_DIR) /
                         "src/report/testdata/outcomes/demo_release_2025-01-01_NL_AM13_AM19.json"));
  if (!release) throw std::runtime_error(release.error().message);
  return outcomes::table_of(*release);
}

TEST(ClientOutcomesRelease, EveryShownFigureIsTheTablesAndNoSuppressedOneIsShown) {
  const auto table = demo_table();
  int shown = 0, hidden = 0;
  for (const std::string region : {"NL", "AM13", "AM19"}) {
    for (const auto interventie : {std::optional<outcomes::Interventie>{}, std::optional(outcomes::Interventie::kIps),
                                   std::optional(outcomes::Interventie::kJobcoaching)}) {
      for (std::size_t c = 0; c < outcomes::kColumnCount; ++c) {
        const auto column = static_cast<outcomes::Column>(c);
        const Sentence s = outcome_by_year(table, column, region, interventie);
        SCOPED_TRACE(s.key);
        for (const auto& f : s.figures) {
          const int year = std::stoi(f.name.substr(f.name.rfind('.') + 1));
          const auto* row = table.find(region, year, interventie);
          ASSERT_NE(row, nullptr) << f.name;
          const auto& cell = (*row)[column];
          EXPECT_EQ(f.suppressed, cell.suppressed) << f.name;
          if (cell.suppressed) {
            ++hidden;
            EXPECT_FALSE(f.value.has_value());
            EXPECT_TRUE(f.shown.empty());
            const auto end = s.text.find(" is het cijfer niet gepubliceerd");
            ASSERT_NE(end, std::string::npos) << s.text;
            const auto start = s.text.rfind("over ", end);
            EXPECT_NE(s.text.substr(start, end - start).find(std::to_string(year)), std::string::npos) << s.text;
            EXPECT_EQ(s.text.find("(" + std::to_string(year) + ")"), std::string::npos) << s.text;
          } else if (cell.value) {
            ++shown;
            EXPECT_EQ(f.value, cell.value);
            EXPECT_EQ(f.shown, format_indicator_value(column, *cell.value));
            EXPECT_NE(s.text.find(f.shown + " (" + std::to_string(year) + ")"), std::string::npos) << s.text;
          }
        }
      }
    }
  }
  EXPECT_GT(shown, 200);
  EXPECT_GT(hidden, 10);  // the release does suppress: the test exercises both paths
}

TEST(ClientOutcomesRelease, MeasuredGoalsAgreeWithTheOutcomeModulesGoalStatus) {
  // outcomes::evaluate_goals decides behaald / niet behaald / nog niet meetbaar separately.
  const auto table = demo_table();
  const std::vector<outcomes::Goal> goals{{"AM19", "werk_12m_pct", 40, 2022, "ips"},
                                          {"AM19", "starters", 100, 2023, "*"},
                                          {"AM13", "duurzaam_pct", 50, 2021, "*"},
                                          {"AM13", "werk_12m_pct", 35, 2020, "*"},
                                          {"AM13", "werk_12m_pct", 45, 2026, "*"}};
  const auto outlooks = goal_outlooks(goals, table);
  const auto evaluations = outcomes::evaluate_goals(goals, table, table.source().peildatum);
  ASSERT_TRUE(outlooks && evaluations);
  for (std::size_t i = 0; i < goals.size(); ++i) {
    SCOPED_TRACE((*outlooks)[i].sentence.text);
    const auto status = (*evaluations)[i].status;
    switch ((*outlooks)[i].status) {
      case OutlookStatus::kBehaald:
        EXPECT_EQ(status, outcomes::GoalStatus::kBehaald);
        break;
      case OutlookStatus::kNietBehaald:
        EXPECT_EQ(status, outcomes::GoalStatus::kNietBehaald);
        break;
      default:
        EXPECT_EQ(status, outcomes::GoalStatus::kNogNietMeetbaar);
        break;
    }
    if ((*outlooks)[i].measured) {
      EXPECT_EQ((*outlooks)[i].measured, (*evaluations)[i].current.value);
    }
  }
  // The goal of 2026 is projected from the complete, published years before it.
  const auto& ahead = (*outlooks)[4];
  ASSERT_TRUE(ahead.projection.has_value());
  EXPECT_GE(static_cast<int>(ahead.points.size()), kMinTrendPoints);
  for (const auto& p : ahead.points) EXPECT_LE(p.year, 2023);
}

}  // namespace
}  // namespace regio::report
