// Who may use which route: decided here and nowhere else (DESIGN §2). Every route in routes.cpp
// names the Permission it needs; the dispatcher asks decide() before the handler runs. The whole
// table (every route × role × own/other region) is tested against testdata/authorization.tsv.
#pragma once

#include <optional>
#include <string_view>

#include "base/actor.h"

namespace regio::web {

enum class Permission {
  kPublic,       // anyone, also without logging in
  kSignedIn,     // any logged-in user
  kRegionRead,   // a region's own data: regio and lezer of that region, onderzoeker, beheerder
  kRegionWrite,  // change a region's data: regio of that region, beheerder
  kResearch,     // onderzoeker, beheerder
  kManageUsers,  // beheerder
};

enum class Decision {
  kAllow,
  kUnauthenticated,  // log in first (401)
  kForbidden,        // logged in, but this role or region may not (403)
};

// `region` is the region the request is about (from the route's {region}), or "" when none.
Decision decide(Permission permission, const Actor& actor, std::string_view region);

std::string_view permission_name(Permission p);  // "publiek", "ingelogd", ...
std::optional<Permission> permission_from_name(std::string_view name);

}  // namespace regio::web
