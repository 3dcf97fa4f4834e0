// The collaboration monitor through the real binary: the demo's national picture, transitions,
// and the response export/import cycle with an invalid answer refused and nothing stored.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli_harness.h"

namespace regio::testing {
namespace {

class CliMonitor : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    auto r = run_cli({"demo", "--zonder-releases", "--db", "demo.db", "--persons", "3000"}, dir_->path());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    demo_out_ = new std::string(r.out);
  }
  static void TearDownTestSuite() {
    delete dir_;
    delete demo_out_;
  }
  static CliRun cli(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", "demo.db"});
    return run_cli(args, dir_->path());
  }
  static TempDir* dir_;
  static std::string* demo_out_;
};
TempDir* CliMonitor::dir_ = nullptr;
std::string* CliMonitor::demo_out_ = nullptr;

TEST_F(CliMonitor, DemoSaysItIsFictional) {
  EXPECT_NE(demo_out_->find("FICTIEVE"), std::string::npos) << *demo_out_;
  // An earlier demo is replaced; a database with real data is not, unless --force.
  auto again = run_cli({"demo", "--zonder-releases", "--db", "again.db", "--persons", "200"}, dir_->path());
  ASSERT_EQ(again.exit_code, 0) << again.err;
  auto twice = run_cli({"demo", "--zonder-releases", "--db", "again.db", "--persons", "200"}, dir_->path());
  EXPECT_EQ(twice.exit_code, 0) << twice.err;
  ASSERT_EQ(
      run_cli({"--db", "real.db", "waves", "add", "2021-echt", "--name", "Echt", "--date", "2021-12-01"}, dir_->path())
          .exit_code,
      0);
  auto refused = run_cli({"demo", "--zonder-releases", "--db", "real.db", "--persons", "200"}, dir_->path());
  EXPECT_EQ(refused.exit_code, 5) << refused.err;
  EXPECT_NE(refused.err.find("--force"), std::string::npos) << refused.err;
  auto waves = run_cli({"--db", "real.db", "waves", "list"}, dir_->path());
  EXPECT_NE(waves.out.find("2021-echt"), std::string::npos) << "the real data are still there";
  auto forced = run_cli({"demo", "--zonder-releases", "--db", "real.db", "--persons", "200", "--force"}, dir_->path());
  EXPECT_EQ(forced.exit_code, 0) << forced.err;
}

TEST_F(CliMonitor, NationalPictureOf2020MatchesThePublishedOne) {
  auto r = cli({"analyse", "--wave", "2020-vervolg", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["wave"].is_object() ? j["wave"]["code"] : j["wave"], "2020-vervolg");
  EXPECT_EQ(j["regions"], 31);
  const auto& lv = j["levels"];
  const int l1 = lv["1"], l2 = lv["2"], l3 = lv["3"], l4 = lv["4"], l5 = lv["5"];
  EXPECT_EQ(l1 + l2 + l3 + l4 + l5, 31);
  EXPECT_EQ(l1, 0);             // all 31 at level >= 2
  EXPECT_GE(l3 + l4 + l5, 14);  // 14 to 16 at >= 3
  EXPECT_LE(l3 + l4 + l5, 16);
  EXPECT_EQ(l4 + l5, 10);  // exactly 10 at >= 4
  EXPECT_EQ(l5, 2);        // exactly 2 at level 5
  const auto& ec = j["embedding_classes"];
  EXPECT_EQ(ec["stevig"], 3);
  EXPECT_EQ(ec["vrij sterk"], 8);
  EXPECT_EQ(ec["redelijk"], 8);
  EXPECT_EQ(ec["kwetsbaar"], 12);
  // The two level-5 regions have measured goals (outcome goals in the demo): nobody is flagged.
  EXPECT_TRUE(j["level5_flags"].empty()) << j["level5_flags"].dump();
}

TEST_F(CliMonitor, MostRegionsStartAtLevelOneAndTransitionsAreShown) {
  auto start = cli({"analyse", "--wave", "2017-start", "--format", "json"});
  ASSERT_EQ(start.exit_code, 0) << start.err;
  auto s = nlohmann::json::parse(start.out);
  EXPECT_GT(int(s["levels"]["1"]) * 2, int(s["regions"]));
  auto r = cli({"analyse", "--wave", "2020-vervolg", "--compare", "2017-start", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  ASSERT_TRUE(j.contains("transitions"));
  EXPECT_FALSE(j["transitions"].is_null());
  auto table = cli({"analyse", "--wave", "2020-vervolg", "--compare", "2017-start"});
  ASSERT_EQ(table.exit_code, 0) << table.err;
  EXPECT_NE(table.out.find("2017-start"), std::string::npos);
}

TEST_F(CliMonitor, ExportReimportsUnchanged) {
  for (std::string format : {"csv", "csv-nl", "xlsx"}) {
    const std::string file = "export-" + format + (format == "xlsx" ? ".xlsx" : ".csv");
    auto e1 = cli({"responses", "export", "--wave", "2019-eind", "--format", format, "--output", file});
    ASSERT_EQ(e1.exit_code, 0) << e1.err;
    std::vector<std::string> files{file};
    if (format != "xlsx") files.push_back("export-" + format + "_doelen.csv");
    std::vector<std::string> args{"responses", "import", "--wave", "2019-eind"};
    args.insert(args.end(), files.begin(), files.end());
    auto imp = cli(args);
    ASSERT_EQ(imp.exit_code, 0) << format << ": " << imp.err;
    EXPECT_NE(imp.out.find("31 antwoorden"), std::string::npos) << imp.out;
    auto e2 = cli({"responses", "export", "--wave", "2019-eind", "--format", "csv"});
    auto e0 =
        cli({"responses", "export", "--wave", "2019-eind", "--format", "csv", "--output", "first.csv", "--force"});
    ASSERT_EQ(e0.exit_code, 0) << e0.err;
    EXPECT_EQ(e2.out, read_file(dir_->path() / "first.csv")) << format;
  }
}

TEST_F(CliMonitor, AnInvalidLevelIsRefusedNamingRegionAndQuestionAndNothingIsStored) {
  ASSERT_EQ(cli({"responses", "export", "--wave", "2020-vervolg", "--output", "before.csv"}).exit_code, 0);
  std::string text = read_file(dir_->path() / "before.csv");
  // Change niveau of the first region to 9.
  const std::string header = text.substr(0, text.find('\n'));
  std::size_t col = 0;
  for (std::size_t p = 0, c = 0; p < header.size(); ++p) {
    if (header.compare(p, 7, "niveau,") == 0 && (p == 0 || header[p - 1] == ',')) {
      col = c;
      break;
    }
    if (header[p] == ',') ++c;
  }
  ASSERT_GT(col, 0u);
  std::size_t line_start = text.find('\n') + 1;
  std::size_t p = line_start;
  for (std::size_t c = 0; c < col; ++c) p = text.find(',', p) + 1;
  const std::size_t end = text.find(',', p);
  const std::string region = text.substr(line_start, 4);
  text.replace(p, end - p, "9");
  write_file(dir_->path() / "bad.csv", text);

  auto imp = cli({"responses", "import", "--wave", "2020-vervolg", "bad.csv", "before_doelen.csv"});
  EXPECT_EQ(imp.exit_code, 3);
  EXPECT_NE(imp.err.find(region), std::string::npos) << imp.err;
  EXPECT_NE(imp.err.find("niveau"), std::string::npos) << imp.err;
  EXPECT_NE(imp.err.find("Niets opgeslagen"), std::string::npos) << imp.err;
  auto after = cli({"responses", "export", "--wave", "2020-vervolg"});
  EXPECT_EQ(after.out, read_file(dir_->path() / "before.csv"));
}

TEST_F(CliMonitor, ALibreOfficeWorkbookImportsAsTheSameResponses) {
  // The fixture is the csv-nl export of 2019-eind saved as .xlsx by LibreOffice (testdata/README.md).
  const std::string data = std::string(REGIO_SOURCE_DIR) + "/tests/testdata/";
  auto imp = cli({"responses", "import", "--wave", "2019-eind", data + "antwoorden_2019_libreoffice.xlsx",
                  data + "antwoorden_2019_libreoffice_doelen.csv"});
  ASSERT_EQ(imp.exit_code, 0) << imp.err;
  EXPECT_NE(imp.out.find("31 antwoorden"), std::string::npos) << imp.out;
  auto after = cli({"responses", "export", "--wave", "2019-eind", "--format", "csv-nl"});
  EXPECT_EQ(after.out, read_file(data + "antwoorden_2019_bron.csv"));
}

TEST_F(CliMonitor, BrokenOrEmptyFilesAreRefusedWithTheFileName) {
  ASSERT_EQ(cli({"responses", "export", "--wave", "2018-tussen", "--output", "t0.csv"}).exit_code, 0);
  write_file(dir_->path() / "kapot.xlsx", "PK\x03\x04 dit is geen echte werkmap");
  auto broken = cli({"responses", "import", "--wave", "2018-tussen", "kapot.xlsx"});
  EXPECT_EQ(broken.exit_code, 3) << broken.err;
  EXPECT_NE(broken.err.find("kapot.xlsx"), std::string::npos) << broken.err;
  EXPECT_NE(broken.err.find("xlsx"), std::string::npos) << broken.err;
  write_file(dir_->path() / "leeg.csv", "");
  auto empty = cli({"responses", "import", "--wave", "2018-tussen", "leeg.csv"});
  EXPECT_EQ(empty.exit_code, 3) << empty.err;
  EXPECT_NE(empty.err.find("leeg.csv"), std::string::npos) << empty.err;
  EXPECT_NE(empty.err.find("leeg"), std::string::npos) << empty.err;
  auto unknown_wave = cli({"responses", "import", "--wave", "2031-niets", "t0.csv"});
  EXPECT_EQ(unknown_wave.exit_code, 4);
  EXPECT_NE(unknown_wave.err.find("2017-start"), std::string::npos) << "names the known waves: " << unknown_wave.err;
  auto t1 = cli({"responses", "export", "--wave", "2018-tussen"});
  EXPECT_EQ(t1.out, read_file(dir_->path() / "t0.csv"));
}

TEST_F(CliMonitor, WavesListShowsTheFourDemoWaves) {
  auto r = cli({"waves", "list"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const char* w : {"2017-start", "2018-tussen", "2019-eind", "2020-vervolg"})
    EXPECT_NE(r.out.find(w), std::string::npos) << w;
}

TEST_F(CliMonitor, GoalsOfTheLevelFiveRegionsAreMeasured) {
  auto r = cli({"goals", "status", "--unsuppressed"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("werk_12m_pct"), std::string::npos);
  EXPECT_NE(r.out.find("behaald"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace regio::testing
