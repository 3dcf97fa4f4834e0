// Quantitative goals from the questionnaire (repeat `doelen`, DESIGN §3.6) as goals on outcome
// indicators, so the blik vooruit covers them next to the goals registered in the goal store.
//
//   for (const auto& q : questionnaire_goals(input.responses))
//     if (q.goal) goals.push_back(*q.goal); else print(q.region, q.problem);
//
// A row counts when doel_kwantitatief = ja. It becomes an outcomes::Goal (intervention '*') when
// doel_indicator is a column of the outcome table (e.g. werk_12m_pct, starters), doel_streefwaarde
// a number and doel_datum a date. The start year the goal is about is the LAST start year whose
// figure is complete on doel_datum (outcomes::measurable_from(indicator, year) <= doel_datum):
// "40% werk binnen 12 maanden op 31-12-2026" is about the starters of 2025, whose 12 months end in
// 2026. Every other quantitative row is returned with a Dutch problem instead, never dropped.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "forms/response.h"
#include "outcomes/goals.h"

namespace regio::report {

struct QuestionnaireGoal {
  std::string region;
  int row = 0;                         // 1-based row of the repeat `doelen`
  std::string description;             // doel_omschrijving
  std::optional<outcomes::Goal> goal;  // set when the row can be projected
  std::string problem;                 // Dutch, when goal is empty
};

// Over the submitted responses, by region code and row.
std::vector<QuestionnaireGoal> questionnaire_goals(std::span<const forms::Response> responses);

}  // namespace regio::report
