#include "web/wall_clock.h"

#include <gtest/gtest.h>

namespace regio::web {
namespace {

TEST(WallClockTest, IsoTimeRoundTrips) {
  EXPECT_EQ(iso_time(0), "1970-01-01T00:00:00Z");
  EXPECT_EQ(iso_time(1795824000), "2026-11-28T00:00:00Z");  // 20785 days × 86400
  EXPECT_EQ(parse_iso_time("2026-11-28T09:30:05Z"), 1795824000 + 9 * 3600 + 30 * 60 + 5);
  EXPECT_EQ(parse_iso_time("2026-02-30T00:00:00Z"), std::nullopt);
  EXPECT_EQ(parse_iso_time("2026-11-28 09:30:05"), std::nullopt);
}

}  // namespace
}  // namespace regio::web
