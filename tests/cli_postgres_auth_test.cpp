// A refused PostgreSQL login is "no permission" (exit 6), not "unreachable" (exit 7), and the
// password never appears in the message. scripts/pg-test-server.sh makes the role
// regio_password_test log in by password; every other role is trusted.
#include <gtest/gtest.h>
#include <libpq-fe.h>

#include <memory>

#include "cli_harness.h"
#include "store/postgres/test_database.h"

namespace regio::testing {
namespace {

constexpr const char* kRole = "regio_password_test";
constexpr const char* kWrongPassword = "Qz7-verkeerd-wachtwoord";

// Host and port of the test server URI "postgresql://postgres@127.0.0.1:PORT/postgres".
std::string host_and_port(const std::string& server) {
  const auto at = server.find('@');
  const auto slash = server.find('/', at);
  return server.substr(at + 1, slash - at - 1);
}

TEST(CliPostgresAuth, AWrongPasswordIsNoPermissionAndIsNeverShown) {
  const std::string server = store::postgres_detail::TestDatabase::server_uri();
  ASSERT_FALSE(server.empty());
  {
    std::unique_ptr<PGconn, decltype(&PQfinish)> conn(PQconnectdb(server.c_str()), &PQfinish);
    ASSERT_EQ(PQstatus(conn.get()), CONNECTION_OK) << PQerrorMessage(conn.get());
    std::unique_ptr<PGresult, decltype(&PQclear)> r(
        PQexec(conn.get(),
               "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'regio_password_test') "
               "THEN CREATE ROLE regio_password_test LOGIN PASSWORD 'juist-wachtwoord'; END IF; END $$"),
        &PQclear);
    ASSERT_EQ(PQresultStatus(r.get()), PGRES_COMMAND_OK) << PQerrorMessage(conn.get());
  }
  TempDir dir;
  const std::string uri =
      std::string("postgresql://") + kRole + ":" + kWrongPassword + "@" + host_and_port(server) + "/postgres";
  auto r = run_cli({"--db", uri, "waves", "list"}, dir.path());
  EXPECT_EQ(r.exit_code, 6) << r.err;
  EXPECT_NE(r.err.find("geen toegang"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("wachtwoord"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find(kWrongPassword), std::string::npos) << r.err;
  EXPECT_EQ(r.out.find(kWrongPassword), std::string::npos) << r.out;
}

}  // namespace
}  // namespace regio::testing
