// The disclosure policy: who may see which outcome figures and change how they are protected.
// Decided here and nowhere else; the CLI and (later) the web call these functions with their
// Actor, so a rule changes in one place.
//
//   if (auto st = require_unsuppressed(actor); !st) return st;   // before any unprotected figure
//
// - Unsuppressed figures (any peildatum, exact counts): beheerder and onderzoeker only.
// - Publishing a release: beheerder and onderzoeker.
// - Changing the installation's disclosure settings: beheerder only.
// - Everyone else (regio, lezer, public) reads published releases, under disclosure control.
// - The threshold of the installation (default 10) cannot be lowered per request: a release
//   may be made with a higher threshold, never a lower one. The installation's own threshold is
//   at least kMinimumThreshold and its rounding between 1 and the threshold.
#pragma once

#include "base/actor.h"
#include "base/error.h"
#include "outcomes/release.h"

namespace regio::outcomes {

inline constexpr int kMinimumThreshold = 5;
inline constexpr int kDefaultThreshold = 10;
inline constexpr int kDefaultRounding = 5;

bool may_see_unsuppressed(const Actor& actor);
bool may_publish_release(const Actor& actor);
bool may_change_disclosure_settings(const Actor& actor);

// kPermissionDenied with a Dutch message naming the role, when the actor may not.
Status require_unsuppressed(const Actor& actor);
Status require_publish(const Actor& actor);
Status require_settings_change(const Actor& actor);

// kInvalidArgument when the settings are outside the limits above.
Status validate_settings(const DisclosureSettings& settings);
// The settings for one release: the installation's, with a threshold raised to `requested` when
// given. kInvalidArgument when `requested` is lower than the installation's threshold.
Result<DisclosureSettings> settings_for_release(const DisclosureSettings& installation, std::optional<int> requested);

}  // namespace regio::outcomes
