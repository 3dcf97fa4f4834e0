// The one mapping from error codes to HTTP status, for the web module (the CLI maps codes to
// exit codes in cli/exit_code.cpp). A pure function: the code decides, never the message.
//
//   kInvalidArgument    400 Bad Request           the request's parameters are wrong
//   kInvalidData        422 Unprocessable Content an uploaded file breaks the rules (problems listed)
//   kNotFound           404 Not Found
//   kAlreadyExists      409 Conflict              e.g. a release with that peildatum exists
//   kFailedPrecondition 409 Conflict              e.g. reason "version-conflict": reload and retry
//   kPermissionDenied   403 Forbidden             logged in, but the role may not
//   kUnauthenticated    401 Unauthorized          log in first
//   kUnavailable        503 Service Unavailable   database busy or unreachable: retry later
//   kInternal           500 Internal Server Error our bug
//
// The body of an error response (RFC 9457 problem details) carries problem_type() as its type and
// Error::message as its detail; Error::detail (SQL, library messages, server paths) is logged,
// never sent.
//
// Reasons in use: version-conflict, response-submitted, response-not-submitted,
// response-incomplete, response-invalid (with problems), wave-not-found, release-not-found,
// no-release, no-deliveries, delivery-not-found, delivery-damaged, release-damaged,
// traject-in-other-delivery, empty-delivery, invalid-delivery-id, invalid-wave-code,
// unknown-region, extraction-date-in-future, earliest-after-extraction,
// peildatum-needs-unsuppressed, release-or-unsuppressed, permission-denied, invalid-data, and from
// the store adapters database-busy, database-unavailable, database-read-only,
// database-login-refused, database-error, already-exists, constraint-violated, reference-missing.
#pragma once

#include <string>

#include "base/error.h"

namespace regio::service {

int http_status(ErrorCode code);

// Error::reason, or the code's kebab-case name (code_name) when the error names no reason.
std::string problem_type(const Error& error);

}  // namespace regio::service
