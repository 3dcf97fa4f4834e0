#include "outcomes/bsn.h"

#include <gtest/gtest.h>

namespace regio::outcomes {
namespace {

// Worked by hand: 111222333 -> 9+8+7+12+10+8+9+6-3 = 66 = 6*11.
TEST(Elfproef, AcceptsValidNumbers) {
  EXPECT_TRUE(passes_elfproef("111222333"));
  // 123456782 -> 9+16+21+24+25+24+21+16-2 = 154 = 14*11.
  EXPECT_TRUE(passes_elfproef("123456782"));
}

// 123456789 -> 9+16+21+24+25+24+21+16-9 = 147 = 13*11+4.
TEST(Elfproef, RejectsInvalidNumbers) {
  EXPECT_FALSE(passes_elfproef("123456789"));
  EXPECT_FALSE(passes_elfproef("111222334"));
}

TEST(Elfproef, RejectsWrongShape) {
  EXPECT_FALSE(passes_elfproef("11122233"));
  EXPECT_FALSE(passes_elfproef("1112223330"));
  EXPECT_FALSE(passes_elfproef("11122233a"));
  EXPECT_FALSE(passes_elfproef(""));
  EXPECT_FALSE(passes_elfproef("000000000"));
}

// 012345672 -> 0+8+14+18+20+20+18+14-2 = 110 = 10*11; Excel shows it as 12345672.
TEST(LooksLikeBsn, LeadingZeroDroppedOrSeparatorsWritten) {
  EXPECT_TRUE(looks_like_bsn("123456782"));
  EXPECT_TRUE(looks_like_bsn("12345672"));
  EXPECT_TRUE(looks_like_bsn("123-456-782"));
  EXPECT_TRUE(looks_like_bsn("123.456.782"));
  EXPECT_TRUE(looks_like_bsn("123 456 782"));
  EXPECT_TRUE(looks_like_bsn("1234_567_82"));
  EXPECT_TRUE(looks_like_bsn("12-34-56-72"));  // both: separators and the zero dropped
}

TEST(LooksLikeBsn, OtherValuesAreNot) {
  EXPECT_FALSE(looks_like_bsn("123456789"));    // fails the test
  EXPECT_FALSE(looks_like_bsn("12345678"));     // 012345678 fails it
  EXPECT_FALSE(looks_like_bsn("123-456-789"));  // fails it
  EXPECT_FALSE(looks_like_bsn("1234567"));
  EXPECT_FALSE(looks_like_bsn("1234567820"));
  EXPECT_FALSE(looks_like_bsn("p123456782"));
  EXPECT_FALSE(looks_like_bsn("-123456782"));
  EXPECT_FALSE(looks_like_bsn("123/456/782"));
  EXPECT_FALSE(looks_like_bsn(""));
  EXPECT_FALSE(looks_like_bsn("00000000"));
}

}  // namespace
}  // namespace regio::outcomes
