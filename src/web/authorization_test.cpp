// The authorization decision for every route × role × own/other region, against the table in
// testdata/authorization.tsv; a route without rows (or a row without a route) fails.
#include "web/authorization.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

#include "web/app.h"
#include "web/authorization_matrix.h"

namespace regio::web {
namespace {

Actor actor_for(const std::string& role) {
  if (role == "anoniem") return Actor{"", Role::kPubliek, ""};
  if (role == "regio") return Actor{"regio-am13", Role::kRegio, "AM13"};
  if (role == "lezer") return Actor{"lezer-am13", Role::kLezer, "AM13"};
  return Actor{role, role_from_name(role).value(), ""};
}

std::string_view expected_of(Decision d) {
  switch (d) {
    case Decision::kAllow:
      return "ja";
    case Decision::kUnauthenticated:
      return "401";
    case Decision::kForbidden:
      return "403";
  }
  return "?";
}

TEST(AuthorizationTest, EveryRouteRoleAndRegionMatchesTheTable) {
  const auto rows = testing::read_matrix();
  ASSERT_FALSE(rows.empty());
  std::map<std::pair<std::string, std::string>, const Route*> by_key;
  for (const Route& r : routes()) by_key[{std::string(r.method), std::string(r.pattern)}] = &r;
  std::map<std::pair<std::string, std::string>, std::set<std::pair<std::string, std::string>>> seen;
  for (const auto& row : rows) {
    SCOPED_TRACE(row.method + " " + row.path + " " + row.role + " " + row.relation);
    auto it = by_key.find({row.method, row.path});
    ASSERT_NE(it, by_key.end()) << "row for a route that does not exist";
    EXPECT_TRUE((seen[{row.method, row.path}].insert({row.role, row.relation}).second)) << "duplicate row";
    const std::string region = std::string(it->second->pattern).find("{region}") == std::string::npos ? ""
                               : row.relation == "eigen"                                              ? "AM13"
                                                                                                      : "AM01";
    EXPECT_EQ(expected_of(decide(it->second->permission, actor_for(row.role), region)), row.expected);
  }
  for (const auto& [key, route] : by_key)
    EXPECT_EQ(seen[key].size(), 10u) << key.first << " " << key.second << ": every role × eigen/andere needs a row";
}

TEST(AuthorizationTest, RegionalRolesWithoutARegionInTheRequestAreRefused) {
  EXPECT_EQ(decide(Permission::kRegionRead, Actor{"r", Role::kRegio, "AM13"}, ""), Decision::kForbidden);
  EXPECT_EQ(decide(Permission::kRegionWrite, Actor{"l", Role::kLezer, "AM13"}, "AM13"), Decision::kForbidden);
  EXPECT_EQ(decide(Permission::kRegionWrite, Actor{"r", Role::kRegio, "AM13"}, "AM13"), Decision::kAllow);
  EXPECT_EQ(decide(Permission::kRegionWrite, Actor{"o", Role::kOnderzoeker, ""}, "AM13"), Decision::kForbidden);
  EXPECT_EQ(decide(Permission::kResearch, Actor{"o", Role::kOnderzoeker, ""}, ""), Decision::kAllow);
  EXPECT_EQ(decide(Permission::kResearch, Actor{"r", Role::kRegio, "AM13"}, ""), Decision::kForbidden);
}

TEST(AuthorizationTest, PermissionNamesRoundTrip) {
  for (auto p : {Permission::kPublic, Permission::kSignedIn, Permission::kRegionRead, Permission::kRegionWrite,
                 Permission::kRegionReopen, Permission::kResearch, Permission::kManageUsers})
    EXPECT_EQ(permission_from_name(permission_name(p)), p);
}

}  // namespace
}  // namespace regio::web
