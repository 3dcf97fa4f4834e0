#include "base/date_time.h"

#include <gtest/gtest.h>

namespace regio {
namespace {

TEST(DateTime, NowAsOdkWritesADateTime) {
  // ODK Collect writes start/end as 2020-06-15T09:05:03.007+02:00.
  const Date d = *parse_date("2020-06-15");
  EXPECT_EQ(format_odk_date_time(d, ((9 * 60 + 5) * 60 + 3) * 1000 + 7, 120), "2020-06-15T09:05:03.007+02:00");
  EXPECT_EQ(format_odk_date_time(d, 0, -210), "2020-06-15T00:00:00.000-03:30");
  EXPECT_EQ(odk_now(FixedClock(d)), "2020-06-15T00:00:00.000+00:00");  // a clock without a time of day
  const std::string now = odk_now(SystemClock());
  ASSERT_EQ(now.size(), 29u) << now;
  EXPECT_TRUE(parse_iso_date(now.substr(0, 10))) << now;
  EXPECT_EQ(now[10], 'T');
  EXPECT_EQ(now[19], '.');
  EXPECT_TRUE(now[23] == '+' || now[23] == '-') << now;
}

}  // namespace
}  // namespace regio
