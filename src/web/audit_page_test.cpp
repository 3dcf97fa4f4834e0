// The beheerder's audit page against the real server on port 0: newest first, the channel in
// words, a page at a time, and the filters on user and period from the URL.
#include <gtest/gtest.h>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "store/memory/memory_store.h"
#include "web/test_server.h"

namespace regio::web {
namespace {

using testing::http;
using testing::TestServer;

std::size_t count(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

// Body rows of the audit table: every <tr> but the header's.
std::size_t rows(const std::string& page) { return count(page, "<tr>") - 1; }

class AuditPageTest : public ::testing::Test {
 protected:
  void SetUp() override {
    testing::add_test_users(store_);  // five entries by "test" on 2026-11-28, from the CLI
    // 60 changes, one a day from 1 October 2026: even ones by onderzoeker on the web, odd ones
    // by beheerder on the command line.
    for (int i = 0; i < 60; ++i) {
      const Date day = from_civil({2026, 10, 1}) + i;
      const bool web = i % 2 == 0;
      store::AuditEntry e{0,
                          format_iso(day) + "T12:00:00Z",
                          web ? "onderzoeker" : "beheerder",
                          web ? "web" : "cli",
                          "instelling gewijzigd",
                          fmt::format("wijziging {}", i)};
      ASSERT_TRUE(store_.put_settings({{"k", std::to_string(i)}}, e));
    }
  }
  std::string get(TestServer& server, const std::string& session, const std::string& target, int status = 200) {
    auto res = http(server.port(), "GET", target, "", {{"Cookie", "regio_sessie=" + session}});
    EXPECT_EQ(res.status, status) << target;
    return res.body;
  }
  store::MemoryStore store_;
};

TEST_F(AuditPageTest, NewestFirstAPageAtATimeWithTheChannel) {
  TestServer server(store_);
  const std::string session = server.login("beheerder");
  const std::string first = get(server, session, "/beheer/audit");
  EXPECT_EQ(rows(first), 50u);
  EXPECT_NE(first.find("<th scope=\"col\">Via</th>"), std::string::npos);
  EXPECT_NE(first.find("<td>2026-11-29T12:00:00Z</td><td>beheerder</td><td>opdrachtregel</td>"
                       "<td>instelling gewijzigd</td><td>wijziging 59</td>"),
            std::string::npos);
  EXPECT_NE(first.find("<td>onderzoeker</td><td>website</td>"), std::string::npos);
  EXPECT_LT(first.find("wijziging 59<"), first.find("wijziging 58<"));  // newest first
  EXPECT_EQ(first.find("wijziging 9<"), std::string::npos);             // on the next page
  const auto link = first.find("Oudere wijzigingen");
  ASSERT_NE(link, std::string::npos);
  const auto href = first.rfind("href=\"", link) + 6;
  std::string next = first.substr(href, first.find('"', href) - href);
  for (auto amp = next.find("&amp;"); amp != std::string::npos; amp = next.find("&amp;")) next.replace(amp, 5, "&");
  const std::string second = get(server, session, next);
  EXPECT_EQ(rows(second), 15u);  // 65 entries in all
  EXPECT_NE(second.find("wijziging 9<"), std::string::npos);
  EXPECT_NE(second.find("gebruiker toegevoegd"), std::string::npos);  // the test users, oldest
  EXPECT_EQ(second.find("wijziging 10<"), std::string::npos);         // was on the first page
  EXPECT_EQ(second.find("Oudere wijzigingen"), std::string::npos);
  EXPECT_NE(second.find("Nieuwste wijzigingen"), std::string::npos);
}

TEST_F(AuditPageTest, FiltersOnUserAndPeriodFromTheUrl) {
  TestServer server(store_);
  const std::string session = server.login("beheerder");
  const std::string of_onderzoeker = get(server, session, "/beheer/audit?gebruiker=onderzoeker");
  EXPECT_EQ(rows(of_onderzoeker), 30u);
  EXPECT_EQ(count(of_onderzoeker, "<td>beheerder</td>"), 0u);
  EXPECT_NE(of_onderzoeker.find("value=\"onderzoeker\""), std::string::npos);  // the form shows the filter

  // 1 to 3 October inclusive: changes 0, 1 and 2.
  const std::string october = get(server, session, "/beheer/audit?van=2026-10-01&tot=2026-10-03");
  EXPECT_EQ(rows(october), 3u);
  for (const char* expected : {"wijziging 0<", "wijziging 1<", "wijziging 2<"})
    EXPECT_NE(october.find(expected), std::string::npos) << expected;
  EXPECT_EQ(october.find("wijziging 3<"), std::string::npos);

  const std::string both = get(server, session, "/beheer/audit?gebruiker=beheerder&van=2026-10-01&tot=2026-10-03");
  EXPECT_EQ(rows(both), 1u);
  EXPECT_NE(both.find("wijziging 1<"), std::string::npos);

  const std::string nobody = get(server, session, "/beheer/audit?gebruiker=niemand");
  EXPECT_EQ(rows(nobody), 0u);
  EXPECT_NE(nobody.find("Geen wijzigingen gevonden."), std::string::npos);
}

TEST_F(AuditPageTest, AWrongDateIsExplainedNextToItsField) {
  TestServer server(store_);
  const std::string session = server.login("beheerder");
  const std::string page = get(server, session, "/beheer/audit?van=1-okt&tot=2026-10-03", 400);
  EXPECT_NE(page.find("role=\"alert\""), std::string::npos);
  EXPECT_NE(page.find("id=\"van-fout\""), std::string::npos);
  EXPECT_NE(page.find("aria-describedby=\"van-fout\""), std::string::npos);
  EXPECT_EQ(page.find("aria-describedby=\"tot-fout\""), std::string::npos);
  EXPECT_NE(page.find("value=\"1-okt\""), std::string::npos);  // what was typed stays
  EXPECT_EQ(page.find("<table"), std::string::npos);
}

TEST_F(AuditPageTest, TheSameAsJsonWithTheLinkToOlderEntries) {
  TestServer server(store_);
  const std::string session = server.login("beheerder");
  auto first = nlohmann::json::parse(get(server, session, "/api/v1/audit"));
  ASSERT_EQ(first["regels"].size(), 50u);
  EXPECT_EQ(first["regels"][0]["object"], "wijziging 59");
  EXPECT_EQ(first["regels"][0]["via"], "cli");
  EXPECT_EQ(first["regels"][0]["wie"], "beheerder");
  EXPECT_EQ(first["regels"][0]["tijd"], "2026-11-29T12:00:00Z");
  EXPECT_EQ(first["regels"][1]["via"], "web");
  const std::string older = first["ouder"].get<std::string>();
  EXPECT_EQ(older, "/api/v1/audit?voor=" + std::to_string(first["regels"][49]["id"].get<std::int64_t>()));
  auto second = nlohmann::json::parse(get(server, session, older));
  EXPECT_EQ(second["regels"].size(), 15u);
  EXPECT_TRUE(second["ouder"].is_null());

  auto filtered = nlohmann::json::parse(get(server, session, "/api/v1/audit?gebruiker=onderzoeker&tot=2026-10-05"));
  ASSERT_EQ(filtered["regels"].size(), 3u);  // changes 4, 2 and 0
  EXPECT_EQ(filtered["regels"][0]["object"], "wijziging 4");
  EXPECT_EQ(filtered["regels"][2]["object"], "wijziging 0");
  auto wrong = http(server.port(), "GET", "/api/v1/audit?van=gisteren", "", {{"Cookie", "regio_sessie=" + session}});
  EXPECT_EQ(wrong.status, 400);
  EXPECT_EQ(wrong.header("Content-Type"), "application/problem+json");
  EXPECT_NE(wrong.body.find("JJJJ-MM-DD"), std::string::npos);
}

TEST_F(AuditPageTest, OnlyForTheBeheerder) {
  TestServer server(store_);
  get(server, server.login("onderzoeker"), "/beheer/audit", 403);
}

}  // namespace
}  // namespace regio::web
