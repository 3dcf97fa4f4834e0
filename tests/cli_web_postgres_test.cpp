// Two `serve` processes on one PostgreSQL database: a login on one works on the other, a user
// added through one logs in on the other, a logout on one ends the session on both.
#include <gtest/gtest.h>

#include "cli_harness.h"
#include "serve_process.h"
#include "store/postgres/test_database.h"
#include "web/test_client.h"

namespace regio::testing {
namespace {

namespace wt = web::testing;

std::string database_uri(const std::string& name) {
  std::string uri = store::postgres_detail::TestDatabase::server_uri();
  if (uri.empty()) return {};
  return uri.substr(0, uri.rfind('/') + 1) + name;
}

std::string login(unsigned short port, const std::string& name, const std::string& password) {
  const std::string token = wt::http(port, "GET", "/inloggen").cookie("regio_csrf");
  auto res =
      wt::http(port, "POST", "/inloggen", wt::form_body({{"naam", name}, {"wachtwoord", password}, {"csrf", token}}),
               {{"Content-Type", "application/x-www-form-urlencoded"}, {"Cookie", "regio_csrf=" + token}});
  return res.cookie("regio_sessie");
}

TEST(CliWebPostgres, TwoServeProcessesShareLoginsAndUsers) {
  store::postgres_detail::TestDatabase db;
  ASSERT_TRUE(db.ok());
  const std::string uri = database_uri(db.name());
  ASSERT_FALSE(uri.empty());
  TempDir dir;
  const std::string command = "printf '%s\\n' 'lang-genoeg-1' | " + std::string(REGIO_BINARY) + " --db '" + uri +
                              "' users add beheer --role beheerder --password-stdin >/dev/null";
  ASSERT_EQ(std::system(command.c_str()), 0);

  ServeProcess first(uri, dir / "first.txt");
  ServeProcess second(uri, dir / "second.txt");
  ASSERT_NE(first.port(), 0) << first.printed();
  ASSERT_NE(second.port(), 0) << second.printed();

  const std::string session = login(first.port(), "beheer", "lang-genoeg-1");
  ASSERT_FALSE(session.empty());
  const wt::Headers cookie{{"Cookie", "regio_sessie=" + session}};
  auto me = wt::http(second.port(), "GET", "/api/v1/sessie", "", cookie);
  ASSERT_EQ(me.status, 200);
  const auto at = me.body.find("\"csrf\":\"");
  ASSERT_NE(at, std::string::npos);
  const std::string csrf = me.body.substr(at + 8, 64);

  auto added = wt::http(second.port(), "POST", "/api/v1/gebruikers",
                        R"({"naam":"regio-x","rol":"regio","regio":"AM02","wachtwoord":"lang-genoeg-2"})",
                        {{"Cookie", "regio_sessie=" + session}, {"X-CSRF-Token", csrf}});
  ASSERT_EQ(added.status, 201) << added.body;
  EXPECT_FALSE(login(first.port(), "regio-x", "lang-genoeg-2").empty());

  auto out =
      wt::http(first.port(), "POST", "/uitloggen", "", {{"Cookie", "regio_sessie=" + session}, {"X-CSRF-Token", csrf}});
  EXPECT_EQ(out.status, 303);
  EXPECT_EQ(wt::http(second.port(), "GET", "/api/v1/sessie", "", cookie).status, 401);

  EXPECT_EQ(first.stop(), 0);
  EXPECT_EQ(second.stop(), 0);
}

}  // namespace
}  // namespace regio::testing
