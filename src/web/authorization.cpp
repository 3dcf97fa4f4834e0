#include "web/authorization.h"

#include <array>
#include <utility>

#include "service/policy.h"

namespace regio::web {
namespace {

constexpr std::array<std::pair<Permission, std::string_view>, 11> kNames{{
    {Permission::kPublic, "publiek"},
    {Permission::kSignedIn, "ingelogd"},
    {Permission::kRegionRead, "regio-lezen"},
    {Permission::kRegionWrite, "regio-schrijven"},
    {Permission::kRegionReopen, "regio-heropenen"},
    {Permission::kResearch, "onderzoek"},
    {Permission::kManageUsers, "gebruikersbeheer"},
    {Permission::kManageDeliveries, "leveringen-beheren"},
    {Permission::kImportResponses, "antwoorden-importeren"},
    {Permission::kPublishRelease, "release-publiceren"},
    {Permission::kManageWaves, "meetmomenten-beheren"},
}};

}  // namespace

Decision decide(Permission permission, const Actor& actor, std::string_view region) {
  if (permission == Permission::kPublic) return Decision::kAllow;
  if (actor.role == Role::kPubliek) return Decision::kUnauthenticated;
  bool ok = false;
  switch (permission) {
    case Permission::kPublic:
    case Permission::kSignedIn:
      ok = true;
      break;
    case Permission::kRegionRead:
      ok = service::allowed(actor, service::Action::kReadRegion, region);
      break;
    case Permission::kRegionWrite:
      ok = service::allowed(actor, service::Action::kEditResponse, region);
      break;
    case Permission::kRegionReopen:
      ok = service::allowed(actor, service::Action::kReopenResponse, region);
      break;
    case Permission::kResearch:
      ok = service::allowed(actor, service::Action::kReadAllRegions);
      break;
    case Permission::kManageUsers:
      ok = service::allowed(actor, service::Action::kManageUsers);
      break;
    case Permission::kManageDeliveries:
      ok = service::allowed(actor, service::Action::kManageDeliveries);
      break;
    case Permission::kImportResponses:
      ok = service::allowed(actor, service::Action::kImportResponses);
      break;
    case Permission::kPublishRelease:
      ok = service::allowed(actor, service::Action::kPublishRelease);
      break;
    case Permission::kManageWaves:
      ok = service::allowed(actor, service::Action::kManageWaves);
      break;
  }
  return ok ? Decision::kAllow : Decision::kForbidden;
}

std::string_view permission_name(Permission p) {
  for (const auto& [perm, name] : kNames)
    if (perm == p) return name;
  return "?";
}

std::optional<Permission> permission_from_name(std::string_view name) {
  for (const auto& [perm, n] : kNames)
    if (n == name) return perm;
  return std::nullopt;
}

}  // namespace regio::web
