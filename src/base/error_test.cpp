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

TEST(Error, ReasonAndDetailStayApartFromTheMessage) {
  Error e = fail(ErrorCode::kNotFound, "wave-not-found", "meetmoment '2030' bestaat niet").error();
  EXPECT_EQ(e.code, ErrorCode::kNotFound);
  EXPECT_EQ(e.reason, "wave-not-found");
  EXPECT_EQ(e.message, "meetmoment '2030' bestaat niet");
  e.detail = "SQLite: no such table: waves (/srv/regio.db)";
  // What a user may see never carries the detail; the operator's terminal does.
  EXPECT_EQ(e.describe().find("SQLite"), std::string::npos);
  EXPECT_EQ(e.describe_for_operator(),
            "meetmoment '2030' bestaat niet\n  (detail: SQLite: no such table: waves (/srv/regio.db))");
  // The old two-argument form keeps working and names no reason.
  Error plain = fail(ErrorCode::kInternal, "stuk").error();
  EXPECT_TRUE(plain.reason.empty());
  EXPECT_TRUE(plain.detail.empty());
  EXPECT_EQ(plain.describe_for_operator(), "stuk");
}

TEST(Error, CodeNamesAreKebabCase) {
  EXPECT_STREQ(code_name(ErrorCode::kFailedPrecondition), "failed-precondition");
  EXPECT_STREQ(code_name(ErrorCode::kPermissionDenied), "permission-denied");
  EXPECT_STREQ(code_name(ErrorCode::kInvalidData), "invalid-data");
}

}  // namespace
}  // namespace regio
