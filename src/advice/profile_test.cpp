// Profiles built from responses through the analysis, against the hand-worked values of
// testdata/profiles (see its README.md).
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "advice/profile.h"
#include "advice/variables.h"
#include "analysis/national.h"

namespace regio::advice {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const fs::path kDir = fs::path(REGIO_SOURCE_DIR) / "src/advice/testdata/profiles";

json read_json(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return json::parse(s.str());
}

forms::Wave wave_of(const json& j) {
  return {j.at("code"), j.at("name"), parse_date(j.at("date").get<std::string>()).value(), "standaard"};
}

forms::Answers answers_of(const json& j) {
  forms::Answers a;
  for (const auto& [k, v] : j.items()) a[k] = v.get<std::string>();
  return a;
}

struct Built {
  analysis::AnalysisInput now, before;
  analysis::NationalAnalysis a_now, a_before;
  std::vector<Profile> profiles;
};

std::unique_ptr<Built> build(const json& j) {
  auto b = std::make_unique<Built>();
  b->now.wave = wave_of(j.at("wave"));
  b->before.wave = wave_of(j.at("compare_wave"));
  for (const auto& jr : j.at("responses")) {
    forms::Response r;
    r.region = jr.at("region");
    r.wave = jr.at("wave");
    r.status = jr.at("status") == "ingediend" ? forms::ResponseStatus::kIngediend : forms::ResponseStatus::kConcept;
    r.answers = answers_of(jr.value("answers", json::object()));
    const json repeats = jr.value("repeats", json::object());
    for (const auto& [name, rows] : repeats.items())
      for (const auto& row : rows) r.repeats[name].push_back(answers_of(row));
    (r.wave == b->now.wave.code ? b->now.responses : b->before.responses).push_back(std::move(r));
  }
  b->a_now = analysis::analyse(b->now).value();
  b->a_before = analysis::analyse(b->before).value();
  b->profiles = build_profiles(
      {.wave = &b->a_now, .responses = &b->now.responses, .previous = &b->a_before, .config = &b->now.config});
  return b;
}

TEST(AdviceProfile, HandWorkedValuesAndAbsentInputs) {
  const auto b = build(read_json(kDir / "input.json"));
  const json want = read_json(kDir / "expected.json");
  std::vector<std::string> regions;
  for (const auto& p : b->profiles) regions.push_back(p.region);
  EXPECT_EQ(regions, want.at("regios").get<std::vector<std::string>>());
  for (const auto& p : b->profiles) {
    SCOPED_TRACE(p.region);
    EXPECT_EQ(p.wave, "2020-vervolg");
    const json& w = want.at(p.region);
    for (const auto& [name, value] : w.at("waarden").items()) {
      ASSERT_TRUE(p.values.contains(name)) << name << " is afwezig: " << p.absent.at(name);
      EXPECT_EQ(p.values.at(name), value.get<std::string>()) << name;
    }
    for (const auto& [name, reason] : w.at("afwezig").items()) {
      ASSERT_TRUE(p.absent.contains(name)) << name << " = " << p.values.at(name);
      EXPECT_EQ(p.absent.at(name), reason.get<std::string>()) << name;
    }
  }
}

TEST(AdviceProfile, EveryVariableIsEitherPresentOrAbsentNeverBoth) {
  const auto b = build(read_json(kDir / "input.json"));
  const Catalogue catalogue(b->now.config);
  for (const auto& p : b->profiles) {
    for (const auto& v : catalogue.variables())
      EXPECT_NE(p.values.contains(v.name), p.absent.contains(v.name)) << p.region << " " << v.name;
    EXPECT_EQ(p.values.size() + p.absent.size(), catalogue.variables().size()) << p.region;
    for (const auto& [name, value] : p.values) EXPECT_FALSE(value.empty()) << p.region << " " << name;
  }
}

TEST(AdviceProfile, WithoutPreviousWaveTheChangeIsAbsentNotZero) {
  auto b = build(read_json(kDir / "input.json"));
  const auto profiles = build_profiles(
      {.wave = &b->a_now, .responses = &b->now.responses, .previous = nullptr, .config = &b->now.config});
  for (const auto& p : profiles) {
    EXPECT_FALSE(p.has("niveau_vorig"));
    EXPECT_EQ(p.absent.at("niveau_stijging"), "er is geen vorig meetmoment");
    EXPECT_EQ(p.absent.at("nat_niveau_stijging"), "er is geen vorig meetmoment");
  }
}

TEST(AdviceProfile, RoundingIsHalfAwayFromZeroWithoutMinusZero) {
  EXPECT_EQ(rounded(2.75, 1), "2.8");
  EXPECT_EQ(rounded(1.25, 1), "1.3");
  EXPECT_EQ(rounded(66.666, 0), "67");
  EXPECT_EQ(rounded(-0.04, 1), "0");
  EXPECT_EQ(rounded(3.0, 1), "3");
}

}  // namespace
}  // namespace regio::advice
