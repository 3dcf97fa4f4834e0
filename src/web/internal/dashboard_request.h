// What the dashboard's page, downloads and JSON share: reading the filters of the request and
// gathering the figures through the service layer (internal to the web module).
#pragma once

#include <string>
#include <vector>

#include "base/error.h"
#include "service/waves.h"
#include "web/app.h"
#include "web/dashboard_figures.h"

namespace regio::web::internal {

// The figures for ?meetmoment=W&vergelijk=W0 (default: the latest wave, no comparison): the
// national analysis (services.waves.analyse) and the latest release (services.outcomes.indicators;
// none published is no error). `waves` receives every wave, oldest first, for the filter form.
Result<DashboardFigures> load_dashboard(AppContext& app, const Request& r, std::vector<service::WaveSummary>& waves);

// "?meetmoment=W[&vergelijk=W0]": the filters that reproduce the view (permalink).
std::string dashboard_query(const DashboardFigures& f);

// The parts named by ?onderdeel= (all parts with figures when absent or empty); kInvalidArgument
// naming the parts there are for an unknown one.
Result<std::vector<const DashboardPart*>> selected_parts(const DashboardFigures& f, const Request& r);

}  // namespace regio::web::internal
