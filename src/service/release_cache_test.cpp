// Released outcome tables are served from the stored release, decoded once per peildatum, and
// never recomputed from the deliveries (the unsuppressed path may recompute).
#include <gtest/gtest.h>

#include <atomic>

#include "outcomes/release.h"
#include "regions/registry.h"
#include "service/services.h"
#include "store/audit_testing.h"
#include "store/memory/memory_store.h"

namespace regio::service {
namespace {

// Counts what the read path asks of the store.
class CountingStore : public store::MemoryStore {
 public:
  Result<store::ReleaseRecord> release(const std::string& peildatum) override {
    ++release_reads;
    return MemoryStore::release(peildatum);
  }
  Result<std::vector<store::DeliveryRecord>> load_deliveries() override {
    ++delivery_loads;
    return MemoryStore::load_deliveries();
  }
  Status visit_deliveries(
      const std::function<Status(const store::DeliveryInfo&, store::PayloadReader&)>& visit) override {
    ++delivery_loads;
    return MemoryStore::visit_deliveries(visit);
  }
  std::atomic<int> release_reads{0};
  std::atomic<int> delivery_loads{0};
};

TEST(ReleaseCache, ReleasedTablesAreDecodedOnceAndNeverRecomputed) {
  CountingStore store;
  auto registry = regions::Registry::load_embedded();
  ASSERT_TRUE(registry);
  FixedClock clock(*parse_iso_date("2025-02-01"));
  // A release of no rows is enough to follow the path (its table is empty).
  auto release = outcomes::make_release({}, *parse_iso_date("2025-01-01"), {10, 5}, {}, "onderzoeker", "test",
                                        "2025-01-02T10:00:00Z");
  ASSERT_TRUE(release) << release.error().describe();
  ASSERT_TRUE(store.add_release(
      {{"2025-01-01", "2025-01-02T10:00:00Z", "onderzoeker", "test", 10, 5}, outcomes::encode_release(*release)},
      store::test_audit()));
  auto cache = std::make_shared<ReleaseCache>();
  const Actor publiek{"", Role::kPubliek, ""};
  for (int request = 0; request < 3; ++request) {
    // A new Services per request (as the CLI does per command) sharing one cache (as the web).
    Services services({store, clock, *registry}, cache);
    auto table = services.outcomes.indicators(publiek, {});
    ASSERT_TRUE(table) << table.error().describe();
    EXPECT_EQ(format_iso(table->peildatum), "2025-01-01");
    EXPECT_EQ(table->table.mode(), outcomes::DisclosureMode::kSuppressed);
  }
  EXPECT_EQ(store.release_reads.load(), 1);   // decoded once
  EXPECT_EQ(store.delivery_loads.load(), 0);  // never recomputed
  EXPECT_EQ(cache->size(), 1u);

  // The unsuppressed path recomputes (here: there are no deliveries to compute from).
  Services services({store, clock, *registry}, cache);
  auto exact = services.outcomes.indicators(Actor{"o", Role::kOnderzoeker, ""}, {.unsuppressed = true});
  ASSERT_FALSE(exact);
  EXPECT_EQ(exact.error().reason, "no-deliveries");
  // A protected table for a chosen peildatum does not exist (only releases).
  auto chosen = services.outcomes.indicators(publiek, {.peildatum = parse_iso_date("2024-06-30")});
  ASSERT_FALSE(chosen);
  EXPECT_EQ(chosen.error().reason, "peildatum-needs-unsuppressed");
  auto denied = services.outcomes.indicators(publiek, {.unsuppressed = true});
  ASSERT_FALSE(denied);
  EXPECT_EQ(denied.error().code, ErrorCode::kPermissionDenied);
}

}  // namespace
}  // namespace regio::service
