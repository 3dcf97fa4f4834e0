// `users` and `serve` through the real binary: passwords from standard input, the beheerder-only
// rule, and a server on port 0 that prints its URL, serves a login, and exits 0 on SIGTERM.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <regex>
#include <thread>

#include "cli_harness.h"
#include "serve_process.h"
#include "web/test_client.h"

namespace regio::testing {
namespace {

// Runs the binary through the shell with `password` on standard input; returns the exit code.
int run_with_stdin(const std::string& password, const std::string& args, const TempDir& dir) {
  const std::string command = "printf '%s\\n' '" + password + "' | " + std::string(REGIO_BINARY) + " --db " +
                              (dir / "regio.db").string() + " " + args + " >" + (dir / "out.txt").string() + " 2>" +
                              (dir / "err.txt").string();
  const int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

TEST(CliWebTest, UsersAddListDisable) {
  TempDir dir;
  EXPECT_EQ(run_with_stdin("lang-genoeg-1", "users add anna --role regio --region am13 --password-stdin", dir), 0);
  EXPECT_EQ(read_file(dir / "out.txt"), "Gebruiker anna toegevoegd met rol regio voor regio AM13.\n");
  EXPECT_NE(run_with_stdin("kort", "users add bob --role lezer --region AM13 --password-stdin", dir), 0);
  EXPECT_NE(read_file(dir / "err.txt").find("minstens 8 tekens"), std::string::npos);
  EXPECT_NE(run_with_stdin("lang-genoeg-1",
                           "--rol onderzoeker users add bob --role lezer --region AM13 --password-stdin", dir),
            0);
  EXPECT_NE(read_file(dir / "err.txt").find("gebruikers beheren is alleen voor beheerders"), std::string::npos);
  auto disabled = run_cli({"--db", (dir / "regio.db").string(), "users", "disable", "anna"}, dir.path());
  EXPECT_EQ(disabled.exit_code, 0) << disabled.err;
  auto list = run_cli({"--db", (dir / "regio.db").string(), "users", "list"}, dir.path());
  EXPECT_EQ(list.exit_code, 0);
  EXPECT_NE(list.out.find("anna"), std::string::npos);
  EXPECT_NE(list.out.find("AM13"), std::string::npos);
  EXPECT_NE(list.out.find("geblokkeerd"), std::string::npos);
  EXPECT_EQ(list.out.find("bob"), std::string::npos);  // refused twice: never stored
}

TEST(CliWebTest, ServePrintsItsUrlServesALoginAndStopsCleanlyOnSigterm) {
  TempDir dir;
  ASSERT_EQ(run_with_stdin("lang-genoeg-1", "users add beheer --role beheerder --password-stdin", dir), 0);
  ServeProcess server((dir / "regio.db").string(), dir / "serve-out.txt");
  ASSERT_NE(server.port(), 0) << server.printed();
  EXPECT_NE(server.printed().find("Regiomonitor draait op http://127.0.0.1:"), std::string::npos);
  const unsigned short port = server.port();
  auto form = web::testing::http(port, "GET", "/inloggen");
  ASSERT_EQ(form.status, 200);
  const std::string token = form.cookie("regio_csrf");
  auto login = web::testing::http(
      port, "POST", "/inloggen",
      web::testing::form_body({{"naam", "beheer"}, {"wachtwoord", "lang-genoeg-1"}, {"csrf", token}}),
      {{"Content-Type", "application/x-www-form-urlencoded"}, {"Cookie", "regio_csrf=" + token}});
  EXPECT_EQ(login.status, 303);
  auto me = web::testing::http(port, "GET", "/api/v1/sessie", "",
                               {{"Cookie", "regio_sessie=" + login.cookie("regio_sessie")}});
  EXPECT_EQ(me.status, 200);
  EXPECT_EQ(server.stop(), 0);  // SIGTERM: a clean stop
}

}  // namespace
}  // namespace regio::testing
