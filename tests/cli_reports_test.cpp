// `regiomonitor report national|regions` through the real binary on a small demo database with a
// release: the PDF is tagged and passes qpdf --check, and the figures pdftotext extracts equal
// those of `analyse --format json` and of the release (`outcomes indicators --format json`).
#include <algorithm>
#include <cstdio>
#include <regex>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli_harness.h"

namespace regio::testing {
namespace {

using nlohmann::json;

constexpr const char* kWave = "2020-vervolg";
constexpr const char* kRelease = "2025-01-01";

// Output of a shell command (poppler and qpdf tools), with its exit status.
std::pair<int, std::string> shell(const std::string& command) {
  std::string out;
  FILE* p = popen(command.c_str(), "r");
  if (!p) return {-1, ""};
  char buf[4096];
  while (std::size_t n = fread(buf, 1, sizeof buf, p)) out.append(buf, n);
  return {pclose(p), out};
}

// Whitespace collapsed to single spaces and words hyphenated at a line end joined again.
std::string normalised(std::string text) {
  text = std::regex_replace(text, std::regex("\u00AD\\s*"), "");  // soft hyphens of Dutch hyphenation
  text = std::regex_replace(text, std::regex("([a-z])-\\n\\s*([a-z])"), "$1$2");
  return std::regex_replace(text, std::regex("\\s+"), " ");
}

// A whole number as the report writes it: thousands dot.
std::string dutch_count(long long n) {
  std::string s = std::to_string(n);
  for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3) s.insert(static_cast<std::size_t>(i), ".");
  return s;
}

class CliReports : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    auto r = run_cli({"demo", "--zonder-releases", "--db", "demo.db", "--persons", "600"}, dir_->path());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    auto p = cli({"outcomes", "publish", "--peildatum", kRelease});
    ASSERT_EQ(p.exit_code, 0) << p.err;
    auto n = cli({"report", "national", "--wave", kWave, "--format", "pdf", "--output", "rapport.pdf"});
    ASSERT_EQ(n.exit_code, 0) << n.err;
  }
  static void TearDownTestSuite() { delete dir_; }
  static CliRun cli(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", "demo.db"});
    return run_cli(args, dir_->path());
  }
  static std::string pdf_text(const std::string& file) {
    return normalised(shell("pdftotext -layout " + (dir_->path() / file).string() + " -").second);
  }
  static TempDir* dir_;
};
TempDir* CliReports::dir_ = nullptr;

TEST_F(CliReports, NationalPdfIsTaggedAndPassesQpdfCheck) {
  const auto pdf = (dir_->path() / "rapport.pdf").string();
  auto info = shell("pdfinfo " + pdf);
  EXPECT_EQ(info.first, 0);
  EXPECT_TRUE(std::regex_search(info.second, std::regex("Tagged:\\s+yes"))) << info.second;
  EXPECT_NE(info.second.find("Stand van zaken GGZ & Werk"), std::string::npos) << info.second;
  auto check = shell("qpdf --check " + pdf + " 2>&1");
  EXPECT_EQ(check.first, 0) << check.second;
}

TEST_F(CliReports, NationalPdfFiguresEqualTheAnalysis) {
  auto a = cli({"analyse", "--wave", kWave, "--format", "json"});
  ASSERT_EQ(a.exit_code, 0) << a.err;
  const json j = json::parse(a.out);
  const std::string text = pdf_text("rapport.pdf");
  EXPECT_NE(text.find("Regio's met een ingediende vragenlijst: " + std::to_string(j["regions"].get<int>())),
            std::string::npos);
  int total = 0;
  for (const auto& level : j["ladder"]) {
    const std::string key = std::to_string(level["level"].get<int>());
    const int n = j["levels"][key].get<int>();
    total += n;
    // The row of the table next to the chart "Regio's per samenwerkingsniveau".
    const std::string row = key + " " + level["name"].get<std::string>() + " " + std::to_string(n) + " ";
    EXPECT_NE(text.find(row), std::string::npos) << row;
  }
  EXPECT_EQ(total, j["regions"].get<int>());
  EXPECT_NE(text.find("FICTIEVE DEMODATA"), std::string::npos);
}

TEST_F(CliReports, NationalPdfOutcomesEqualTheReleaseAndHideSuppressedCells) {
  auto ind = cli({"outcomes", "indicators", "--release", kRelease, "--format", "json"});
  ASSERT_EQ(ind.exit_code, 0) << ind.err;
  const json j = json::parse(ind.out);
  const std::string text = pdf_text("rapport.pdf");
  std::smatch m;
  ASSERT_TRUE(std::regex_search(text, m, std::regex("Uitkomsten per regio, startjaar (\\d{4})"))) << text;
  const int year = std::stoi(m[1]);
  int suppressed_seen = 0, national_seen = 0;
  for (const auto& row : j["rijen"]) {
    if (!row["jaar"].is_number() || row["interventie"] != "*") continue;
    const std::string region = row["regio"];
    const int row_year = row["jaar"].get<int>();
    const auto& hidden_columns = row["onderdrukt"];
    const bool hidden = std::find(hidden_columns.begin(), hidden_columns.end(), "starters") != hidden_columns.end();
    if (region == "NL" && !hidden && row["starters"].is_number()) {
      // The national sentence: "Gestarte trajecten (landelijk): 80 (2016), ...".
      const std::string figure = dutch_count(row["starters"].get<long long>()) + " (" + std::to_string(row_year) + ")";
      EXPECT_NE(text.find(figure), std::string::npos) << figure;
      ++national_seen;
    } else if (region != "NL" && row_year == year && hidden) {
      // A suppressed count is printed as "." and its true value is nowhere in the release.
      EXPECT_TRUE(row["starters"].is_null());
      EXPECT_NE(text.find(region + " . "), std::string::npos) << region;
      ++suppressed_seen;
    }
  }
  EXPECT_GT(national_seen, 0);
  EXPECT_GT(suppressed_seen, 0);  // with 600 persons most regions are under the threshold
}

TEST_F(CliReports, NationalHtmlHasTheSameFigures) {
  auto r = cli({"report", "national", "--wave", kWave, "--format", "html", "--output", "rapport.html"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string html = read_file(dir_->path() / "rapport.html");
  EXPECT_TRUE(html.starts_with("<!DOCTYPE html>")) << html.substr(0, 40);
  EXPECT_NE(html.find("</html>"), std::string::npos);
  EXPECT_NE(html.find("lang=\"nl\""), std::string::npos);
  auto a = cli({"analyse", "--wave", kWave, "--format", "json"});
  const json j = json::parse(a.out);
  EXPECT_NE(html.find("ingediende vragenlijst: </strong>" + std::to_string(j["regions"].get<int>())),
            std::string::npos);
  // No script, and every figure has its text alternative.
  EXPECT_EQ(html.find("<script"), std::string::npos);
}

TEST_F(CliReports, RefusesToOverwriteWithoutForce) {
  auto again = cli({"report", "national", "--wave", kWave, "--output", "rapport.pdf"});
  EXPECT_NE(again.exit_code, 0);
  EXPECT_NE(again.err.find("rapport.pdf"), std::string::npos) << again.err;
  auto forced = cli({"report", "national", "--wave", kWave, "--output", "rapport.pdf", "--force"});
  EXPECT_EQ(forced.exit_code, 0) << forced.err;
}

TEST_F(CliReports, RegionsMakesOneFilePerRegion) {
  std::filesystem::create_directory(dir_->path() / "sheets");
  auto r = cli({"report", "regions", "--wave", kWave, "--format", "html", "--output", "sheets"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto a = cli({"analyse", "--wave", kWave, "--format", "json"});
  const json j = json::parse(a.out);
  int files = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir_->path() / "sheets")) {
    EXPECT_TRUE(std::regex_match(e.path().filename().string(), std::regex("factsheet-AM\\d\\d\\.html")));
    ++files;
  }
  EXPECT_EQ(files, j["regions"].get<int>());

  std::filesystem::create_directory(dir_->path() / "one");
  auto one = cli({"report", "regions", "--wave", kWave, "--region", "am13", "--output", "one"});
  ASSERT_EQ(one.exit_code, 0) << one.err;
  const auto pdf = (dir_->path() / "one" / "factsheet-AM13.pdf").string();
  auto info = shell("pdfinfo " + pdf);
  EXPECT_TRUE(std::regex_search(info.second, std::regex("Tagged:\\s+yes"))) << info.second;
  auto pages = std::regex_search(info.second, std::regex("Pages:\\s+[2-6]\\b"));
  EXPECT_TRUE(pages) << info.second;
  EXPECT_NE(pdf_text("one/factsheet-AM13.pdf").find("AM13"), std::string::npos);
}

TEST_F(CliReports, PublicGetsNoFactSheetOfAllRegions) {
  std::filesystem::create_directory(dir_->path() / "public");
  auto r = cli({"--rol", "publiek", "report", "regions", "--wave", kWave, "--output", "public"});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_TRUE(std::filesystem::is_empty(dir_->path() / "public"));
}

}  // namespace
}  // namespace regio::testing
