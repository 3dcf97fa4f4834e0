#include "outcomes/goals.h"

#include <cmath>

#include <fmt/format.h>

#include "base/text.h"

namespace regio::outcomes {
namespace {

std::string valid_indicators() {
  std::string names;
  for (std::size_t c = 0; c < kColumnCount; ++c)
    names += (c ? ", " : "") + std::string(column_name(static_cast<Column>(c)));
  return names;
}

std::optional<std::optional<Interventie>> intervention_of(const std::string& text) {
  if (text == "*") return std::optional<Interventie>();
  if (auto i = interventie_from_text(text)) return std::optional<Interventie>(*i);
  return std::nullopt;
}

// What a target of `column` can be: the values the column itself can take (DESIGN §3.8).
Status validate_target(Column column, double target) {
  const std::string_view name = column_name(column);
  auto refuse = [&](std::string_view why) {
    return fail(ErrorCode::kInvalidArgument, fmt::format("Doel: streefwaarde {} voor {} {} (veld streefwaarde).",
                                                         format_number_nl(target), name, why));
  };
  if (!std::isfinite(target)) return refuse("is geen getal");
  if (target < 0) return refuse("is negatief");
  switch (column) {
    case Column::kWerk12mPct:
    case Column::kDuurzaamPct:
    case Column::kWerkend12mPct:
    case Column::kUitstroomPct:
      if (target > 100) return refuse("is geen percentage van 0 tot en met 100");
      return {};
    case Column::kDagenTotWerkMediaan:
      if (target > 365) return refuse("is geen aantal dagen van 0 tot en met 365");
      return {};
    case Column::kUrenGem:
      if (target > 80) return refuse("is geen aantal uren per week van 0 tot en met 80");
      return {};
    default:
      if (target != std::floor(target) || target > 1e12) return refuse("is geen geheel aantal");
      return {};
  }
}

}  // namespace

std::string_view goal_status_text(GoalStatus s) {
  switch (s) {
    case GoalStatus::kBehaald:
      return "behaald";
    case GoalStatus::kNietBehaald:
      return "niet behaald";
    case GoalStatus::kNogNietMeetbaar:
      return "nog niet meetbaar";
  }
  return "";
}

Status validate_goal(const Goal& goal) {
  if (goal.region.empty()) return fail(ErrorCode::kInvalidArgument, "Doel: veld regio is verplicht.");
  if (!column_from_name(goal.indicator))
    return fail(ErrorCode::kInvalidArgument,
                fmt::format("Doel: onbekende indicator '{}' (veld indicator); kies uit {}.", goal.indicator,
                            valid_indicators()));
  if (!intervention_of(goal.intervention))
    return fail(ErrorCode::kInvalidArgument,
                fmt::format("Doel: onbekende interventie '{}' (veld interventie); kies uit *, ips, "
                            "jobcoaching, reintegratie, participatie, overig.",
                            goal.intervention));
  if (goal.year < kFirstGoalYear || goal.year > kLastGoalYear)
    return fail(ErrorCode::kInvalidArgument, fmt::format("Doel: startjaar {} ligt niet tussen {} en {} (veld jaar).",
                                                         goal.year, kFirstGoalYear, kLastGoalYear));
  return validate_target(*column_from_name(goal.indicator), goal.target);
}

Date measurable_from(std::string_view indicator, int year) {
  const Date last_start = from_civil({year, 12, 31});
  const Column c = *column_from_name(indicator);
  if (c == Column::kStarters) return last_start;
  if (c == Column::kDuurzaamNoemer || c == Column::kDuurzaamTeller || c == Column::kDuurzaamPct)
    return last_start + 365 + 182;
  return last_start + 365;
}

Result<std::vector<GoalEvaluation>> evaluate_goals(std::span<const Goal> goals, const DisclosedTable& table,
                                                   Date peildatum) {
  std::vector<GoalEvaluation> out;
  for (const Goal& goal : goals) {
    if (auto ok = validate_goal(goal); !ok) return std::unexpected(ok.error());
    const Column column = *column_from_name(goal.indicator);
    const std::optional<Interventie> intervention = *intervention_of(goal.intervention);
    GoalEvaluation e{goal};
    e.lower_is_better = column == Column::kDagenTotWerkMediaan;
    for (int y = goal.year - 4; y <= goal.year; ++y)
      if (const DisclosedRow* row = table.find(goal.region, y, intervention)) e.trend.push_back({y, (*row)[column]});
    const DisclosedRow* row = table.find(goal.region, goal.year, intervention);
    if (row) e.current = (*row)[column];
    const Date from = measurable_from(goal.indicator, goal.year);
    if (peildatum < from) {
      e.reason = fmt::format("meetperiode nog niet compleet (meetbaar vanaf {})", format_dutch(from));
    } else if (!row) {
      e.reason = "geen gegevens";
    } else if (e.current.suppressed) {
      e.reason = "onderdrukt door de onthullingsbeveiliging";
    } else if (!e.current.value) {
      e.reason = "geen waarde";
    } else {
      const double v = *e.current.value;
      const bool reached = e.lower_is_better ? v <= goal.target : v >= goal.target;
      e.status = reached ? GoalStatus::kBehaald : GoalStatus::kNietBehaald;
    }
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace regio::outcomes
