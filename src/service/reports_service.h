// The report use case: gathers the inputs of the national report and the fact sheets under the
// actor's policy and returns the documents (reports/national_report.h, reports/fact_sheet.h),
// so the CLI and the web offer the same downloads.
//
//   auto doc = services.reports.national(actor, {.wave = "2020-vervolg"});
//   auto sheets = services.reports.fact_sheets(actor, {.wave = "2020-vervolg", .regions = {"AM13"}});
//
// Policy: outcome figures always come from a release (disclosure-controlled), so the national
// report is published to everyone (kReadPublished); its per-region goals outlook and advice
// overview are region detail and are included only for the national roles (kReadAllRegions).
// A fact sheet is region detail: kReadRegion for that region (its own regio/lezer and the
// national roles); every region at once only for the national roles.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/config.h"
#include "base/actor.h"
#include "base/date.h"
#include "base/error.h"
#include "document/document.h"
#include "service/deps.h"
#include "service/release_cache.h"

namespace regio::service {

// The software named in a document's colophon.
inline constexpr const char* kReportSoftware = "Regiomonitor 0.1";

struct ReportRequest {
  std::string wave;
  std::optional<std::string> compare;  // default: the wave dated before it (none for the first)
  std::optional<Date> release;         // default: the latest release; none published = no outcomes
  std::vector<std::string> regions;    // fact sheets only; empty = every region with a response
  std::string software = "Regiomonitor";
};

struct RegionDocument {
  std::string region;
  document::Document document;
};


class Reports {
 public:
  Reports(Deps deps, ReleaseCache& cache) : deps_(deps), cache_(cache) {}
  // Errors: kPermissionDenied (policy), kNotFound for an unknown wave, compare wave or release.
  Result<document::Document> national(const Actor& actor, const ReportRequest& request);
  // One document per region, by region code. kInvalidArgument for a code that is not a region.
  Result<std::vector<RegionDocument>> fact_sheets(const Actor& actor, const ReportRequest& request);

 private:
  Deps deps_;
  ReleaseCache& cache_;
};

}  // namespace regio::service
