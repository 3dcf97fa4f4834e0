// The dashboard map's links to region pages: a signed-in visitor gets a link from exactly the
// regions whose page the region route lets them open; an anonymous visitor gets none (and so the
// page kept for anonymous visitors never holds one).
#include <regex>
#include <set>

#include "web/dashboard_fixture.h"

namespace regio::web {
namespace {

using testing::TestServer;

constexpr const char* kPage = "/dashboard?meetmoment=2020-vervolg";

// The targets of the map's links (<a href=… xlink:href=…> around a shape), in page order.
std::vector<std::string> map_links(const std::string& html) {
  std::vector<std::string> links;
  static const std::regex link(R"re(xlink:href="([^"]*)")re");
  for (std::sregex_iterator it(html.begin(), html.end(), link), end; it != end; ++it) links.push_back((*it)[1]);
  return links;
}

testing::Headers as(TestServer& server, const std::string& user) {
  return {{"Cookie", "regio_sessie=" + server.login(user)}};
}

class DashboardLinksTest : public DashboardTest {
 protected:
  void SetUp() override {
    DashboardTest::SetUp();
    testing::add_test_users(store_);
  }
};

TEST_F(DashboardLinksTest, AnonymousVisitorsGetNoLinks) {
  TestServer server(store_);
  for (int i = 0; i < 2; ++i) {  // the second answer is the kept page
    auto res = testing::http(server.port(), "GET", kPage);
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_TRUE(map_links(res.body).empty());
    EXPECT_EQ(res.body.find("<a href=\"/regio/"), std::string::npos);
  }
}

TEST_F(DashboardLinksTest, RegioUserGetsALinkFromTheOwnRegionOnly) {
  TestServer server(store_);
  ASSERT_EQ(testing::http(server.port(), "GET", kPage).status, 200);  // now kept for anonymous visitors
  auto res = testing::http(server.port(), "GET", kPage, "", as(server, "regio-am13"));
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_EQ(map_links(res.body), std::vector<std::string>{"/regio/AM13"});
  EXPECT_NE(res.body.find("aria-label=\"Regio Midden-Utrecht: niveau "), std::string::npos);
  // The page kept for anonymous visitors did not take the link along.
  EXPECT_TRUE(map_links(testing::http(server.port(), "GET", kPage).body).empty());
}

TEST_F(DashboardLinksTest, OnderzoekerGetsALinkFromEveryRegionWithAResponse) {
  std::set<std::string> expected;  // regions with a submitted response of the wave
  for (const auto& r : demo_.responses)
    if (r.wave == "2020-vervolg" && r.status == forms::ResponseStatus::kIngediend) expected.insert("/regio/" + r.region);
  ASSERT_GT(expected.size(), 10u);
  TestServer server(store_);
  auto res = testing::http(server.port(), "GET", kPage, "", as(server, "onderzoeker"));
  ASSERT_EQ(res.status, 200) << res.body;
  auto links = map_links(res.body);
  EXPECT_EQ(links.size(), expected.size());
  EXPECT_EQ(std::set<std::string>(links.begin(), links.end()), expected);
}

}  // namespace
}  // namespace regio::web
