// GET /api/v1/audit: the audit log as JSON for the beheerder, with the page's filter
// (web/audit_filter.h): newest first, 50 entries, and the link to the older ones.
#include <nlohmann/json.hpp>

#include "web/audit_filter.h"
#include "web/pages.h"
#include "web/problem.h"

namespace regio::web {

Response api_audit(AppContext& app, Request& r) {
  const AuditFilter f = read_audit_filter(r);
  if (!f.valid()) return problem(400, f.from_error.empty() ? f.to_error : f.from_error);
  auto log = app.store.audit_log(f.query);
  if (!log) return problem(log.error());
  const bool older = log->size() > kAuditPageSize;
  if (older) log->pop_back();
  nlohmann::json entries = nlohmann::json::array();
  for (const auto& e : *log)
    entries.push_back(
        {{"id", e.id}, {"tijd", e.at}, {"wie", e.actor}, {"via", e.channel}, {"wat", e.action}, {"object", e.target}});
  nlohmann::json body{{"regels", entries}, {"ouder", nullptr}};
  if (older) body["ouder"] = "/api/v1/audit?" + f.query_string(log->back().id);
  return json_response(200, body.dump());
}

}  // namespace regio::web
