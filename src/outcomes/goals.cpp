#include "outcomes/goals.h"

#include <fmt/format.h>

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
  if (goal.year < 1 || goal.year > 9999)
    return fail(ErrorCode::kInvalidArgument,
                fmt::format("Doel: jaar {} is geen geldig startjaar (veld jaar).", goal.year));
  return {};
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
      e.reason = "onderdrukt (te weinig personen)";
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
