// RFC 9457 through the real server: every kind of error an API client can meet comes back as
// application/problem+json with type, title, status and a Dutch detail — also the ones no
// handler produces (unknown path, wrong method, limits) and a body that is no JSON.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "store/memory/memory_store.h"
#include "web/test_problem.h"
#include "web/test_server.h"

namespace regio::web {
namespace {

using nlohmann::json;
using testing::expect_problem;
using testing::http;
using testing::TestServer;

class ApiProblemsTest : public ::testing::Test {
 protected:
  void SetUp() override { testing::add_test_users(store_); }
  store::MemoryStore store_;
};

std::string detail(const testing::HttpResult& res) { return json::parse(res.body).value("detail", ""); }

TEST_F(ApiProblemsTest, UnknownApiPathIs404EvenForABrowser) {
  TestServer server(store_);
  auto res = http(server.port(), "GET", "/api/v1/bestaat-niet", "", {{"Accept", "text/html"}});
  expect_problem(res, 404);
  EXPECT_EQ(detail(res), "De API kent geen route /api/v1/bestaat-niet (zie docs/openapi.yaml).");
  expect_problem(http(server.port(), "GET", "/api/v2/sessie"), 404);
}

TEST_F(ApiProblemsTest, WrongMethodIs405WithAllow) {
  TestServer server(store_);
  auto res = http(server.port(), "PUT", "/api/v1/sessie", "{}", {{"Content-Type", "application/json"}});
  expect_problem(res, 405);
  EXPECT_EQ(res.header("Allow"), "GET");
  EXPECT_EQ(detail(res), "Methode PUT is hier niet toegestaan.");
  auto del = http(server.port(), "DELETE", "/api/v1/gebruikers");
  expect_problem(del, 405);
  EXPECT_EQ(del.header("Allow"), "GET, POST");
}

TEST_F(ApiProblemsTest, LimitsGive413And431NamingTheLimit) {
  ServerOptions options;
  options.body_limit = 2048;
  TestServer server(store_, options);
  auto big = http(server.port(), "POST", "/api/v1/gebruikers", std::string(5000, 'x'),
                  {{"Content-Type", "application/json"}});
  expect_problem(big, 413);
  EXPECT_EQ(detail(big), "Het verzoek is te groot (hoogstens 2 KiB).");
  auto header = http(server.port(), "GET", "/api/v1/sessie", "", {{"X-Groot", std::string(9000, 'x')}});
  expect_problem(header, 431);
  EXPECT_EQ(detail(header), "De kopregels van het verzoek zijn te groot (meer dan 8 KiB).");
}

TEST_F(ApiProblemsTest, AuthenticationAndRoleRefusalsAreProblems) {
  TestServer server(store_);
  expect_problem(http(server.port(), "GET", "/api/v1/sessie", "", {{"Accept", "text/html"}}), 401);
  const std::string lezer = server.login("lezer-am13");
  expect_problem(http(server.port(), "GET", "/api/v1/gebruikers", "", {{"Cookie", "regio_sessie=" + lezer}}), 403);
}

TEST_F(ApiProblemsTest, ABodyThatIsNoJsonObjectIs400SayingWhere) {
  TestServer server(store_);
  const std::string session = server.login("beheerder");
  const testing::Headers headers{{"Cookie", "regio_sessie=" + session},
                                 {"X-CSRF-Token", testing::csrf_of(server.port(), session)},
                                 {"Content-Type", "application/json"}};
  auto broken = http(server.port(), "POST", "/api/v1/gebruikers", R"({"naam": "x",)", headers);
  expect_problem(broken, 400);
  EXPECT_EQ(json::parse(broken.body)["type"], "invalid-json");
  EXPECT_EQ(detail(broken),
            "De inhoud van het verzoek is geen geldige JSON (fout bij teken 14); verwacht: een JSON-object met naam, "
            "rol, regio en wachtwoord.");
  EXPECT_EQ(broken.body.find("syntax error"), std::string::npos);  // the library's text stays in the log
  auto array = http(server.port(), "POST", "/api/v1/gebruikers", "[1, 2]", headers);
  expect_problem(array, 400);
  EXPECT_NE(detail(array).find("geen object"), std::string::npos);
  auto empty = http(server.port(), "POST", "/api/v1/gebruikers", "", headers);
  expect_problem(empty, 400);
  EXPECT_NE(detail(empty).find("geen inhoud"), std::string::npos);
  // A valid object with a wrong value: the use case's own message.
  auto wrong = http(server.port(), "POST", "/api/v1/gebruikers", R"({"naam":"x","rol":"koning","wachtwoord":"lang-genoeg"})",
                    headers);
  expect_problem(wrong, 400);
}

}  // namespace
}  // namespace regio::web
