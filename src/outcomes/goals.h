// Goals on outcome indicators (DESIGN §3.6): progress, trend and status, computed, never typed.
//
// A goal names a region, an indicator (a count of §3.8, `starters`, or a derived percentage),
// a target, the start year it is about and an intervention ('*' = all). It is evaluated on a
// DisclosedTable, so a goal never reveals a figure the reader may not see.
//
//   auto evaluations = evaluate_goals(goals, table, peildatum);
//   for (const auto& e : *evaluations) print(e.goal.region, goal_status_text(e.status));
//
// Status, in this order:
// - `nog niet meetbaar` when the start year's window is not complete on the peildatum C:
//     starters: C >= 31 Dec of the year (every starter of the year is known);
//     duurzaam_noemer, duurzaam_teller, duurzaam_pct: C >= 31 Dec of the year + 365 + 182
//       (the last starter's F may be on s + 365 and needs F + 182 <= C);
//     every other indicator (the 12-month ones): C >= 31 Dec of the year + 365 (s + 365 <= C
//       for the year's last starters; about 31 Dec of the next year, one day earlier when that
//       year is a leap year);
//   or when the table has no row for region × year × intervention, or the value is suppressed
//   or undefined (e.g. a median of nothing).
// - otherwise `behaald` when the value reaches the target — value >= target, except for
//   dagen_tot_werk_mediaan where lower is better (value <= target) — else `niet behaald`.
// Values are those of the table: percentages 0..100 with one decimal, uren_gem one decimal.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "base/error.h"
#include "outcomes/disclosure.h"

namespace regio::outcomes {

struct Goal {
  std::string region;     // "AM13" (or "NL")
  std::string indicator;  // a column name of outcomes/disclosure.h, e.g. "werk_12m_pct"
  double target = 0;
  int year = 0;                    // the start year the goal is about
  std::string intervention = "*";  // "*" or "ips", "jobcoaching", ...
  std::string description;         // optional free text
};

// The start years a goal may be about (deliveries hold no dates before 1990).
inline constexpr int kFirstGoalYear = 1990;
inline constexpr int kLastGoalYear = 2100;

enum class GoalStatus { kBehaald, kNietBehaald, kNogNietMeetbaar };

// "behaald", "niet behaald", "nog niet meetbaar".
std::string_view goal_status_text(GoalStatus s);

struct TrendPoint {
  int year = 0;
  Figure value;
};

struct GoalEvaluation {
  Goal goal;
  Figure current;  // the cell of region × year × intervention (empty if absent)
  GoalStatus status = GoalStatus::kNogNietMeetbaar;
  std::string reason;             // Dutch, for `nog niet meetbaar`; empty otherwise
  bool lower_is_better = false;   // true only for dagen_tot_werk_mediaan
  std::vector<TrendPoint> trend;  // the years year-4 .. year that have a row, oldest first
};

// kInvalidArgument, naming the goal's field and the valid values, for an unknown indicator or
// intervention, an empty region, a year outside kFirstGoalYear..kLastGoalYear, or a target the
// indicator cannot take: not finite, negative, a percentage above 100, a count that is not a
// whole number, dagen_tot_werk_mediaan above 365 or uren_gem above 80.
Status validate_goal(const Goal& goal);

// The first peildatum on which `year` is complete for `indicator` (rule above).
// REQUIRES: a valid indicator name and year.
Date measurable_from(std::string_view indicator, int year);

// Evaluates every goal on the table; fails (kInvalidArgument) on the first invalid goal.
Result<std::vector<GoalEvaluation>> evaluate_goals(std::span<const Goal> goals, const DisclosedTable& table,
                                                   Date peildatum);

}  // namespace regio::outcomes
