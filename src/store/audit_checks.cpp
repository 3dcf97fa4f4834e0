#include "store/audit_checks.h"

#include <fmt/format.h>

namespace regio::store {

Status check_audit_entry(const AuditEntry& e) {
  if (e.at.empty() || e.actor.empty() || e.action.empty() || (e.channel != "web" && e.channel != "cli"))
    return fail(ErrorCode::kInvalidArgument, "invalid-audit-entry",
                fmt::format("Auditregel onvolledig (tijd '{}', wie '{}', via '{}', wat '{}'): er is niets opgeslagen",
                            e.at, e.actor, e.channel, e.action));
  return {};
}

}  // namespace regio::store
