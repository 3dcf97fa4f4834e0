#include "report/patterns.h"

#include <gtest/gtest.h>

#include "report/testing_input.h"

namespace regio::report {
namespace {

namespace fs = std::filesystem;

PatternData data_of(const std::vector<int>& with, const std::vector<int>& without) {
  PatternData d{{"werkgevers_structureel",
                 "Werkgevers structureel betrokken",
                 analysis::FactorKind::kAnswerIn,
                 "betrokken_werkgevers",
                 {"structureel"}},
                {}};
  for (int g : with) d.observations.push_back({"AM01", g, true});
  for (int g : without) d.observations.push_back({"AM02", g, false});
  return d;
}

TEST(Patterns, ClearDifferenceSentenceUsesTheReferenceFigures) {
  // The case "middel_20" of testdata/permutation_reference.tsv: means 2,3 and 1,1, p = 0,01171...,
  // bootstrap interval 0,5 .. 1,9.
  const auto f = pattern_finding(data_of({2, 3, 1, 2, 4, 3, 2, 1, 3, 2}, {1, 2, 1, 0, 1, 2, 1, 1, 0, 2}));
  EXPECT_EQ(f.verdict, PatternVerdict::kClearDifference);
  EXPECT_EQ(
      f.sentence.text,
      "‘Werkgevers structureel betrokken’: de 10 regio's met deze factor stegen gemiddeld 2,30 niveau, de 10 "
      "regio's zonder stegen gemiddeld 1,10 niveau; het verschil (met min zonder) is 1,20 niveau (permutatietoets "
      "p = 0,012; 95%-bootstrapinterval 0,50 tot 1,90): een duidelijk verschil.");
}

TEST(Patterns, SmallGroupIsIndicativeWhateverP) {
  // {3,2,3} vs {0,1,0,1}: p = 1/35 < 0,05, but 3 and 4 regions are fewer than 5.
  const auto f = pattern_finding(data_of({3, 2, 3}, {0, 1, 0, 1}));
  EXPECT_EQ(f.verdict, PatternVerdict::kIndicative);
  EXPECT_NE(f.sentence.text.find("permutatietoets p = 0,029;"), std::string::npos) << f.sentence.text;
  EXPECT_NE(f.sentence.text.find(": indicatief, want een groep telt minder dan 5 regio's."), std::string::npos);
}

TEST(Patterns, SingleRegionAndFallingGroupAreWordedAsSuch) {
  const auto f = pattern_finding(data_of({-1}, {0, 0, 1, 2, 1}));
  EXPECT_NE(f.sentence.text.find("de enige regio met deze factor daalde 1,00 niveau, de 5 regio's zonder stegen "
                                 "gemiddeld 0,80 niveau; het verschil (met min zonder) is -1,80 niveau"),
            std::string::npos)
      << f.sentence.text;
}

TEST(Patterns, EmptyGroupIsNotTestable) {
  EXPECT_EQ(pattern_finding(data_of({}, {1, 2})).sentence.text,
            "‘Werkgevers structureel betrokken’: niet te toetsen, want geen enkele regio heeft deze factor.");
  EXPECT_EQ(pattern_finding(data_of({1, 2}, {})).sentence.text,
            "‘Werkgevers structureel betrokken’: niet te toetsen, want alle 2 regio's hebben deze factor.");
  EXPECT_EQ(pattern_finding(data_of({}, {})).verdict, PatternVerdict::kNotTestable);
}

TEST(Patterns, GroupsEqualThoseOfTheAnalysis) {
  // The demo waves 2020-vervolg against 2017-start: n and mean gain per factor must be those of
  // analysis::analyse, which computes them separately (analysis/patterns.cpp).
  const auto input = testing::analysis_input(nlohmann::json::parse(
      testing::read_file(fs::path(REGIO_SOURCE_DIR) / "src/report/testdata/findings/demo/input.json")));
  const auto a = analysis::analyse(input);
  ASSERT_TRUE(a.has_value());
  const auto findings = pattern_findings(input);
  ASSERT_TRUE(findings.has_value());
  ASSERT_EQ(findings->size(), a->patterns.size());
  for (std::size_t i = 0; i < findings->size(); ++i) {
    const auto& f = (*findings)[i];
    const auto& p = a->patterns[i];
    SCOPED_TRACE(p.factor);
    EXPECT_EQ(f.factor, p.factor);
    EXPECT_EQ(f.n_with, p.with.n);
    EXPECT_EQ(f.n_without, p.without.n);
    EXPECT_EQ(f.mean_with, p.with.mean_gain);
    EXPECT_EQ(f.mean_without, p.without.mean_gain);
  }
}

TEST(Patterns, NoCompareWaveMeansNoPatterns) {
  analysis::AnalysisInput in;
  in.wave = {"w", "W", from_civil({2020, 1, 1}), "standaard"};
  const auto findings = pattern_findings(in);
  ASSERT_TRUE(findings.has_value());
  EXPECT_TRUE(findings->empty());
}

}  // namespace
}  // namespace regio::report

namespace regio::report {
namespace {

PatternFinding with_verdict(std::string label, PatternVerdict v) {
  PatternFinding f;
  f.label = std::move(label);
  f.verdict = v;
  return f;
}

TEST(PatternsSummary, CountsTheVerdictsAndNamesTheClearOnes) {
  const std::vector<PatternFinding> five{
      with_verdict("A", PatternVerdict::kIndicative), with_verdict("B", PatternVerdict::kClearDifference),
      with_verdict("C", PatternVerdict::kNoClearDifference), with_verdict("D", PatternVerdict::kIndicative),
      with_verdict("E", PatternVerdict::kNotTestable)};
  EXPECT_EQ(patterns_summary(five).text,
            "Van de 5 onderzochte factoren laat 1 een duidelijk verschil in groei zien (‘B’), 2 een indicatief "
            "verschil (een kleine groep), 1 geen duidelijk verschil en 1 niets, omdat een groep leeg is.");
  const std::vector<PatternFinding> two_clear{with_verdict("A", PatternVerdict::kClearDifference),
                                              with_verdict("B", PatternVerdict::kClearDifference)};
  EXPECT_EQ(patterns_summary(two_clear).text,
            "Van de 2 onderzochte factoren laten 2 een duidelijk verschil in groei zien (‘A’ en ‘B’).");
  const std::vector<PatternFinding> none_clear{with_verdict("A", PatternVerdict::kNoClearDifference),
                                               with_verdict("B", PatternVerdict::kNoClearDifference)};
  EXPECT_EQ(patterns_summary(none_clear).text,
            "Van de 2 onderzochte factoren laat geen enkele een duidelijk verschil in groei zien en 2 geen "
            "duidelijk verschil.");
}

TEST(PatternsSummary, OneFactorAndNoFactors) {
  EXPECT_EQ(patterns_summary(std::vector{with_verdict("A", PatternVerdict::kIndicative)}).text,
            "De enige onderzochte factor, ‘A’, is alleen indicatief te beoordelen (een kleine groep).");
  EXPECT_EQ(patterns_summary(std::vector{with_verdict("A", PatternVerdict::kClearDifference)}).text,
            "De enige onderzochte factor, ‘A’, laat een duidelijk verschil in groei zien.");
  EXPECT_EQ(patterns_summary(std::vector<PatternFinding>{}).text,
            "Er is geen eerder meetmoment om mee te vergelijken, dus geen patronen in de groei.");
}

}  // namespace
}  // namespace regio::report
