#include "web/problem.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace regio::web {
namespace {

TEST(ProblemTest, UserMessagePassesServerDetailStaysInTheLog) {
  auto shown = problem(Error{ErrorCode::kInvalidArgument, "Regio 'AM77' is geen arbeidsmarktregio", {}, 0});
  EXPECT_EQ(shown.status, 400);
  EXPECT_EQ(shown.content_type, "application/problem+json");
  auto body = nlohmann::json::parse(shown.body);
  EXPECT_EQ(body["detail"], "Regio 'AM77' is geen arbeidsmarktregio");
  EXPECT_EQ(body["title"], "Ongeldig verzoek");
  EXPECT_EQ(body["type"], "invalid-argument");
  EXPECT_TRUE(shown.log_detail.empty());

  const std::string secret = "SQLite-bestand /srv/regio/regiomonitor.db: database is locked (SQL: INSERT ...)";
  const int expected_status[] = {503, 500, 403, 409};
  int i = 0;
  for (ErrorCode code :
       {ErrorCode::kUnavailable, ErrorCode::kInternal, ErrorCode::kPermissionDenied, ErrorCode::kFailedPrecondition}) {
    auto hidden = problem(Error{code, "Database: gebruiker opslaan mislukt", {}, 0, "database-busy", secret});
    EXPECT_EQ(hidden.status, expected_status[i++]);
    EXPECT_EQ(hidden.body.find("/srv/regio"), std::string::npos);
    EXPECT_EQ(hidden.body.find("SQL"), std::string::npos);
    auto b = nlohmann::json::parse(hidden.body);
    EXPECT_EQ(b["detail"], "Database: gebruiker opslaan mislukt");
    EXPECT_EQ(b["type"], "database-busy");
    EXPECT_EQ(hidden.log_detail, secret);
  }
}

TEST(ProblemTest, ProblemsAreListedWithWhere) {
  Error e{ErrorCode::kInvalidData,
          "Het bestand is afgekeurd",
          {{"a.csv", 3, "regio", "onbekende-code", "Onbekende regio"}},
          2};
  auto r = problem(e);
  EXPECT_EQ(r.status, 422);
  auto b = nlohmann::json::parse(r.body);
  ASSERT_EQ(b["problems"].size(), 1u);
  EXPECT_EQ(b["problems"][0]["line"], 3);
  EXPECT_EQ(b["problems"][0]["column"], "regio");
  EXPECT_EQ(b["problems_omitted"], 2);
}

}  // namespace
}  // namespace regio::web
