// Error responses as RFC 9457 problem details (application/problem+json): type, title, status and
// detail, where detail is the Dutch message for the user and never server detail (SQL, file
// paths): errors whose message may carry such detail (kUnavailable, kPermissionDenied,
// kFailedPrecondition, kInternal: messages from the store adapters) get a fixed Dutch text, and
// the original message goes to the access log (Response::log_detail) only.
#pragma once

#include <string_view>

#include "base/error.h"
#include "web/http_types.h"

namespace regio::web {

// The Dutch title of a status ("Niet gevonden" for 404).
std::string_view status_title(int status);

Response problem(int status, std::string_view detail);
// Status from http_status(); detail from the error's message where that is safe to show.
Response problem(const Error& e);

}  // namespace regio::web
