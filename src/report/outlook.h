// Blik vooruit: for every quantitative goal on an outcome indicator, the trend of the published
// yearly values projected to the goal's year with a prediction interval, classified.
//
//   auto outlooks = goal_outlooks(goals, outcomes::table_of(release));
//   for (const auto& o : *outlooks) print(o.sentence.text);
//   // "AM13 wil voor de starters van 2026 ten minste 45,0% binnen 12 maanden aan het werk; de
//   //  trend over 2017–2021 komt uit op 38,0% (90%-voorspelinterval 31,0–45,0%): onzeker."
//
// Rules (docs/METHODS.md "Blik vooruit"):
// - Points: the goal's group (region × start year × intervention) in the table, for every start
//   year before the goal's year that is complete on the table's peildatum
//   (outcomes::measurable_from) and whose value is published (not suppressed, not empty).
//   Suppressed years are left out and named in the sentence; they are never estimated.
// - When the goal's own year is complete on the peildatum, there is nothing to project: the
//   status is the measurement (behaald / niet behaald, direction-aware), or "niet gepubliceerd"
//   when that figure is suppressed or empty.
// - Otherwise with fewer than kMinTrendPoints points: "te weinig gegevens". Else OLS over the
//   points and the kPredictionLevel prediction interval at the goal's year (report/trend.h),
//   clamped to the indicator's range (percentages 0–100, others ≥ 0), classified:
//     op koers       the whole interval on the right side of the target (≥ target; ≤ for
//                    dagen_tot_werk_mediaan, where lower is better),
//     niet op koers  the whole interval on the wrong side (strictly),
//     onzeker        otherwise (the interval contains the target).
#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "base/error.h"
#include "outcomes/disclosure.h"
#include "outcomes/goals.h"
#include "report/sentence.h"
#include "report/trend.h"

namespace regio::report {

inline constexpr int kMinTrendPoints = 3;
inline constexpr double kPredictionLevel = 0.90;

enum class OutlookStatus {
  kOpKoers,
  kOnzeker,
  kNietOpKoers,
  kTeWeinigGegevens,
  kBehaald,           // the goal's year is measured and reaches the target
  kNietBehaald,       // measured and does not
  kNietGepubliceerd,  // measurable, but the figure is suppressed or empty
};

// "op koers", "onzeker", "niet op koers", "te weinig gegevens", "behaald", "niet behaald",
// "niet gepubliceerd".
std::string_view outlook_status_text(OutlookStatus s);

struct YearValue {
  int year = 0;
  double value = 0;
};

struct GoalOutlook {
  outcomes::Goal goal;
  bool lower_is_better = false;
  std::vector<YearValue> points;         // the published complete years used, oldest first
  std::vector<int> suppressed_years;     // complete years before the goal's year not published
  std::optional<double> measured;        // the goal year's published value, when measurable
  std::optional<Projection> projection;  // clamped; only with >= kMinTrendPoints points
  OutlookStatus status = OutlookStatus::kTeWeinigGegevens;
  Sentence sentence;  // key "vooruit.<region>.<indicator>.<year>.<intervention>"
};

// One outlook per goal, in the given order. kInvalidArgument (from outcomes::validate_goal) for
// an invalid goal, naming it.
Result<std::vector<GoalOutlook>> goal_outlooks(std::span<const outcomes::Goal> goals,
                                               const outcomes::DisclosedTable& table);

// One sentence over all outlooks: how many goals are op koers, onzeker, ... or that there are
// no quantitative goals. Key "vooruit.samenvatting".
Sentence outlook_summary(std::span<const GoalOutlook> outlooks);

}  // namespace regio::report
