// Texts with ${name} placeholders (advice, reasoning and caveat of a rule), filled in with the
// values of a profile. A name is letters, digits and '_'; there is no escape for "${".
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "advice/profile.h"
#include "advice/variables.h"
#include "base/error.h"

namespace regio::advice {

// The names referenced, in order of first appearance, without duplicates. kInvalidArgument
// with a Dutch message naming the character position (1-based, UTF-8 characters) of a "${"
// without "}" or an empty or malformed name.
Result<std::vector<std::string>> template_references(std::string_view text);

// The value as shown in Dutch text: numbers with a decimal comma ("2,5"), others as they are.
std::string shown_value(const std::string& value, VariableKind kind);

// `text` with every ${name} replaced by shown_value of the profile's value. REQUIRES: the text
// parses and every referenced variable is present in `profile` (advise() checks this first);
// an unknown or absent name is left as "${name}".
std::string fill_template(std::string_view text, const Profile& profile, const Catalogue& catalogue);

}  // namespace regio::advice
