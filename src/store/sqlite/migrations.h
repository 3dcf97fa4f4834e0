// Private to the SQLite adapter: the versioned schema and the code that brings a database file
// up to date.
//
// Each migration has a version (1, 2, …, without gaps) and SQL that takes the schema from the
// previous version to this one. Applied versions are recorded in the table schema_version
// (version, description, applied_at). Never edit a released migration: add a new one.
#pragma once

#include <span>

#include "base/error.h"
#include "store/sqlite/connection.h"

namespace regio::store::sqlite_detail {

struct Migration {
  int version;
  const char* description;
  const char* sql;
};

// The migrations of this program, in version order.
std::span<const Migration> schema_migrations();

// Applies every migration in `migrations` newer than the database's version, all in one
// IMMEDIATE transaction (all or nothing). When the version is current it only reads, without a
// transaction, so it never waits for another process's write. kPermissionDenied when a migration
// is needed but the connection is read-only. kFailedPrecondition when the database has a version newer than
// the last of `migrations` (it was written by a newer program: upgrade this one).
// REQUIRES: `migrations` is in version order, starting at 1, without gaps.
Status migrate(Connection& connection, std::span<const Migration> migrations);

}  // namespace regio::store::sqlite_detail
