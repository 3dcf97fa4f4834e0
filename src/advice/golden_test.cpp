// Data-driven golden tests of the advice rules; adding a case needs no C++.
//   testdata/advise/*.json    a hand-worked profile (values and absent variables with reasons),
//                             optional own rules (else the default rules), and the expected
//                             advice (ids in order; the exact filled-in texts given), skipped
//                             rules with the missing figures and reasons, and the ids of rules
//                             that were evaluated false. The case's "toelichting" works it out.
//   testdata/invalid/*.json   a broken rules file; *.expected is Error::describe() exactly.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "advice/advise.h"
#include "advice/rules.h"

namespace regio::advice {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const fs::path kData = fs::path(REGIO_SOURCE_DIR) / "src/advice/testdata";

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<fs::path> files(const fs::path& dir, const std::string& ext) {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ext) out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

TEST(AdviceGolden, HandWorkedProfilesGiveTheExpectedAdvice) {
  const Catalogue catalogue(analysis::default_config());
  const auto cases = files(kData / "advise", ".json");
  ASSERT_GE(cases.size(), 3u);
  for (const auto& path : cases) {
    SCOPED_TRACE(path.filename().string());
    const json c = json::parse(read(path));
    auto rules =
        c.contains("regels") ? load_rules(c.at("regels").dump(), catalogue, "eigen") : default_rules(catalogue);
    ASSERT_TRUE(rules.has_value()) << rules.error().describe();
    Profile p;
    p.region = c.at("profiel").at("regio");
    for (const auto& [k, v] : c.at("profiel").at("waarden").items()) p.values[k] = v.get<std::string>();
    for (const auto& [k, v] : c.at("profiel").at("afwezig").items()) p.absent[k] = v.get<std::string>();
    const RegionAdvice got = advise(*rules, p, catalogue);
    const json& want = c.at("verwacht");

    ASSERT_EQ(got.advice.size(), want.at("adviezen").size());
    for (std::size_t i = 0; i < got.advice.size(); ++i) {
      const Advice& a = got.advice[i];
      const json& w = want.at("adviezen")[i];
      EXPECT_EQ(a.rule, w.at("id").get<std::string>());
      if (w.contains("versie")) {
        EXPECT_EQ(a.version, w.at("versie").get<int>());
      }
      if (w.contains("advies")) {
        EXPECT_EQ(a.advice, w.at("advies").get<std::string>()) << a.rule;
      }
      if (w.contains("onderbouwing")) {
        EXPECT_EQ(a.reasoning, w.at("onderbouwing").get<std::string>()) << a.rule;
      }
      if (w.contains("kanttekening")) {
        EXPECT_EQ(a.caveat, w.at("kanttekening").get<std::string>()) << a.rule;
      }
      if (w.contains("cijfers")) {
        ASSERT_EQ(a.figures.size(), w.at("cijfers").size()) << a.rule;
        for (const auto& f : a.figures) EXPECT_EQ(f.shown, w.at("cijfers").at(f.name).get<std::string>()) << f.name;
      }
    }
    ASSERT_EQ(got.skipped.size(), want.at("overgeslagen").size());
    for (std::size_t i = 0; i < got.skipped.size(); ++i) {
      const json& w = want.at("overgeslagen")[i];
      EXPECT_EQ(got.skipped[i].rule, w.at("id").get<std::string>());
      ASSERT_EQ(got.skipped[i].missing.size(), w.at("ontbrekend").size()) << got.skipped[i].rule;
      for (std::size_t j = 0; j < got.skipped[i].missing.size(); ++j) {
        EXPECT_EQ(got.skipped[i].missing[j].name, w.at("ontbrekend")[j].at("cijfer").get<std::string>());
        EXPECT_EQ(got.skipped[i].missing[j].reason, w.at("ontbrekend")[j].at("reden").get<std::string>());
      }
    }
    EXPECT_EQ(got.not_applicable, want.at("niet_van_toepassing").get<std::vector<std::string>>());
    // Every rule is accounted for exactly once.
    EXPECT_EQ(got.advice.size() + got.skipped.size() + got.not_applicable.size(), rules->rules.size());
  }
}

TEST(AdviceGolden, BrokenRulesFilesAreRefusedWholeWithTheExactMessages) {
  const Catalogue catalogue(analysis::default_config());
  const auto cases = files(kData / "invalid", ".json");
  ASSERT_GE(cases.size(), 6u);
  for (const auto& path : cases) {
    SCOPED_TRACE(path.filename().string());
    auto rules = load_rules_file(path, catalogue);
    ASSERT_FALSE(rules.has_value());
    EXPECT_EQ(rules.error().code, ErrorCode::kInvalidData);
    fs::path expected = path;
    expected.replace_extension(".expected");
    std::string want = read(expected);
    while (!want.empty() && want.back() == '\n') want.pop_back();
    EXPECT_EQ(rules.error().describe(), want);
  }
}

}  // namespace
}  // namespace regio::advice
