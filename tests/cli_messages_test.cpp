// Every message in Dutch: CLI11's parse errors translated, region and municipality codes in any
// case, Excel's short Dutch dates, goal targets checked per indicator, numbers with a decimal
// comma in Dutch text.
#include <gtest/gtest.h>

#include <regex>

#include "cli_harness.h"

namespace regio::testing {
namespace {

namespace fs = std::filesystem;

// English fragments of CLI11 that must never reach a user.
void expect_no_english(const CliRun& r) {
  for (const char* english :
       {"Could not convert", "File does not exist", "is required", "not expected", "Run with --help", "not in",
        "Value ", "Expected", "required but", "Path does not", "arguments", "Usage", "Options:", "Print this help"}) {
    EXPECT_EQ(r.err.find(english), std::string::npos) << english << " in: " << r.err;
  }
}

struct Case {
  std::vector<std::string> args;
  std::string dutch;  // the key part of the expected message
};

TEST(CliMessages, EveryKindOfCommandLineErrorIsExplainedInDutch) {
  TempDir dir;
  const std::vector<Case> cases = {
      {{"waves", "list", "--vliegen"}, "onbekende opdracht, optie of overbodig argument: --vliegen"},
      {{"vliegen"}, "onbekende opdracht: vliegen"},
      {{"goals", "vliegen"}, "onbekende opdracht: vliegen"},
      {{"goals"}, "kies een opdracht"},
      {{"waves", "list", "extra"}, "onbekende opdracht, optie of overbodig argument: extra"},
      {{"goals", "add", "--region", "AM01"}, "is verplicht"},
      {{"goals", "delete"}, "id is verplicht"},
      {{"responses", "import", "--wave", "x"}, "bestanden is verplicht"},
      {{"regions", "--year", "abc"}, "'abc' is geen geldige waarde voor --year (verwacht een geheel getal)"},
      {{"goals", "add", "--region", "AM01", "--indicator", "starters", "--target", "10", "--year", "2022,5"},
       "'2022,5' is geen geldige waarde voor --year"},
      {{"responses", "import", "--wave", "x", "bestaat-niet.csv"}, "bestand bestaat-niet.csv bestaat niet"},
      {{"outcomes", "import", "--delivery", "x", "nergens"}, "nergens bestaat niet"},
      {{"regions", "--format", "pdf"}, "--format: 'pdf' is geen geldige keuze; kies uit table, csv, json"},
      {{"outcomes", "publish", "--threshold", "veel"},
       "'veel' is geen geldige waarde voor --threshold (verwacht een geheel getal)"},
      {{"outcomes", "settings", "--rounding", "2,5"},
       "'2,5' is geen geldige waarde voor --rounding (verwacht een geheel getal)"},
      {{"outcomes", "indicators", "--format", "pdf"},
       "--format: 'pdf' is geen geldige keuze; kies uit csv, csv-nl, json, table"},
      {{"goals", "delete", "een"}, "'een' is geen geldige waarde voor id (verwacht een geheel getal)"},
      {{"waves", "add"}, "is verplicht"},
      {{"regions", "lookup", "GM0363", "--date"}, "--date verwacht een waarde"},
  };
  for (const auto& c : cases) {
    auto r = run_cli(c.args, dir.path());
    EXPECT_EQ(r.exit_code, 2) << c.args[0] << " " << c.args.back() << ": " << r.err;
    EXPECT_NE(r.err.find("Fout in de opdracht: "), std::string::npos) << r.err;
    EXPECT_NE(r.err.find(c.dutch), std::string::npos) << "expected: " << c.dutch << "\ngot: " << r.err;
    EXPECT_NE(r.err.find("Gebruik --help voor uitleg."), std::string::npos) << r.err;
    expect_no_english(r);
  }
  EXPECT_TRUE(!fs::exists(dir.path() / "regiomonitor.db")) << "nothing ran";
}

TEST(CliMessages, HelpIsDutch) {
  TempDir dir;
  auto r = run_cli({"goals", "add", "--help"}, dir.path());
  ASSERT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("Gebruik:"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Deze hulp tonen"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("VERPLICHT"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("Print this help"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("REQUIRED"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("Options:"), std::string::npos) << r.out;
}

TEST(CliMessages, RegionAndMunicipalityCodesAreCaseInsensitiveAndShortDutchDatesWork) {
  TempDir dir;
  auto lookup = run_cli({"regions", "lookup", "gm0363", "--date", "1-1-2023"}, dir.path());
  ASSERT_EQ(lookup.exit_code, 0) << lookup.err;
  EXPECT_NE(lookup.out.find("GM0363"), std::string::npos) << lookup.out;
  auto wave = run_cli({"waves", "add", "2023-x", "--name", "X", "--date", "1-12-2023"}, dir.path());
  ASSERT_EQ(wave.exit_code, 0) << wave.err;
  auto list = run_cli({"waves", "list"}, dir.path());
  EXPECT_NE(list.out.find("2023-12-01"), std::string::npos) << list.out;

  // An extract written by Excel with short Dutch dates gives the same figures as ISO dates.
  auto extract = [&](const std::string& name, bool short_dates) {
    const fs::path d = dir.path() / name;
    fs::create_directories(d);
    const std::string s1 = short_dates ? "1-1-2020" : "2020-01-01";
    const std::string s2 = short_dates ? "9-3-2020" : "2020-03-09";
    const std::string w1 = short_dates ? "1-2-2020" : "2020-02-01";
    write_file(d / "trajecten.csv",
               "traject_id,persoon_id,regio,gemeente,interventie,verwijzer,uitkering_start,startdatum,einddatum\n"
               "t1,p1,AM13,,ips,ggz,geen," +
                   s1 + ",\nt2,p2,AM13,,ips,,bijstand," + s2 + ",\n");
    write_file(d / "werk.csv", "persoon_id,startdatum,einddatum,uren_per_week,contract\np1," + w1 + ",,20,vast\n");
    write_file(d / "uitkeringen.csv", "persoon_id,soort,startdatum,einddatum\n");
    return d;
  };
  extract("iso", false);
  extract("kort", true);
  ASSERT_EQ(run_cli({"--db", "iso.db", "outcomes", "import", "--delivery", "a", "iso"}, dir.path()).exit_code, 0);
  auto imp = run_cli({"--db", "kort.db", "outcomes", "import", "--delivery", "a", "kort"}, dir.path());
  ASSERT_EQ(imp.exit_code, 0) << imp.err;
  const std::vector<std::string> ind = {"outcomes", "indicators", "--unsuppressed", "--peildatum", "2022-12-31",
                                        "--region", "am13"};
  auto iso = run_cli(
      [&] {
        auto a = ind;
        a.insert(a.begin(), {"--db", "iso.db"});
        return a;
      }(),
      dir.path());
  auto kort = run_cli(
      [&] {
        auto a = ind;
        a.insert(a.begin(), {"--db", "kort.db"});
        return a;
      }(),
      dir.path());
  ASSERT_EQ(kort.exit_code, 0) << kort.err;
  EXPECT_NE(kort.out.find("AM13,2020,ips,2,2,1,31"), std::string::npos) << kort.out;
  EXPECT_EQ(kort.out, iso.out);

  auto goal = run_cli({"--db", "kort.db", "goals", "add", "--region", "am13", "--indicator", "werk_12m_pct", "--target",
                       "40,5", "--year", "2020"},
                      dir.path());
  ASSERT_EQ(goal.exit_code, 0) << goal.err;
  EXPECT_NE(goal.out.find("AM13 werk_12m_pct ≥ 40,5"), std::string::npos) << goal.out;
  auto status =
      run_cli({"--db", "kort.db", "goals", "status", "--region", "am13", "--unsuppressed", "--peildatum", "2022-12-31"},
              dir.path());
  ASSERT_EQ(status.exit_code, 0) << status.err;
  EXPECT_NE(status.out.find("≥ 40,5"), std::string::npos) << status.out;
  EXPECT_NE(status.out.find("2020: 50"), std::string::npos) << "1 of 2 at work: " << status.out;
}

TEST(CliMessages, ImpossibleGoalTargetsAreRefusedNamingTheFieldAndNothingIsStored) {
  TempDir dir;
  const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
      {{"werk_12m_pct", "150", "2022"}, "streefwaarde 150 voor werk_12m_pct is geen percentage van 0 tot en met 100"},
      {{"starters", "-5", "2022"}, "streefwaarde -5 voor starters is negatief"},
      {{"uren_gem", "inf", "2022"}, "--target 'inf' is geen getal"},
      {{"werk_12m_pct", "nan", "2022"}, "--target 'nan' is geen getal"},
      {{"starters", "10,5", "2022"}, "streefwaarde 10,5 voor starters is geen geheel aantal"},
      {{"dagen_tot_werk_mediaan", "400", "2022"}, "0 tot en met 365"},
      {{"uren_gem", "81", "2022"}, "0 tot en met 80"},
      {{"starters", "100", "1800"}, "startjaar 1800 ligt niet tussen 1990 en 2100 (veld jaar)"},
  };
  for (const auto& [v, message] : cases) {
    auto r = run_cli({"goals", "add", "--region", "AM13", "--indicator", v[0], "--target", v[1], "--year", v[2]},
                     dir.path());
    EXPECT_EQ(r.exit_code, 2) << v[1] << ": " << r.err;
    EXPECT_NE(r.err.find(message), std::string::npos) << "expected: " << message << "\ngot: " << r.err;
  }
  auto status = run_cli({"goals", "status"}, dir.path());
  EXPECT_NE(status.out.find("Er zijn nog geen doelen"), std::string::npos) << status.out << status.err;
}

TEST(CliMessages, DutchTextShowsNumbersWithADecimalComma) {
  TempDir dir;
  ASSERT_EQ(run_cli({"demo", "--zonder-releases", "--db", "demo.db", "--persons", "2000"}, dir.path()).exit_code, 0);
  const std::regex decimal_point("[0-9]\\.[0-9]");
  auto goals = run_cli({"--db", "demo.db", "goals", "status", "--unsuppressed"}, dir.path());
  ASSERT_EQ(goals.exit_code, 0) << goals.err;
  EXPECT_FALSE(std::regex_search(goals.out, decimal_point)) << goals.out;
  EXPECT_TRUE(std::regex_search(goals.out, std::regex("[0-9],[0-9]"))) << "trend values have decimals: " << goals.out;
  auto analyse = run_cli({"--db", "demo.db", "analyse", "--wave", "2019-eind"}, dir.path());
  ASSERT_EQ(analyse.exit_code, 0) << analyse.err;
  EXPECT_FALSE(std::regex_search(analyse.out, decimal_point)) << analyse.out;
}

}  // namespace
}  // namespace regio::testing
