// Checks every Store adapter applies to replace_responses before it writes anything, so the
// adapters agree on what is refused and with which message.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/error.h"
#include "forms/response.h"

namespace regio::store {

// kInvalidArgument when a response names another wave than `wave` (an empty wave is taken to
// be `wave`) or when a region occurs twice.
Status check_responses_of_wave(const std::string& wave, const std::vector<forms::Response>& rs);

// kInvalidArgument for save_response of a response without wave or region, or with a negative
// expected version.
Status check_single_response(const forms::Response& r, std::int64_t expected_version);

// The kFailedPrecondition (reason "version-conflict") of a save that started from an older
// version than the stored one, with the Dutch message every adapter gives.
Error version_conflict(std::int64_t stored_version);

// The current time as ISO 8601 UTC with milliseconds ("2026-11-28T07:30:14.123Z"), the form
// updated_at has in every adapter.
std::string now_iso_utc();

}  // namespace regio::store
