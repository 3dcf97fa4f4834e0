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
// The body of an error response (RFC 9457 problem details) carries Error::reason as its type and
// Error::message as its detail; Error::detail (SQL, library messages, server paths) is logged,
// never sent.
#pragma once

#include "base/error.h"

namespace regio::service {

int http_status(ErrorCode code);

}  // namespace regio::service
