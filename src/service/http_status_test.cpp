#include "service/http_status.h"

#include <gtest/gtest.h>

namespace regio::service {
namespace {

// The table in http_status.h, from RFC 9110 / RFC 9457 usage.
TEST(HttpStatus, EveryCodeHasItsStatus) {
  EXPECT_EQ(http_status(ErrorCode::kInvalidArgument), 400);
  EXPECT_EQ(http_status(ErrorCode::kInvalidData), 422);
  EXPECT_EQ(http_status(ErrorCode::kNotFound), 404);
  EXPECT_EQ(http_status(ErrorCode::kAlreadyExists), 409);
  EXPECT_EQ(http_status(ErrorCode::kFailedPrecondition), 409);
  EXPECT_EQ(http_status(ErrorCode::kPermissionDenied), 403);
  EXPECT_EQ(http_status(ErrorCode::kUnauthenticated), 401);
  EXPECT_EQ(http_status(ErrorCode::kUnavailable), 503);
  EXPECT_EQ(http_status(ErrorCode::kInternal), 500);
}

TEST(HttpStatus, ProblemTypeIsTheReasonOrTheCodeName) {
  EXPECT_EQ(problem_type(fail(ErrorCode::kFailedPrecondition, "version-conflict", "bericht").error()),
            "version-conflict");
  EXPECT_EQ(problem_type(fail(ErrorCode::kNotFound, "bericht").error()), "not-found");
}

}  // namespace
}  // namespace regio::service
