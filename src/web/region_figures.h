// The region page's figures: the region's profile over every wave next to the national picture
// and a compare region, its outcome goals, and its outcome indicators per year and intervention.
// For each chart the chart description and a FigureTable (dashboard_figures.h) with exactly the
// same figures; the page, its CSV download and the tests all use these.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "render/chart.h"
#include "service/goals_service.h"
#include "service/outcome_data.h"
#include "service/region_service.h"
#include "web/dashboard_figures.h"

namespace regio::web {

struct RegionFigures {
  std::string title;  // "Midden-Utrecht (AM13)"
  render::Chart levels_chart;  // kLine: region, compare, national mean per wave
  FigureTable levels;
  std::optional<render::Chart> embedding_chart;  // kHorizontalBar, latest wave; nullopt without waves
  FigureTable embedding;
  FigureTable involvement;
  FigureTable products;
  FigureTable goal_types;  // the questionnaire's goals met per type, latest wave
};

RegionFigures region_figures(const service::RegionProfile& p);

// The region's quantitative outcome goals with their computed status (DESIGN §3.6).
FigureTable goals_table(const service::GoalsStatus& g, const std::string& region);

// The region's outcome indicators per start year and intervention. Suppressed figures are ".",
// undefined ones "–". An unsuppressed table says in its title and source that it is not protected.
FigureTable outcomes_table(const service::OutcomeTable& t, const std::string& region);

// The explanation of "." under a released table (threshold and rounding of the release).
std::string suppression_explanation(const service::OutcomeTable& t);

}  // namespace regio::web
