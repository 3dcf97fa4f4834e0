#include "web/audit_filter.h"

#include "base/date.h"
#include "base/text.h"

namespace regio::web {
namespace {

std::string param(const Request& r, const std::string& key) {
  auto it = r.query.find(key);
  return it == r.query.end() ? std::string() : std::string(trim(it->second));
}

}  // namespace

AuditFilter read_audit_filter(const Request& r) {
  AuditFilter f;
  f.user = param(r, "gebruiker");
  f.from = param(r, "van");
  f.to = param(r, "tot");
  f.query.actor = f.user;
  f.query.limit = kAuditPageSize + 1;
  if (!f.from.empty()) {
    if (auto d = parse_iso_date(f.from))
      f.query.from = format_iso(*d);
    else
      f.from_error = "Vul de begindatum in als JJJJ-MM-DD, bijvoorbeeld 2026-11-01.";
  }
  if (!f.to.empty()) {
    if (auto d = parse_iso_date(f.to))
      f.query.until = format_iso(*d + 1);  // up to and including that day
    else
      f.to_error = "Vul de einddatum in als JJJJ-MM-DD, bijvoorbeeld 2026-11-30.";
  }
  if (auto before = parse_integer(param(r, "voor")); before && *before > 0) f.query.before = *before;
  return f;
}

std::string AuditFilter::query_string(std::int64_t before) const {
  std::vector<std::pair<std::string, std::string>> fields;
  if (!user.empty()) fields.emplace_back("gebruiker", user);
  if (!from.empty()) fields.emplace_back("van", from);
  if (!to.empty()) fields.emplace_back("tot", to);
  if (before > 0) fields.emplace_back("voor", std::to_string(before));
  return form_encode(fields);
}

}  // namespace regio::web
