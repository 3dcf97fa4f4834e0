// Report inputs from the demo's responses for the reports tests: the fourth wave (2020-vervolg)
// analysed against the third, and optionally the demo's real release of 01-01-2025 reduced to
// NL, AM13 and AM19 (src/report/testdata/outcomes/) with one quantitative goal of AM13.
#pragma once

#include "reports/input.h"

namespace regio::reports::testing {

ReportInput demo_input(bool with_release);

// demo_input(true) as the service gathers it for the fact sheets: the analyses of all four waves
// as history, the measured goals of the level-5 regions, and the advice of the default rules.
ReportInput full_demo_input();

}  // namespace regio::reports::testing
