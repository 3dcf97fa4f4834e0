#include "analysis/config.h"

#include <filesystem>
#include <fstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace regio::analysis {
namespace {

using ::testing::HasSubstr;

TEST(Config, DefaultMatchesDesign) {
  const Config c = default_config();
  ASSERT_EQ(c.ladder.size(), 5u);
  EXPECT_EQ(c.ladder[0].name, "Kennismaken");
  EXPECT_EQ(c.ladder[4].name, "Resultaatgericht");
  ASSERT_EQ(c.embedding_classes.size(), 4u);
  EXPECT_EQ(c.embedding_classes[1].name, "vrij sterk");
  EXPECT_EQ(c.embedding_elements.size(), 6u);
  EXPECT_EQ(c.embedding_elements[5].question, "borging_structureel");
  EXPECT_EQ(c.stakeholders.size(), 4u);
  EXPECT_EQ(c.involvement_weight("niet"), 0);
  EXPECT_EQ(c.involvement_weight("trekker"), 3);
  EXPECT_EQ(c.involvement_weight("onzin"), -1);
  EXPECT_EQ(c.max_involvement_weight(), 3);
  EXPECT_EQ(c.products.size(), 9u);
  EXPECT_EQ(c.client_activities.front().choice, "ips");
  EXPECT_EQ(c.pattern_factors.size(), 5u);
  EXPECT_EQ(c.pattern_factors[3].kind, FactorKind::kEmbeddingClassIn);
}

TEST(Config, ClassThresholdsAreInclusive) {
  const Config c = default_config();
  EXPECT_EQ(c.embedding_class_of(3.5), "stevig");
  EXPECT_EQ(c.embedding_class_of(21.0 / 6.0), "stevig");
  EXPECT_EQ(c.embedding_class_of(3.4999), "vrij sterk");
  EXPECT_EQ(c.embedding_class_of(3.0), "vrij sterk");
  EXPECT_EQ(c.embedding_class_of(2.9999), "redelijk");
  EXPECT_EQ(c.embedding_class_of(2.5), "redelijk");
  EXPECT_EQ(c.embedding_class_of(2.4999), "kwetsbaar");
  EXPECT_EQ(c.embedding_class_of(1.0), "kwetsbaar");
}

TEST(Config, OverrideChangesThresholds) {
  auto j = nlohmann::json::parse(default_config_json());
  j["embedding_classes"] = {{{"name", "goed"}, {"min_mean", 3}}, {{"name", "zwak"}, {"min_mean", 0}}};
  auto c = load_config(j.dump());
  ASSERT_TRUE(c) << c.error().describe();
  EXPECT_EQ(c->embedding_class_of(3.0), "goed");
  EXPECT_EQ(c->embedding_class_of(2.9), "zwak");
}

TEST(Config, NotJsonIsInvalidData) {
  auto c = load_config("{ niet json");
  ASSERT_FALSE(c);
  EXPECT_EQ(c.error().code, ErrorCode::kInvalidData);
}

TEST(Config, ProblemsNameTheJsonPath) {
  auto j = nlohmann::json::parse(default_config_json());
  j["ladder"][2]["level"] = 7;
  j["stakeholders"][1].erase("label");
  j["pattern_factors"][0]["kind"] = "magie";
  j["embedding_classes"][2]["min_mean"] = 3.2;
  auto c = load_config(j.dump());
  ASSERT_FALSE(c);
  EXPECT_EQ(c.error().code, ErrorCode::kInvalidData);
  std::vector<std::string> columns;
  for (const auto& p : c.error().problems) columns.push_back(p.column);
  EXPECT_THAT(columns, ::testing::UnorderedElementsAre("ladder[2].level", "stakeholders[1].label",
                                                       "pattern_factors[0].kind", "embedding_classes[2].min_mean"));
  EXPECT_THAT(c.error().describe(), HasSubstr("ladder[2].level"));
}

TEST(Config, MissingSectionIsReported) {
  auto j = nlohmann::json::parse(default_config_json());
  j.erase("products");
  auto c = load_config(j.dump());
  ASSERT_FALSE(c);
  ASSERT_EQ(c.error().problems.size(), 1u);
  EXPECT_EQ(c.error().problems[0].column, "products");
  EXPECT_EQ(c.error().problems[0].rule, "verplicht");
}

TEST(Config, FileOverride) {
  const auto dir = std::filesystem::temp_directory_path() / "regio_analysis_config_test";
  std::filesystem::create_directories(dir);
  const auto path = dir / "analyse.json";
  auto j = nlohmann::json::parse(default_config_json());
  j["ladder"][0]["name"] = "Eerste stap";
  { std::ofstream(path) << j.dump(); }
  auto c = load_config_file(path);
  ASSERT_TRUE(c) << c.error().describe();
  EXPECT_EQ(c->ladder[0].name, "Eerste stap");
  { std::ofstream(path) << "{}"; }
  auto bad = load_config_file(path);
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().problems.front().file, path.string());
  EXPECT_EQ(load_config_file(dir / "bestaat-niet.json").error().code, ErrorCode::kNotFound);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace regio::analysis
