// The body of a JSON API request (POST, PUT) as a JSON object. A body that is no JSON, or JSON
// but no object, is kInvalidArgument (reason "invalid-json") with a Dutch message that says where
// the JSON breaks and what was expected: problem() turns it into a 400 problem details body.
//
//   auto body = json_object_body(r, "een JSON-object met naam, rol, regio en wachtwoord");
//   if (!body) return problem(body.error());
#pragma once

#include <string_view>

#include <nlohmann/json.hpp>

#include "base/error.h"
#include "web/http_types.h"

namespace regio::web {

Result<nlohmann::json> json_object_body(const Request& r, std::string_view expected);

}  // namespace regio::web
