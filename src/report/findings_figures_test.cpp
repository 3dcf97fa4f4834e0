// The figures of the generated sentences equal those of the analysis as `analyse --format json`
// writes them (analysis::to_json, a separate code path), and each figure's text is in its
// sentence: what the report prints is what the analysis computed.
#include <gtest/gtest.h>

#include "analysis/format.h"
#include "report/findings.h"
#include "report/testing_input.h"

namespace regio::report {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::vector<std::string> parts_of(const std::string& name) {
  std::vector<std::string> out;
  std::string part;
  std::istringstream in(name);
  while (std::getline(in, part, '.')) out.push_back(part);
  return out;
}

const json* find_by(const json& array, const char* key, const std::string& value) {
  for (const auto& e : array)
    if (e.value(key, "") == value) return &e;
  return nullptr;
}

// The value the analysis JSON has for a figure name, or nullopt when the name has no
// one-to-one counterpart there (derived figures such as cumulative counts are checked by the
// golden cases instead).
std::optional<double> json_value(const json& j, const std::string& name) {
  const auto p = parts_of(name);
  if (p[0] == "niveau" && p.size() == 2) return j["levels"][p[1]].get<double>();
  if (p[0] == "overgangen") {
    const std::map<std::string, std::string> keys{
        {"stijgers", "up"}, {"gelijk", "same"}, {"dalers", "down"}, {"regios", "regions"}};
    return j["transitions"][keys.at(p[1])].get<double>();
  }
  if (p[0] == "beoogd" && p[1] == "gemiddeld_verschil") return j["aimed_vs_reached"]["mean_gap"].get<double>();
  if (p[0] == "beoogd" && p[1] == "regios") return j["aimed_vs_reached"]["regions_with_gap"].get<double>();
  if (p[0] == "beoogd") return j["aimed_vs_reached"]["levels"][p[1]]["aiming"].get<double>();
  if (p[0] == "bereikt") return j["aimed_vs_reached"]["levels"][p[1]]["reached"].get<double>();
  if (p[0] == "borging" && p[1] == "onbekend") return j["embedding_unknown"].get<double>();
  if (p[0] == "borging") return j["embedding_classes"][p[1]].get<double>();
  if (p[0] == "zwakste") return (*find_by(j["elements"], "question", p[1]))["weakest"].get<double>();
  if (p[0] == "gemiddelde") return (*find_by(j["elements"], "question", p[1]))["mean"].get<double>();
  if (p[0] == "niet") return (*find_by(j["stakeholders"], "question", p[1]))["degrees"]["niet"].get<double>();
  if (p[0] == "structureel") {
    const auto& d = (*find_by(j["stakeholders"], "question", p[1]))["degrees"];
    return d["structureel"].get<double>() + d["trekker"].get<double>();
  }
  if (name == "producten.gepland") return j["products"]["planned"].get<double>();
  if (name == "producten.gerealiseerd") return j["products"]["realised"].get<double>();
  if (name == "producten.aandeel_pct") return j["products"]["share_realised"].get<double>() * 100;
  if (p[0] == "gerealiseerd")
    return (*find_by(j["products"]["items"], "question", p[1]))["statuses"]["gerealiseerd"].get<double>();
  if (p[0] == "doelen" && p.size() == 3) {
    const auto& g = j["goals"][p[1]];
    if (p[2] == "behaald") return g["met"].get<double>();
    if (p[2] == "beoordeeld") return g["counted"].get<double>();
    if (p[2] == "pct") return g["share_met"].get<double>() * 100;
  }
  if (name == "doelen.open") {
    double open = 0;
    for (const auto& [type, g] : j["goals"].items()) open += g["open"].get<double>();
    return open;
  }
  if (p[0] == "activiteit") {
    const auto& a = *find_by(j["activities"], "activity", p[1]);
    return a[p[2] == "regios" ? "regions" : "clients_reached"].get<double>();
  }
  if (p[0] == "knelpunt") return (*find_by(j["bottlenecks"], "bottleneck", p[1]))["regions"].get<double>();
  return std::nullopt;
}

TEST(FindingsFigures, EqualTheAnalysisJsonAndAppearInTheText) {
  int checked = 0;
  for (const auto& dir : fs::directory_iterator(fs::path(REGIO_SOURCE_DIR) / "src/report/testdata/findings")) {
    SCOPED_TRACE(dir.path().filename().string());
    const auto input = testing::analysis_input(json::parse(testing::read_file(dir.path() / "input.json")));
    const auto a = analysis::analyse(input);
    ASSERT_TRUE(a.has_value());
    const json j = json::parse(analysis::to_json(*a));
    for (const auto& s : main_findings(*a, input.config)) {
      for (const auto& f : s.figures) {
        SCOPED_TRACE(f.name);
        ASSERT_TRUE(f.value.has_value());
        if (const auto expected = json_value(j, f.name)) {
          EXPECT_NEAR(*f.value, *expected, 1e-9);
          ++checked;
        }
        if (!f.shown.empty() && f.value != 0.0) {
          EXPECT_NE(s.text.find(f.shown), std::string::npos) << s.text;
        }
      }
    }
  }
  EXPECT_GE(checked, 80);
}

}  // namespace
}  // namespace regio::report
