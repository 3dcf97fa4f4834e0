#include "forms/response.h"

namespace regio::forms {

const char* to_string(ResponseStatus s) { return s == ResponseStatus::kConcept ? "concept" : "ingediend"; }

bool parse_response_status(const std::string& text, ResponseStatus* out) {
  if (text == "concept") {
    *out = ResponseStatus::kConcept;
    return true;
  }
  if (text == "ingediend") {
    *out = ResponseStatus::kIngediend;
    return true;
  }
  return false;
}

const std::string& Response::answer(const std::string& name) const {
  static const std::string kEmpty;
  auto it = answers.find(name);
  return it == answers.end() ? kEmpty : it->second;
}

}  // namespace regio::forms
