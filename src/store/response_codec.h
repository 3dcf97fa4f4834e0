// Private to the Store adapters (sqlite/, postgres/): the text forms of a response's status,
// answers and repeats as stored in their responses tables, so both adapters store the same text.
//
//   answers  {"niveau": "3", "toelichting": "Één regel"}
//   repeats  {"doelen": [{"omschrijving": "…"}, {…}]}
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/error.h"
#include "forms/response.h"

namespace regio::store {

// "concept" / "ingediend". Kept here rather than using forms' to_string so the adapter's stored
// form cannot change with the forms module's display text.
const char* status_text(forms::ResponseStatus status);
// kInternal for any other text (the CHECK constraint should make that impossible).
Result<forms::ResponseStatus> parse_status_text(std::string_view text);

// kInvalidArgument when a name or value is not valid UTF-8.
Result<std::string> encode_answers(const forms::Answers& answers);
// With `parents` (forms::Response::repeat_parents), each row of a nested repeat carries the index
// of its row in the enclosing repeat as the member "@ouder_rij" (a number; '@' cannot start a
// question name): {"leden": [{"@ouder_rij": 0, "naam": "…"}]}.
Result<std::string> encode_repeats(const std::map<std::string, std::vector<forms::Answers>>& repeats,
                                   const std::map<std::string, std::vector<std::size_t>>* parents = nullptr);

// kInternal when the stored text is not of the form above (a damaged database).
Result<forms::Answers> decode_answers(std::string_view json);
// `parents`, when given, receives the "@ouder_rij" members (which are not answers).
Result<std::map<std::string, std::vector<forms::Answers>>> decode_repeats(
    std::string_view json, std::map<std::string, std::vector<std::size_t>>* parents = nullptr);

}  // namespace regio::store
