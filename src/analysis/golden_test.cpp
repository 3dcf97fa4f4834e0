// Data-driven golden tests: every folder under src/analysis/testdata/ is one case with
//   input.json     the waves, responses and measured-goal regions (format below)
//   expected.json  a SUBSET of to_json's output, worked out by hand (see the case's README.md)
//   config.json    optional configuration override
// Adding a case needs no C++. input.json:
//   {"wave": {"code","name","date"}, "compare_wave": {...} (optional),
//    "measured_goal_regions": ["AM05"],
//    "responses": [{"region","wave","status","answers":{...},"repeats":{"doelen":[{...}]}}]}
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "analysis/format.h"
#include "analysis/national.h"

namespace regio::analysis {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const fs::path kCases = fs::path(REGIO_SOURCE_DIR) / "src/analysis/testdata";

std::string read(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

forms::Wave wave_of(const json& j) {
  return {j.at("code"), j.at("name"), parse_date(j.at("date").get<std::string>()).value(), "standaard"};
}

forms::Answers answers_of(const json& j) {
  forms::Answers a;
  for (const auto& [k, v] : j.items()) a[k] = v.get<std::string>();
  return a;
}

AnalysisInput input_of(const fs::path& dir) {
  const json j = json::parse(read(dir / "input.json"));
  AnalysisInput in;
  in.wave = wave_of(j.at("wave"));
  if (j.contains("compare_wave")) in.compare_wave = wave_of(j.at("compare_wave"));
  for (const auto& r : j.value("measured_goal_regions", json::array()))
    in.measured_goal_regions.insert(r.get<std::string>());
  for (const auto& jr : j.at("responses")) {
    forms::Response r;
    r.region = jr.at("region");
    r.wave = jr.at("wave");
    r.status = jr.at("status") == "ingediend" ? forms::ResponseStatus::kIngediend : forms::ResponseStatus::kConcept;
    r.answers = answers_of(jr.value("answers", json::object()));
    const json repeats = jr.value("repeats", json::object());
    for (const auto& [name, rows] : repeats.items())
      for (const auto& row : rows) r.repeats[name].push_back(answers_of(row));
    (r.wave == in.wave.code ? in.responses : in.compare_responses).push_back(std::move(r));
  }
  if (fs::exists(dir / "config.json")) in.config = load_config(read(dir / "config.json")).value();
  return in;
}

// Every key of `expected` must be in `actual` with an equal value; arrays match element-wise
// and must have the same length; numbers match within 1e-9.
void expect_subset(const json& expected, const json& actual, const std::string& path) {
  if (expected.is_object()) {
    ASSERT_TRUE(actual.is_object()) << path;
    for (const auto& [k, v] : expected.items()) {
      ASSERT_TRUE(actual.contains(k)) << path << "." << k << " ontbreekt";
      expect_subset(v, actual.at(k), path + "." + k);
    }
  } else if (expected.is_array()) {
    ASSERT_TRUE(actual.is_array()) << path;
    ASSERT_EQ(expected.size(), actual.size()) << path;
    for (std::size_t i = 0; i < expected.size(); ++i)
      expect_subset(expected[i], actual[i], path + "[" + std::to_string(i) + "]");
  } else if (expected.is_number() && actual.is_number()) {
    EXPECT_NEAR(expected.get<double>(), actual.get<double>(), 1e-9) << path;
  } else {
    EXPECT_EQ(expected, actual) << path;
  }
}

TEST(Golden, AllCases) {
  const auto registry = regions::Registry::load_embedded();
  ASSERT_TRUE(registry);
  int cases = 0;
  for (const auto& entry : fs::directory_iterator(kCases)) {
    if (!entry.is_directory()) continue;
    SCOPED_TRACE(entry.path().filename().string());
    ++cases;
    AnalysisInput in = input_of(entry.path());
    in.registry = &*registry;
    auto analysis = analyse(in);
    ASSERT_TRUE(analysis) << analysis.error().describe();
    const json actual = json::parse(to_json(*analysis));
    expect_subset(json::parse(read(entry.path() / "expected.json")), actual, "");
  }
  EXPECT_GE(cases, 2);
}

}  // namespace
}  // namespace regio::analysis
