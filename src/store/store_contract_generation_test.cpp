// The Store contract on the data generation (store.h, data_generation()), on every adapter: every
// data write moves it forward, reads and account writes leave it alone, and a second store on the
// same database (as a second `serve` process would open it) sees the change. Part of
// store_contract_test.
#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <type_traits>
#include <vector>

#include "store/contract_fixture.h"

namespace regio::store {
namespace {

using namespace contract;  // NOLINT: the shared fixture

template <class Factory>
class StoreGenerationTest : public StoreContractTest<Factory> {};
TYPED_TEST_SUITE(StoreGenerationTest, Implementations, ImplementationNames);

std::int64_t generation(Store& s) {
  auto g = s.data_generation();
  EXPECT_TRUE(g) << (g ? "" : g.error().message);
  return g ? *g : -1;
}

TYPED_TEST(StoreGenerationTest, EveryDataWriteMovesItForward) {
  Store& s = *this->store_;
  GoalRecord goal{0, "AM13", "starters", 10, 2020, "*", ""};
  std::int64_t goal_id = 0;
  forms::Response draft = make_response("AM13", {{"naam", "een"}});
  draft.wave = "2020-eind";
  const std::vector<std::pair<const char*, std::function<bool()>>> writes{
      {"put_questionnaire", [&] { return s.put_questionnaire({"ander", R"({"survey":[]})"}, test_audit()).has_value(); }},
      {"add_wave", [&] { return s.add_wave(make_wave("2020-eind", "2020-12-31"), test_audit()).has_value(); }},
      {"add_wave_with_questionnaire",
       [&] {
         return s.add_wave_with_questionnaire(make_wave("2021-eind", "2021-12-31", "derde"), {"derde", "{}"}, test_audit())
             .has_value();
       }},
      {"replace_responses", [&] { return s.replace_responses("2020-eind", {make_response("AM01")}, test_audit()).has_value(); }},
      {"save_response", [&] { return s.save_response(draft, 0, test_audit()).has_value(); }},
      {"put_delivery", [&] { return s.put_delivery({{"uwv", "2026-01-01T00:00:00Z"}, "payload"}, test_audit()).has_value(); }},
      {"delete_delivery", [&] { return s.delete_delivery("uwv", test_audit()).has_value(); }},
      {"add_goal",
       [&] {
         auto id = s.add_goal(goal, test_audit());
         goal_id = id ? *id : 0;
         return id.has_value();
       }},
      {"delete_goal", [&] { return s.delete_goal(goal_id, test_audit()).has_value(); }},
      {"add_release", [&] { return s.add_release({{"2025-01-01", "2025-02-01T00:00:00Z", "x", "", 10, 5}, "{}"}, test_audit()).has_value(); }},
      {"put_settings", [&] { return s.put_settings({{"onthulling.drempel", "10"}}, test_audit()).has_value(); }},
  };
  std::int64_t before = generation(s);
  for (const auto& [name, write] : writes) {
    ASSERT_TRUE(write()) << name;
    const std::int64_t after = generation(s);
    EXPECT_GT(after, before) << name;
    before = after;
  }
}

TYPED_TEST(StoreGenerationTest, ReadsAndAccountWritesLeaveItAlone) {
  Store& s = *this->store_;
  ASSERT_TRUE(s.add_wave(make_wave("2020-eind", "2020-12-31"), test_audit()));
  const std::int64_t before = generation(s);
  ASSERT_TRUE(s.waves());
  ASSERT_TRUE(s.responses("2020-eind"));
  ASSERT_TRUE(s.setting("onthulling.drempel"));
  EXPECT_EQ(generation(s), before);
  ASSERT_TRUE(s.add_user({"regio-am13", "regio", "AM13", "$argon2id$hash", false, "2026-11-28T09:00:00Z"},
                         {0, "2026-11-28T09:00:00Z", "beheerder", "cli", "gebruiker-toevoegen", "regio-am13"}));
  ASSERT_TRUE(s.put_session({"h1", "regio-am13", "2026-11-28T09:00:00Z", "2026-11-28T09:00:00Z", "c1"}));
  ASSERT_TRUE(s.touch_session("h1", "2026-11-28T09:05:00Z"));
  ASSERT_TRUE(s.add_login_attempt({"2026-11-28T09:00:00Z", "regio-am13", "127.0.0.1", true}));
  ASSERT_TRUE(s.delete_session("h1"));
  EXPECT_EQ(generation(s), before);
}

TYPED_TEST(StoreGenerationTest, AnotherStoreOnTheSameDatabaseSeesTheWrite) {
  if constexpr (std::is_same_v<TypeParam, MemoryFactory>) {
    GTEST_SKIP() << "a MemoryStore is its own database";
  } else {
    auto other = this->factory_.make();  // the same file / database, as a second process opens it
    ASSERT_NE(other, nullptr);
    const std::int64_t seen = generation(*other);
    EXPECT_EQ(seen, generation(*this->store_));
    ASSERT_TRUE(this->store_->add_wave(make_wave("2020-eind", "2020-12-31"), test_audit()));
    EXPECT_GT(generation(*other), seen);
  }
}

}  // namespace
}  // namespace regio::store
