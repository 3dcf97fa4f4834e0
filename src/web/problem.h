// Error responses as RFC 9457 problem details (application/problem+json): type, title, status and
// detail, where detail is Error::message (the Dutch text for the user) and never Error::detail
// (SQL, library messages, file paths): that goes to the access log (Response::log_detail) only.
// The status comes from service/http_status.h (the one mapping), the type from its reason.
#pragma once

#include <string_view>

#include "base/error.h"
#include "web/http_types.h"

namespace regio::web {

// The Dutch title of a status ("Niet gevonden" for 404).
std::string_view status_title(int status);

Response problem(int status, std::string_view detail);  // type about:blank
Response problem(int status, std::string_view type, std::string_view detail);
// Status from service::http_status(), type service::problem_type(), detail Error::message.
Response problem(const Error& e);

}  // namespace regio::web
