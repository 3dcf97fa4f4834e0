#include "analysis/national.h"

#include <gtest/gtest.h>

namespace regio::analysis {
namespace {

forms::Wave wave(const std::string& code) { return {code, "Meting " + code, Date{18000}, "standaard"}; }

forms::Response response(const std::string& region, const std::string& wave_code, forms::Answers answers,
                         forms::ResponseStatus status = forms::ResponseStatus::kIngediend) {
  forms::Response r;
  r.region = region;
  r.wave = wave_code;
  r.status = status;
  r.answers = std::move(answers);
  return r;
}

TEST(National, ResponseOfAnotherWaveIsRejected) {
  AnalysisInput in;
  in.wave = wave("b");
  in.responses = {response("AM01", "a", {})};
  auto a = analyse(in);
  ASSERT_FALSE(a);
  EXPECT_EQ(a.error().code, ErrorCode::kInvalidArgument);
}

TEST(National, TwoSubmittedResponsesOfOneRegionAreRejected) {
  AnalysisInput in;
  in.wave = wave("b");
  in.responses = {response("AM01", "b", {}), response("AM01", "b", {})};
  auto a = analyse(in);
  ASSERT_FALSE(a);
  EXPECT_EQ(a.error().code, ErrorCode::kInvalidData);
}

TEST(National, ConceptsAreIgnoredWithANote) {
  AnalysisInput in;
  in.wave = wave("b");
  in.responses = {response("AM01", "b", {{"niveau", "2"}}),
                  response("AM01", "b", {{"niveau", "5"}}, forms::ResponseStatus::kConcept),
                  response("AM02", "b", {{"niveau", "5"}}, forms::ResponseStatus::kConcept)};
  auto a = analyse(in);
  ASSERT_TRUE(a) << a.error().describe();
  EXPECT_EQ(a->regions, 1);
  EXPECT_EQ(a->levels.at(2), 1);
  EXPECT_EQ(a->levels.at(5), 0);
  ASSERT_EQ(a->notes.size(), 1u);
  EXPECT_EQ(a->notes[0], "2 conceptantwoord(en) niet meegeteld.");
}

TEST(National, EmptyWaveHasAllKeysAndNoShares) {
  AnalysisInput in;
  in.wave = wave("b");
  auto a = analyse(in);
  ASSERT_TRUE(a);
  EXPECT_EQ(a->regions, 0);
  EXPECT_EQ(a->levels.size(), 5u);
  EXPECT_EQ(a->embedding_classes.size(), 4u);
  EXPECT_FALSE(a->mean_gap);
  EXPECT_FALSE(a->products_share_realised);
  EXPECT_FALSE(a->transitions);
  EXPECT_TRUE(a->patterns.empty());
}

TEST(National, RegionOnlyInCompareWaveIsNotATransition) {
  AnalysisInput in;
  in.wave = wave("b");
  in.compare_wave = wave("a");
  in.responses = {response("AM01", "b", {{"niveau", "3"}})};
  in.compare_responses = {response("AM01", "a", {{"niveau", "3"}}), response("AM02", "a", {{"niveau", "1"}}),
                          response("AM01", "a", {{"niveau", "1"}}, forms::ResponseStatus::kConcept)};
  auto a = analyse(in);
  ASSERT_TRUE(a) << a.error().describe();
  ASSERT_TRUE(a->transitions);
  EXPECT_EQ(a->transitions->regions, 1);
  EXPECT_EQ(a->transitions->same, 1);
  EXPECT_EQ(a->transitions->counts.at({3, 3}), 1);
  ASSERT_EQ(a->patterns.size(), 5u);
  // Factor "prioriteit is geen knelpunt": no knelpunten answered = none selected → with factor.
  EXPECT_EQ(a->patterns[4].with.n, 1);
  EXPECT_EQ(a->patterns[4].with.mean_gain, 0.0);
  // Employer involvement unanswered → the region cannot be judged on that factor.
  EXPECT_EQ(a->patterns[0].with.n + a->patterns[0].without.n, 0);
  EXPECT_FALSE(a->patterns[0].with.mean_gain);
}

TEST(National, BottlenecksByFrequencyThenConfiguredOrder) {
  AnalysisInput in;
  in.wave = wave("b");
  in.responses = {response("AM01", "b", {{"knelpunten", "cultuur wachtlijsten"}}),
                  response("AM02", "b", {{"knelpunten", "wachtlijsten onbekend"}}),
                  response("AM03", "b", {{"knelpunten", "privacy"}})};
  auto a = analyse(in);
  ASSERT_TRUE(a);
  ASSERT_EQ(a->bottlenecks.size(), 8u);
  EXPECT_EQ(a->bottlenecks[0].choice, "wachtlijsten");
  EXPECT_EQ(a->bottlenecks[0].regions, 2);
  EXPECT_EQ(a->bottlenecks[1].choice, "privacy");
  EXPECT_EQ(a->bottlenecks[2].choice, "cultuur");
  EXPECT_EQ(a->bottlenecks[3].choice, "onbekend");
  EXPECT_EQ(a->bottlenecks[4].choice, "prioriteit");
  EXPECT_EQ(a->bottlenecks[4].regions, 0);
}

TEST(National, MeasuredGoalRegionsClearTheLevel5Flag) {
  AnalysisInput in;
  in.wave = wave("b");
  in.responses = {response("AM01", "b", {{"niveau", "5"}}), response("AM02", "b", {{"niveau", "5"}})};
  in.measured_goal_regions = {"AM02"};
  auto a = analyse(in);
  ASSERT_TRUE(a);
  EXPECT_EQ(a->level5_flags, std::vector<std::string>{"AM01"});
}

}  // namespace
}  // namespace regio::analysis
