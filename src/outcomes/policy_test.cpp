#include "outcomes/policy.h"

#include <gtest/gtest.h>

namespace regio::outcomes {
namespace {

// The role matrix of DESIGN §3.9, written out as data.
struct Expected {
  Actor actor;
  bool unsuppressed;
  bool publish;
  bool settings;
};

const std::vector<Expected>& matrix() {
  static const std::vector<Expected> rows = {
      {{"ria", Role::kBeheerder, ""}, true, true, true},    {{"otto", Role::kOnderzoeker, ""}, true, true, false},
      {{"rob", Role::kRegio, "AM13"}, false, false, false}, {{"lea", Role::kLezer, "AM13"}, false, false, false},
      {{"", Role::kPubliek, ""}, false, false, false},
  };
  return rows;
}

TEST(Policy, RoleMatrix) {
  for (const Expected& e : matrix()) {
    const std::string role(role_name(e.actor.role));
    EXPECT_EQ(may_see_unsuppressed(e.actor), e.unsuppressed) << role;
    EXPECT_EQ(may_publish_release(e.actor), e.publish) << role;
    EXPECT_EQ(may_change_disclosure_settings(e.actor), e.settings) << role;
    // The require_ functions agree with the may_ functions.
    EXPECT_EQ(require_unsuppressed(e.actor).has_value(), e.unsuppressed) << role;
    EXPECT_EQ(require_publish(e.actor).has_value(), e.publish) << role;
    EXPECT_EQ(require_settings_change(e.actor).has_value(), e.settings) << role;
  }
}

TEST(Policy, RefusalIsPermissionDeniedNamingTheRole) {
  const Actor regio{"rob", Role::kRegio, "AM13"};
  auto st = require_unsuppressed(regio);
  ASSERT_FALSE(st.has_value());
  EXPECT_EQ(st.error().code, ErrorCode::kPermissionDenied);
  EXPECT_EQ(st.error().message,
            "geen toestemming: cijfers zonder onthullingsbeveiliging is alleen voor onderzoekers en beheerders (u "
            "werkt als regio)");
  auto pub = require_publish(Actor{"", Role::kPubliek, ""});
  ASSERT_FALSE(pub.has_value());
  EXPECT_EQ(pub.error().code, ErrorCode::kPermissionDenied);
  EXPECT_NE(pub.error().message.find("een release publiceren"), std::string::npos) << pub.error().message;
  EXPECT_NE(pub.error().message.find("publiek"), std::string::npos) << pub.error().message;
  auto set = require_settings_change(Actor{"otto", Role::kOnderzoeker, ""});
  ASSERT_FALSE(set.has_value());
  EXPECT_EQ(set.error().code, ErrorCode::kPermissionDenied);
  EXPECT_NE(set.error().message.find("alleen voor beheerders"), std::string::npos) << set.error().message;
}

TEST(Policy, SettingsLimits) {
  struct Case {
    int threshold, rounding;
    bool ok;
  };
  const Case cases[] = {{10, 5, true},  {5, 1, true},    {5, 5, true},   {1000, 1000, true},
                        {4, 1, false},  {1, 1, false},   {0, 1, false},  {1001, 5, false},
                        {10, 0, false}, {10, 11, false}, {12, 12, true}, {10, -5, false}};
  for (const Case& c : cases) {
    auto st = validate_settings({c.threshold, c.rounding});
    EXPECT_EQ(st.has_value(), c.ok) << c.threshold << "/" << c.rounding;
    if (!st) {
      EXPECT_EQ(st.error().code, ErrorCode::kInvalidArgument);
    }
  }
  auto low = validate_settings({4, 1});
  ASSERT_FALSE(low.has_value());
  EXPECT_EQ(low.error().message, "drempel 4 is niet toegestaan: kies 5 tot en met 1000");
  auto wide = validate_settings({10, 11});
  ASSERT_FALSE(wide.has_value());
  EXPECT_EQ(wide.error().message, "afronding 11 is niet toegestaan: kies 1 tot en met de drempel (10)");
  EXPECT_EQ(kDefaultThreshold, 10);
  EXPECT_EQ(kDefaultRounding, 5);
  EXPECT_TRUE(validate_settings(DisclosureSettings{}).has_value());  // the defaults are valid
}

TEST(Policy, AReleaseMayRaiseTheThresholdButNeverLowerIt) {
  const DisclosureSettings installation{12, 5};
  auto same = settings_for_release(installation, std::nullopt);
  ASSERT_TRUE(same.has_value());
  EXPECT_EQ(same->threshold, 12);
  EXPECT_EQ(same->rounding, 5);
  auto higher = settings_for_release(installation, 20);
  ASSERT_TRUE(higher.has_value());
  EXPECT_EQ(higher->threshold, 20);
  EXPECT_EQ(higher->rounding, 5);
  EXPECT_TRUE(settings_for_release(installation, 12).has_value());
  auto lower = settings_for_release(installation, 11);
  ASSERT_FALSE(lower.has_value());
  EXPECT_EQ(lower.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(lower.error().message.find("--threshold 11 is lager dan de drempel van deze installatie (12)"),
            std::string::npos)
      << lower.error().message;
  auto huge = settings_for_release(installation, 5000);  // above the limit
  ASSERT_FALSE(huge.has_value());
  EXPECT_EQ(huge.error().code, ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace regio::outcomes
