// Checks every Store adapter applies to replace_responses before it writes anything, so the
// adapters agree on what is refused and with which message.
#pragma once

#include <string>
#include <vector>

#include "base/error.h"
#include "forms/response.h"

namespace regio::store {

// kInvalidArgument when a response names another wave than `wave` (an empty wave is taken to
// be `wave`) or when a region occurs twice.
Status check_responses_of_wave(const std::string& wave, const std::vector<forms::Response>& rs);

}  // namespace regio::store
