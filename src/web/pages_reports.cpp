// GET /rapporten/landelijk?meetmoment=W[&vergelijk=W0][&formaat=pdf|html]: the national report
// as a download, made by the same report use case and writer as `regiomonitor report national`
// (service/reports_service.h, document/output.h). Public: its outcome figures come only from the
// latest release, and the use case leaves out the per-region parts for roles that may not see them.
#include <fmt/format.h>

#include "document/output.h"
#include "service/services.h"
#include "web/pages.h"
#include "web/problem.h"

namespace regio::web {
namespace {

std::string query(const Request& r, const char* key) {
  const auto it = r.query.find(key);
  return it == r.query.end() ? std::string() : it->second;
}

}  // namespace

Response national_report_download(AppContext& app, Request& r) {
  const std::string format_name = query(r, "formaat").empty() ? "pdf" : query(r, "formaat");
  const auto format = document::output_format(format_name);
  if (!format)
    return error_response(app, r, problem(400, fmt::format("Onbekend formaat '{}': kies pdf of html.", format_name)));
  service::ReportRequest request{.wave = query(r, "meetmoment"), .software = service::kReportSoftware};
  if (request.wave.empty()) {
    auto waves = app.services.waves.list(r.actor);
    if (!waves) return error_response(app, r, problem(waves.error()));
    const service::WaveSummary* latest = nullptr;
    for (const auto& w : *waves)
      if (!latest || latest->wave.date < w.wave.date) latest = &w;
    if (!latest)
      return error_response(
          app, r, problem(Error{ErrorCode::kNotFound, "Er is nog geen meetmoment ingevoerd.", {}, 0, "no-waves", {}}));
    request.wave = latest->wave.code;
  }
  if (!query(r, "vergelijk").empty()) request.compare = query(r, "vergelijk");
  auto doc = app.services.reports.national(r.actor, request);
  if (!doc) return error_response(app, r, problem(doc.error()));
  auto bytes = document::write_document(*doc, *format);
  if (!bytes) return error_response(app, r, problem(bytes.error()));
  Response out;
  out.content_type = std::string(document::content_type(*format));
  out.headers.emplace_back("Content-Disposition", fmt::format("attachment; filename=\"landelijk-rapport-{}.{}\"",
                                                              request.wave, document::extension(*format)));
  out.body = std::move(*bytes);
  return out;
}

}  // namespace regio::web
