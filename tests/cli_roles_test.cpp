// Every command asks the one policy (service/policy.h, DESIGN §2) through the real binary:
// region details only for the own region or the national roles, management only for the
// national roles, published figures for everyone. Every refusal asserts exit code 6, the
// message, no output, and that nothing changed.
#include <string>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "cli_harness.h"

namespace regio::testing {
namespace {

// 30 ips starters in AM13 in 2020: enough for a release with figures (threshold 10).
void write_extract(const std::filesystem::path& dir) {
  std::filesystem::create_directories(dir);
  std::string trajecten =
      "traject_id,persoon_id,regio,gemeente,interventie,verwijzer,uitkering_start,startdatum,einddatum\n";
  for (int i = 0; i < 30; ++i)
    trajecten += fmt::format("t{},p{},AM13,,ips,ggz,geen,2020-{:02}-{:02},\n", i, i, 1 + i / 28, 1 + i % 28);
  write_file(dir / "trajecten.csv", trajecten);
  write_file(dir / "werk.csv", "persoon_id,startdatum,einddatum,uren_per_week,contract\n");
  write_file(dir / "uitkeringen.csv", "persoon_id,soort,startdatum,einddatum\n");
}

class CliRoles : public ::testing::Test {
 protected:
  void SetUp() override {
    write_extract(dir_ / "x");
    ASSERT_EQ(cli({"outcomes", "import", "--delivery", "ggz", "x"}).exit_code, 0);
    ASSERT_EQ(cli({"goals", "add", "--region", "AM13", "--indicator", "starters", "--target", "20", "--year", "2020"})
                  .exit_code,
              0);
    ASSERT_EQ(cli({"outcomes", "publish", "--peildatum", "2022-12-31"}).exit_code, 0);
  }
  CliRun cli(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", "o.db"});
    return run_cli(args, dir_.path());
  }
  CliRun as(const std::string& role, std::vector<std::string> args) {
    args.insert(args.begin(), {"--rol", role});
    return cli(std::move(args));
  }
  TempDir dir_;
};

TEST_F(CliRoles, EveryCommandAsksThePolicy) {
  struct Case {
    std::string role;
    std::vector<std::string> args;
    int exit_code;
  };
  const std::vector<Case> cases = {
      {"regio:AM13", {"outcomes", "deliveries"}, 6},
      {"onderzoeker", {"outcomes", "deliveries"}, 0},
      {"regio:AM13", {"outcomes", "delete", "--delivery", "ggz"}, 6},
      {"publiek", {"goals", "status"}, 6},
      {"lezer:AM13", {"goals", "status"}, 0},  // its own region
      {"lezer:AM13", {"goals", "status", "--region", "AM14"}, 6},
      {"regio:AM13",
       {"goals", "add", "--region", "AM14", "--indicator", "starters", "--target", "5", "--year", "2020"},
       6},
      {"lezer:AM13", {"waves", "add", "2030-x", "--name", "X", "--date", "2030-12-01"}, 6},
      {"publiek", {"waves", "list"}, 0},
      {"publiek", {"outcomes", "releases"}, 0},
      {"publiek", {"outcomes", "indicators"}, 0},
  };
  for (const Case& c : cases) {
    auto r = as(c.role, c.args);
    const std::string what = c.role + " " + c.args[0] + " " + c.args[1];
    EXPECT_EQ(r.exit_code, c.exit_code) << what << "\n" << r.err;
    if (c.exit_code == 6) {
      EXPECT_NE(r.err.find("geen toestemming: "), std::string::npos) << what << "\n" << r.err;
      EXPECT_NE(r.err.find("(u werkt als " + c.role.substr(0, c.role.find(':'))), std::string::npos) << r.err;
      EXPECT_EQ(r.out, "") << what;
    }
  }
  auto own = as("lezer:AM13", {"goals", "status"});
  EXPECT_NE(own.out.find("AM13"), std::string::npos) << own.out;
  // Nothing was changed by the refusals.
  EXPECT_NE(cli({"outcomes", "deliveries"}).out.find("ggz"), std::string::npos);
  const std::string goals = cli({"goals", "status"}).out;
  EXPECT_EQ(goals.find("AM14"), std::string::npos) << goals;
  EXPECT_EQ(cli({"waves", "list"}).out.find("2030-x"), std::string::npos);
}

// Reopening a submitted response: only the national roles; a draft is not reopened again; every
// save raises the version.
TEST(CliReopen, OnlyResearchersReopenASubmittedResponse) {
  TempDir dir;
  auto run = [&](std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", "demo.db"});
    return run_cli(args, dir.path());
  };
  ASSERT_EQ(run({"demo", "--zonder-releases", "--persons", "100"}).exit_code, 0);
  const std::vector<std::string> reopen = {"responses", "reopen", "--wave", "2019-eind", "--region", "am01"};
  for (const std::string role : {"regio:AM01", "lezer:AM01", "publiek"}) {
    std::vector<std::string> args = {"--rol", role};
    args.insert(args.end(), reopen.begin(), reopen.end());
    auto r = run(args);
    EXPECT_EQ(r.exit_code, 6) << role << "\n" << r.err;
    EXPECT_NE(r.err.find("geen toestemming"), std::string::npos) << r.err;
  }
  std::vector<std::string> as_researcher = {"--rol", "onderzoeker"};
  as_researcher.insert(as_researcher.end(), reopen.begin(), reopen.end());
  auto first = run(as_researcher);
  ASSERT_EQ(first.exit_code, 0) << first.err;
  // The demo imported the response once (version 1); reopening saved it once more.
  EXPECT_EQ(first.out, "Antwoord van regio AM01 voor meetmoment 2019-eind heropend: weer concept (versie 2).\n");
  auto again = run(as_researcher);
  EXPECT_EQ(again.exit_code, 5) << again.err;
  EXPECT_NE(again.err.find("is niet ingediend"), std::string::npos) << again.err;
  auto listed = run({"waves", "list"});
  EXPECT_NE(listed.out.find("31          30"), std::string::npos) << listed.out;  // 31 responses, 30 submitted
  auto none = run({"responses", "reopen", "--wave", "2019-eind", "--region", "AM99"});
  EXPECT_NE(none.exit_code, 0);
}

}  // namespace
}  // namespace regio::testing
