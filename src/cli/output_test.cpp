// Output files: temp file + rename, never the database, never an existing file without --force.
#include "cli/output.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <fstream>
#include <sstream>

#include "cli/conventions.h"

namespace regio::cli {
namespace {

namespace fs = std::filesystem;

class OutputTest : public ::testing::Test {
 protected:
  OutputTest() {
    static std::atomic<int> counter{0};
    folder_ = fs::temp_directory_path() /
              ("regio-output-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    fs::create_directories(folder_);
    ctx_.env.out = &out_;
    ctx_.env.err = &out_;
    ctx_.db = folder_ / "regio.db";
    write(ctx_.db, "SQLite format 3");
  }
  ~OutputTest() override {
    std::error_code ec;
    fs::remove_all(folder_, ec);
  }
  static void write(const fs::path& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; }
  static std::string read(const fs::path& p) {
    std::ifstream f(p, std::ios::binary);
    std::stringstream s;
    s << f.rdbuf();
    return s.str();
  }
  std::vector<std::string> names() const {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(folder_)) out.push_back(e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
  }

  fs::path folder_;
  std::ostringstream out_;
  Context ctx_;
};

TEST_F(OutputTest, AFailingWriteLeavesNoFileAndKeepsTheOldOne) {
  write(folder_ / "uit.csv", "oud");
  ctx_.force = true;
  auto st = write_output_file(ctx_, folder_ / "uit.csv", [](const fs::path& temporary) -> Status {
    std::ofstream(temporary) << "half";
    return fail(ErrorCode::kUnavailable, "schijf vol");
  });
  ASSERT_FALSE(st);
  EXPECT_EQ(st.error().message, "schijf vol");
  EXPECT_EQ(read(folder_ / "uit.csv"), "oud");
  EXPECT_EQ(names(), (std::vector<std::string>{"regio.db", "uit.csv"})) << "no temporary file left";
  auto fresh = write_output_file(ctx_, folder_ / "nieuw.csv",
                                 [](const fs::path&) -> Status { return fail(ErrorCode::kUnavailable, "mis"); });
  ASSERT_FALSE(fresh);
  EXPECT_FALSE(fs::exists(folder_ / "nieuw.csv"));
}

TEST_F(OutputTest, TheDatabaseAndItsSideFilesAreNeverATarget) {
  ctx_.force = true;
  fs::create_hard_link(ctx_.db, folder_ / "ander.db");
  for (const fs::path target : {ctx_.db, folder_ / "ander.db", folder_ / "." / "regio.db", folder_ / "regio.db-wal",
                                folder_ / "regio.db-shm", folder_ / "regio.db-journal"}) {
    auto st = write_output(ctx_, target, "x");
    ASSERT_FALSE(st) << target;
    EXPECT_EQ(st.error().code, ErrorCode::kInvalidArgument);
    EXPECT_NE(st.error().message.find("de database die in gebruik is"), std::string::npos) << st.error().message;
  }
  EXPECT_EQ(read(ctx_.db), "SQLite format 3");
  EXPECT_FALSE(fs::exists(folder_ / "regio.db-wal"));
  ctx_.db = "postgresql://regio@server/regio";  // no file to protect
  EXPECT_TRUE(write_output(ctx_, folder_ / "regio.db-wal", "x"));
}

TEST_F(OutputTest, AnExistingFileNeedsForce) {
  write(folder_ / "uit.csv", "oud");
  auto refused = write_output(ctx_, folder_ / "uit.csv", "nieuw");
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::kAlreadyExists);
  EXPECT_NE(refused.error().message.find("bestaat al; gebruik --force"), std::string::npos);
  EXPECT_EQ(read(folder_ / "uit.csv"), "oud");
  ctx_.force = true;
  ASSERT_TRUE(write_output(ctx_, folder_ / "uit.csv", "nieuw"));
  EXPECT_EQ(read(folder_ / "uit.csv"), "nieuw");
  auto folder = write_output(ctx_, folder_, "x");
  ASSERT_FALSE(folder);
  EXPECT_NE(folder.error().message.find("is een map"), std::string::npos);
}

TEST_F(OutputTest, AMissingFolderIsNamedInDutch) {
  auto st = write_output(ctx_, folder_ / "bestaat-niet" / "uit.csv", "x");
  ASSERT_FALSE(st);
  EXPECT_EQ(st.error().code, ErrorCode::kUnavailable);
  EXPECT_NE(st.error().message.find("uit.csv niet schrijven: de map bestaat niet"), std::string::npos)
      << st.error().message;
}

TEST(Conventions, CodesAreUpperCaseAndTrimmed) {
  EXPECT_EQ(normalize_code("am13"), "AM13");
  EXPECT_EQ(normalize_code(" gm0363 "), "GM0363");
  EXPECT_EQ(normalize_code("nl"), "NL");
  EXPECT_EQ(normalize_code("AM01"), "AM01");
}

}  // namespace
}  // namespace regio::cli
