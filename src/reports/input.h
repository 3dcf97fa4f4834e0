// What the report documents are assembled from: finished values only (no store, no clock).
// The service layer (service/reports_service.h) gathers them under the actor's policy.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "advice/advise.h"
#include "analysis/config.h"
#include "analysis/national.h"
#include "base/date.h"
#include "forms/response.h"
#include "outcomes/disclosure.h"
#include "outcomes/goals.h"
#include "report/patterns.h"
#include "report/success_factors.h"

namespace regio::reports {

// The published table of one release (always under disclosure control in a report).
struct ReleaseFigures {
  outcomes::DisclosedTable table;
  Date peildatum;
};

struct ReportInput {
  analysis::NationalAnalysis analysis;  // the wave (with its compare wave when given)
  analysis::Config config;
  // The analyses of every wave up to and including this one, oldest first (for levels over time).
  std::vector<analysis::NationalAnalysis> history;
  std::vector<forms::Response> responses;  // submitted responses of the wave (fact sheets)
  std::vector<report::PatternFinding> patterns;
  report::SuccessFactors success_factors;
  std::optional<ReleaseFigures> release;  // nullopt: no release published
  std::vector<outcomes::Goal> goals;      // quantitative goals (all regions, or the one region)
  std::optional<advice::AdviceReport> advice;
  // False when the reader may not see single regions' goals and advice (public): the national
  // report then refers to the fact sheets instead of saying there are none.
  bool region_detail = true;
  Date generated;                         // generation date (passed in)
  std::string software = "Regiomonitor";  // "Regiomonitor 0.1"
  bool fictional = false;                 // demo data: every page says so
};

// The running text of every page.
std::string running_text(const ReportInput& in, const std::string& what);

}  // namespace regio::reports
