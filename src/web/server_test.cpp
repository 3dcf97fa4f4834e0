// Handler tests against the real server on port 0 (Beast client): logins, cookies, CSRF,
// headers, limits, problem details, logout, expiry, escaping, the access log.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "store/memory/memory_store.h"
#include "web/test_server.h"

namespace regio::web {
namespace {

using testing::form_body;
using testing::http;
using testing::TestServer;

constexpr const char* kForm = "application/x-www-form-urlencoded";
constexpr const char* kCsp =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; "
    "form-action 'self'; base-uri 'none'";

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override { testing::add_test_users(store_); }
  std::string cookie(const std::string& session) { return "regio_sessie=" + session; }
  store::MemoryStore store_;
};

TEST_F(ServerTest, LoginSetsAHardenedSessionCookieAndTheSessionWorks) {
  TestServer server(store_);
  auto form = http(server.port(), "GET", "/inloggen");
  ASSERT_EQ(form.status, 200);
  const std::string token = form.cookie("regio_csrf");
  ASSERT_EQ(token.size(), 64u);
  EXPECT_NE(form.body.find("value=\"" + token + "\""), std::string::npos);  // same token in the form
  auto res = http(server.port(), "POST", "/inloggen",
                  form_body({{"naam", "regio-am13"}, {"wachtwoord", testing::kPassword}, {"csrf", token}}),
                  {{"Content-Type", kForm}, {"Cookie", "regio_csrf=" + token}});
  EXPECT_EQ(res.status, 303);
  EXPECT_EQ(res.header("Location"), "/");
  const std::string line = res.set_cookie_line("regio_sessie");
  EXPECT_NE(line.find("; HttpOnly"), std::string::npos) << line;
  EXPECT_NE(line.find("; SameSite=Strict"), std::string::npos) << line;
  EXPECT_NE(line.find("; Path=/"), std::string::npos) << line;
  EXPECT_EQ(line.find("Secure"), std::string::npos) << line;  // plain HTTP, no proxy
  const std::string session = res.cookie("regio_sessie");
  ASSERT_EQ(session.size(), 64u);

  auto me = http(server.port(), "GET", "/api/v1/sessie", "", {{"Cookie", cookie(session)}});
  ASSERT_EQ(me.status, 200);
  auto body = nlohmann::json::parse(me.body);
  EXPECT_EQ(body["naam"], "regio-am13");
  EXPECT_EQ(body["rol"], "regio");
  EXPECT_EQ(body["regio"], "AM13");

  // A second login gets a new id, and the old one ends (renewed at login).
  const std::string second = server.login("regio-am13");
  ASSERT_FALSE(second.empty());
  EXPECT_NE(second, session);
}

TEST_F(ServerTest, LoginRenewsTheSessionIdAndEndsTheOldOne) {
  TestServer server(store_);
  const std::string first = server.login("beheerder");
  // Logged in already, the login form carries the session's token (as a browser would post it).
  auto form = http(server.port(), "GET", "/inloggen", "", {{"Cookie", cookie(first)}});
  const std::string csrf = testing::csrf_of(server.port(), first);
  EXPECT_NE(form.body.find("value=\"" + csrf + "\""), std::string::npos);
  auto res = http(server.port(), "POST", "/inloggen",
                  form_body({{"naam", "beheerder"}, {"wachtwoord", testing::kPassword}, {"csrf", csrf}}),
                  {{"Content-Type", kForm}, {"Cookie", cookie(first)}});
  ASSERT_EQ(res.status, 303);
  const std::string renewed = res.cookie("regio_sessie");
  EXPECT_NE(renewed, first);
  EXPECT_EQ(http(server.port(), "GET", "/api/v1/sessie", "", {{"Cookie", cookie(first)}}).status, 401);
  EXPECT_EQ(http(server.port(), "GET", "/api/v1/sessie", "", {{"Cookie", cookie(renewed)}}).status, 200);
}

TEST_F(ServerTest, SecureCookieBehindAProxyThatSaysHttps) {
  ServerOptions options;
  options.trust_proxy = true;
  WebOptions web;
  web.trust_proxy = true;
  TestServer server(store_, options, web);
  auto form = http(server.port(), "GET", "/inloggen", "", {{"X-Forwarded-Proto", "https"}});
  EXPECT_NE(form.set_cookie_line("regio_csrf").find("; Secure"), std::string::npos);
  auto plain = http(server.port(), "GET", "/inloggen");
  EXPECT_EQ(plain.set_cookie_line("regio_csrf").find("Secure"), std::string::npos);
}

TEST_F(ServerTest, WrongPasswordIsRefusedWithADutchMessageAndEscapedName) {
  TestServer server(store_);
  auto form = http(server.port(), "GET", "/inloggen");
  const std::string token = form.cookie("regio_csrf");
  auto res = http(server.port(), "POST", "/inloggen",
                  form_body({{"naam", "<script>alert(1)</script>"}, {"wachtwoord", "fout"}, {"csrf", token}}),
                  {{"Content-Type", kForm}, {"Cookie", "regio_csrf=" + token}, {"Accept", "text/html"}});
  EXPECT_EQ(res.status, 401);
  EXPECT_TRUE(res.cookie("regio_sessie").empty());
  EXPECT_NE(res.body.find("Onjuiste gebruikersnaam of wachtwoord"), std::string::npos);
  EXPECT_EQ(res.body.find("<script>alert"), std::string::npos);
  EXPECT_NE(res.body.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
}

TEST_F(ServerTest, FiveFailuresThrottleTheUserWithRetryAfter) {
  TestServer server(store_);
  for (int i = 0; i < 5; ++i) EXPECT_TRUE(server.login("onderzoeker", "verkeerd").empty());
  auto form = http(server.port(), "GET", "/inloggen");
  const std::string token = form.cookie("regio_csrf");
  auto res = http(server.port(), "POST", "/inloggen",
                  form_body({{"naam", "onderzoeker"}, {"wachtwoord", testing::kPassword}, {"csrf", token}}),
                  {{"Content-Type", kForm}, {"Cookie", "regio_csrf=" + token}});
  EXPECT_EQ(res.status, 429);  // even the right password, until the window has passed
  EXPECT_EQ(res.header("Retry-After"), "900");
  EXPECT_NE(res.body.find("Te veel mislukte inlogpogingen"), std::string::npos);
  EXPECT_TRUE(res.cookie("regio_sessie").empty());
  EXPECT_FALSE(server.login("beheerder").empty());  // other users are not affected
  server.clock().advance(15 * 60 + 1);
  EXPECT_FALSE(server.login("onderzoeker").empty());
}

TEST_F(ServerTest, StateChangingRequestsNeedTheCsrfToken) {
  TestServer server(store_);
  // Login form without its token.
  auto login = http(server.port(), "POST", "/inloggen",
                    form_body({{"naam", "beheerder"}, {"wachtwoord", testing::kPassword}}), {{"Content-Type", kForm}});
  EXPECT_EQ(login.status, 403);
  const std::string session = server.login("beheerder");
  const std::string body = R"({"naam":"nieuw","rol":"lezer","regio":"am13","wachtwoord":"lang-genoeg"})";
  auto refused = http(server.port(), "POST", "/api/v1/gebruikers", body,
                      {{"Cookie", cookie(session)}, {"Content-Type", "application/json"}});
  EXPECT_EQ(refused.status, 403);
  EXPECT_EQ(refused.header("Content-Type"), "application/problem+json");
  auto wrong = http(server.port(), "POST", "/api/v1/gebruikers", body,
                    {{"Cookie", cookie(session)}, {"X-CSRF-Token", std::string(64, 'a')}});
  EXPECT_EQ(wrong.status, 403);
  EXPECT_EQ(store_.user("nieuw").error().code, ErrorCode::kNotFound);
  auto ok = http(server.port(), "POST", "/api/v1/gebruikers", body,
                 {{"Cookie", cookie(session)}, {"X-CSRF-Token", testing::csrf_of(server.port(), session)}});
  EXPECT_EQ(ok.status, 201);
  EXPECT_EQ(store_.user("nieuw")->region, "AM13");
  auto log = store_.audit_log({.limit = 1});
  ASSERT_EQ(log->size(), 1u);
  EXPECT_EQ((*log)[0].actor, "beheerder");
  EXPECT_EQ((*log)[0].channel, "web");
  EXPECT_EQ((*log)[0].action, "gebruiker toegevoegd");
}

TEST_F(ServerTest, UsersPageAddsAndBlocksThroughFormsWithCsrf) {
  TestServer server(store_);
  const std::string session = server.login("beheerder");
  const std::string csrf = testing::csrf_of(server.port(), session);
  auto page = http(server.port(), "GET", "/beheer/gebruikers", "", {{"Cookie", cookie(session)}});
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("<th scope=\"row\">lezer-am13</th>"), std::string::npos);
  auto short_pw =
      http(server.port(), "POST", "/beheer/gebruikers",
           form_body({{"naam", "kort"}, {"rol", "lezer"}, {"regio", "AM13"}, {"wachtwoord", "kort"}, {"csrf", csrf}}),
           {{"Content-Type", kForm}, {"Cookie", cookie(session)}});
  EXPECT_EQ(short_pw.status, 400);
  EXPECT_NE(short_pw.body.find("minstens 8 tekens"), std::string::npos);
  auto blocked = http(server.port(), "POST", "/beheer/gebruikers/lezer-am13/blokkeren", form_body({{"csrf", csrf}}),
                      {{"Content-Type", kForm}, {"Cookie", cookie(session)}});
  EXPECT_EQ(blocked.status, 303);
  EXPECT_TRUE(store_.user("lezer-am13")->disabled);
  EXPECT_TRUE(server.login("lezer-am13").empty());
  auto audit = http(server.port(), "GET", "/beheer/audit", "", {{"Cookie", cookie(session)}});
  EXPECT_NE(audit.body.find("gebruiker geblokkeerd"), std::string::npos);
}

TEST_F(ServerTest, SecurityHeadersOnEveryResponse) {
  TestServer server(store_);
  for (const char* target : {"/", "/bestaat-niet", "/static/regio.css", "/api/v1/gebruikers"}) {
    auto res = http(server.port(), "GET", target);
    SCOPED_TRACE(target);
    EXPECT_EQ(res.header("Content-Security-Policy"), kCsp);
    EXPECT_EQ(res.header("X-Content-Type-Options"), "nosniff");
    EXPECT_EQ(res.header("Referrer-Policy"), "same-origin");
    EXPECT_EQ(res.header("X-Frame-Options"), "DENY");
  }
  EXPECT_EQ(http(server.port(), "GET", "/").header("Cache-Control"), "no-store");
  auto css = http(server.port(), "GET", "/static/regio.css");
  EXPECT_EQ(css.status, 200);
  EXPECT_EQ(css.header("Content-Type"), "text/css; charset=utf-8");
  EXPECT_NE(css.body.find(".skip-link"), std::string::npos);
}

TEST_F(ServerTest, OversizedHeaderGets431AndOversizedBodyGets413) {
  ServerOptions options;
  options.body_limit = 1024;
  TestServer server(store_, options);
  auto big_header = http(server.port(), "GET", "/", "", {{"X-Groot", std::string(9000, 'x')}});
  EXPECT_EQ(big_header.status, 431);
  EXPECT_EQ(big_header.header("Content-Type"), "application/problem+json");
  auto big_body = http(server.port(), "POST", "/inloggen", std::string(2000, 'x'), {{"Content-Type", kForm}});
  EXPECT_EQ(big_body.status, 413);
  auto fits = http(server.port(), "GET", "/", "", {{"X-Klein", std::string(7000, 'x')}});
  EXPECT_EQ(fits.status, 200);
}

TEST_F(ServerTest, UnknownRouteIs404ProblemDetails) {
  TestServer server(store_);
  auto res = http(server.port(), "GET", "/bestaat-niet?x=1");
  EXPECT_EQ(res.status, 404);
  EXPECT_EQ(res.header("Content-Type"), "application/problem+json");
  auto body = nlohmann::json::parse(res.body);
  EXPECT_EQ(body["type"], "about:blank");
  EXPECT_EQ(body["title"], "Niet gevonden");
  EXPECT_EQ(body["status"], 404);
  EXPECT_EQ(body["detail"], "De pagina /bestaat-niet bestaat niet.");
  auto page = http(server.port(), "GET", "/bestaat-niet", "", {{"Accept", "text/html"}});
  EXPECT_EQ(page.status, 404);
  EXPECT_NE(page.body.find("<h1>Niet gevonden</h1>"), std::string::npos);
  auto wrong_method = http(server.port(), "DELETE", "/inloggen");
  EXPECT_EQ(wrong_method.status, 405);
  EXPECT_EQ(wrong_method.header("Allow"), "GET, POST");
}

TEST_F(ServerTest, HeadAnswersLikeGetWithoutABody) {
  TestServer server(store_);
  testing::Client client(server.port());
  auto get = client.request("GET", "/toegankelijkheid");
  auto head = client.request("HEAD", "/toegankelijkheid");
  EXPECT_EQ(head.status, 200);
  EXPECT_EQ(head.header("Content-Length"), std::to_string(get.body.size()));
  EXPECT_EQ(client.request("GET", "/").status, 200);  // the connection is still in step
}

TEST_F(ServerTest, LogoutEndsTheSession) {
  TestServer server(store_);
  const std::string session = server.login("lezer-am13");
  const std::string csrf = testing::csrf_of(server.port(), session);
  auto out = http(server.port(), "POST", "/uitloggen", form_body({{"csrf", csrf}}),
                  {{"Content-Type", kForm}, {"Cookie", cookie(session)}});
  EXPECT_EQ(out.status, 303);
  EXPECT_NE(out.set_cookie_line("regio_sessie").find("Max-Age=0"), std::string::npos);
  EXPECT_EQ(http(server.port(), "GET", "/api/v1/sessie", "", {{"Cookie", cookie(session)}}).status, 401);
}

TEST_F(ServerTest, SessionsExpireWhenIdleAndAfterTwelveHours) {
  TestServer server(store_);
  const std::string idle = server.login("regio-am13");
  server.clock().advance(30 * 60 + 1);
  EXPECT_EQ(http(server.port(), "GET", "/api/v1/sessie", "", {{"Cookie", cookie(idle)}}).status, 401);

  const std::string active = server.login("regio-am13");
  for (int i = 0; i < 25; ++i) {  // used every 29 minutes: alive until 12 hours (720 min)
    server.clock().advance(29 * 60);
    const int expected = (i + 1) * 29 * 60 <= 12 * 3600 ? 200 : 401;
    ASSERT_EQ(http(server.port(), "GET", "/api/v1/sessie", "", {{"Cookie", cookie(active)}}).status, expected)
        << "after " << (i + 1) * 29 << " minutes";
  }
}

TEST_F(ServerTest, AnonymousBrowserIsSentToTheLoginPage) {
  TestServer server(store_);
  auto page = http(server.port(), "GET", "/beheer/gebruikers", "", {{"Accept", "text/html"}});
  EXPECT_EQ(page.status, 303);
  EXPECT_EQ(page.header("Location"), "/inloggen");
  auto api = http(server.port(), "GET", "/api/v1/gebruikers");
  EXPECT_EQ(api.status, 401);
  const std::string lezer = server.login("lezer-am13");
  EXPECT_EQ(http(server.port(), "GET", "/api/v1/gebruikers", "", {{"Cookie", cookie(lezer)}}).status, 403);
}

TEST_F(ServerTest, AccessLogHasOneJsonLinePerRequestWithoutTheQuery) {
  TestServer server(store_);
  const std::string session = server.login("beheerder");  // GET + POST
  http(server.port(), "GET", "/toegankelijkheid?token=geheim", "", {{"Cookie", cookie(session)}});
  server.stop();
  std::istringstream lines(server.log());
  std::vector<nlohmann::json> entries;
  for (std::string line; std::getline(lines, line);) entries.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries[1]["method"], "POST");
  EXPECT_EQ(entries[1]["status"], 303);
  EXPECT_EQ(entries[1]["user"], "beheerder");
  EXPECT_EQ(entries[2]["path"], "/toegankelijkheid");
  EXPECT_EQ(entries[2]["user"], "beheerder");
  EXPECT_GT(entries[2]["bytes"].get<int>(), 0);
  EXPECT_TRUE(entries[2]["duration_us"].is_number());
  EXPECT_EQ(server.log().find("geheim"), std::string::npos);
}

}  // namespace
}  // namespace regio::web
