#include "base/error.h"

#include <gtest/gtest.h>

namespace regio {
namespace {

TEST(Error, DescribesWhereAndWhat) {
  Problem p{"trajecten.csv", 12, "startdatum", "datum", "geen geldige datum"};
  EXPECT_EQ(describe(p), "trajecten.csv, regel 12, kolom startdatum: geen geldige datum [datum]");
  EXPECT_EQ(describe(Problem{"", 0, "", "", "leeg"}), "leeg");
}

TEST(Error, ProblemListCountsBeyondItsLimit) {
  ProblemList list(2);
  EXPECT_TRUE(list.empty());
  for (int i = 1; i <= 5; ++i) list.add(Problem{"f", static_cast<std::size_t>(i), "", "r", "m"});
  EXPECT_EQ(list.size(), 5u);
  Error e = list.to_error("Geweigerd");
  EXPECT_EQ(e.code, ErrorCode::kInvalidData);
  EXPECT_EQ(e.problems.size(), 2u);
  EXPECT_EQ(e.problems_omitted, 3u);
  EXPECT_NE(e.describe().find("nog 3 fouten"), std::string::npos);
}

}  // namespace
}  // namespace regio
