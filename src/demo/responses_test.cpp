// Checks the demo data against the published national picture by running the real analysis on
// it: an independent check of the generator, which only plans answers, never analysis output.
#include "demo/responses.h"

#include <algorithm>
#include <set>

#include <gtest/gtest.h>

#include "analysis/national.h"
#include "forms/definition_io.h"
#include "forms/validate.h"

namespace regio::demo {
namespace {

class DemoTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    registry_ = new regions::Registry(regions::Registry::load_embedded().value());
    demo_ = new DemoResponses(generate_demo_responses(*registry_));
  }
  static void TearDownTestSuite() {
    delete demo_;
    delete registry_;
  }

  static std::vector<forms::Response> of_wave(const std::string& code) {
    std::vector<forms::Response> out;
    for (const auto& r : demo_->responses)
      if (r.wave == code) out.push_back(r);
    return out;
  }

  static analysis::NationalAnalysis analyse(std::size_t wave) {
    analysis::AnalysisInput in;
    in.wave = demo_->waves.at(wave);
    in.responses = of_wave(in.wave.code);
    if (wave > 0) {
      in.compare_wave = demo_->waves.at(wave - 1);
      in.compare_responses = of_wave(in.compare_wave->code);
    }
    in.registry = registry_;
    auto a = analysis::analyse(in);
    EXPECT_TRUE(a) << a.error().describe();
    return *a;
  }

  static int count(const std::vector<std::pair<std::string, int>>& pairs, const std::string& key) {
    for (const auto& [k, n] : pairs)
      if (k == key) return n;
    return -1;
  }

  static regions::Registry* registry_;
  static DemoResponses* demo_;
};

regions::Registry* DemoTest::registry_ = nullptr;
DemoResponses* DemoTest::demo_ = nullptr;

TEST_F(DemoTest, ThirtyOneRegionsFromTheImpulsList) {
  const auto& regions = demo_->regions;
  ASSERT_EQ(regions.size(), 31u);
  EXPECT_TRUE(std::is_sorted(regions.begin(), regions.end()));
  // The region marked likely_not never takes part; all 19 confirmed regions always do.
  EXPECT_EQ(std::count(regions.begin(), regions.end(), "AM17"), 0);
  for (const char* confirmed : {"AM01", "AM02", "AM13", "AM18", "AM38"})
    EXPECT_EQ(std::count(regions.begin(), regions.end(), confirmed), 1) << confirmed;
  for (const auto& code : regions) EXPECT_TRUE(registry_->for_year(2025).is_region(code)) << code;
}

TEST_F(DemoTest, FourWavesOneSubmittedResponsePerRegion) {
  ASSERT_EQ(demo_->waves.size(), 4u);
  EXPECT_EQ(demo_->waves[0].code, "2017-start");
  EXPECT_EQ(demo_->waves[0].name, "Startmeting zomer 2017");
  EXPECT_EQ(format_iso(demo_->waves[0].date), "2017-07-01");
  EXPECT_EQ(format_iso(demo_->waves[1].date), "2018-04-01");
  EXPECT_EQ(format_iso(demo_->waves[2].date), "2019-12-01");
  EXPECT_EQ(demo_->waves[3].code, "2020-vervolg");
  EXPECT_EQ(format_iso(demo_->waves[3].date), "2020-12-01");
  EXPECT_EQ(demo_->responses.size(), 4u * 31u);
  for (const auto& r : demo_->responses) EXPECT_EQ(r.status, forms::ResponseStatus::kIngediend);
}

TEST_F(DemoTest, Deterministic) {
  const DemoResponses again = generate_demo_responses(*registry_);
  ASSERT_EQ(again.responses.size(), demo_->responses.size());
  for (std::size_t i = 0; i < again.responses.size(); ++i) {
    EXPECT_EQ(again.responses[i].answers, demo_->responses[i].answers);
    EXPECT_EQ(again.responses[i].repeats, demo_->responses[i].repeats);
  }
  EXPECT_EQ(again.level5_regions, demo_->level5_regions);
}

TEST_F(DemoTest, StartMostlyAtLevelOne) {
  const auto a = analyse(0);
  EXPECT_EQ(a.regions, 31);
  EXPECT_GT(a.levels.at(1), 31 / 2);
}

TEST_F(DemoTest, LadderAt2020MatchesThePublishedPicture) {
  const auto a = analyse(3);
  EXPECT_EQ(a.regions, 31);
  EXPECT_EQ(a.level_unknown, 0);
  EXPECT_EQ(a.levels.at(1), 0);
  const int at_least_3 = a.levels.at(3) + a.levels.at(4) + a.levels.at(5);
  EXPECT_GE(at_least_3, 14);
  EXPECT_LE(at_least_3, 16);
  EXPECT_EQ(a.levels.at(4) + a.levels.at(5), 10);
  EXPECT_EQ(a.levels.at(5), 2);
}

TEST_F(DemoTest, LevelFiveRegionsAreMeasuredAndNotFlagged) {
  const auto a = analyse(3);
  std::vector<std::string> at5;
  for (const auto& rr : a.per_region) {
    if (rr.scores.level == 5) at5.push_back(rr.scores.region);
    if (rr.scores.level == 5) EXPECT_TRUE(rr.scores.measured_goal) << rr.scores.region;
  }
  EXPECT_EQ(at5, demo_->level5_regions);
  EXPECT_TRUE(a.level5_flags.empty());
}

TEST_F(DemoTest, LevelsRisePlausibly) {
  std::map<std::string, std::vector<int>> path;
  for (const auto& r : demo_->responses) path[r.region].push_back(std::stoi(r.answers.at("niveau")));
  for (const auto& [region, levels] : path) {
    ASSERT_EQ(levels.size(), 4u);
    for (std::size_t i = 1; i < levels.size(); ++i) EXPECT_GE(levels[i], levels[i - 1] - 1) << region;
    EXPECT_GE(levels.back(), levels.front()) << region;
  }
  int rises = 0;
  for (std::size_t w = 1; w < 4; ++w) rises += analyse(w).transitions->up;
  EXPECT_GT(rises, 31);
}

TEST_F(DemoTest, EmbeddingClassesAt2020) {
  const auto a = analyse(3);
  EXPECT_EQ(a.embedding_unknown, 0);
  EXPECT_EQ(count(a.embedding_classes, "stevig"), 3);
  EXPECT_EQ(count(a.embedding_classes, "vrij sterk"), 8);
  EXPECT_EQ(count(a.embedding_classes, "redelijk"), 8);
  EXPECT_EQ(count(a.embedding_classes, "kwetsbaar"), 12);
}

TEST_F(DemoTest, ExperienceExpertsOftenEmployersAndInsurersRarelyStructural) {
  const auto a = analyse(3);
  auto structural = [&](const std::string& q) {
    for (const auto& s : a.stakeholders)
      if (s.stakeholder.question == q) return count(s.degrees, "structureel") + count(s.degrees, "trekker");
    return -1;
  };
  EXPECT_GT(structural("betrokken_ervaringsdeskundigen"), 31 / 2);
  EXPECT_LE(structural("betrokken_werkgevers"), 5);
  EXPECT_LE(structural("betrokken_zorgverzekeraar"), 5);
}

TEST_F(DemoTest, IpsIsTheMostUsedClientActivity) {
  for (std::size_t w = 1; w < 4; ++w) {
    const auto a = analyse(w);
    ASSERT_EQ(a.activities.front().activity.choice, "ips");
    for (std::size_t i = 1; i < a.activities.size(); ++i)
      EXPECT_GT(a.activities.front().regions, a.activities[i].regions) << w;
  }
}

TEST_F(DemoTest, VerankeringGoalsAreMetLeastOften) {
  for (std::size_t w = 2; w < 4; ++w) {
    const auto a = analyse(w);
    std::optional<double> verankering;
    for (const auto& g : a.goals)
      if (g.type.choice == "verankering") verankering = g.share_met;
    ASSERT_TRUE(verankering);
    for (const auto& g : a.goals) {
      if (g.type.choice == "verankering") continue;
      ASSERT_TRUE(g.share_met) << g.type.choice;
      EXPECT_LT(*verankering, *g.share_met) << g.type.choice << " wave " << w;
    }
  }
}

TEST_F(DemoTest, AboutAThirdOfPlannedProductsRealisedAt2019) {
  const auto a = analyse(2);
  ASSERT_TRUE(a.products_share_realised);
  EXPECT_GE(*a.products_share_realised, 0.30);
  EXPECT_LE(*a.products_share_realised, 0.36);
}

TEST_F(DemoTest, PriorityIsTheMainBottleneck) {
  const auto a = analyse(3);
  EXPECT_EQ(a.bottlenecks.front().choice, "prioriteit");
}

TEST_F(DemoTest, AnswersRespectTheQuestionnaire) {
  const std::set<std::string> free_text = {"doel_omschrijving", "doel_indicator", "knelpunten_toelichting",
                                           "succesfactoren"};
  auto check_text = [&](const std::string& name, const std::string& value) {
    if (free_text.count(name) || name.ends_with("_toelichting"))
      EXPECT_NE(value.find("ictief demo-antwoord"), std::string::npos) << name;
  };
  for (const auto& r : demo_->responses) {
    for (const auto& [name, value] : r.answers) {
      EXPECT_FALSE(value.empty()) << name;
      check_text(name, value);
      if (name.starts_with("bereik_"))
        EXPECT_TRUE(analysis::selection_contains(r.answers.at("activiteiten_clienten"), name.substr(7)));
    }
    EXPECT_GE(std::stoi(r.answers.at("niveau_beoogd")), std::stoi(r.answers.at("niveau")));
    for (const auto& row : r.repeats.at("doelen")) {
      for (const auto& [name, value] : row) check_text(name, value);
      const bool quantitative = row.at("doel_kwantitatief") == "ja";
      EXPECT_EQ(row.count("doel_indicator") == 1, quantitative);
      EXPECT_EQ(row.count("doel_streefwaarde") == 1, quantitative);
      EXPECT_EQ(row.count("doel_datum") == 1, quantitative);
    }
  }
}

TEST_F(DemoTest, EveryResponseValidatesAgainstTheDefaultQuestionnaire) {
  const auto definition = forms::default_definition();
  ASSERT_TRUE(definition) << definition.error().describe();
  for (const auto& r : demo_->responses) {
    const auto clean = forms::validate_response(*definition, r, parse_date("2021-01-01").value());
    ASSERT_TRUE(clean) << r.region << " " << r.wave << ": " << clean.error().describe();
    // Already canonical: validation changes nothing.
    EXPECT_EQ(clean->answers, r.answers) << r.region << " " << r.wave;
    EXPECT_EQ(clean->repeats, r.repeats) << r.region << " " << r.wave;
  }
}

}  // namespace
}  // namespace regio::demo
