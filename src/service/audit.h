// The audit log's entry for a write: who (the actor's name), when (now, UTC), from where (the
// actor's channel: web or CLI) and what (a short Dutch phrase and the object). Every use case
// that writes passes one to the store, which stores it in the same transaction as the write
// (store/store.h), so the log holds exactly the writes that happened.
//
//   deps_.store.delete_goal(id, audit_entry(actor, "doel verwijderd", fmt::format("doel {}", id)));
#pragma once

#include <string>

#include "base/actor.h"
#include "store/store.h"

namespace regio::service {

store::AuditEntry audit_entry(const Actor& actor, std::string action, std::string target);
// The same at time `at` (ISO 8601 UTC with seconds), for callers that keep their own clock.
store::AuditEntry audit_entry(const Actor& actor, std::string action, std::string target, std::string at);

}  // namespace regio::service
