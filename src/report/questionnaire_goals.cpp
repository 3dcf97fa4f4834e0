#include "report/questionnaire_goals.h"

#include <algorithm>

#include <fmt/format.h>

#include "base/text.h"
#include "outcomes/disclosure.h"

namespace regio::report {
namespace {

std::string field(const forms::Answers& row, const char* name) {
  const auto it = row.find(name);
  return it == row.end() ? std::string() : std::string(trim(it->second));
}

}  // namespace

std::vector<QuestionnaireGoal> questionnaire_goals(std::span<const forms::Response> responses) {
  std::vector<QuestionnaireGoal> out;
  for (const auto& r : responses) {
    if (r.status != forms::ResponseStatus::kIngediend) continue;
    const auto rows = r.repeats.find("doelen");
    if (rows == r.repeats.end()) continue;
    for (std::size_t i = 0; i < rows->second.size(); ++i) {
      const auto& row = rows->second[i];
      if (field(row, "doel_kwantitatief") != "ja") continue;
      QuestionnaireGoal q{r.region, static_cast<int>(i + 1), field(row, "doel_omschrijving"), std::nullopt, ""};
      const std::string indicator = field(row, "doel_indicator");
      const auto target = parse_decimal(field(row, "doel_streefwaarde"));
      const auto date = parse_date(field(row, "doel_datum"));
      if (!outcomes::column_from_name(indicator)) {
        q.problem = fmt::format(
            "Doel {} van {}: '{}' is geen uitkomstindicator (bijvoorbeeld werk_12m_pct of starters), dus geen "
            "blik vooruit.",
            q.row, r.region, indicator);
      } else if (!target) {
        q.problem = fmt::format("Doel {} van {}: de streefwaarde ontbreekt of is geen getal, dus geen blik vooruit.",
                                q.row, r.region);
      } else if (!date) {
        q.problem =
            fmt::format("Doel {} van {}: de datum ontbreekt of is geen datum, dus geen blik vooruit.", q.row, r.region);
      } else {
        int year = year_of(*date);
        while (year > outcomes::kFirstGoalYear && outcomes::measurable_from(indicator, year) > *date) --year;
        outcomes::Goal g{r.region, indicator, *target, year, "*", q.description};
        if (auto ok = outcomes::validate_goal(g); !ok)
          q.problem = fmt::format("Doel {} van {}: {}", q.row, r.region, ok.error().message);
        else
          q.goal = std::move(g);
      }
      out.push_back(std::move(q));
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.region < b.region; });
  return out;
}

}  // namespace regio::report
