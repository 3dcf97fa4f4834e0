#include "analysis/scores.h"

#include <gtest/gtest.h>

namespace regio::analysis {
namespace {

forms::Response response(forms::Answers answers) {
  forms::Response r;
  r.region = "AM01";
  r.wave = "w";
  r.status = forms::ResponseStatus::kIngediend;
  r.answers = std::move(answers);
  return r;
}

forms::Answers elements(int a, int b, int c, int d, int e, int f) {
  return {{"borging_continuiteit", std::to_string(a)}, {"borging_olievlek", std::to_string(b)},
          {"borging_inbedding", std::to_string(c)},    {"borging_bereik", std::to_string(d)},
          {"borging_commitment", std::to_string(e)},   {"borging_structureel", std::to_string(f)}};
}

RegionScores score(const forms::Response& r, bool store_goal = false) {
  return score_region(r, default_config(), store_goal);
}

TEST(Scores, LevelAimedAndGap) {
  auto s = score(response({{"niveau", "2"}, {"niveau_beoogd", "4"}}));
  EXPECT_EQ(s.level, 2);
  EXPECT_EQ(s.aimed_level, 4);
  EXPECT_EQ(s.gap, 2);
}

TEST(Scores, MissingOrBadLevelLeavesGapEmpty) {
  auto s = score(response({{"niveau_beoogd", "4"}}));
  EXPECT_FALSE(s.level);
  EXPECT_FALSE(s.gap);
  EXPECT_FALSE(score(response({{"niveau", "6"}})).level);
  EXPECT_FALSE(score(response({{"niveau", "x"}})).level);
}

// Element sums 21, 18 and 15 give means exactly at the thresholds 3.5, 3.0 and 2.5.
TEST(Scores, EmbeddingClassExactlyAtThresholds) {
  EXPECT_EQ(score(response(elements(4, 4, 4, 3, 3, 3))).embedding_class, "stevig");
  EXPECT_EQ(score(response(elements(4, 4, 4, 4, 4, 1))).embedding_class, "stevig");      // 21/6
  EXPECT_EQ(score(response(elements(4, 4, 4, 3, 3, 2))).embedding_class, "vrij sterk");  // 20/6
  EXPECT_EQ(score(response(elements(3, 3, 3, 3, 3, 3))).embedding_class, "vrij sterk");  // 3.0
  EXPECT_EQ(score(response(elements(3, 3, 3, 3, 3, 2))).embedding_class, "redelijk");    // 17/6
  EXPECT_EQ(score(response(elements(3, 3, 3, 2, 2, 2))).embedding_class, "redelijk");    // 2.5
  EXPECT_EQ(score(response(elements(3, 3, 2, 2, 2, 2))).embedding_class, "kwetsbaar");   // 14/6
  EXPECT_EQ(score(response(elements(1, 1, 1, 1, 1, 1))).embedding_class, "kwetsbaar");
}

TEST(Scores, EmbeddingMeanOnlyWhenAllSixAnswered) {
  auto answers = elements(4, 4, 4, 4, 4, 4);
  answers.erase("borging_bereik");
  auto s = score(response(answers));
  EXPECT_FALSE(s.embedding_mean);
  EXPECT_FALSE(s.embedding_class);
  EXPECT_FALSE(s.weakest_element);
  EXPECT_EQ(s.element_scores[0], 4);
  EXPECT_FALSE(s.element_scores[3]);
}

TEST(Scores, EmbeddingMeanIsArithmeticMean) {
  auto s = score(response(elements(1, 2, 3, 4, 2, 3)));  // 15 / 6
  ASSERT_TRUE(s.embedding_mean);
  EXPECT_DOUBLE_EQ(*s.embedding_mean, 2.5);
}

TEST(Scores, WeakestElementTiesGoToFirstInOrder) {
  EXPECT_EQ(score(response(elements(3, 2, 4, 2, 3, 3))).weakest_element, 1u);
  EXPECT_EQ(score(response(elements(2, 2, 2, 2, 2, 2))).weakest_element, 0u);
  EXPECT_EQ(score(response(elements(4, 4, 4, 4, 4, 1))).weakest_element, 5u);
}

TEST(Scores, InvolvementIndex) {
  // weights 3 + 0 + 2 + 1 = 6 over 4 stakeholders = 1.5, / 3 = 0.5
  auto s = score(response({{"betrokken_werkgevers", "trekker"},
                           {"betrokken_zorgverzekeraar", "niet"},
                           {"betrokken_ervaringsdeskundigen", "structureel"},
                           {"betrokken_clientorganisatie", "incidenteel"}}));
  ASSERT_TRUE(s.involvement_index);
  EXPECT_DOUBLE_EQ(*s.involvement_index, 0.5);
  EXPECT_EQ(s.involvement[0], "trekker");
}

TEST(Scores, InvolvementIndexOverAnsweredOnly) {
  // Only two answered: (2 + 1) / 2 / 3 = 0.5
  auto s = score(response({{"betrokken_werkgevers", "structureel"}, {"betrokken_clientorganisatie", "incidenteel"}}));
  EXPECT_DOUBLE_EQ(*s.involvement_index, 0.5);
  EXPECT_FALSE(s.involvement[1]);
  EXPECT_FALSE(score(response({})).involvement_index);
}

TEST(Scores, ProductsShareRealised) {
  auto s = score(response({{"product_convenant", "gerealiseerd"},
                           {"product_werkwijze", "gepland"},
                           {"product_casusoverleg", "in_uitvoering"},
                           {"product_sociale_kaart", "gerealiseerd"},
                           {"product_scholing", "niet_gepland"}}));
  EXPECT_EQ(s.products_planned, 4);
  EXPECT_EQ(s.products_realised, 2);
  EXPECT_DOUBLE_EQ(*s.products_share_realised, 0.5);
}

TEST(Scores, ProductsShareEmptyWhenNothingPlanned) {
  auto s = score(response({{"product_convenant", "niet_gepland"}}));
  EXPECT_EQ(s.products_planned, 0);
  EXPECT_FALSE(s.products_share_realised);
}

forms::Answers goal(const std::string& type, const std::string& status) {
  return {{"doel_omschrijving", "x"}, {"doel_type", type}, {"doel_kwantitatief", "nee"}, {"doel_status", status}};
}

TEST(Scores, GoalsMetPerTypeExcludeNogNiet) {
  auto r = response({});
  r.repeats["doelen"] = {goal("clienten", "behaald"),     goal("clienten", "deels"),
                         goal("clienten", "nog_niet"),    goal("clienten", "niet_behaald"),
                         goal("verankering", "nog_niet"), goal("samenwerking", "behaald")};
  auto s = score(r);
  EXPECT_EQ(s.goals["clienten"].met, 1);
  EXPECT_EQ(s.goals["clienten"].counted, 3);
  EXPECT_EQ(s.goals["clienten"].open, 1);
  EXPECT_EQ(s.goals["verankering"].counted, 0);
  EXPECT_EQ(s.goals["verankering"].open, 1);
  EXPECT_EQ(s.goals["samenwerking"].met, 1);
}

forms::Answers quantitative_goal(const std::string& status) {
  return {{"doel_type", "clienten"},   {"doel_kwantitatief", "ja"},  {"doel_indicator", "werk_12m"},
          {"doel_streefwaarde", "40"}, {"doel_datum", "2020-12-31"}, {"doel_status", status}};
}

TEST(Scores, Level5WithoutMeasuredGoalIsFlagged) {
  auto r = response({{"niveau", "5"}});
  r.repeats["doelen"] = {goal("clienten", "behaald"), quantitative_goal("nog_niet")};
  auto s = score(r);
  EXPECT_TRUE(s.claims_level5);
  EXPECT_FALSE(s.measured_goal);
  EXPECT_TRUE(s.level5_flag);
}

TEST(Scores, Level5WithMeasuredGoalRowIsNotFlagged) {
  auto r = response({{"niveau", "5"}});
  r.repeats["doelen"] = {quantitative_goal("deels")};
  auto s = score(r);
  EXPECT_TRUE(s.measured_goal);
  EXPECT_FALSE(s.level5_flag);
}

TEST(Scores, Level5WithStoreGoalIsNotFlagged) {
  auto s = score(response({{"niveau", "5"}}), /*store_goal=*/true);
  EXPECT_TRUE(s.measured_goal);
  EXPECT_FALSE(s.level5_flag);
}

TEST(Scores, MeasuredGoalNeedsIndicatorAndTarget) {
  auto row = quantitative_goal("behaald");
  row.erase("doel_streefwaarde");
  auto r = response({{"niveau", "5"}});
  r.repeats["doelen"] = {row};
  EXPECT_TRUE(score(r).level5_flag);
  row = quantitative_goal("behaald");
  row["doel_indicator"] = "  ";
  r.repeats["doelen"] = {row};
  EXPECT_TRUE(score(r).level5_flag);
}

TEST(Scores, BelowLevel5IsNeverFlagged) {
  auto s = score(response({{"niveau", "4"}}));
  EXPECT_FALSE(s.claims_level5);
  EXPECT_FALSE(s.level5_flag);
}

TEST(Scores, SelectionContains) {
  EXPECT_TRUE(selection_contains("ontwerp uitvoering", "uitvoering"));
  EXPECT_FALSE(selection_contains("ontwerp uitvoeringen", "uitvoering"));
  EXPECT_FALSE(selection_contains("", "uitvoering"));
}

}  // namespace
}  // namespace regio::analysis
