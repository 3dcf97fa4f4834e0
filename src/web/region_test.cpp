// The region page through the real server: who may see it, the compare region, the released
// outcome table against the release read through the service, the refusal of unsuppressed
// figures for a lezer, goals and levels against values worked out from the data, the CSV, the
// JSON API and the fact sheet PDF (pdftotext).
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>

#include "demo/responses.h"
#include "outcomes/release.h"
#include "store/audit_testing.h"
#include "store/memory/memory_store.h"
#include "web/test_demo.h"
#include "web/test_server.h"

namespace regio::web {
namespace {

using testing::http;
using testing::TestServer;

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

// The fields of one CSV line of to_csv (every field quoted, no quotes inside in these tables).
std::vector<std::string> fields(const std::string& line) {
  std::vector<std::string> out;
  std::size_t at = 0;
  while (at < line.size() && line[at] == '"') {
    const auto end = line.find('"', at + 1);
    out.push_back(line.substr(at + 1, end - at - 1));
    at = end + 2;
  }
  return out;
}

// CSV lines keyed by their first field.
std::map<std::string, std::vector<std::string>> csv_rows(const std::string& csv) {
  std::map<std::string, std::vector<std::string>> rows;
  std::size_t at = 0;
  while (at < csv.size()) {
    auto end = csv.find("\r\n", at);
    if (end == std::string::npos) end = csv.size();
    auto f = fields(csv.substr(at, end - at));
    if (!f.empty()) rows[f[0]] = f;
    at = end + 2;
  }
  return rows;
}

class RegionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    testing::add_demo_responses(store_, demo_);
    // The demo's release of 01-01-2025, reduced to NL, AM13 and AM19 (stored decisions per row).
    auto release = outcomes::decode_release(read_file(std::filesystem::path(REGIO_SOURCE_DIR) /
                                                      "src/report/testdata/outcomes/demo_release_2025-01-01_NL_AM13_AM19.json"));
    ASSERT_TRUE(release) << release.error().describe();
    ASSERT_TRUE(store_.add_release({{"2025-01-01", release->published_at, release->published_by, release->note,
                                     release->settings.threshold, release->settings.rounding},
                                    outcomes::encode_release(*release)},
                                   store::test_audit()));
    ASSERT_TRUE(store_.add_goal({0, "AM13", "duurzaam_pct", 50, 2021, "*", "De helft werkt duurzaam"}, store::test_audit()));
    testing::add_test_users(store_);
  }

  testing::Headers as(TestServer& server, const std::string& user) {
    auto& session = sessions_[user];
    if (session.empty()) session = server.login(user);
    return {{"Cookie", "regio_sessie=" + session}};
  }

  regions::Registry registry_ = regions::Registry::load_embedded().value();
  demo::DemoResponses demo_ = demo::generate_demo_responses(registry_);
  store::MemoryStore store_;
  std::map<std::string, std::string> sessions_;
};

TEST_F(RegionTest, RegioUserSeesOwnRegionOnlyAndAnonymousMustLogIn) {
  TestServer server(store_);
  auto own = http(server.port(), "GET", "/regio/AM13", "", as(server, "regio-am13"));
  ASSERT_EQ(own.status, 200) << own.body;
  EXPECT_NE(own.body.find(registry_.region_name("AM13")), std::string::npos);
  for (const char* id : {"id=\"niveau\"", "id=\"borging\"", "id=\"doelen\"", "id=\"uitkomsten\"", "id=\"advies\""})
    EXPECT_NE(own.body.find(id), std::string::npos) << id;
  EXPECT_NE(own.body.find("<svg"), std::string::npos);
  EXPECT_EQ(own.body.find("style="), std::string::npos);  // strict CSP
  // Not allowed to compare: no ongefilterd choice either.
  EXPECT_EQ(own.body.find("name=\"ongefilterd\""), std::string::npos);

  auto other = http(server.port(), "GET", "/regio/AM01", "", as(server, "regio-am13"));
  EXPECT_EQ(other.status, 403);
  for (const char* path : {"/regio/AM01/cijfers.csv", "/regio/AM01/factsheet?formaat=html", "/api/v1/regios/AM01",
                           "/api/v1/regios/AM01/indicatoren"})
    EXPECT_EQ(http(server.port(), "GET", path, "", as(server, "lezer-am13")).status, 403) << path;

  auto browser = http(server.port(), "GET", "/regio/AM13", "", {{"Accept", "text/html"}});
  EXPECT_EQ(browser.status, 303);
  EXPECT_EQ(browser.header("Location"), "/inloggen");
  EXPECT_EQ(http(server.port(), "GET", "/api/v1/regios/AM13").status, 401);
  EXPECT_EQ(http(server.port(), "GET", "/regio/AM13/cijfers.csv").status, 401);
  EXPECT_EQ(http(server.port(), "GET", "/api/v1/regios/AM13/indicatoren").status, 401);
}

TEST_F(RegionTest, CompareRegionOnlyWhenAllowed) {
  TestServer server(store_);
  auto refused = http(server.port(), "GET", "/regio/AM13/cijfers.csv?vergelijk=AM01&onderdeel=niveau", "",
                      as(server, "regio-am13"));
  ASSERT_EQ(refused.status, 200);
  EXPECT_EQ(refused.body.find("AM01"), std::string::npos) << refused.body;
  auto page = http(server.port(), "GET", "/regio/AM13?vergelijk=am01", "", as(server, "regio-am13"));
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("U mag de gegevens van regio AM01 niet bekijken"), std::string::npos);
  EXPECT_EQ(page.body.find("<option value=\"AM01\""), std::string::npos);  // not offered either

  auto allowed = http(server.port(), "GET", "/regio/AM13/cijfers.csv?vergelijk=AM01&onderdeel=niveau", "",
                      as(server, "onderzoeker"));
  ASSERT_EQ(allowed.status, 200);
  // The levels of AM13 and AM01 per wave, as answered in the demo responses.
  auto rows = csv_rows(allowed.body);
  for (const auto& w : demo_.waves) {
    std::map<std::string, std::string> level;
    for (const auto& r : demo_.responses)
      if (r.wave == w.code) level[r.region] = r.answer("niveau");
    ASSERT_TRUE(rows.contains(w.name)) << w.name << "\n" << allowed.body;
    const auto& row = rows[w.name];
    ASSERT_GE(row.size(), 4u);
    EXPECT_EQ(row[1], level.contains("AM13") ? (level["AM13"].empty() ? "–" : level["AM13"]) : "geen vragenlijst");
    EXPECT_EQ(row[2], level.contains("AM01") ? (level["AM01"].empty() ? "–" : level["AM01"]) : "geen vragenlijst");
  }
  const auto header = csv_rows(allowed.body)["Meetmoment"];
  EXPECT_EQ(header, (std::vector<std::string>{"Meetmoment", "AM13", "AM01", "Landelijk gemiddelde",
                                              "Landelijke verdeling (niveau: regio's)"}));
}

TEST_F(RegionTest, ReleasedOutcomeCellsAreThoseOfTheRelease) {
  // The release read independently through the service layer.
  FixedClock day(from_civil({2026, 11, 28}));
  service::Services services({store_, day, registry_});
  auto table = services.outcomes.indicators(Actor{"", Role::kPubliek, ""}, {.regions = {"AM13"}});
  ASSERT_TRUE(table) << table.error().describe();

  TestServer server(store_);
  auto csv = http(server.port(), "GET", "/regio/AM13/cijfers.csv?onderdeel=uitkomsten", "", as(server, "lezer-am13"));
  ASSERT_EQ(csv.status, 200) << csv.body;
  auto rows = csv_rows(csv.body);
  const std::vector<outcomes::Column> columns{outcomes::Column::kStarters,      outcomes::Column::kWerk12mPct,
                                              outcomes::Column::kWerkend12mPct, outcomes::Column::kDuurzaamPct,
                                              outcomes::Column::kUitstroomPct,  outcomes::Column::kDagenTotWerkMediaan,
                                              outcomes::Column::kUrenGem};
  int dots = 0, shown = 0, checked_rows = 0;
  for (const auto& r : table->table.rows()) {
    if (r.regio != "AM13") continue;
    const std::string key = (r.jaar ? std::to_string(*r.jaar) : std::string("alle jaren")) + ", " +
                            (r.interventie ? std::string(outcomes::interventie_text(*r.interventie)) : "alle");
    ASSERT_TRUE(rows.contains(key)) << key;
    ++checked_rows;
    for (std::size_t i = 0; i < columns.size(); ++i) {
      const auto& f = r[columns[i]];
      const std::string& cell = rows[key][i + 1];
      if (f.suppressed) {
        EXPECT_EQ(cell, ".") << key << " " << outcomes::column_name(columns[i]);
        ++dots;
      } else {
        EXPECT_NE(cell, ".") << key << " " << outcomes::column_name(columns[i]);
        if (f.value && columns[i] == outcomes::Column::kStarters) {
          std::string n = std::to_string(static_cast<long long>(*f.value));  // Dutch thousands dot
          for (int at = static_cast<int>(n.size()) - 3; at > 0; at -= 3) n.insert(static_cast<std::size_t>(at), ".");
          EXPECT_EQ(cell, n) << key;
          ++shown;
        }
      }
    }
  }
  EXPECT_GT(checked_rows, 5);
  EXPECT_GT(dots, 0);  // the release suppresses: both paths are exercised
  EXPECT_GT(shown, 0);
  auto page = http(server.port(), "GET", "/regio/AM13", "", as(server, "lezer-am13"));
  EXPECT_NE(page.body.find("Een punt (.) betekent: onderdrukt door de onthullingsbeveiliging"), std::string::npos);
  EXPECT_NE(page.body.find("release van"), std::string::npos);
}

TEST_F(RegionTest, LezerCannotAskForUnsuppressedFigures) {
  TestServer server(store_);
  auto page = http(server.port(), "GET", "/regio/AM13?ongefilterd=1&peildatum=2024-06-30", "", as(server, "lezer-am13"));
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("alleen voor onderzoekers en beheerders"), std::string::npos);
  EXPECT_EQ(page.body.find("NIET BEVEILIGD"), std::string::npos);
  EXPECT_NE(page.body.find("Een punt (.) betekent"), std::string::npos);  // the released table instead
  auto api = http(server.port(), "GET", "/api/v1/regios/AM13/indicatoren?ongefilterd=1", "", as(server, "regio-am13"));
  EXPECT_EQ(api.status, 403) << api.body;
  auto released = http(server.port(), "GET", "/api/v1/regios/AM13/indicatoren", "", as(server, "regio-am13"));
  ASSERT_EQ(released.status, 200) << released.body;
  auto body = nlohmann::json::parse(released.body);
  EXPECT_TRUE(body["beveiligd"].get<bool>());
  EXPECT_EQ(body["peildatum"], "2025-01-01");
  for (const auto& row : body["rijen"]) EXPECT_EQ(row["regio"], "AM13");
  // The onderzoeker gets the choice; without deliveries the page says why and shows the release.
  auto research = http(server.port(), "GET", "/regio/AM13?ongefilterd=1", "", as(server, "onderzoeker"));
  ASSERT_EQ(research.status, 200);
  EXPECT_NE(research.body.find("name=\"ongefilterd\""), std::string::npos);
  EXPECT_NE(research.body.find("Een punt (.) betekent"), std::string::npos);
}

// The region page's main part is kept per role, region and data generation (page_cache.h).
TEST_F(RegionTest, AKeptRegionPageIsPerRoleAndRebuiltAfterAWrite) {
  TestServer server(store_);
  // The onderzoeker's page first: with the "ongefilterd" choice. The same target for a lezer of
  // AM13 must not be the onderzoeker's kept page.
  auto research = http(server.port(), "GET", "/regio/AM13", "", as(server, "onderzoeker"));
  ASSERT_EQ(research.status, 200);
  ASSERT_NE(research.body.find("name=\"ongefilterd\""), std::string::npos);
  auto reader = http(server.port(), "GET", "/regio/AM13", "", as(server, "lezer-am13"));
  ASSERT_EQ(reader.status, 200);
  EXPECT_EQ(reader.body.find("name=\"ongefilterd\""), std::string::npos);
  // Each visitor's own name in the layout around the kept part.
  auto again = http(server.port(), "GET", "/regio/AM13", "", as(server, "regio-am13"));
  auto reader_again = http(server.port(), "GET", "/regio/AM13", "", as(server, "lezer-am13"));
  ASSERT_EQ(again.status, 200);
  EXPECT_NE(again.body.find("regio-am13"), std::string::npos);
  EXPECT_NE(reader_again.body.find("lezer-am13"), std::string::npos);
  EXPECT_EQ(reader_again.body.find("regio-am13"), std::string::npos);
  // A goal added (a data write) shows on the next request; before, the kept page had none.
  EXPECT_EQ(again.body.find("Meer starters in 2022"), std::string::npos);
  ASSERT_TRUE(store_.add_goal({0, "AM13", "werk_12m_pct", 40, 2022, "*", "Meer starters in 2022"}, store::test_audit()));
  auto after = http(server.port(), "GET", "/regio/AM13", "", as(server, "regio-am13"));
  ASSERT_EQ(after.status, 200);
  EXPECT_NE(after.body.find("Meer starters in 2022"), std::string::npos);
  // A refusal is never kept: another region stays 403 however often it is asked.
  for (int i = 0; i < 2; ++i)
    EXPECT_EQ(http(server.port(), "GET", "/regio/AM01", "", as(server, "regio-am13")).status, 403);
}

TEST_F(RegionTest, GoalProgressIsComputedFromTheRelease) {
  FixedClock day(from_civil({2026, 11, 28}));
  service::Services services({store_, day, registry_});
  auto table = services.outcomes.indicators(Actor{"", Role::kPubliek, ""}, {.regions = {"AM13"}});
  ASSERT_TRUE(table);
  // duurzaam_pct of 2021 is measurable on 2025-01-01 (31-12-2021 + 365 + 182 = 01-07-2023).
  const auto* row = table->table.find("AM13", 2021, std::nullopt);
  ASSERT_NE(row, nullptr);
  const auto& f = (*row)[outcomes::Column::kDuurzaamPct];
  const std::string expected = f.suppressed || !f.value ? "nog niet meetbaar" : *f.value >= 50 ? "behaald" : "niet behaald";
  TestServer server(store_);
  auto csv = http(server.port(), "GET", "/regio/AM13/cijfers.csv?onderdeel=doelen", "", as(server, "regio-am13"));
  ASSERT_EQ(csv.status, 200) << csv.body;
  auto rows = csv_rows(csv.body);
  ASSERT_TRUE(rows.contains("De helft werkt duurzaam")) << csv.body;
  EXPECT_EQ(rows["De helft werkt duurzaam"][7], expected);
  EXPECT_EQ(rows["De helft werkt duurzaam"][3], "2021");

  auto api = http(server.port(), "GET", "/api/v1/regios/AM13", "", as(server, "regio-am13"));
  ASSERT_EQ(api.status, 200) << api.body;
  auto body = nlohmann::json::parse(api.body);
  EXPECT_EQ(body["meetmomenten"].size(), demo_.waves.size());
  ASSERT_EQ(body["doelen"].size(), 1u);
  EXPECT_EQ(body["doelen"][0]["stand"], expected);
  EXPECT_FALSE(body["advies"].empty() && body["advies_melding"].get<std::string>().empty());
}

TEST_F(RegionTest, FactSheetPdfNamesTheRegion) {
  TestServer server(store_);
  auto pdf = http(server.port(), "GET", "/regio/AM13/factsheet?formaat=pdf", "", as(server, "regio-am13"));
  ASSERT_EQ(pdf.status, 200) << pdf.body;
  EXPECT_EQ(pdf.header("Content-Type"), "application/pdf");
  ASSERT_TRUE(pdf.body.starts_with("%PDF"));
  const auto dir = std::filesystem::temp_directory_path() / ("region-test-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  { std::ofstream(dir / "f.pdf", std::ios::binary) << pdf.body; }
  const std::string cmd = "pdftotext -enc UTF-8 '" + (dir / "f.pdf").string() + "' '" + (dir / "f.txt").string() + "'";
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  const std::string text = read_file(dir / "f.txt");
  std::filesystem::remove_all(dir);
  EXPECT_NE(text.find(registry_.region_name("AM13")), std::string::npos) << text.substr(0, 400);
  EXPECT_NE(text.find("AM13"), std::string::npos);

  auto html = http(server.port(), "GET", "/regio/AM13/factsheet?formaat=html", "", as(server, "onderzoeker"));
  ASSERT_EQ(html.status, 200);
  EXPECT_NE(html.body.find("Factsheet"), std::string::npos);
  EXPECT_NE(html.header("Content-Disposition").find("attachment"), std::string::npos);
  EXPECT_EQ(http(server.port(), "GET", "/regio/AM13/factsheet?formaat=doc", "", as(server, "onderzoeker")).status, 400);
}

}  // namespace
}  // namespace regio::web
