// Which route a request may reach (DESIGN §2). Every route in routes.cpp names the Permission it
// needs; the dispatcher asks decide() before the handler runs. The whole table (every route ×
// role × own/other region) is tested against testdata/authorization.tsv.
//
// Two levels, one policy: a route decides only "logged in, with a role that may do this kind of
// thing for this region", and it decides that by asking service/policy.h (each Permission is one
// service::Action); what data a request then gets (which figures, suppressed or not, whose
// region) is decided by the use case it calls, again through service::authorize. The route check
// can therefore never allow what the policy refuses; it only gives the right HTTP answer (401 for
// an anonymous visitor on a non-public route) before the handler runs.
#pragma once

#include <optional>
#include <string_view>

#include "base/actor.h"

namespace regio::web {

enum class Permission {
  kPublic,       // anyone, also without logging in
  kSignedIn,     // any logged-in user (own session, logout)
  kRegionRead,   // service::Action::kReadRegion for the route's region
  kRegionWrite,  // service::Action::kEditResponse for the route's region
  kRegionReopen,  // service::Action::kReopenResponse for the route's region
  kResearch,     // service::Action::kReadAllRegions (onderzoeker, beheerder)
  kManageUsers,  // service::Action::kManageUsers (beheerder)
  kManageDeliveries,  // service::Action::kManageDeliveries (onderzoeker, beheerder)
  kImportResponses,   // service::Action::kImportResponses (idem)
  kPublishRelease,    // service::Action::kPublishRelease (idem)
  kManageWaves,       // service::Action::kManageWaves (idem)
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
