// The audit contract of Store (store.h), run against every adapter: every write stores exactly
// its own audit entry, in the same transaction, and a refused or failed write stores neither
// data nor audit entry. Part of store_contract_test.
#include <gtest/gtest.h>

#include <string>

#include "store/contract_fixture.h"

namespace regio::store {
namespace {

using namespace contract;  // NOLINT: the shared fixture

template <class Factory>
class StoreAuditTest : public StoreContractTest<Factory> {
 protected:
  // How many audit entries the store holds (the fixture's questionnaire wrote the first).
  std::size_t count() {
    auto log = this->store_->audit_log({.limit = 1000});
    EXPECT_TRUE(log.has_value());
    return log ? log->size() : 0;
  }
  AuditEntry newest() {
    auto log = this->store_->audit_log({.limit = 1});
    EXPECT_TRUE(log && log->size() == 1);
    return log && !log->empty() ? log->front() : AuditEntry{};
  }
};
TYPED_TEST_SUITE(StoreAuditTest, Implementations, ImplementationNames);

AuditEntry entry(std::string action, std::string target, std::string channel = "web") {
  return {0, "2026-12-01T10:00:00Z", "onderzoeker", std::move(channel), std::move(action), std::move(target)};
}

DeliveryRecord delivery(std::string id) {
  return {{std::move(id), "2026-12-01T10:00:00Z", 1, 0, 0, "2024-01-01", "2024-01-01", "2025-01-01"}, "payload"};
}

ReleaseRecord release(std::string peildatum, std::string body) {
  return {{std::move(peildatum), "2026-12-01T10:00:00Z", "onderzoeker", "", 10, 5}, std::move(body)};
}

// Runs `write`, which must succeed, and checks that it stored exactly one audit entry: `e`.
#define EXPECT_ONE_AUDIT_ROW(write, e)        \
  do {                                        \
    const std::size_t before = this->count(); \
    ASSERT_TRUE(write);                       \
    EXPECT_EQ(this->count(), before + 1);     \
    const AuditEntry got = this->newest();    \
    EXPECT_EQ(got.action, (e).action);        \
    EXPECT_EQ(got.target, (e).target);        \
    EXPECT_EQ(got.actor, (e).actor);          \
    EXPECT_EQ(got.channel, (e).channel);      \
    EXPECT_EQ(got.at, (e).at);                \
  } while (false)

TYPED_TEST(StoreAuditTest, EveryWriteStoresExactlyItsOwnAuditEntry) {
  Store& s = *this->store_;
  const AuditEntry q = entry("vragenlijst opgeslagen", "v2", "cli");
  EXPECT_ONE_AUDIT_ROW(s.put_questionnaire({"v2", "{}"}, q), q);
  const AuditEntry w = entry("meetmoment toegevoegd", "2019-eind");
  EXPECT_ONE_AUDIT_ROW(s.add_wave(make_wave("2019-eind", "2019-12-31"), w), w);
  const AuditEntry wq = entry("meetmoment toegevoegd", "2020-eind (vragenlijst v3)");
  EXPECT_ONE_AUDIT_ROW(s.add_wave_with_questionnaire(make_wave("2020-eind", "2020-12-31", "v3"), {"v3", "{}"}, wq), wq);
  const AuditEntry rs = entry("antwoorden ingelezen", "meetmoment 2019-eind: 2 regio's");
  EXPECT_ONE_AUDIT_ROW(s.replace_responses("2019-eind", {make_response("AM01"), make_response("AM02")}, rs), rs);
  forms::Response r = make_response("AM13", {{"niveau", "3"}});
  r.wave = "2019-eind";
  const AuditEntry draft = entry("concept opgeslagen", "2019-eind AM13");
  EXPECT_ONE_AUDIT_ROW(s.save_response(r, 0, draft), draft);
  const AuditEntry d = entry("levering ingelezen", "d1 (1 persoon)");
  EXPECT_ONE_AUDIT_ROW(s.put_delivery(delivery("d1"), d), d);
  const AuditEntry dd = entry("levering verwijderd", "d1");
  EXPECT_ONE_AUDIT_ROW(s.delete_delivery("d1", dd), dd);
  const AuditEntry g = entry("doel toegevoegd", "AM13 starters");
  std::int64_t goal = 0;
  EXPECT_ONE_AUDIT_ROW((goal = s.add_goal({0, "AM13", "starters", 10, 2022, "*", ""}, g).value_or(0)) > 0, g);
  const AuditEntry gd = entry("doel verwijderd", "doel 1");
  EXPECT_ONE_AUDIT_ROW(s.delete_goal(goal, gd), gd);
  const AuditEntry rel = entry("release gepubliceerd", "2025-01-01");
  EXPECT_ONE_AUDIT_ROW(s.add_release(release("2025-01-01", "body"), rel), rel);
  const AuditEntry set = entry("onthullingsinstellingen gewijzigd", "drempel 12, afronding 5");
  EXPECT_ONE_AUDIT_ROW(s.put_settings({{"onthulling.drempel", "12"}, {"onthulling.afronding", "5"}}, set), set);
  EXPECT_EQ(**s.setting("onthulling.drempel"), "12");  // both keys, one entry
  EXPECT_EQ(**s.setting("onthulling.afronding"), "5");
  const AuditEntry u = entry("gebruiker toegevoegd", "lezer-am13");
  EXPECT_ONE_AUDIT_ROW(s.add_user({"lezer-am13", "lezer", "AM13", "$argon2id$x", false, "2026-12-01T10:00:00Z"}, u), u);
  const AuditEntry ud = entry("gebruiker geblokkeerd", "lezer-am13");
  EXPECT_ONE_AUDIT_ROW(s.disable_user("lezer-am13", ud), ud);
}

TYPED_TEST(StoreAuditTest, RefusedWritesStoreNeitherDataNorAuditEntry) {
  Store& s = *this->store_;
  ASSERT_TRUE(s.add_wave(make_wave("2019-eind", "2019-12-31"), entry("meetmoment toegevoegd", "2019-eind")));
  forms::Response r = make_response("AM13", {{"niveau", "2"}});
  r.wave = "2019-eind";
  ASSERT_TRUE(s.save_response(r, 0, entry("concept opgeslagen", "AM13")));
  ASSERT_TRUE(s.add_release(release("2025-01-01", "eerste"), entry("release gepubliceerd", "2025-01-01")));
  const std::size_t before = this->count();
  const AuditEntry a = entry("geweigerd", "x");

  EXPECT_EQ(s.add_wave(make_wave("2019-eind", "2020-01-01"), a).error().code, ErrorCode::kAlreadyExists);
  EXPECT_EQ(s.add_wave(make_wave("2021", "2021-01-01", "onbekend"), a).error().code, ErrorCode::kNotFound);
  EXPECT_FALSE(s.add_wave_with_questionnaire(make_wave("2019-eind", "2019-12-31", "nieuw"), {"nieuw", "{}"}, a));
  EXPECT_EQ(s.questionnaire("nieuw").error().code, ErrorCode::kNotFound);
  EXPECT_EQ(s.replace_responses("bestaat-niet", {make_response("AM01")}, a).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(s.replace_responses("2019-eind", {make_response("AM01"), make_response("AM01")}, a).error().code,
            ErrorCode::kInvalidArgument);
  forms::Response stale = r;
  stale.answers["niveau"] = "5";
  auto conflict = s.save_response(stale, 0, a);  // version 1 is stored: a conflict
  ASSERT_FALSE(conflict);
  EXPECT_EQ(conflict.error().reason, "version-conflict");
  EXPECT_EQ(s.delete_delivery("bestaat-niet", a).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(s.delete_goal(999, a).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(s.add_release(release("2025-01-01", "tweede"), a).error().code, ErrorCode::kAlreadyExists);
  EXPECT_EQ(s.disable_user("niemand", a).error().code, ErrorCode::kNotFound);

  EXPECT_EQ(this->count(), before);
  EXPECT_EQ(this->newest().action, "release gepubliceerd");
  auto stored = s.response("2019-eind", "AM13");
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->version, 1);
  EXPECT_EQ(stored->response.answers.at("niveau"), "2");
  EXPECT_TRUE(s.responses("2019-eind")->size() == 1);
  EXPECT_EQ(s.release("2025-01-01")->body, "eerste");
}

// An audit entry the store refuses (here: an unknown channel) refuses the whole write: the SQL
// adapters store the entry last in the write's transaction, so this shows the two are one.
TYPED_TEST(StoreAuditTest, AWriteWhoseAuditEntryIsRefusedStoresNothing) {
  Store& s = *this->store_;
  const AuditEntry bad = entry("meetmoment toegevoegd", "2019-eind", "fax");
  const std::size_t before = this->count();
  auto refused = s.add_wave(make_wave("2019-eind", "2019-12-31"), bad);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(refused.error().reason, "invalid-audit-entry");
  EXPECT_EQ(s.wave("2019-eind").error().code, ErrorCode::kNotFound);
  AuditEntry nobody = entry("levering ingelezen", "d1");
  nobody.actor = "";
  EXPECT_FALSE(s.put_delivery(delivery("d1"), nobody));
  EXPECT_TRUE(s.deliveries()->empty());
  EXPECT_FALSE(s.add_goal({0, "AM13", "starters", 10, 2022, "*", ""}, bad));
  EXPECT_TRUE(s.goals(std::nullopt)->empty());
  EXPECT_FALSE(s.put_settings({{"onthulling.drempel", "15"}}, bad));
  EXPECT_FALSE(*s.setting("onthulling.drempel"));
  EXPECT_EQ(this->count(), before);
}

TYPED_TEST(StoreAuditTest, TheLogIsReadNewestFirstByActorPeriodAndPage) {
  Store& s = *this->store_;
  const char* times[] = {"2026-11-30T23:59:59Z", "2026-12-01T00:00:00Z", "2026-12-01T12:00:00Z",
                         "2026-12-02T00:00:00Z"};
  for (int i = 0; i < 4; ++i) {
    AuditEntry e = entry("instelling gewijzigd", std::to_string(i));
    e.at = times[i];
    e.actor = i % 2 == 0 ? "beheerder" : "onderzoeker";
    ASSERT_TRUE(s.put_settings({{"k", std::to_string(i)}}, e));
  }
  auto all = s.audit_log({.limit = 10});
  ASSERT_TRUE(all);
  ASSERT_EQ(all->size(), 5u);  // with the fixture's questionnaire
  EXPECT_EQ((*all)[0].target, "3");
  EXPECT_EQ((*all)[3].target, "0");

  auto of_beheerder = s.audit_log({.actor = "beheerder", .limit = 10});
  ASSERT_EQ(of_beheerder->size(), 2u);
  EXPECT_EQ((*of_beheerder)[0].target, "2");
  EXPECT_EQ((*of_beheerder)[1].target, "0");

  // 1 December: from its first second up to, not including, 2 December.
  auto december_first = s.audit_log({.from = "2026-12-01", .until = "2026-12-02", .limit = 10});
  ASSERT_EQ(december_first->size(), 2u);
  EXPECT_EQ((*december_first)[0].target, "2");
  EXPECT_EQ((*december_first)[1].target, "1");

  auto page1 = s.audit_log({.limit = 2});
  ASSERT_EQ(page1->size(), 2u);
  auto page2 = s.audit_log({.before = page1->back().id, .limit = 2});
  ASSERT_EQ(page2->size(), 2u);
  EXPECT_EQ((*page2)[0].target, "1");
  EXPECT_EQ((*page2)[1].target, "0");
  EXPECT_LT((*page2)[0].id, page1->back().id);
}

}  // namespace
}  // namespace regio::store
