// The parts of the dashboard beyond map, ladder and transitions (internal to the web module).
#pragma once

#include <optional>
#include <string>

#include "analysis/config.h"
#include "analysis/national.h"
#include "service/outcome_data.h"
#include "web/dashboard_figures.h"

namespace regio::web::internal {

// dashboard_profile.cpp: embedding classes, embedding elements, stakeholders, goals per type.
void add_profile_parts(DashboardFigures& f, const analysis::NationalAnalysis& a, const analysis::Config& config,
                       const std::string& source);
// dashboard_outcomes.cpp: the national outcome indicators per start year from the release.
void add_outcome_parts(DashboardFigures& f, const std::optional<service::OutcomeTable>& release);

}  // namespace regio::web::internal
