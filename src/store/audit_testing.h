// Test support: the AuditEntry that test set-up code passes with its writes (store.h: every
// write carries one). Tests of the audit log itself build their own entries.
#pragma once

#include <string>

#include "store/store.h"

namespace regio::store {

inline AuditEntry test_audit(std::string action = "test", std::string target = "") {
  return AuditEntry{0, "2026-11-28T09:00:00Z", "test", "cli", std::move(action), std::move(target)};
}

}  // namespace regio::store
