// The national dashboard through the real server: the page, its map and tables, the CSV, the
// filters in the URL; and the figures against a count worked out from the demo responses.
#include <gtest/gtest.h>

#include <map>

#include "demo/responses.h"
#include "forms/definition_io.h"
#include "store/audit_testing.h"
#include "store/memory/memory_store.h"
#include "tabular/workbook_json.h"
#include "web/dashboard_figures.h"
#include "web/test_server.h"

namespace regio::web {
namespace {

using testing::TestServer;

class DashboardTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const store::QuestionnaireRecord q{"standaard", tabular::workbook_to_json(forms::default_workbook())};
    for (std::size_t i = 0; i < demo_.waves.size(); ++i)
      ASSERT_TRUE(i == 0 ? store_.add_wave_with_questionnaire(demo_.waves[i], q, store::test_audit())
                         : store_.add_wave(demo_.waves[i], store::test_audit()));
    for (const auto& w : demo_.waves) {
      std::vector<forms::Response> of_wave;
      for (const auto& r : demo_.responses)
        if (r.wave == w.code) of_wave.push_back(r);
      ASSERT_TRUE(store_.replace_responses(w.code, of_wave, store::test_audit()));
    }
  }
  regions::Registry registry_ = regions::Registry::load_embedded().value();
  demo::DemoResponses demo_ = demo::generate_demo_responses(registry_);
  store::MemoryStore store_;
};

std::size_t count(const std::string& s, const std::string& what) {
  std::size_t n = 0;
  for (auto p = s.find(what); p != std::string::npos; p = s.find(what, p + 1)) ++n;
  return n;
}

TEST_F(DashboardTest, PublicPageShowsOneMapShapePerRegionWithTablesAndSources) {
  TestServer server(store_);
  auto res = testing::http(server.port(), "GET", "/dashboard?meetmoment=2020-vervolg&vergelijk=2019-eind");
  ASSERT_EQ(res.status, 200) << res.body;
  // The 2020 classification has 35 arbeidsmarktregio's (CBS); regions without a response show "geen gegevens".
  EXPECT_EQ(count(res.body, "data-region=\""), 35u);
  EXPECT_NE(res.body.find("<table"), std::string::npos);
  EXPECT_NE(res.body.find("Bron: Regiomonitor, meetmoment"), std::string::npos);
  EXPECT_NE(res.body.find("0 cellen onderdrukt"), std::string::npos);
  EXPECT_NE(res.body.find("Overgangen"), std::string::npos);
  EXPECT_NE(res.body.find("href=\"/dashboard.csv?meetmoment=2020-vervolg&amp;vergelijk=2019-eind"), std::string::npos);
  EXPECT_EQ(res.body.find("style="), std::string::npos);  // strict CSP: no inline style
  EXPECT_EQ(res.body.find("<script>"), std::string::npos);
}

TEST_F(DashboardTest, LadderCountsMatchTheResponsesCountedByHand) {
  // Count the submitted responses of 2020-vervolg per answered `niveau` directly.
  std::map<std::string, int> by_level;
  for (const auto& r : demo_.responses)
    if (r.wave == "2020-vervolg" && !r.answer("niveau").empty()) ++by_level[r.answer("niveau")];
  TestServer server(store_);
  auto csv = testing::http(server.port(), "GET", "/dashboard.csv?meetmoment=2020-vervolg&onderdeel=ladder");
  ASSERT_EQ(csv.status, 200) << csv.body;
  EXPECT_NE(csv.header("Content-Type").find("text/csv"), std::string::npos);
  for (const auto& [level, n] : by_level) EXPECT_NE(csv.body.find("\"" + level + " "), std::string::npos) << level;
  int total = 0;
  for (const auto& [level, n] : by_level) {
    const auto at = csv.body.find("\"" + level + " ");
    ASSERT_NE(at, std::string::npos);
    const auto line_end = csv.body.find("\r\n", at);
    const std::string line = csv.body.substr(at, line_end - at);
    EXPECT_TRUE(line.ends_with(",\"" + std::to_string(n) + "\"")) << line;
    total += n;
  }
  EXPECT_GT(total, 0);
}

TEST_F(DashboardTest, BadFiltersGiveADutchMessage) {
  TestServer server(store_);
  auto same = testing::http(server.port(), "GET", "/dashboard.csv?meetmoment=2019-eind&vergelijk=2019-eind");
  EXPECT_EQ(same.status, 400);
  auto unknown = testing::http(server.port(), "GET", "/dashboard?meetmoment=2031-nergens");
  EXPECT_EQ(unknown.status, 404);
  auto part = testing::http(server.port(), "GET", "/dashboard.csv?meetmoment=2019-eind&onderdeel=xyz");
  EXPECT_EQ(part.status, 400);
  EXPECT_NE(part.body.find("Onbekend onderdeel"), std::string::npos);
}

}  // namespace
}  // namespace regio::web
