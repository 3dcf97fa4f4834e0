// Dutch wording of outcome indicators (DESIGN §3.8) for the report's sentences: how a value of
// a column is written and what a goal on it asks for.
#pragma once

#include <optional>
#include <string>

#include "outcomes/disclosure.h"
#include "outcomes/goals.h"

namespace regio::report {

// A value of the column as written in a sentence: percentages "38,2%" (one decimal), uren_gem
// "23,5 uur", dagen_tot_werk_mediaan "45 dagen", counts "1.234". Projections are rounded the
// same way.
std::string format_indicator_value(outcomes::Column column, double value);

// What the indicator measures, as a noun phrase after the value: "binnen 12 maanden aan het
// werk" for werk_12m_pct, "gestarte trajecten" for starters, ...
std::string indicator_phrase(outcomes::Column column);

// The indicator as a heading: "Binnen 12 maanden aan het werk", "Dagen tot het eerste werk
// (mediaan)", "Gestarte trajecten" (never with parentheses of its own when the sentence adds a
// scope in parentheses, except the median and mean whose kind is part of the name).
std::string indicator_title(outcomes::Column column);

// "IPS", "jobcoaching", ... ; "" for all interventions.
std::string intervention_phrase(const std::optional<outcomes::Interventie>& interventie);

// The goal as a sentence start: "AM13 wil voor de starters van 2026 bij IPS ten minste 45,0%
// binnen 12 maanden aan het werk" (ten hoogste for dagen_tot_werk_mediaan).
// REQUIRES: a valid goal (outcomes::validate_goal).
std::string goal_phrase(const outcomes::Goal& goal);

// True for the one indicator where lower is better (dagen_tot_werk_mediaan).
bool lower_is_better(outcomes::Column column);

// The range the indicator's values can take (percentages 0..100, everything else >= 0).
double clamp_to_range(outcomes::Column column, double value);

}  // namespace regio::report
