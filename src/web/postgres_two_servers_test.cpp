// Two servers on one PostgreSQL database, each with its own connection (as two `serve`
// processes would have): a login on one is a login on the other, a logout on the other ends it
// on both, and a user added through one is seen by the other.
#include <gtest/gtest.h>

#include "store/postgres/postgres_store.h"
#include "store/postgres/test_database.h"
#include "web/test_server.h"

namespace regio::web {
namespace {

using testing::http;

TEST(WebPostgresTest, TwoServersShareSessionsAndUsers) {
  store::postgres_detail::TestDatabase database;
  ASSERT_TRUE(database.ok());
  auto first_store = store::PostgresStore::open(database.conninfo());
  ASSERT_TRUE(first_store) << first_store.error().message;
  auto second_store = store::PostgresStore::open(database.conninfo());
  ASSERT_TRUE(second_store) << second_store.error().message;
  testing::add_test_users(**first_store);

  testing::TestServer a(**first_store);
  testing::TestServer b(**second_store);
  ASSERT_NE(a.port(), b.port());
  const std::string session = a.login("beheerder");
  ASSERT_FALSE(session.empty());
  const testing::Headers cookie{{"Cookie", "regio_sessie=" + session}};
  auto on_b = http(b.port(), "GET", "/api/v1/sessie", "", cookie);
  ASSERT_EQ(on_b.status, 200);
  EXPECT_NE(on_b.body.find("\"naam\":\"beheerder\""), std::string::npos);

  // A user added through B can log in on A.
  const std::string csrf = testing::csrf_of(b.port(), session);
  auto added = http(b.port(), "POST", "/api/v1/gebruikers",
                    R"({"naam":"nieuw-am05","rol":"regio","regio":"AM05","wachtwoord":"lang-genoeg-1"})",
                    {{"Cookie", "regio_sessie=" + session}, {"X-CSRF-Token", csrf}});
  ASSERT_EQ(added.status, 201) << added.body;
  EXPECT_FALSE(a.login("nieuw-am05", "lang-genoeg-1").empty());

  // Logging out on B ends the session on A too.
  auto out = http(b.port(), "POST", "/uitloggen", "", {{"Cookie", "regio_sessie=" + session}, {"X-CSRF-Token", csrf}});
  EXPECT_EQ(out.status, 303);
  EXPECT_EQ(http(a.port(), "GET", "/api/v1/sessie", "", cookie).status, 401);
}

}  // namespace
}  // namespace regio::web
