#include "web/json_body.h"

#include <fmt/format.h>

namespace regio::web {

Result<nlohmann::json> json_object_body(const Request& r, std::string_view expected) {
  nlohmann::json body;
  try {
    body = nlohmann::json::parse(r.body);
  } catch (const nlohmann::json::parse_error& e) {
    Error error;
    error.code = ErrorCode::kInvalidArgument;
    error.reason = "invalid-json";
    error.message = r.body.empty() ? fmt::format("Het verzoek heeft geen inhoud; verwacht: {}.", expected)
                               : fmt::format("De inhoud van het verzoek is geen geldige JSON (fout bij teken {}); "
                                             "verwacht: {}.",
                                             e.byte, expected);
    error.detail = e.what();
    return std::unexpected(std::move(error));
  }
  if (!body.is_object())
    return fail(ErrorCode::kInvalidArgument, "invalid-json",
                fmt::format("De inhoud van het verzoek is JSON, maar geen object; verwacht: {}.", expected));
  return body;
}

}  // namespace regio::web
