// The check every Store adapter applies to the AuditEntry of a write, so they agree on what is
// refused. The SQL adapters check it when they store the entry, at the end of the write's
// transaction (a refused entry rolls the write back); the memory adapter checks it first.
#pragma once

#include "base/error.h"
#include "store/store.h"

namespace regio::store {

// kInvalidArgument (reason "invalid-audit-entry") when the entry has no time, actor or action,
// or a channel other than "web" or "cli".
Status check_audit_entry(const AuditEntry& e);

}  // namespace regio::store
