// The command line as a user meets it: help, regions, waves, errors and exit codes.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli_harness.h"

namespace regio::testing {
namespace {

TEST(CliBasics, HelpListsEveryCommandAndTheExitCodes) {
  TempDir dir;
  auto r = run_cli({"--help"}, dir.path());
  EXPECT_EQ(r.exit_code, 0);
  for (const char* cmd :
       {"regions", "waves", "responses", "analyse", "advice", "outcomes", "goals", "pseudonymize", "demo", "report"})
    EXPECT_NE(r.out.find(cmd), std::string::npos) << cmd;
  EXPECT_NE(r.out.find("Afsluitcodes"), std::string::npos);
  EXPECT_NE(r.out.find("REGIOMONITOR_DB"), std::string::npos);
}

TEST(CliBasics, UnknownCommandIsAUsageError) {
  TempDir dir;
  auto r = run_cli({"vliegen"}, dir.path());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--help"), std::string::npos);
}

TEST(CliBasics, RegionsOfAYearAsJson) {
  TempDir dir;
  auto r = run_cli({"regions", "--year", "2019", "--format", "json"}, dir.path());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["indeling"], 2017);  // 2019 uses the 2017 classification
  EXPECT_EQ(j["regios"].size(), 35u);
  EXPECT_EQ(j["regios"][0]["regio"], "AM01");
}

TEST(CliBasics, RegionsAsCsvHasHeaderAnd35Rows) {
  TempDir dir;
  auto r = run_cli({"regions", "--format", "csv"}, dir.path());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::size_t lines = 0;
  for (char c : r.out) lines += c == '\n';
  EXPECT_EQ(lines, 36u);
  EXPECT_EQ(r.out.rfind("regio,naam,gemeenten,jaar\n", 0), 0u);
}

TEST(CliBasics, LookupFollowsTheClassificationOfTheDate) {
  TempDir dir;
  auto before = run_cli({"regions", "lookup", "GM0246", "--date", "2018-06-01"}, dir.path());  // Heerde
  auto after = run_cli({"regions", "lookup", "GM0246", "--date", "01-06-2021"}, dir.path());
  ASSERT_EQ(before.exit_code, 0) << before.err;
  ASSERT_EQ(after.exit_code, 0) << after.err;
  EXPECT_EQ(before.out.substr(0, 4), "AM36");
  EXPECT_EQ(after.out.substr(0, 4), "AM06");
  auto none = run_cli({"regions", "lookup", "GM9999", "--date", "2018-06-01"}, dir.path());
  EXPECT_EQ(none.exit_code, 4);
}

TEST(CliBasics, WavesAddAndListUseTheDatabaseFromEnvOrFlag) {
  TempDir dir;
  auto add = run_cli({"waves", "add", "2021-jaarlijks", "--name", "Jaarmeting 2021", "--date", "2021-12-01"},
                     dir.path(), (dir / "env.db").string());
  ASSERT_EQ(add.exit_code, 0) << add.err;
  auto list = run_cli({"--db", (dir / "env.db").string(), "waves", "list"}, dir.path());
  ASSERT_EQ(list.exit_code, 0) << list.err;
  EXPECT_NE(list.out.find("2021-jaarlijks"), std::string::npos);
  EXPECT_NE(list.out.find("standaard"), std::string::npos);
  auto again = run_cli(
      {"--db", (dir / "env.db").string(), "waves", "add", "2021-jaarlijks", "--name", "x", "--date", "2021-12-01"},
      dir.path());
  EXPECT_EQ(again.exit_code, 5) << again.err;
  auto bad_date = run_cli({"--db", "x.db", "waves", "add", "w", "--name", "x", "--date", "2021-13-01"}, dir.path());
  EXPECT_EQ(bad_date.exit_code, 2);
  EXPECT_NE(bad_date.err.find("2021-13-01"), std::string::npos);
}

TEST(CliBasics, DefaultDatabaseIsInTheWorkingDirectory) {
  TempDir dir;
  auto add = run_cli({"waves", "add", "w1", "--name", "W1", "--date", "2021-01-01"}, dir.path());
  ASSERT_EQ(add.exit_code, 0) << add.err;
  EXPECT_TRUE(std::filesystem::exists(dir / "regiomonitor.db"));
}

}  // namespace
}  // namespace regio::testing
