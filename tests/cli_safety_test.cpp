// Nothing lost by accident: the database must be named, --output never overwrites the database
// or an existing file without --force, a main table imported without its repeat file keeps the
// stored repeats, and a read-only database reads but refuses writes.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>

#include "cli_harness.h"

namespace regio::testing {
namespace {

namespace fs = std::filesystem;

// Runs the binary with REGIOMONITOR_DB set to `db_env`, also when it is empty (run_cli leaves an
// empty one out).
CliRun run_with_db_env(const std::vector<std::string>& args, const fs::path& cwd, const std::string& db_env) {
  std::string command = "cd '" + cwd.string() + "' && env REGIOMONITOR_DB='" + db_env + "' '" REGIO_BINARY "'";
  for (const auto& a : args) command += " '" + a + "'";
  command += " >.stdout 2>.stderr";
  const int status = std::system(command.c_str());
  CliRun r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = read_file(cwd / ".stdout");
  r.err = read_file(cwd / ".stderr");
  return r;
}

// Files in `dir` other than the harness's .stdout/.stderr.
std::vector<std::string> files_in(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) {
    const std::string name = e.path().filename().string();
    if (name != ".stdout" && name != ".stderr") names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  return names;
}

class CliSafety : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    auto r = run_cli({"demo", "--zonder-releases", "--db", "demo.db", "--persons", "200"}, dir_->path());
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  static void TearDownTestSuite() { delete dir_; }
  static CliRun cli(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", "demo.db"});
    return run_cli(args, dir_->path());
  }
  static fs::path path(const std::string& name) { return dir_->path() / name; }
  static TempDir* dir_;
};
TempDir* CliSafety::dir_ = nullptr;

TEST(CliDatabaseName, AnEmptyDatabaseNameIsRefusedAndNothingIsCreated) {
  TempDir dir;
  auto flag = run_cli({"--db", "", "waves", "add", "2021-x", "--name", "X", "--date", "2021-12-01"}, dir.path());
  EXPECT_EQ(flag.exit_code, 2) << flag.err;
  EXPECT_NE(flag.err.find("--db is leeg"), std::string::npos) << flag.err;
  auto env = run_with_db_env({"waves", "add", "2021-x", "--name", "X", "--date", "2021-12-01"}, dir.path(), "");
  EXPECT_EQ(env.exit_code, 2) << env.err;
  EXPECT_NE(env.err.find("REGIOMONITOR_DB is leeg"), std::string::npos) << env.err;
  for (const char* name : {":memory:", "file:x.db", "file:x.db?mode=memory"}) {
    auto r = run_cli({"--db", name, "waves", "list"}, dir.path());
    EXPECT_EQ(r.exit_code, 2) << name << ": " << r.err;
    EXPECT_NE(r.err.find(std::string("--db '") + name + "' wordt niet ondersteund"), std::string::npos) << r.err;
  }
  auto memory = run_cli({"waves", "list"}, dir.path(), ":memory:");
  EXPECT_EQ(memory.exit_code, 2) << memory.err;
  EXPECT_NE(memory.err.find("REGIOMONITOR_DB ':memory:' wordt niet ondersteund"), std::string::npos) << memory.err;
  EXPECT_TRUE(files_in(dir.path()).empty()) << "no database may be created";
}

TEST_F(CliSafety, OutputNeverOverwritesTheDatabaseNotEvenWithForce) {
  fs::create_hard_link(path("demo.db"), path("alias.db"));
  const auto before = fs::file_size(path("demo.db"));
  for (const char* target : {"demo.db", "alias.db", "./demo.db", "demo.db-wal", "demo.db-shm"}) {
    auto r = cli({"analyse", "--wave", "2019-eind", "--output", target, "--force"});
    EXPECT_EQ(r.exit_code, 2) << target << ": " << r.err;
    EXPECT_NE(r.err.find("de database die in gebruik is"), std::string::npos) << r.err;
    auto o = cli({"outcomes", "indicators", "--unsuppressed", "--output", target, "--force"});
    EXPECT_EQ(o.exit_code, 2) << target << ": " << o.err;
    auto x = cli({"responses", "export", "--wave", "2019-eind", "--format", "xlsx", "--output", target, "--force"});
    EXPECT_EQ(x.exit_code, 2) << target << ": " << x.err;
  }
  fs::remove(path("alias.db"));
  EXPECT_EQ(fs::file_size(path("demo.db")), before);
  auto waves = cli({"waves", "list"});
  EXPECT_EQ(waves.exit_code, 0) << waves.err;
  EXPECT_NE(waves.out.find("2019-eind"), std::string::npos);
}

TEST_F(CliSafety, OutputNeverOverwritesAnExistingFileWithoutForce) {
  write_file(path("bewaren.txt"), "belangrijk");
  auto r = cli({"analyse", "--wave", "2019-eind", "--output", "bewaren.txt"});
  EXPECT_EQ(r.exit_code, 5) << r.err;
  EXPECT_NE(r.err.find("bewaren.txt bestaat al; gebruik --force om het te overschrijven"), std::string::npos) << r.err;
  auto o = cli({"outcomes", "indicators", "--output", "bewaren.txt"});
  EXPECT_EQ(o.exit_code, 5) << o.err;
  EXPECT_EQ(read_file(path("bewaren.txt")), "belangrijk");
  // The main file and its repeat file are checked before either is written.
  write_file(path("set_doelen.csv"), "van iemand anders");
  auto set = cli({"responses", "export", "--wave", "2019-eind", "--output", "set.csv"});
  EXPECT_EQ(set.exit_code, 5) << set.err;
  EXPECT_FALSE(fs::exists(path("set.csv")));
  EXPECT_EQ(read_file(path("set_doelen.csv")), "van iemand anders");

  auto forced = cli({"analyse", "--wave", "2019-eind", "--output", "bewaren.txt", "--force"});
  EXPECT_EQ(forced.exit_code, 0) << forced.err;
  EXPECT_NE(read_file(path("bewaren.txt")).find("Landelijke analyse"), std::string::npos);
  for (const auto& name : files_in(dir_->path()))
    EXPECT_EQ(name.find(".bewaren.txt."), std::string::npos) << "temporary file left behind: " << name;
  auto help = cli({"outcomes", "indicators", "--help"});
  EXPECT_NE(help.out.find("--force"), std::string::npos) << help.out;
  EXPECT_NE(help.out.find("Een bestaand uitvoerbestand (--output) overschrijven"), std::string::npos);
}

TEST_F(CliSafety, AMainTableWithoutItsRepeatFileKeepsTheStoredRepeats) {
  ASSERT_EQ(cli({"responses", "export", "--wave", "2019-eind", "--output", "r0.csv"}).exit_code, 0);
  const std::string doelen = read_file(path("r0_doelen.csv"));
  ASSERT_GT(std::count(doelen.begin(), doelen.end(), '\n'), 10) << "the demo has goals";

  auto imp = cli({"responses", "import", "--wave", "2019-eind", "r0.csv"});
  ASSERT_EQ(imp.exit_code, 0) << imp.err;
  EXPECT_NE(imp.out.find("31 antwoorden opgeslagen"), std::string::npos) << imp.out;
  EXPECT_NE(imp.out.find("geen blad of bestand 'doelen' meegegeven; de opgeslagen doelen van"), std::string::npos)
      << imp.out;
  ASSERT_EQ(cli({"responses", "export", "--wave", "2019-eind", "--output", "r1.csv"}).exit_code, 0);
  EXPECT_EQ(read_file(path("r1_doelen.csv")), doelen);
  EXPECT_EQ(read_file(path("r1.csv")), read_file(path("r0.csv")));

  // A repeat file with only its header row does replace them: by nothing.
  write_file(path("leeg_doelen.csv"), doelen.substr(0, doelen.find('\n') + 1));
  auto cleared = cli({"responses", "import", "--wave", "2019-eind", "r0.csv", "leeg_doelen.csv"});
  ASSERT_EQ(cleared.exit_code, 0) << cleared.err;
  EXPECT_EQ(cleared.out.find("behouden"), std::string::npos) << cleared.out;
  ASSERT_EQ(cli({"responses", "export", "--wave", "2019-eind", "--output", "r2.csv"}).exit_code, 0);
  EXPECT_EQ(read_file(path("r2_doelen.csv")), doelen.substr(0, doelen.find('\n') + 1));
  // Put them back for the other tests.
  ASSERT_EQ(cli({"responses", "import", "--wave", "2019-eind", "r0.csv", "r0_doelen.csv"}).exit_code, 0);
}

TEST_F(CliSafety, ReadOnlyAccessReadsAndRefusesWritesWithExitCodeSix) {
  ::setenv("REGIOMONITOR_DB_READONLY", "1", 1);
  auto list = cli({"waves", "list"});
  auto add = cli({"waves", "add", "2030-x", "--name", "X", "--date", "2030-12-01"});
  auto goal = cli({"goals", "add", "--region", "AM13", "--indicator", "starters", "--target", "10", "--year", "2022"});
  auto status = cli({"goals", "status", "--unsuppressed"});
  auto demo = cli({"demo", "--zonder-releases", "--force", "--persons", "100"});
  ::unsetenv("REGIOMONITOR_DB_READONLY");
  EXPECT_EQ(demo.exit_code, 6) << demo.err;
  EXPECT_NE(demo.err.find("alleen-lezen gevraagd"), std::string::npos) << demo.err;
  EXPECT_EQ(list.exit_code, 0) << list.err;
  EXPECT_NE(list.out.find("2019-eind"), std::string::npos);
  EXPECT_EQ(status.exit_code, 0) << status.err;
  EXPECT_EQ(add.exit_code, 6) << add.err;
  EXPECT_NE(add.err.find("alleen-lezen geopend (op verzoek)"), std::string::npos) << add.err;
  // The operator sees which file on a line of its own: the detail, kept out of the message.
  EXPECT_NE(add.err.find("\n  (detail: SQLite-bestand demo.db)"), std::string::npos) << add.err;
  EXPECT_EQ(goal.exit_code, 6) << goal.err;
  auto after = cli({"waves", "list"});
  EXPECT_EQ(after.out.find("2030-x"), std::string::npos) << after.out;
  auto goals = cli({"goals", "status", "--unsuppressed"});
  EXPECT_EQ(goals.out, status.out) << "nothing was added";
  // A file that does not exist is not created read-only.
  ::setenv("REGIOMONITOR_DB_READONLY", "1", 1);
  auto missing = run_cli({"--db", "nieuw.db", "waves", "list"}, dir_->path());
  ::unsetenv("REGIOMONITOR_DB_READONLY");
  EXPECT_EQ(missing.exit_code, 7) << missing.err;
  EXPECT_FALSE(fs::exists(path("nieuw.db")));
}

}  // namespace
}  // namespace regio::testing
