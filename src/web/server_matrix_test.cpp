// The authorization matrix through the real server: every route × role × own/other region of
// testdata/authorization.tsv, as HTTP requests with a real session and a valid CSRF token, so a
// route whose handler bypassed the dispatcher's decision would show here.
#include <gtest/gtest.h>

#include <map>

#include "store/memory/memory_store.h"
#include "web/authorization_matrix.h"
#include "web/test_server.h"

namespace regio::web {
namespace {

using testing::http;

std::string fill(std::string path, const std::string& region) {
  auto replace = [&](const std::string& from, const std::string& to) {
    if (auto at = path.find(from); at != std::string::npos) path.replace(at, from.size(), to);
  };
  replace("{region}", region);
  replace("{name}", "niemand");
  replace("{file}", "regio.css");
  replace("{id}", "levering-1");
  replace("{wave}", "2020-vervolg");
  return path;
}

TEST(ServerMatrixTest, EveryRouteAnswersAsTheTableSays) {
  store::MemoryStore store;
  testing::add_test_users(store);
  testing::TestServer server(store);
  const std::map<std::string, std::string> user_of{
      {"beheerder", "beheerder"}, {"onderzoeker", "onderzoeker"}, {"regio", "regio-am13"}, {"lezer", "lezer-am13"}};
  std::map<std::string, std::string> sessions;
  const auto rows = testing::read_matrix();
  ASSERT_EQ(rows.size(), routes().size() * 10);
  for (const auto& row : rows) {
    SCOPED_TRACE(row.method + " " + row.path + " " + row.role + " " + row.relation);
    testing::Headers headers;
    std::string csrf;
    if (row.role != "anoniem") {
      std::string& session = sessions[row.role];
      if (session.empty() || testing::csrf_of(server.port(), session).empty())
        session = server.login(user_of.at(row.role));
      ASSERT_FALSE(session.empty());
      csrf = testing::csrf_of(server.port(), session);
      headers.emplace_back("Cookie", "regio_sessie=" + session);
    } else {
      csrf = http(server.port(), "GET", "/inloggen").cookie("regio_csrf");
      headers.emplace_back("Cookie", "regio_csrf=" + csrf);
    }
    headers.emplace_back("X-CSRF-Token", csrf);
    const std::string target = fill(row.path, row.relation == "eigen" ? "am13" : "am01");
    auto res = http(server.port(), row.method, target, "", headers);
    const bool refused_login = res.body.find("Log eerst in") != std::string::npos;
    const bool refused_role = res.body.find("Uw rol geeft geen toegang") != std::string::npos;
    if (row.expected == "ja") {
      EXPECT_FALSE(refused_login || refused_role) << res.status << " " << res.body;
    } else if (row.expected == "401") {
      EXPECT_EQ(res.status, 401);
      EXPECT_TRUE(refused_login) << res.body;
    } else {
      EXPECT_EQ(res.status, 403);
      EXPECT_TRUE(refused_role) << res.body;
    }
  }
}

}  // namespace
}  // namespace regio::web
