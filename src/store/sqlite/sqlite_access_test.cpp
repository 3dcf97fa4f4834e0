// Several processes on one file, and read-only access: readers never wait for a writer, and a
// database opened read-only reads but refuses every write before touching the file.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <optional>

#include "store/audit_testing.h"
#include "store/sqlite/sqlite_store.h"
#include "store/sqlite/testing_write_protect.h"

namespace regio::store {
namespace {

namespace fs = std::filesystem;

// A second, independent connection to the file, as another process (or the sqlite3 shell) has.
class OtherProcess {
 public:
  explicit OtherProcess(const fs::path& file) { sqlite3_open(file.c_str(), &db_); }
  ~OtherProcess() { sqlite3_close(db_); }
  int exec(const char* sql) { return sqlite3_exec(db_, sql, nullptr, nullptr, nullptr); }
  std::string text(const char* sql) {
    sqlite3_stmt* stmt = nullptr;
    std::string out;
    if (sqlite3_prepare_v2(db_, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW &&
        sqlite3_column_text(stmt, 0) != nullptr) {
      out = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    }
    sqlite3_finalize(stmt);
    return out;
  }

 private:
  sqlite3* db_ = nullptr;
};

class SqliteAccessTest : public ::testing::Test {
 protected:
  SqliteAccessTest() {
    static std::atomic<int> counter{0};
    folder_ = fs::temp_directory_path() /
              ("regio-sqlite-access-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    fs::create_directories(folder_);
    file_ = folder_ / "regio.db";
  }
  ~SqliteAccessTest() override {
    std::error_code ec;
    fs::remove_all(folder_, ec);
  }
  // A database with the current schema, one questionnaire and wave "2019-eind"; closed again.
  void create() {
    auto store = SqliteStore::open(file_);
    ASSERT_TRUE(store) << store.error().message;
    ASSERT_TRUE((*store)->add_wave_with_questionnaire(wave("2019-eind"), {"standaard", "{}"}, test_audit()));
  }
  static forms::Wave wave(std::string code) {
    return forms::Wave{std::move(code), "Meting", from_civil({2019, 12, 31}), "standaard"};
  }

  fs::path folder_;
  fs::path file_;
};

TEST_F(SqliteAccessTest, AReaderOpensAndReadsWhileAnotherProcessHoldsTheWriteLock) {
  create();
  OtherProcess writer(file_);
  ASSERT_EQ(writer.exec("BEGIN IMMEDIATE; INSERT INTO questionnaires VALUES ('nieuw', '{}');"), SQLITE_OK);
  // Before: opening ran its migration check in BEGIN IMMEDIATE and failed after 5 s ("bezet").
  auto reader = SqliteStore::open(file_);
  ASSERT_TRUE(reader) << reader.error().message;
  auto waves = (*reader)->waves();
  ASSERT_TRUE(waves) << waves.error().message;
  ASSERT_EQ(waves->size(), 1u);
  EXPECT_EQ((*waves)[0].code, "2019-eind");
  auto responses = (*reader)->responses("2019-eind");
  ASSERT_TRUE(responses) << responses.error().message;
  auto deliveries = (*reader)->deliveries();
  ASSERT_TRUE(deliveries) << deliveries.error().message;
  // The reader sees the committed state, not the writer's open transaction.
  EXPECT_FALSE((*reader)->questionnaire("nieuw"));
  ASSERT_EQ(writer.exec("COMMIT"), SQLITE_OK);
  EXPECT_TRUE((*reader)->questionnaire("nieuw"));
}

TEST_F(SqliteAccessTest, ReadOnlyAccessReadsAndRefusesEveryWriteInDutch) {
  create();
  auto store = SqliteStore::open(file_, SqliteAccess::kReadOnly);
  ASSERT_TRUE(store) << store.error().message;
  auto waves = (*store)->waves();
  ASSERT_TRUE(waves) << waves.error().message;
  EXPECT_EQ(waves->size(), 1u);

  auto added = (*store)->add_wave(wave("2020-eind"), test_audit());
  ASSERT_FALSE(added);
  EXPECT_EQ(added.error().code, ErrorCode::kPermissionDenied);
  EXPECT_NE(added.error().message.find("alleen-lezen"), std::string::npos) << added.error().message;
  EXPECT_NE(added.error().describe_for_operator().find(file_.string()), std::string::npos) << added.error().message;
  forms::Response r;
  r.region = "AM13";
  auto replaced = (*store)->replace_responses("2019-eind", {r}, test_audit());
  ASSERT_FALSE(replaced);
  EXPECT_EQ(replaced.error().code, ErrorCode::kPermissionDenied);
  auto goal = (*store)->add_goal({0, "AM13", "starters", 10, 2022, "*", ""}, test_audit());
  ASSERT_FALSE(goal);
  EXPECT_EQ(goal.error().code, ErrorCode::kPermissionDenied);

  OtherProcess check(file_);
  EXPECT_EQ(check.text("SELECT count(*) FROM waves"), "1");
  EXPECT_EQ(check.text("SELECT count(*) FROM responses"), "0");
  EXPECT_EQ(check.text("SELECT count(*) FROM goals"), "0");
}

TEST_F(SqliteAccessTest, ReadOnlyAccessReadsWhileAnotherProcessWrites) {
  create();
  OtherProcess writer(file_);
  ASSERT_EQ(writer.exec("BEGIN IMMEDIATE; INSERT INTO questionnaires VALUES ('nieuw', '{}');"), SQLITE_OK);
  auto store = SqliteStore::open(file_, SqliteAccess::kReadOnly);
  ASSERT_TRUE(store) << store.error().message;
  auto waves = (*store)->waves();
  ASSERT_TRUE(waves) << waves.error().message;
  EXPECT_EQ(waves->size(), 1u);
  writer.exec("ROLLBACK");
}

TEST_F(SqliteAccessTest, ReadOnlyAccessNeverCreatesAFile) {
  auto store = SqliteStore::open(file_, SqliteAccess::kReadOnly);
  ASSERT_FALSE(store);
  EXPECT_EQ(store.error().code, ErrorCode::kUnavailable);
  EXPECT_NE(store.error().message.find("bestaat niet"), std::string::npos) << store.error().message;
  EXPECT_FALSE(fs::exists(file_));
}

TEST_F(SqliteAccessTest, ReadOnlyAccessToAnOutdatedSchemaIsRefusedWithoutWriting) {
  {
    OtherProcess other(file_);
    ASSERT_EQ(other.exec("CREATE TABLE iets (x INTEGER)"), SQLITE_OK);
  }
  auto store = SqliteStore::open(file_, SqliteAccess::kReadOnly);
  ASSERT_FALSE(store);
  EXPECT_EQ(store.error().code, ErrorCode::kPermissionDenied);
  EXPECT_NE(store.error().message.find("alleen-lezen"), std::string::npos) << store.error().message;
  EXPECT_NE(store.error().message.find("schema bijwerken"), std::string::npos) << store.error().message;
  OtherProcess check(file_);
  EXPECT_EQ(check.text("SELECT count(*) FROM sqlite_master WHERE name = 'schema_version'"), "0");
}

TEST_F(SqliteAccessTest, ReadOnlyAccessReadsAWalFileWhoseShmCannotBeMade) {
  // As in a folder the reader may not write to: the -shm file can neither be created nor opened
  // (here for every user, root included, because its name points into a folder that does not
  // exist). Without a -wal file the database file is complete, and it is read as immutable.
  create();
  ASSERT_FALSE(fs::exists(folder_ / "regio.db-wal"));
  fs::create_symlink(folder_ / "ontbreekt" / "shm", folder_ / "regio.db-shm");
  auto store = SqliteStore::open(file_, SqliteAccess::kReadOnly);
  ASSERT_TRUE(store) << store.error().message;
  auto waves = (*store)->waves();
  ASSERT_TRUE(waves) << waves.error().message;
  EXPECT_EQ(waves->size(), 1u);
  EXPECT_EQ((*store)->add_wave(wave("2020-eind"), test_audit()).error().code, ErrorCode::kPermissionDenied);
}

TEST_F(SqliteAccessTest, ReadOnlyAccessRefusesWhenUnmergedChangesCannotBeRead) {
  create();
  const fs::path copy = folder_ / "kopie";
  fs::create_directory(copy);
  {
    OtherProcess writer(file_);
    ASSERT_EQ(writer.exec("PRAGMA wal_autocheckpoint = 0; INSERT INTO questionnaires VALUES ('nieuw', '{}');"),
              SQLITE_OK);
    // A copy taken while the change is only in the -wal file, without the -shm file.
    fs::copy_file(file_, copy / "regio.db");
    fs::copy_file(folder_ / "regio.db-wal", copy / "regio.db-wal");
  }
  ASSERT_GT(fs::file_size(copy / "regio.db-wal"), 0u);
  fs::create_symlink(copy / "ontbreekt" / "shm", copy / "regio.db-shm");
  auto store = SqliteStore::open(copy / "regio.db", SqliteAccess::kReadOnly);
  ASSERT_FALSE(store);
  EXPECT_EQ(store.error().code, ErrorCode::kUnavailable);
  EXPECT_NE(store.error().message.find("nog niet verwerkte wijzigingen in het -wal-bestand"), std::string::npos)
      << store.error().message;
}

TEST_F(SqliteAccessTest, AFileWithoutWritePermissionIsOpenedReadOnly) {
  create();
  std::optional<Result<std::unique_ptr<SqliteStore>>> store;
  Status added;
  {
    // Unwritable for root too (immutable flag), so this runs in CI as well.
    testing::WriteProtect protect(file_);
    ASSERT_TRUE(protect.ok()) << protect.reason();
    store = SqliteStore::open(file_);
    ASSERT_TRUE(*store) << store->error().message;
    EXPECT_TRUE((**store)->waves());
    added = (**store)->add_wave(wave("2020-eind"), test_audit());
  }
  ASSERT_FALSE(added);
  EXPECT_EQ(added.error().code, ErrorCode::kPermissionDenied);
  EXPECT_NE(added.error().message.find("niet schrijfbaar"), std::string::npos) << added.error().message;
}

}  // namespace
}  // namespace regio::store
