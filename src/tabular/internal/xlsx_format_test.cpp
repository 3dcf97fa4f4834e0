#include "tabular/internal/xlsx_format.h"

#include <gtest/gtest.h>

namespace regio::tabular {
namespace {

TEST(IsDateFormat, BuiltInIds) {
  for (int id : {14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47}) EXPECT_TRUE(is_date_format(id, "")) << id;
  for (int id : {0, 1, 2, 3, 4, 9, 10, 11, 12, 13, 23, 37, 44, 48, 49}) EXPECT_FALSE(is_date_format(id, "")) << id;
}

TEST(IsDateFormat, CustomCodes) {
  EXPECT_TRUE(is_date_format(164, "yyyy\\-mm\\-dd"));
  EXPECT_TRUE(is_date_format(164, "dd-mm-yyyy"));
  EXPECT_TRUE(is_date_format(164, "[$-413]dddd d mmmm yyyy"));
  EXPECT_TRUE(is_date_format(164, "[h]:mm:ss"));
  EXPECT_TRUE(is_date_format(164, "MMM YY"));
  EXPECT_FALSE(is_date_format(164, "General"));
  EXPECT_FALSE(is_date_format(164, "0.00"));
  EXPECT_FALSE(is_date_format(164, "#,##0 \"dagen\""));
  EXPECT_FALSE(is_date_format(164, "[Red]0.0;[Blue]-0.0"));
  EXPECT_FALSE(is_date_format(164, "0\\d"));     // escaped literal
  EXPECT_FALSE(is_date_format(164, "0_m;0*y"));  // spacing and fill characters
  EXPECT_FALSE(is_date_format(164, "0.0E+00"));
}

TEST(RenderDate, The1900SystemIncludingTheLeapYearBug) {
  EXPECT_EQ(render_date(1, DateSystem::k1900), "1900-01-01");
  EXPECT_EQ(render_date(59, DateSystem::k1900), "1900-02-28");
  EXPECT_EQ(render_date(60, DateSystem::k1900), "1900-02-29");
  EXPECT_EQ(render_date(61, DateSystem::k1900), "1900-03-01");
  EXPECT_EQ(render_date(25569, DateSystem::k1900), "1970-01-01");
  EXPECT_EQ(render_date(43539, DateSystem::k1900), "2019-03-15");
  EXPECT_EQ(render_date(2958465, DateSystem::k1900), "9999-12-31");
}

TEST(RenderDate, The1904System) {
  EXPECT_EQ(render_date(0, DateSystem::k1904), "1904-01-01");
  EXPECT_EQ(render_date(59, DateSystem::k1904), "1904-02-29");
  EXPECT_EQ(render_date(43539 - 1462, DateSystem::k1904), "2019-03-15");
}

TEST(RenderDate, TimeOfDay) {
  EXPECT_EQ(render_date(43539.75, DateSystem::k1900), "2019-03-15 18:00");
  EXPECT_EQ(render_date(43539 + 1.0 / 24 / 60 * 61, DateSystem::k1900), "2019-03-15 01:01");
  EXPECT_EQ(render_date(0.5, DateSystem::k1900), "12:00");
  // 23:59:59.9 rounds to the next day rather than to "24:00".
  EXPECT_EQ(render_date(43539 + 86399.9 / 86400, DateSystem::k1900), "2019-03-16");
}

TEST(RenderDate, OutOfRangeSerialsStayNumbers) {
  EXPECT_EQ(render_date(-1, DateSystem::k1900), "-1");
  EXPECT_EQ(render_date(3000000, DateSystem::k1900), "3000000");
}

}  // namespace
}  // namespace regio::tabular
