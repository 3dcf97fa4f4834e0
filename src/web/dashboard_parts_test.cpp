// The dashboard's parts beyond map and ladder through the real server: embedding, stakeholders
// and goals against the national analysis computed here directly; the outcome part against the
// release's counts worked out by hand (rounded to 5, percentages of the rounded counts, "." where
// the release suppressed); the XLSX read back equal to the JSON and the CSV; the report download.
#include <fmt/format.h>

#include <cmath>
#include <filesystem>
#include <fstream>

#include <unistd.h>

#include <nlohmann/json.hpp>

#include "analysis/national.h"
#include "tabular/formula_guard.h"
#include "tabular/xlsx.h"
#include "web/dashboard_fixture.h"

namespace regio::web {
namespace {

using testing::TestServer;
using Cells = std::vector<std::string>;

std::string one_decimal(double v) {
  std::string s = fmt::format("{:.1f}", std::floor(v * 10 + 0.5) / 10);
  s[s.find('.')] = ',';
  return s;
}

const nlohmann::json& part(const nlohmann::json& body, const std::string& id) {
  for (const auto& p : body["onderdelen"])
    if (p["onderdeel"] == id) return p;
  static const nlohmann::json none;
  ADD_FAILURE() << "geen onderdeel " << id;
  return none;
}

class DashboardPartsTest : public DashboardTest {
 protected:
  analysis::NationalAnalysis analyse(const std::string& wave) {
    analysis::AnalysisInput in;
    for (const auto& w : demo_.waves)
      if (w.code == wave) in.wave = w;
    for (const auto& r : demo_.responses)
      if (r.wave == wave) in.responses.push_back(r);
    in.registry = &registry_;
    return analysis::analyse(in).value();
  }
  nlohmann::json api(TestServer& server, const std::string& query) {
    auto res = testing::http(server.port(), "GET", "/api/v1/dashboard" + query);
    EXPECT_EQ(res.status, 200) << res.body;
    return nlohmann::json::parse(res.body);
  }
};

TEST_F(DashboardPartsTest, EmbeddingStakeholdersAndGoalsAreTheAnalysisFigures) {
  const auto a = analyse("2020-vervolg");
  TestServer server(store_);
  const auto body = api(server, "?meetmoment=2020-vervolg");
  const auto& classes = part(body, "borging");
  ASSERT_EQ(classes["rijen"].size(), a.embedding_classes.size());
  for (std::size_t i = 0; i < a.embedding_classes.size(); ++i)
    EXPECT_EQ(classes["rijen"][i].get<Cells>(),
              (Cells{a.embedding_classes[i].first, std::to_string(a.embedding_classes[i].second)}));
  EXPECT_FALSE(classes["samenvatting"].get<std::string>().empty());
  const auto& elements = part(body, "elementen");
  ASSERT_EQ(elements["rijen"].size(), a.elements.size());
  for (std::size_t i = 0; i < a.elements.size(); ++i) {
    EXPECT_EQ(elements["rijen"][i][0].get<std::string>(), a.elements[i].element.label);
    EXPECT_EQ(elements["rijen"][i][1].get<std::string>(),
              a.elements[i].mean ? one_decimal(*a.elements[i].mean) : std::string("–"));
  }
  const auto& stakeholders = part(body, "betrokkenheid");
  ASSERT_EQ(stakeholders["rijen"].size(), a.stakeholders.size());
  int involved = 0;
  for (std::size_t i = 0; i < a.stakeholders.size(); ++i) {
    const auto& row = stakeholders["rijen"][i];
    EXPECT_EQ(row[0].get<std::string>(), a.stakeholders[i].stakeholder.label);
    ASSERT_EQ(row.size(), a.stakeholders[i].degrees.size() + 1);
    for (std::size_t d = 0; d < a.stakeholders[i].degrees.size(); ++d) {
      EXPECT_EQ(row[d + 1].get<std::string>(), std::to_string(a.stakeholders[i].degrees[d].second));
      involved += a.stakeholders[i].degrees[d].second;
    }
  }
  EXPECT_GT(involved, 0);
  const auto& goals = part(body, "doelen");
  ASSERT_EQ(goals["rijen"].size(), a.goals.size());
  for (std::size_t i = 0; i < a.goals.size(); ++i) {
    const auto& g = a.goals[i];
    EXPECT_EQ(goals["rijen"][i][0].get<std::string>(),
              fmt::format("{} ({} van {})", g.type.label, g.tally.met, g.tally.counted));
    EXPECT_EQ(goals["rijen"][i][1].get<std::string>(),
              g.tally.counted ? one_decimal(100.0 * g.tally.met / g.tally.counted) + "%" : std::string("–"));
  }
  for (const char* id : {"borging", "elementen", "betrokkenheid", "doelen"}) EXPECT_EQ(part(body, id)["onderdrukt"], 0);
}

TEST_F(DashboardPartsTest, WithoutAReleaseTheOutcomePartSaysSoAndHasNoDownload) {
  TestServer server(store_);
  auto page = testing::http(server.port(), "GET", "/dashboard?meetmoment=2020-vervolg");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Er is nog geen release van uitkomstcijfers gepubliceerd."), std::string::npos);
  EXPECT_EQ(page.body.find("onderdeel=uitkomsten"), std::string::npos);
  auto csv = testing::http(server.port(), "GET", "/dashboard.csv?meetmoment=2020-vervolg&onderdeel=uitkomsten");
  EXPECT_EQ(csv.status, 404);
  EXPECT_NE(csv.body.find("nog geen release"), std::string::npos);
  EXPECT_TRUE(api(server, "?meetmoment=2020-vervolg")["release"].is_null());
}

TEST_F(DashboardPartsTest, OutcomesComeFromTheReleaseWithSuppressedCellsAsDots) {
  add_release();
  // The release's national rows (all interventions) per start year, worked out by hand: counts
  // rounded to multiples of 5 (halves up), percentages of the rounded counts, one decimal.
  const auto release = nlohmann::json::parse(demo_release_json());
  std::map<int, std::vector<std::string>> expected;
  int dots = 0;
  for (const auto& row : release["rijen"]) {
    if (row["regio"] != "NL" || !row["interventie"].is_null() || row["jaar"].is_null()) continue;
    const int year = row["jaar"];
    if (year > 2023) continue;  // werk within 12 months of 2024's starters is not complete on 2025-01-01
    const auto n = row["tellingen"].get<std::vector<long long>>();
    const int flags = row["onderdrukt"];
    auto hidden = [&](int i) { return (flags >> i) & 1; };
    auto rounded = [&](int i) { return static_cast<double>((n[i] + 2) / 5 * 5); };
    auto pct = [&](int teller) {
      if (hidden(1) || hidden(teller)) return ++dots, std::string(".");
      return one_decimal(100.0 * rounded(teller) / rounded(1)) + "%";
    };
    // counts: starters, werk_12m noemer, werk_12m teller, duurzaam noemer/teller, werkend_12m teller, ...
    std::string starters = hidden(0) ? (++dots, ".") : std::to_string(static_cast<long long>(rounded(0)));
    if (starters.size() > 3 && starters != ".") starters.insert(starters.size() - 3, ".");
    expected[year] = {std::to_string(year), starters, pct(2), pct(5)};
  }
  ASSERT_EQ(expected.size(), 8u);  // 2016 to 2023
  ASSERT_GT(dots, 0);              // the release hides figures here: both paths are tested
  TestServer server(store_);
  const auto body = api(server, "?meetmoment=2020-vervolg");
  EXPECT_EQ(body["release"], "2025-01-01");
  const auto& outcome = part(body, "uitkomsten");
  ASSERT_EQ(outcome["rijen"].size(), expected.size());
  std::size_t i = 0;
  for (const auto& [year, cells] : expected) EXPECT_EQ(outcome["rijen"][i++].get<Cells>(), cells) << year;
  EXPECT_EQ(outcome["onderdrukt"], dots);
  const std::string source = outcome["bron"];
  EXPECT_NE(source.find("peildatum 01-01-2025"), std::string::npos) << source;
  EXPECT_NE(source.find(fmt::format("{} cellen onderdrukt", dots)), std::string::npos) << source;
  EXPECT_NE(outcome["toelichting"].get<std::string>().find("Een punt (.)"), std::string::npos);
  // The page shows the same: the dots, the count and the explanation, to an anonymous visitor.
  auto page = testing::http(server.port(), "GET", "/dashboard?meetmoment=2020-vervolg");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find(fmt::format("{} cellen onderdrukt", dots)), std::string::npos);
  EXPECT_NE(page.body.find("<td class=\"suppressed\" title=\"onderdrukt\">.</td>"), std::string::npos);
  // The exact figure the release hid for 2023 (werk within 12 months) is not in the outcome section.
  const auto from = page.body.find("<section class=\"figure\" id=\"uitkomsten\"");
  ASSERT_NE(from, std::string::npos);
  const std::string section = page.body.substr(from, page.body.find("</section>", from) - from);
  for (const auto& row : release["rijen"])
    if (row["regio"] == "NL" && row["interventie"].is_null() && row["jaar"] == 2023) {
      const auto n = row["tellingen"].get<std::vector<double>>();
      ASSERT_TRUE(row["onderdrukt"].get<int>() & 4);
      EXPECT_EQ(section.find(one_decimal(100.0 * n[2] / n[1]) + "%"), std::string::npos) << section;
    }
}

TEST_F(DashboardPartsTest, XlsxReadBackEqualsTheJsonAndTheCsv) {
  add_release();
  TestServer server(store_);
  const std::string query = "?meetmoment=2020-vervolg&vergelijk=2019-eind";
  const auto body = api(server, query);
  auto xlsx = testing::http(server.port(), "GET", "/dashboard.xlsx" + query);
  ASSERT_EQ(xlsx.status, 200) << xlsx.body;
  EXPECT_NE(xlsx.header("Content-Disposition").find("dashboard-2020-vervolg.xlsx"), std::string::npos);
  const auto path = std::filesystem::temp_directory_path() / ("dashboard-test-" + std::to_string(::getpid()) + ".xlsx");
  std::ofstream(path, std::ios::binary) << xlsx.body;
  auto book = tabular::read_xlsx(path);
  std::filesystem::remove(path);
  ASSERT_TRUE(book) << book.error().message;
  auto csv = testing::http(server.port(), "GET", "/dashboard.csv" + query);
  ASSERT_EQ(csv.status, 200);
  ASSERT_EQ(book->sheets.size(), body["onderdelen"].size() + 1);  // + "toelichting"
  for (const auto& p : body["onderdelen"]) {
    const std::string id = p["onderdeel"];
    const auto* sheet = book->find(id);
    ASSERT_NE(sheet, nullptr) << id;
    EXPECT_EQ(sheet->header, p["kop"].get<Cells>()) << id;
    ASSERT_EQ(sheet->rows.size(), p["rijen"].size()) << id;
    for (std::size_t i = 0; i < sheet->rows.size(); ++i) {
      std::vector<std::string> cells;
      for (const auto& c : sheet->rows[i].cells) cells.push_back(tabular::unguard_formula(c));
      EXPECT_EQ(cells, p["rijen"][i].get<Cells>()) << id;
      std::string line;
      for (const auto& c : cells) line += (line.empty() ? "\"" : ",\"") + c + "\"";
      EXPECT_NE(csv.body.find(line + "\r\n"), std::string::npos) << line;
    }
  }
  const auto* about = book->find("toelichting");
  ASSERT_NE(about, nullptr);
  EXPECT_EQ(about->rows.size(), body["onderdelen"].size());
  auto one = testing::http(server.port(), "GET", "/dashboard.xlsx" + query + "&onderdeel=uitkomsten");
  EXPECT_EQ(one.status, 200);
  EXPECT_NE(one.header("Content-Disposition").find("dashboard-2020-vervolg-uitkomsten.xlsx"), std::string::npos);
}

TEST_F(DashboardPartsTest, TheNationalReportDownloadsAsPdfAndHtml) {
  TestServer server(store_);
  auto page = testing::http(server.port(), "GET", "/dashboard?meetmoment=2020-vervolg");
  EXPECT_NE(page.body.find("href=\"/rapporten/landelijk?meetmoment=2020-vervolg&amp;formaat=pdf\""), std::string::npos);
  auto html = testing::http(server.port(), "GET", "/rapporten/landelijk?meetmoment=2020-vervolg&formaat=html");
  ASSERT_EQ(html.status, 200) << html.body;
  EXPECT_NE(html.header("Content-Type").find("text/html"), std::string::npos);
  EXPECT_NE(html.header("Content-Disposition").find("landelijk-rapport-2020-vervolg.html"), std::string::npos);
  EXPECT_NE(html.body.find("per borgingsklasse"), std::string::npos);
  EXPECT_NE(html.body.find("Er is nog geen release van uitkomstcijfers gepubliceerd."), std::string::npos);
  auto pdf = testing::http(server.port(), "GET", "/rapporten/landelijk?meetmoment=2020-vervolg");
  ASSERT_EQ(pdf.status, 200) << pdf.body;
  EXPECT_EQ(pdf.header("Content-Type"), "application/pdf");
  EXPECT_TRUE(pdf.body.starts_with("%PDF-"));
  auto bad = testing::http(server.port(), "GET", "/rapporten/landelijk?meetmoment=2020-vervolg&formaat=docx");
  EXPECT_EQ(bad.status, 400);
  auto unknown = testing::http(server.port(), "GET", "/rapporten/landelijk?meetmoment=2031-nergens");
  EXPECT_EQ(unknown.status, 404);
}

}  // namespace
}  // namespace regio::web
