#include "base/date.h"

#include <gtest/gtest.h>

namespace regio {
namespace {

TEST(Date, EpochAndKnownDays) {
  EXPECT_EQ(from_civil({1970, 1, 1}).days, 0);
  EXPECT_EQ(from_civil({1970, 1, 2}).days, 1);
  EXPECT_EQ(from_civil({1969, 12, 31}).days, -1);
  // 2000-03-01 is 11017 days after the epoch (30 years of 365 days + 7 leap days + 31 + 29).
  EXPECT_EQ(from_civil({2000, 3, 1}).days, 30 * 365 + 7 + 31 + 29);
}

TEST(Date, RoundTripsEveryDayOfSeveralCenturies) {
  for (std::int32_t d = -50000; d < 60000; ++d) {
    const CivilDate c = to_civil(Date{d});
    ASSERT_TRUE(is_valid_civil(c));
    ASSERT_EQ(from_civil(c).days, d);
  }
}

TEST(Date, ParsesIsoAndDutch) {
  auto iso = parse_date("2019-12-31");
  auto nl = parse_date("31-12-2019");
  auto slash = parse_date("31/12/2019");
  ASSERT_TRUE(iso && nl && slash);
  EXPECT_EQ(*iso, *nl);
  EXPECT_EQ(*iso, *slash);
  EXPECT_EQ(format_iso(*iso), "2019-12-31");
  EXPECT_EQ(format_dutch(*iso), "31-12-2019");
}

TEST(Date, RejectsImpossibleAndMalformed) {
  EXPECT_FALSE(parse_date("2019-02-29"));
  EXPECT_TRUE(parse_date("2020-02-29"));
  EXPECT_FALSE(parse_date("1900-02-29"));
  EXPECT_FALSE(parse_date("2019-13-01"));
  EXPECT_FALSE(parse_date("2019-1-01"));
  EXPECT_FALSE(parse_date("31-12-19"));
  EXPECT_FALSE(parse_date("31-12/2019"));
  EXPECT_FALSE(parse_date(""));
  EXPECT_FALSE(parse_date("2019-12-3a"));
  EXPECT_FALSE(parse_iso_date("31-12-2019"));
}

TEST(Date, ParsesExcelsShortDutchDateWithoutLeadingZeros) {
  EXPECT_EQ(parse_date("1-1-2023"), from_civil({2023, 1, 1}));
  EXPECT_EQ(parse_date("9-12-2023"), from_civil({2023, 12, 9}));
  EXPECT_EQ(parse_date("31-1-2023"), from_civil({2023, 1, 31}));
  EXPECT_EQ(parse_date("1/2/2023"), from_civil({2023, 2, 1}));
  EXPECT_EQ(parse_date("01-1-2023"), from_civil({2023, 1, 1}));
  EXPECT_FALSE(parse_date("29-2-2023"));  // not a leap year
  EXPECT_FALSE(parse_date("1-13-2023"));  // D-M, never M-D
  EXPECT_FALSE(parse_date("1-1-23"));     // the year needs four digits
  EXPECT_FALSE(parse_date("-1-2023"));
  EXPECT_FALSE(parse_date("1--2023"));
  EXPECT_FALSE(parse_date("001-1-2023"));
  EXPECT_FALSE(parse_date("1-001-2023"));
  EXPECT_FALSE(parse_date("1-1/2023"));
  EXPECT_FALSE(parse_date("1-1-2023 "));
}

TEST(Date, ArithmeticIsInDays) {
  const Date s = *parse_date("2019-01-01");
  EXPECT_EQ(format_iso(s + 365), "2020-01-01");
  EXPECT_EQ(format_iso(*parse_date("2020-01-01") + 365), "2020-12-31");  // leap year
  EXPECT_EQ(*parse_date("2020-03-01") - *parse_date("2020-02-28"), 2);
  EXPECT_EQ(year_of(s), 2019);
}

}  // namespace
}  // namespace regio
