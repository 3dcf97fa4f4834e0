#include "service/audit.h"

#include "service/outcome_data.h"

namespace regio::service {

store::AuditEntry audit_entry(const Actor& actor, std::string action, std::string target) {
  return audit_entry(actor, std::move(action), std::move(target), now_utc_iso());
}

store::AuditEntry audit_entry(const Actor& actor, std::string action, std::string target, std::string at) {
  return store::AuditEntry{0,
                           std::move(at),
                           actor.name.empty() ? std::string("onbekend") : actor.name,
                           std::string(channel_name(actor.channel)),
                           std::move(action),
                           std::move(target)};
}

}  // namespace regio::service
