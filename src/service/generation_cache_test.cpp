// GenerationCache: a value is used only at the generation it was built at, a value built from
// older data never replaces a newer one, failures are not kept, and the number of keys is bounded.
#include "service/generation_cache.h"

#include <gtest/gtest.h>

#include "store/audit_testing.h"
#include "store/memory/memory_store.h"

namespace regio::service {
namespace {

TEST(GenerationCache, BuildsOncePerGenerationAndAgainAfterAWrite) {
  store::MemoryStore store;
  GenerationCache<int> cache;
  int builds = 0;
  auto build = [&]() -> Result<int> { return ++builds * 10; };
  auto a = cache.get(store, "k", build);
  auto b = cache.get(store, "k", build);
  ASSERT_TRUE(a && b);
  EXPECT_EQ(**a, 10);
  EXPECT_EQ(**b, 10);
  EXPECT_EQ(builds, 1);
  ASSERT_TRUE(store.put_settings({{"onthulling.drempel", "10"}}, store::test_audit()));  // any data write
  auto c = cache.get(store, "k", build);
  ASSERT_TRUE(c);
  EXPECT_EQ(**c, 20);
  EXPECT_EQ(builds, 2);
}

TEST(GenerationCache, FailuresAreNotKept) {
  store::MemoryStore store;
  GenerationCache<int> cache;
  int builds = 0;
  auto failing = [&]() -> Result<int> {
    ++builds;
    return fail(ErrorCode::kNotFound, "weg");
  };
  EXPECT_FALSE(cache.get(store, "k", failing));
  EXPECT_FALSE(cache.get(store, "k", failing));
  EXPECT_EQ(builds, 2);
  EXPECT_EQ(cache.size(), 0u);
}

TEST(GenerationCache, AValueOfAnOlderGenerationIsNeitherUsedNorKept) {
  GenerationCache<int> cache;
  cache.put("k", 5, std::make_shared<const int>(1));
  EXPECT_EQ(cache.find("k", 4), nullptr);
  EXPECT_EQ(cache.find("k", 6), nullptr);
  ASSERT_NE(cache.find("k", 5), nullptr);
  cache.put("k", 4, std::make_shared<const int>(2));  // built before the write of generation 5
  EXPECT_EQ(*cache.find("k", 5), 1);
  cache.put("other", 6, std::make_shared<const int>(3));  // newer data: everything older goes
  EXPECT_EQ(cache.find("k", 5), nullptr);
  EXPECT_EQ(cache.size(), 1u);
}

TEST(GenerationCache, KeepsAtMostItsBoundOfKeys) {
  GenerationCache<int> cache(3);
  for (int i = 0; i < 10; ++i) {
    cache.put("k" + std::to_string(i), 1, std::make_shared<const int>(i));
    EXPECT_LE(cache.size(), 3u);
  }
  ASSERT_NE(cache.find("k9", 1), nullptr);
  EXPECT_EQ(*cache.find("k9", 1), 9);
}

}  // namespace
}  // namespace regio::service
