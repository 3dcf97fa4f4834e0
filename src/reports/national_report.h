// The national report of one wave ("Stand van zaken"), assembled from finished values into a
// document (document/document.h) that the HTML and PDF writers print.
//
//   reports::ReportInput in = ...;                  // gathered by service::Reports
//   document::Document doc = reports::national_report(in);
//
// Sections (anchors): samenvatting, niveaus, beoogd, borging, betrokkenheid, producten, doelen,
// activiteiten, knelpunten, uitkomsten, patronen, vooruit, advies, methoden, colofon. Every chart
// is a figure with alt text followed by a table of the same figures; outcome figures come only
// from the release's disclosed table (suppressed cells as "."). Demo data: every page says so.
#pragma once

#include "document/document.h"
#include "reports/input.h"

namespace regio::reports {

document::Document national_report(const ReportInput& in);

}  // namespace regio::reports
