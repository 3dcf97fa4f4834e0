// The authorisation matrix of DESIGN §2, kept as data: every action × every role (and the
// public) × own / other region. Written from the DESIGN table, not from the code.
#include "service/policy.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace regio::service {
namespace {

struct Row {
  Action action;
  const char* name;
  // beheerder, onderzoeker, regio own, regio other, lezer own, lezer other, publiek
  const char* expected;  // 'y' / 'n' per column
};

const std::vector<Row> kMatrix = {
    {Action::kReadPublished, "kReadPublished", "yyyyyyy"},
    {Action::kReadRegion, "kReadRegion", "yyynynn"},
    {Action::kReadAllRegions, "kReadAllRegions", "yynnnnn"},
    {Action::kEditResponse, "kEditResponse", "ynynnnn"},
    {Action::kReopenResponse, "kReopenResponse", "yynnnnn"},
    {Action::kImportResponses, "kImportResponses", "yynnnnn"},
    {Action::kManageWaves, "kManageWaves", "yynnnnn"},
    {Action::kManageDeliveries, "kManageDeliveries", "yynnnnn"},
    {Action::kManageGoals, "kManageGoals", "yyynnnn"},
    {Action::kSeeUnsuppressed, "kSeeUnsuppressed", "yynnnnn"},
    {Action::kPublishRelease, "kPublishRelease", "yynnnnn"},
    {Action::kChangeSettings, "kChangeSettings", "ynnnnnn"},
    {Action::kManageUsers, "kManageUsers", "ynnnnnn"},
};

struct Column {
  Actor actor;
  const char* region;  // the region the action is about
};

const std::vector<Column> kColumns = {
    {{"b", Role::kBeheerder, ""}, "AM13"}, {{"o", Role::kOnderzoeker, ""}, "AM13"},
    {{"r", Role::kRegio, "AM13"}, "AM13"}, {{"r", Role::kRegio, "AM13"}, "AM14"},
    {{"l", Role::kLezer, "AM13"}, "AM13"}, {{"l", Role::kLezer, "AM13"}, "AM14"},
    {{"p", Role::kPubliek, ""}, "AM13"},
};

TEST(Policy, MatrixOfEveryActionRoleAndRegion) {
  for (const Row& row : kMatrix) {
    for (std::size_t c = 0; c < kColumns.size(); ++c) {
      const bool expected = row.expected[c] == 'y';
      const Column& col = kColumns[c];
      EXPECT_EQ(allowed(col.actor, row.action, col.region), expected)
          << row.name << " as " << role_name(col.actor.role) << " " << col.actor.region << " on " << col.region;
      auto st = authorize(col.actor, row.action, col.region);
      EXPECT_EQ(st.has_value(), expected) << row.name;
      if (!st) {
        EXPECT_EQ(st.error().code, ErrorCode::kPermissionDenied);
        EXPECT_EQ(st.error().reason, "permission-denied");
        EXPECT_TRUE(st.error().message.starts_with("geen toestemming: ")) << st.error().message;
      }
    }
  }
}

TEST(Policy, RegionBoundActionsWithoutARegionAreForNationalRolesOnly) {
  const Actor regio{"r", Role::kRegio, "AM13"};
  EXPECT_FALSE(allowed(regio, Action::kReadRegion, ""));
  EXPECT_FALSE(allowed(regio, Action::kEditResponse, ""));
  EXPECT_TRUE(allowed(Actor{"o", Role::kOnderzoeker, ""}, Action::kReadRegion, ""));
}

TEST(Policy, RefusalsNameWhatAndWho) {
  auto st = authorize(Actor{"r", Role::kRegio, "AM13"}, Action::kEditResponse, "AM14");
  ASSERT_FALSE(st);
  EXPECT_EQ(st.error().message,
            "geen toestemming: de vragenlijst van regio AM14 invullen of indienen is alleen voor de coördinator van "
            "de eigen regio en beheerders (u werkt als regio van AM13)");
  // The outcome rules keep the wording of outcomes/policy.h.
  auto figures = authorize(Actor{"p", Role::kPubliek, ""}, Action::kSeeUnsuppressed);
  ASSERT_FALSE(figures);
  EXPECT_EQ(figures.error().message,
            "geen toestemming: cijfers zonder onthullingsbeveiliging is alleen voor onderzoekers en beheerders (u "
            "werkt als publiek)");
}

}  // namespace
}  // namespace regio::service
