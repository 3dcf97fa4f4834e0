// `regiomonitor advice` through the real binary on a small demo database: one region's advice
// checked against figures worked out from `analyse --format json`, every region advised, broken
// rules refused whole, and the options.
#include <cmath>
#include <map>

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli_harness.h"

namespace regio::testing {
namespace {

using nlohmann::json;

class CliAdvice : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    auto r = run_cli({"demo", "--zonder-releases", "--db", "demo.db", "--persons", "200"}, dir_->path());
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  static void TearDownTestSuite() { delete dir_; }
  static CliRun cli(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", "demo.db"});
    return run_cli(args, dir_->path());
  }
  static TempDir* dir_;
};
TempDir* CliAdvice::dir_ = nullptr;

// A mean rounded to one decimal, half away from zero, written with a decimal comma ("2,3", "3").
std::string nl1(double v) {
  const double r = std::round(v * 10) / 10;
  if (r == std::floor(r)) return std::to_string(static_cast<long long>(r));
  std::string s = std::to_string(r).substr(0, std::to_string(r).find('.') + 2);
  s[s.find('.')] = ',';
  return s;
}

int weight(const std::string& degree) {
  static const std::map<std::string, int> w = {{"niet", 0}, {"incidenteel", 1}, {"structureel", 2}, {"trekker", 3}};
  return w.at(degree);
}

const json* advice_of(const json& region, const std::string& id) {
  for (const auto& a : region.at("adviezen"))
    if (a.at("id") == id) return &a;
  return nullptr;
}

TEST_F(CliAdvice, OneRegionAgainstFiguresWorkedOutFromTheAnalysis) {
  auto an = cli({"analyse", "--wave", "2020-vervolg", "--format", "json"});
  ASSERT_EQ(an.exit_code, 0) << an.err;
  const json a = json::parse(an.out);
  auto ad = cli({"advice", "--wave", "2020-vervolg", "--region", "am02", "--format", "json"});
  ASSERT_EQ(ad.exit_code, 0) << ad.err;
  const json d = json::parse(ad.out);
  EXPECT_EQ(d.at("meetmoment"), "2020-vervolg");
  EXPECT_EQ(d.at("vorig_meetmoment"), "2019-eind");
  ASSERT_EQ(d.at("regios").size(), 1u);
  const json& got = d.at("regios")[0];
  EXPECT_EQ(got.at("regio"), "AM02");

  // The region and the national figures, from the analysis.
  const json* region = nullptr;
  double high_employers = 0, high_spread = 0;
  int high = 0;
  for (const auto& r : a.at("per_region")) {
    if (r.at("region") == "AM02") region = &r;
    if (r.at("level").is_number() && r.at("level").get<int>() >= 4) {
      ++high;
      high_employers += weight(r.at("involvement").at("betrokken_werkgevers"));
      high_spread += r.at("elements").at("borging_olievlek").get<int>();
    }
  }
  ASSERT_NE(region, nullptr);
  ASSERT_GE(high, 3);  // else the nat_hoog_ figures are withheld
  double employers = 0;
  int answered = 0;
  for (const auto& s : a.at("stakeholders"))
    if (s.at("question") == "betrokken_werkgevers")
      for (const auto& [degree, n] : s.at("degrees").items()) {
        employers += weight(degree) * n.get<int>();
        answered += n.get<int>();
      }
  std::map<std::string, double> element_mean;
  for (const auto& e : a.at("elements")) element_mean[e.at("question")] = e.at("mean").get<double>();
  const int level = region->at("level");
  const std::string level_name = a.at("ladder")[level - 1].at("name");
  const std::string degree = region->at("involvement").at("betrokken_werkgevers");
  const int spread = region->at("elements").at("borging_olievlek");
  const int embedding = region->at("elements").at("borging_inbedding");
  const int realised = region->at("products_realised");

  // The demo's AM02 meets these three conditions; the test would be empty otherwise.
  ASSERT_TRUE(level >= 3 && weight(degree) <= 1);
  ASSERT_TRUE(level >= 3 && spread <= 2);
  ASSERT_TRUE(embedding <= 2 && realised >= 2);

  const json* employers_advice = advice_of(got, "werkgevers_betrekken");
  ASSERT_NE(employers_advice, nullptr) << got.dump(2);
  EXPECT_EQ(employers_advice->at("onderbouwing").get<std::string>(),
            "De regio werkt op niveau " + std::to_string(level) + " (" + level_name + "), maar werkgevers zijn " +
                degree + " betrokken (" + std::to_string(weight(degree)) +
                " op een schaal 0–3). Bij regio's op niveau 4 en hoger is dat gemiddeld " + nl1(high_employers / high) +
                ", landelijk " + nl1(employers / answered) + ".");
  EXPECT_EQ(employers_advice->at("cijfers").at("niveau"), level);
  EXPECT_EQ(employers_advice->at("cijfers").at("betrokken_werkgevers"), degree);

  const json* spread_advice = advice_of(got, "olievlek");
  ASSERT_NE(spread_advice, nullptr);
  EXPECT_EQ(spread_advice->at("onderbouwing").get<std::string>(),
            "De samenwerking werkt op niveau " + std::to_string(level) + ", maar de olievlek in de regio scoort " +
                std::to_string(spread) + " (schaal 1–4; landelijk " + nl1(element_mean.at("borging_olievlek")) +
                ", bij regio's op niveau 4 en hoger " + nl1(high_spread / high) + ").");

  const json* embedding_advice = advice_of(got, "inbedding_organisaties");
  ASSERT_NE(embedding_advice, nullptr);
  EXPECT_EQ(embedding_advice->at("onderbouwing").get<std::string>(),
            "De regio heeft " + std::to_string(realised) +
                " samenwerkingsproducten gerealiseerd, maar de inbedding in de deelnemende organisaties scoort " +
                std::to_string(embedding) + " (schaal 1–4; landelijk " + nl1(element_mean.at("borging_inbedding")) +
                ").");
  // Every rule is accounted for: advice, skipped or not applicable.
  EXPECT_EQ(got.at("adviezen").size() + got.at("overgeslagen").size() + got.at("niet_van_toepassing").size(),
            d.at("regels").at("aantal").get<std::size_t>());
}

TEST_F(CliAdvice, EveryDemoRegionGetsAdviceWithItsFigures) {
  auto ad = cli({"advice", "--wave", "2020-vervolg", "--format", "json"});
  ASSERT_EQ(ad.exit_code, 0) << ad.err;
  const json d = json::parse(ad.out);
  EXPECT_EQ(d.at("regios").size(), 31u);
  std::map<std::string, int> per_rule;
  int skipped_unanswered = 0;
  for (const auto& r : d.at("regios")) {
    EXPECT_GE(r.at("adviezen").size(), 1u) << r.at("regio");
    for (const auto& a : r.at("adviezen")) {
      ++per_rule[a.at("id")];
      EXPECT_FALSE(a.at("cijfers").empty());
      EXPECT_NE(a.at("onderbouwing").get<std::string>().find_first_of("0123456789"), std::string::npos) << a.at("id");
    }
    for (const auto& s : r.at("overgeslagen")) {
      ASSERT_FALSE(s.at("ontbrekend").empty());
      for (const auto& m : s.at("ontbrekend"))
        if (m.at("reden") == "vraag knelpunten niet beantwoord") ++skipped_unanswered;
    }
  }
  // A spread: no rule advises every region, and several rules advise someone.
  EXPECT_GE(per_rule.size(), 8u);
  for (const auto& [rule, n] : per_rule) EXPECT_LT(n, 31) << rule;
  // Some demo regions left the bottlenecks empty: their bottleneck rules are skipped, not judged.
  EXPECT_GT(skipped_unanswered, 0);
}

TEST_F(CliAdvice, TableNamesTheReasoningAndSkippedRules) {
  auto ad = cli({"advice", "--wave", "2020-vervolg"});
  ASSERT_EQ(ad.exit_code, 0) << ad.err;
  EXPECT_NE(ad.out.find("Advies per regio, meetmoment 2020-vervolg"), std::string::npos);
  EXPECT_NE(ad.out.find("AM02 Friesland"), std::string::npos);
  EXPECT_NE(ad.out.find("Onderbouwing: "), std::string::npos);
  EXPECT_NE(ad.out.find("Kanttekening: "), std::string::npos);
  EXPECT_NE(ad.out.find("Overgeslagen: "), std::string::npos);
}

TEST_F(CliAdvice, BrokenRulesFileIsRefusedWhole) {
  write_file(dir_->path() / "regels.json",
             R"({"regels": [{"id": "goed", "versie": 1, "voorwaarde": "${niveau} >= 1", "advies": "A.",
                 "onderbouwing": "Niveau ${niveau}.", "kanttekening": "K.", "cijfers": ["niveau"]},
                {"id": "fout", "versie": 1, "voorwaarde": "${niveau} >=", "advies": "A.",
                 "onderbouwing": "Niveau ${niveau}.", "kanttekening": "K.", "cijfers": ["niveau"]}]})");
  auto ad = cli({"advice", "--wave", "2020-vervolg", "--rules", "regels.json"});
  EXPECT_EQ(ad.exit_code, 3);
  EXPECT_TRUE(ad.out.empty()) << ad.out;
  EXPECT_NE(ad.err.find("Regelbestand regels.json geweigerd"), std::string::npos) << ad.err;
  EXPECT_NE(ad.err.find("regel 'fout', veld 'voorwaarde': syntaxfout"), std::string::npos) << ad.err;

  // The good rule alone is used, for every region.
  write_file(dir_->path() / "goed.json",
             R"({"regels": [{"id": "goed", "versie": 1, "voorwaarde": "${niveau} >= 1", "advies": "A.",
                 "onderbouwing": "Niveau ${niveau}.", "kanttekening": "K.", "cijfers": ["niveau"]}]})");
  auto ok = cli({"advice", "--wave", "2020-vervolg", "--rules", "goed.json", "--format", "json"});
  ASSERT_EQ(ok.exit_code, 0) << ok.err;
  const json d = json::parse(ok.out);
  EXPECT_EQ(d.at("regels").at("bron"), "goed.json");
  for (const auto& r : d.at("regios")) ASSERT_EQ(r.at("adviezen").size(), 1u);
}

TEST_F(CliAdvice, UnknownWaveRegionOrRulesFile) {
  EXPECT_EQ(cli({"advice", "--wave", "2030-x"}).exit_code, 4);
  EXPECT_EQ(cli({"advice", "--wave", "2020-vervolg", "--region", "AM99x"}).exit_code, 2);
  EXPECT_EQ(cli({"advice", "--wave", "2020-vervolg", "--rules", "geen.json"}).exit_code, 4);
  auto first = cli({"advice", "--wave", "2017-start", "--region", "AM01", "--format", "json"});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  const json d = json::parse(first.out);
  EXPECT_TRUE(d.at("vorig_meetmoment").is_null());  // the first wave has no previous one
}

}  // namespace
}  // namespace regio::testing
