#include "report/indicator_text.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "base/text.h"
#include "report/dutch.h"

namespace regio::report {

using outcomes::Column;

namespace {
bool is_percentage(Column c) {
  return c == Column::kWerk12mPct || c == Column::kDuurzaamPct || c == Column::kWerkend12mPct ||
         c == Column::kUitstroomPct;
}
}  // namespace

std::string format_indicator_value(Column column, double value) {
  if (is_percentage(column)) return format_percent(value, 1);
  if (column == Column::kUrenGem) return format_fixed_nl(value, 1) + " uur";
  if (column == Column::kDagenTotWerkMediaan) return format_count(std::llround(value)) + " dagen";
  return format_count(std::llround(value));
}

std::string indicator_phrase(Column column) {
  switch (column) {
    case Column::kStarters:
      return "gestarte trajecten";
    case Column::kWerk12mNoemer:
      return "trajecten die 12 maanden oud zijn";
    case Column::kWerk12mTeller:
      return "trajecten met werk binnen 12 maanden";
    case Column::kDagenTotWerkMediaan:
      return "tot het eerste werk (mediaan)";
    case Column::kDuurzaamNoemer:
      return "trajecten met werk dat een half jaar oud is";
    case Column::kDuurzaamTeller:
      return "trajecten met duurzaam werk";
    case Column::kWerkend12mTeller:
      return "trajecten met werk na 12 maanden";
    case Column::kUitkeringNoemer:
      return "trajecten met een uitkering bij de start";
    case Column::kUitkeringUitstroomTeller:
      return "trajecten met uitstroom uit de uitkering";
    case Column::kUrenGem:
      return "per week in de eerste baan (gemiddeld)";
    case Column::kWerk12mPct:
      return "binnen 12 maanden aan het werk";
    case Column::kDuurzaamPct:
      return "duurzaam aan het werk (van wie werk vond)";
    case Column::kWerkend12mPct:
      return "aan het werk na 12 maanden";
    case Column::kUitstroomPct:
      return "uit de uitkering binnen 12 maanden";
  }
  return std::string(outcomes::column_name(column));
}

std::string indicator_title(Column column) {
  if (column == Column::kDagenTotWerkMediaan) return "Dagen tot het eerste werk (mediaan)";
  if (column == Column::kUrenGem) return "Uren per week in de eerste baan (gemiddeld)";
  if (column == Column::kDuurzaamPct) return "Duurzaam aan het werk, van wie werk vond";
  return upper_first(indicator_phrase(column));
}

std::string intervention_phrase(const std::optional<outcomes::Interventie>& interventie) {
  if (!interventie) return "";
  const std::string code(outcomes::interventie_text(*interventie));
  if (code == "ips") return "IPS";
  if (code == "reintegratie") return "re-integratie";
  if (code == "overig") return "overige interventies";
  return code;
}

bool lower_is_better(Column column) { return column == Column::kDagenTotWerkMediaan; }

double clamp_to_range(Column column, double value) {
  value = std::max(value, 0.0);
  return is_percentage(column) ? std::min(value, 100.0) : value;
}

std::string goal_phrase(const outcomes::Goal& goal) {
  const Column c = *outcomes::column_from_name(goal.indicator);
  std::optional<outcomes::Interventie> i;
  if (goal.intervention != "*") i = outcomes::interventie_from_text(goal.intervention);
  const std::string via = i ? " bij " + intervention_phrase(i) : "";
  const std::string bound = lower_is_better(c) ? "ten hoogste" : "ten minste";
  if (c == Column::kStarters)
    return fmt::format("{} wil in {}{} {} {} {}", goal.region, goal.year, via, bound,
                       format_indicator_value(c, goal.target), indicator_phrase(c));
  return fmt::format("{} wil voor de starters van {}{} {} {} {}", goal.region, goal.year, via, bound,
                     format_indicator_value(c, goal.target), indicator_phrase(c));
}

}  // namespace regio::report
