// Test support: reads an analysis input in the format of src/analysis/testdata/*/input.json
//   {"wave": {"code","name","date"}, "compare_wave": {...} (optional),
//    "measured_goal_regions": ["AM05"],
//    "responses": [{"region","wave","status","answers":{...},"repeats":{"doelen":[{...}]}}]}
// and small file helpers. Header-only; used by the report tests only.
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "analysis/national.h"

namespace regio::report::testing {

inline std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

inline forms::Wave wave_of(const nlohmann::json& j) {
  return {j.at("code"), j.at("name"), parse_date(j.at("date").get<std::string>()).value(), "standaard"};
}

inline forms::Answers answers_of(const nlohmann::json& j) {
  forms::Answers a;
  for (const auto& [k, v] : j.items()) a[k] = v.get<std::string>();
  return a;
}

inline analysis::AnalysisInput analysis_input(const nlohmann::json& j) {
  analysis::AnalysisInput in;
  in.wave = wave_of(j.at("wave"));
  if (j.contains("compare_wave")) in.compare_wave = wave_of(j.at("compare_wave"));
  for (const auto& r : j.value("measured_goal_regions", nlohmann::json::array()))
    in.measured_goal_regions.insert(r.get<std::string>());
  for (const auto& jr : j.at("responses")) {
    forms::Response r;
    r.region = jr.at("region");
    r.wave = jr.at("wave");
    r.status = jr.at("status") == "ingediend" ? forms::ResponseStatus::kIngediend : forms::ResponseStatus::kConcept;
    r.answers = answers_of(jr.value("answers", nlohmann::json::object()));
    const nlohmann::json repeats = jr.value("repeats", nlohmann::json::object());
    for (const auto& [name, rows] : repeats.items())
      for (const auto& row : rows) r.repeats[name].push_back(answers_of(row));
    (r.wave == in.wave.code ? in.responses : in.compare_responses).push_back(std::move(r));
  }
  return in;
}

}  // namespace regio::report::testing
