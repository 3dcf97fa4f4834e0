// Success factors: the questionnaire asks them as free text (`succesfactoren`), so the report
// counts the regions that named any and quotes the texts per region; it does not classify them.
//
//   auto sf = success_factors(input.responses);
//   print(sf.sentence.text);                       // "12 van de 31 regio's noemen succesfactoren; ..."
//   for (const auto& [region, text] : sf.texts) ...  // for the appendix or the fact sheet
#pragma once

#include <span>
#include <string>
#include <utility>
#include <vector>

#include "forms/response.h"
#include "report/sentence.h"

namespace regio::report {

struct SuccessFactors {
  Sentence sentence;                                       // key "succesfactoren"
  std::vector<std::pair<std::string, std::string>> texts;  // (region, text), by region code
};

// Over the submitted responses only (concept responses are ignored, as in the analysis).
SuccessFactors success_factors(std::span<const forms::Response> responses);

}  // namespace regio::report
