#include "report/success_factors.h"

#include <algorithm>

#include <fmt/format.h>

#include "analysis/scores.h"
#include "base/text.h"
#include "report/dutch.h"
#include "report/internal/figures.h"

namespace regio::report {

SuccessFactors success_factors(std::span<const forms::Response> responses) {
  SuccessFactors out{{"succesfactoren", "", {}}, {}};
  int submitted = 0;
  for (const auto& r : responses) {
    if (r.status != forms::ResponseStatus::kIngediend) continue;
    ++submitted;
    const std::string text(trim(analysis::answer_of(r, "succesfactoren")));
    if (!text.empty()) out.texts.emplace_back(r.region, text);
  }
  std::sort(out.texts.begin(), out.texts.end());
  const int named = static_cast<int>(out.texts.size());
  internal::count(out.sentence, "succesfactoren.regios", named);
  internal::count(out.sentence, "succesfactoren.ingediend", submitted);
  if (submitted == 0)
    out.sentence.text = "Er zijn geen ingediende antwoorden, dus ook geen succesfactoren.";
  else if (named == 0)
    out.sentence.text = "Geen enkele regio noemt succesfactoren.";
  else if (named == submitted && named > 1)
    out.sentence.text =
        fmt::format("Alle {} regio's noemen succesfactoren; de regio's beschrijven ze in eigen woorden.", submitted);
  else
    out.sentence.text = fmt::format("{} van de {} {} succesfactoren; de regio's beschrijven ze in eigen woorden.",
                                    named, regions_count(submitted), named == 1 ? "noemt" : "noemen");
  return out;
}

}  // namespace regio::report
