#include "report/success_factors.h"

#include <gtest/gtest.h>

namespace regio::report {
namespace {

forms::Response response(std::string region, std::string text, bool submitted = true) {
  forms::Response r;
  r.region = std::move(region);
  r.wave = "w";
  r.status = submitted ? forms::ResponseStatus::kIngediend : forms::ResponseStatus::kConcept;
  if (!text.empty()) r.answers["succesfactoren"] = std::move(text);
  return r;
}

TEST(SuccessFactors, CountsSubmittedRegionsThatNameThemAndKeepsTheirTexts) {
  const std::vector<forms::Response> rs{response("AM03", "Korte lijnen"), response("AM01", ""),
                                        response("AM02", "Vaste contactpersonen"),
                                        response("AM04", "Concepttekst", false)};
  const auto sf = success_factors(rs);
  EXPECT_EQ(sf.sentence.text, "2 van de 3 regio's noemen succesfactoren; de regio's beschrijven ze in eigen woorden.");
  ASSERT_EQ(sf.texts.size(), 2u);
  EXPECT_EQ(sf.texts[0], (std::pair<std::string, std::string>{"AM02", "Vaste contactpersonen"}));
  EXPECT_EQ(sf.texts[1].first, "AM03");
}

TEST(SuccessFactors, AllOneAndNone) {
  EXPECT_EQ(success_factors(std::vector{response("AM01", "a"), response("AM02", "b")}).sentence.text,
            "Alle 2 regio's noemen succesfactoren; de regio's beschrijven ze in eigen woorden.");
  EXPECT_EQ(success_factors(std::vector{response("AM01", "a")}).sentence.text,
            "1 van de 1 regio noemt succesfactoren; de regio's beschrijven ze in eigen woorden.");
  EXPECT_EQ(success_factors(std::vector{response("AM01", "")}).sentence.text,
            "Geen enkele regio noemt succesfactoren.");
  EXPECT_EQ(success_factors(std::vector<forms::Response>{}).sentence.text,
            "Er zijn geen ingediende antwoorden, dus ook geen succesfactoren.");
}

}  // namespace
}  // namespace regio::report
