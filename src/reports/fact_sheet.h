// The fact sheet of one region (2–4 pages), readable on its own by a regional alderman: its
// level over the waves against the national picture, its embedding per element against the
// national mean, stakeholders, products, goals with progress and projection, its outcomes per
// year and intervention from the release, and its advice.
//
//   document::Document doc = reports::fact_sheet(in, "AM13", "Midden-Utrecht");
#pragma once

#include <string>

#include "document/document.h"
#include "reports/input.h"

namespace regio::reports {

// `name` is the region's display name ("" = the code only). A region without a submitted
// response in the wave gets a sheet that says so, with its outcomes.
document::Document fact_sheet(const ReportInput& in, const std::string& region, const std::string& name);

}  // namespace regio::reports
