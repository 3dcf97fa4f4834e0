#include "advice/wave_advice.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace regio::advice {
namespace {

using nlohmann::json;

forms::Wave wave(const std::string& code, const std::string& date) {
  return {code, code, parse_date(date).value(), "standaard"};
}

TEST(AdviceWave, PreviousWaveIsTheOneDatedBefore) {
  const std::vector<forms::Wave> waves = {wave("2017-start", "2017-07-01"), wave("2018-tussen", "2018-04-01"),
                                          wave("2019-eind", "2019-12-01")};
  EXPECT_FALSE(previous_wave(waves, "2017-start").has_value());
  EXPECT_EQ(previous_wave(waves, "2019-eind")->code, "2018-tussen");
  EXPECT_FALSE(previous_wave(waves, "onbekend").has_value());
}

// The responses of testdata/profiles through the whole path with the default rules.
TEST(AdviceWave, ClaimOfLevelFiveWithoutMeasurementAndSkippedRulesWithoutLevel) {
  std::ifstream f(std::filesystem::path(REGIO_SOURCE_DIR) / "src/advice/testdata/profiles/input.json");
  std::stringstream s;
  s << f.rdbuf();
  const json j = json::parse(s.str());
  WaveAdviceInput in{.wave = wave("2020-vervolg", "2020-12-01")};
  in.previous_wave = wave("2019-eind", "2019-12-01");
  for (const auto& jr : j.at("responses")) {
    forms::Response r;
    r.region = jr.at("region");
    r.wave = jr.at("wave");
    r.status = jr.at("status") == "ingediend" ? forms::ResponseStatus::kIngediend : forms::ResponseStatus::kConcept;
    for (const auto& [k, v] : jr.at("answers").items()) r.answers[k] = v.get<std::string>();
    (r.wave == "2020-vervolg" ? in.responses : in.previous_responses).push_back(std::move(r));
  }
  const Catalogue catalogue(in.config);
  const auto rules = default_rules(catalogue).value();
  const auto report = advise_wave(in, rules, catalogue).value();
  EXPECT_EQ(report.previous_wave, "2019-eind");
  ASSERT_EQ(report.regions.size(), 4u);

  const RegionAdvice& am03 = report.regions[2];
  ASSERT_EQ(am03.region, "AM03");
  const auto claim = std::find_if(am03.advice.begin(), am03.advice.end(),
                                  [](const Advice& a) { return a.rule == "niveau5_onderbouwen"; });
  ASSERT_NE(claim, am03.advice.end());
  EXPECT_EQ(claim->reasoning,
            "De regio geeft niveau 5 (Resultaatgericht) op, maar er is geen kwantitatief doel dat gemeten wordt "
            "(doelen gemeten: nee).");

  // AM05 answered no level: every rule resting on it is skipped with that reason.
  const RegionAdvice& am05 = report.regions[3];
  ASSERT_EQ(am05.region, "AM05");
  for (const auto& rule : rules.rules) {
    if (std::find(rule.figures.begin(), rule.figures.end(), "niveau") == rule.figures.end()) continue;
    const auto skipped = std::find_if(am05.skipped.begin(), am05.skipped.end(),
                                      [&](const SkippedRule& sr) { return sr.rule == rule.id; });
    ASSERT_NE(skipped, am05.skipped.end()) << rule.id;
    const auto level = std::find_if(skipped->missing.begin(), skipped->missing.end(),
                                    [](const MissingFigure& m) { return m.name == "niveau"; });
    ASSERT_NE(level, skipped->missing.end()) << rule.id;
    EXPECT_EQ(level->reason, "vraag niveau niet beantwoord");
  }
}

TEST(AdviceWave, TodayInAConditionIsTheDateOfTheWave) {
  const Catalogue catalogue(analysis::default_config());
  const auto rules = load_rules(R"({"regels": [{"id": "datum", "versie": 1,
      "voorwaarde": "today() = '2020-12-01' and ${niveau} = 2", "advies": "A.", "onderbouwing": "Niveau ${niveau}.",
      "kanttekening": "K.", "cijfers": ["niveau"]}]})",
                                catalogue, "datum.json")
                         .value();
  Profile p;
  p.region = "AM01";
  p.wave_date = parse_date("2020-12-01").value();
  p.values["niveau"] = "2";
  EXPECT_EQ(advise(rules, p, catalogue).advice.size(), 1u);
  p.wave_date = parse_date("2019-12-01").value();
  EXPECT_EQ(advise(rules, p, catalogue).not_applicable, std::vector<std::string>{"datum"});
}

}  // namespace
}  // namespace regio::advice
