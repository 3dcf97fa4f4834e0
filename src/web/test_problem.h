// Test support: assert that a response is RFC 9457 problem details with the given status.
#pragma once

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "web/test_client.h"

namespace regio::web::testing {

// application/problem+json with a non-empty type, title and detail, and `status` in the body too.
inline void expect_problem(const HttpResult& res, int status) {
  EXPECT_EQ(res.status, status) << res.body;
  EXPECT_EQ(res.header("Content-Type"), "application/problem+json");
  auto body = nlohmann::json::parse(res.body, nullptr, false);
  ASSERT_TRUE(body.is_object()) << res.body;
  EXPECT_EQ(body.value("status", 0), status) << res.body;
  for (const char* field : {"type", "title", "detail"})
    EXPECT_TRUE(body.contains(field) && body[field].is_string() && !body[field].get<std::string>().empty())
        << field << " in " << res.body;
}

}  // namespace regio::web::testing
