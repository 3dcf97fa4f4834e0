#include "web/problem.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "web/http_status.h"

namespace regio::web {
namespace {

TEST(ProblemTest, UserMessagesPassServerDetailStaysInTheLog) {
  auto shown = problem(Error{ErrorCode::kInvalidArgument, "Regio 'AM77' is geen arbeidsmarktregio", {}, 0});
  EXPECT_EQ(shown.status, 400);
  EXPECT_EQ(shown.content_type, "application/problem+json");
  auto body = nlohmann::json::parse(shown.body);
  EXPECT_EQ(body["detail"], "Regio 'AM77' is geen arbeidsmarktregio");
  EXPECT_EQ(body["title"], "Ongeldig verzoek");
  EXPECT_EQ(body["type"], "about:blank");
  EXPECT_TRUE(shown.log_detail.empty());

  const std::string secret = "gebruiker opslaan in /srv/regio/regiomonitor.db: database is locked (SQL: INSERT ...)";
  for (ErrorCode code :
       {ErrorCode::kUnavailable, ErrorCode::kInternal, ErrorCode::kPermissionDenied, ErrorCode::kFailedPrecondition}) {
    auto hidden = problem(Error{code, secret, {}, 0});
    EXPECT_EQ(hidden.status, http_status(code));
    EXPECT_EQ(hidden.body.find("/srv/regio"), std::string::npos);
    EXPECT_EQ(hidden.body.find("SQL"), std::string::npos);
    EXPECT_EQ(hidden.log_detail, secret);
  }
}

TEST(ProblemTest, StatusPerCode) {
  EXPECT_EQ(http_status(ErrorCode::kInvalidData), 422);
  EXPECT_EQ(http_status(ErrorCode::kNotFound), 404);
  EXPECT_EQ(http_status(ErrorCode::kAlreadyExists), 409);
  EXPECT_EQ(http_status(ErrorCode::kUnauthenticated), 401);
  EXPECT_EQ(http_status(ErrorCode::kPermissionDenied), 403);
  EXPECT_EQ(http_status(ErrorCode::kUnavailable), 503);
  EXPECT_EQ(http_status(ErrorCode::kInternal), 500);
}

}  // namespace
}  // namespace regio::web
