// The contract of Store's account calls (users, sessions, login attempts, audit log), run against
// every adapter. Part of store_contract_test.
#include <gtest/gtest.h>

#include "store/contract_fixture.h"

namespace regio::store {
namespace {

template <class Factory>
class StoreAccountsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = factory_.make();
    ASSERT_NE(store_, nullptr);
  }
  Factory factory_;
  std::unique_ptr<Store> store_;
};
TYPED_TEST_SUITE(StoreAccountsTest, contract::Implementations, contract::ImplementationNames);

UserRecord make_user(std::string name, std::string role, std::string region = "") {
  return {std::move(name), std::move(role), std::move(region), "$argon2id$hash", false, "2026-11-28T09:00:00Z"};
}

AuditEntry audit(std::string action, std::string target, std::string at = "2026-11-28T09:00:00Z") {
  return {0, std::move(at), "beheerder", "cli", std::move(action), std::move(target)};
}

TYPED_TEST(StoreAccountsTest, UsersAreAddedListedByNameAndDisabledWithAudit) {
  Store& s = *this->store_;
  ASSERT_TRUE(s.add_user(make_user("regio-am13", "regio", "AM13"), audit("gebruiker-toevoegen", "regio-am13")));
  ASSERT_TRUE(s.add_user(make_user("beheerder", "beheerder"), audit("gebruiker-toevoegen", "beheerder")));
  auto again = s.add_user(make_user("beheerder", "lezer", "AM01"), audit("gebruiker-toevoegen", "beheerder"));
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::kAlreadyExists);

  auto all = s.users();
  ASSERT_TRUE(all);
  ASSERT_EQ(all->size(), 2u);
  EXPECT_EQ((*all)[0].name, "beheerder");
  EXPECT_EQ((*all)[0].role, "beheerder");  // the refused add changed nothing
  EXPECT_EQ((*all)[1].region, "AM13");
  auto one = s.user("regio-am13");
  ASSERT_TRUE(one);
  EXPECT_EQ(one->password_hash, "$argon2id$hash");
  EXPECT_FALSE(one->disabled);
  EXPECT_EQ(one->created_at, "2026-11-28T09:00:00Z");
  EXPECT_EQ(s.user("niemand").error().code, ErrorCode::kNotFound);

  ASSERT_TRUE(s.put_session({"h1", "regio-am13", "2026-11-28T09:00:00Z", "2026-11-28T09:00:00Z", "c1"}));
  ASSERT_TRUE(s.disable_user("regio-am13", audit("gebruiker-blokkeren", "regio-am13", "2026-11-28T09:05:00Z")));
  EXPECT_TRUE(s.user("regio-am13")->disabled);
  EXPECT_EQ(s.session("h1").error().code, ErrorCode::kNotFound);  // sessions end with the account
  EXPECT_EQ(s.disable_user("niemand", audit("gebruiker-blokkeren", "niemand")).error().code, ErrorCode::kNotFound);

  auto log = s.audit_log({.limit = 10});
  ASSERT_TRUE(log);
  ASSERT_EQ(log->size(), 3u);  // the refused add and the unknown disable wrote nothing
  EXPECT_EQ((*log)[0].action, "gebruiker-blokkeren");
  EXPECT_EQ((*log)[0].target, "regio-am13");
  EXPECT_EQ((*log)[0].at, "2026-11-28T09:05:00Z");
  EXPECT_EQ((*log)[0].channel, "cli");
  EXPECT_EQ((*log)[0].actor, "beheerder");
  EXPECT_EQ((*log)[2].target, "regio-am13");
  EXPECT_GT((*log)[0].id, (*log)[1].id);
  EXPECT_GT((*log)[1].id, (*log)[2].id);
  EXPECT_EQ(s.audit_log({.limit = 1})->size(), 1u);
}

TYPED_TEST(StoreAccountsTest, SessionsAreStoredTouchedAndDeleted) {
  Store& s = *this->store_;
  ASSERT_TRUE(s.add_user(make_user("lezer-am13", "lezer", "AM13"), audit("gebruiker-toevoegen", "lezer-am13")));
  EXPECT_EQ(s.put_session({"h0", "niemand", "a", "a", "c"}).error().code, ErrorCode::kNotFound);
  ASSERT_TRUE(s.put_session({"h1", "lezer-am13", "2026-11-28T09:00:00Z", "2026-11-28T09:00:00Z", "csrf1"}));
  ASSERT_TRUE(s.put_session({"h2", "lezer-am13", "2026-11-28T01:00:00Z", "2026-11-28T09:10:00Z", "csrf2"}));
  EXPECT_EQ(s.put_session({"h1", "lezer-am13", "x", "x", "x"}).error().code, ErrorCode::kAlreadyExists);

  auto got = s.session("h1");
  ASSERT_TRUE(got);
  EXPECT_EQ(got->user, "lezer-am13");
  EXPECT_EQ(got->csrf_token, "csrf1");
  EXPECT_EQ(got->created_at, "2026-11-28T09:00:00Z");
  ASSERT_TRUE(s.touch_session("h1", "2026-11-28T09:20:00Z"));
  EXPECT_EQ(s.session("h1")->last_seen, "2026-11-28T09:20:00Z");
  EXPECT_EQ(s.touch_session("h9", "2026-11-28T09:20:00Z").error().code, ErrorCode::kNotFound);

  // h2 was created before the absolute limit; h1 was seen after the idle limit: only h2 goes.
  ASSERT_TRUE(s.delete_sessions_before("2026-11-28T09:15:00Z", "2026-11-28T02:00:00Z"));
  EXPECT_TRUE(s.session("h1"));
  EXPECT_EQ(s.session("h2").error().code, ErrorCode::kNotFound);
  // now h1 is idle (last seen 09:20 < 09:30)
  ASSERT_TRUE(s.delete_sessions_before("2026-11-28T09:30:00Z", "2026-11-28T02:00:00Z"));
  EXPECT_EQ(s.session("h1").error().code, ErrorCode::kNotFound);

  ASSERT_TRUE(s.put_session({"h3", "lezer-am13", "2026-11-28T09:00:00Z", "2026-11-28T09:00:00Z", "csrf3"}));
  ASSERT_TRUE(s.delete_session("h3"));
  EXPECT_EQ(s.session("h3").error().code, ErrorCode::kNotFound);
  EXPECT_TRUE(s.delete_session("h3"));  // gone already: fine
}

TYPED_TEST(StoreAccountsTest, LoginFailuresCountPerUserAndPerAddressSinceATime) {
  Store& s = *this->store_;
  ASSERT_TRUE(s.add_login_attempt({"2026-11-28T08:00:00Z", "beheerder", "10.0.0.1", false}));  // too old
  ASSERT_TRUE(s.add_login_attempt({"2026-11-28T09:00:00Z", "beheerder", "10.0.0.1", false}));
  ASSERT_TRUE(s.add_login_attempt({"2026-11-28T09:01:00Z", "beheerder", "10.0.0.2", false}));
  ASSERT_TRUE(s.add_login_attempt({"2026-11-28T09:02:00Z", "onderzoeker", "10.0.0.1", false}));
  ASSERT_TRUE(s.add_login_attempt({"2026-11-28T09:03:00Z", "beheerder", "10.0.0.1", true}));  // success
  auto f = s.login_failures("beheerder", "10.0.0.1", "2026-11-28T09:00:00Z");
  ASSERT_TRUE(f);
  EXPECT_EQ(f->for_user, 2);  // 09:00 and 09:01
  EXPECT_EQ(f->for_ip, 2);    // 09:00 (beheerder) and 09:02 (onderzoeker)
  auto none = s.login_failures("lezer", "10.9.9.9", "2026-11-28T09:00:00Z");
  ASSERT_TRUE(none);
  EXPECT_EQ(none->for_user, 0);
  EXPECT_EQ(none->for_ip, 0);
}

}  // namespace
}  // namespace regio::store
