// Private to forms: the canonical text of one answer by question type (response.h), or why the
// typed value is not an answer of that type.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "forms/definition.h"

namespace regio::forms {

struct AnswerError {
  std::string rule;     // "type" or "keuzelijst"
  std::string message;  // Dutch, e.g. "waarde 'x' is geen geheel getal"
};

// `allowed` (for selects with a choice_filter): the choice names that pass the filter, or
// nullptr for the whole list.
std::variant<std::string, std::vector<AnswerError>> canonical_answer(const Definition& def, const Question& q,
                                                                     const std::string& value,
                                                                     const std::vector<std::string>* allowed = nullptr);

}  // namespace regio::forms
