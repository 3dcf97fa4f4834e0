#include "web/authorization.h"

#include <array>
#include <utility>

namespace regio::web {
namespace {

constexpr std::array<std::pair<Permission, std::string_view>, 6> kNames{{
    {Permission::kPublic, "publiek"},
    {Permission::kSignedIn, "ingelogd"},
    {Permission::kRegionRead, "regio-lezen"},
    {Permission::kRegionWrite, "regio-schrijven"},
    {Permission::kResearch, "onderzoek"},
    {Permission::kManageUsers, "gebruikersbeheer"},
}};

bool own_region(const Actor& a, std::string_view region) { return !region.empty() && a.region == region; }

}  // namespace

Decision decide(Permission permission, const Actor& actor, std::string_view region) {
  if (permission == Permission::kPublic) return Decision::kAllow;
  if (actor.role == Role::kPubliek) return Decision::kUnauthenticated;
  bool allowed = false;
  switch (permission) {
    case Permission::kPublic:
    case Permission::kSignedIn:
      allowed = true;
      break;
    case Permission::kRegionRead:
      allowed = actor.role == Role::kBeheerder || actor.role == Role::kOnderzoeker ||
                ((actor.role == Role::kRegio || actor.role == Role::kLezer) && own_region(actor, region));
      break;
    case Permission::kRegionWrite:
      allowed = actor.role == Role::kBeheerder || (actor.role == Role::kRegio && own_region(actor, region));
      break;
    case Permission::kResearch:
      allowed = actor.role == Role::kBeheerder || actor.role == Role::kOnderzoeker;
      break;
    case Permission::kManageUsers:
      allowed = actor.role == Role::kBeheerder;
      break;
  }
  return allowed ? Decision::kAllow : Decision::kForbidden;
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
