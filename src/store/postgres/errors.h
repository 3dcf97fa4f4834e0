// Private to the PostgreSQL adapter: the one place where libpq and SQLSTATE failures become an
// Error whose code tells the caller what to do.
#pragma once

#include <string_view>

#include "base/error.h"

namespace regio::store::postgres_detail {

// What is known about one failure.
struct Failure {
  std::string_view sqlstate;     // five characters from the server; empty when none (no reply)
  bool connection_lost = false;  // libpq reports the connection as bad
  std::string_view message;      // the server's or libpq's own message (may be empty)
  std::string_view where;        // "server 127.0.0.1:5432, database regio" for the message
  std::string_view action;       // a Dutch verb phrase, e.g. "antwoorden opslaan"
  std::string_view secret;       // the password: removed from every message (may be empty)
};

// The mapping (the only one in the adapter):
//   23505 unique_violation                          -> kAlreadyExists
//   23503 foreign_key_violation                     -> kNotFound (what is referred to is missing)
//   other class 23 (check, not null) and class 22   -> kInvalidArgument (data the schema refuses)
//   no reply / lost connection, class 08, 53 (out of resources), 57P01-57P03 (shutdown),
//   40001 / 40P01 (serialization failure, deadlock), 55P03 (lock not available),
//   3D000 (unknown database)                        -> kUnavailable (retry or fix the server)
//   class 28 (28P01 wrong password, 28000 refused by pg_hba.conf / unknown role), or a
//   connection refused with libpq's "password authentication failed", "role … does not exist"
//   etc.                                            -> kPermissionDenied
//   anything else                                   -> kInternal
// The message names the action and what it means, in Dutch; `where`, the server's own message
// and the SQLSTATE go into Error::detail; neither ever holds the password.
Error to_error(const Failure& failure);

}  // namespace regio::store::postgres_detail
