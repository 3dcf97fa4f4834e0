// What only the SQLite adapter has: a file, migrations, transactions, several connections.
// The behaviour shared with MemoryStore is tested in store/store_contract_test.cpp.
#include "store/sqlite/sqlite_store.h"
#include "store/audit_testing.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <thread>

#include "store/sqlite/connection.h"
#include "store/sqlite/migrations.h"
#include "store/sqlite/testing_write_protect.h"

namespace regio::store {
namespace {

namespace fs = std::filesystem;
using sqlite_detail::Connection;
using sqlite_detail::Migration;

// A second, independent connection to the file, as another process would have.
class RawDb {
 public:
  explicit RawDb(const fs::path& file) { sqlite3_open(file.c_str(), &db_); }
  ~RawDb() { sqlite3_close(db_); }
  int exec(const char* sql) { return sqlite3_exec(db_, sql, nullptr, nullptr, nullptr); }
  // The first column of the first row as text, "" when there is none.
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

class SqliteStoreTest : public ::testing::Test {
 protected:
  SqliteStoreTest() {
    static std::atomic<int> counter{0};
    folder_ = fs::temp_directory_path() /
              ("regio-sqlite-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    fs::create_directories(folder_);
    file_ = folder_ / "regio.db";
  }
  ~SqliteStoreTest() override {
    std::error_code ec;
    fs::remove_all(folder_, ec);
  }
  std::unique_ptr<SqliteStore> open() {
    auto store = SqliteStore::open(file_);
    EXPECT_TRUE(store) << (store ? "" : store.error().message);
    return store ? std::move(*store) : nullptr;
  }
  static forms::Wave wave(std::string code) {
    return forms::Wave{std::move(code), "Meting", from_civil({2019, 12, 31}), "standaard"};
  }
  static forms::Response response(std::string region, std::string value) {
    forms::Response r;
    r.region = std::move(region);
    r.answers["niveau"] = std::move(value);
    return r;
  }

  fs::path folder_;
  fs::path file_;
};

TEST_F(SqliteStoreTest, MigrationsRunOnceAndAreRecorded) {
  const auto known = sqlite_detail::schema_migrations();
  ASSERT_GE(known.size(), 1u);
  for (std::size_t i = 0; i < known.size(); ++i) EXPECT_EQ(known[i].version, int(i) + 1);

  ASSERT_NE(open(), nullptr);
  RawDb raw(file_);
  EXPECT_EQ(raw.text("SELECT count(*) FROM schema_version"), std::to_string(known.size()));
  EXPECT_EQ(raw.text("SELECT max(version) FROM schema_version"), std::to_string(known.back().version));
  std::string applied_at = raw.text("SELECT applied_at FROM schema_version WHERE version = 1");
  EXPECT_FALSE(applied_at.empty());

  ASSERT_NE(open(), nullptr);  // reopening applies nothing again
  EXPECT_EQ(raw.text("SELECT count(*) FROM schema_version"), std::to_string(known.size()));
  EXPECT_EQ(raw.text("SELECT applied_at FROM schema_version WHERE version = 1"), applied_at);
}

TEST_F(SqliteStoreTest, OnlyPendingMigrationsAreApplied) {
  const Migration first{1, "een", "CREATE TABLE een (x INTEGER);"};
  const Migration second{2, "twee", "CREATE TABLE twee (y INTEGER); INSERT INTO een VALUES (7);"};
  const Migration v1[] = {first};
  const Migration v2[] = {first, second};
  {
    auto db = Connection::open(file_);
    ASSERT_TRUE(db);
    ASSERT_TRUE(sqlite_detail::migrate(*db, v1));
    ASSERT_TRUE(sqlite_detail::migrate(*db, v2));
    ASSERT_TRUE(sqlite_detail::migrate(*db, v2));  // nothing left to do
    // Back to a program that only knows version 1: refused.
    auto older = sqlite_detail::migrate(*db, v1);
    ASSERT_FALSE(older);
    EXPECT_EQ(older.error().code, ErrorCode::kFailedPrecondition);
  }
  RawDb raw(file_);
  EXPECT_EQ(raw.text("SELECT group_concat(version) FROM schema_version"), "1,2");
  EXPECT_EQ(raw.text("SELECT count(*) FROM een"), "1");  // migration 2 ran exactly once
}

TEST_F(SqliteStoreTest, Migration3GivesStoredDeliveriesAnExtractionDate) {
  {
    auto db = Connection::open(file_);
    ASSERT_TRUE(db);
    ASSERT_TRUE(sqlite_detail::migrate(*db, sqlite_detail::schema_migrations().first(2)));
  }
  {
    RawDb raw(file_);
    ASSERT_EQ(raw.exec("INSERT INTO deliveries VALUES"
                       " ('a', '2024-05-01T10:00:00Z', 1, 0, 0, '2017-01-02', '2023-12-31', x''),"
                       " ('b', '2024-05-01T10:00:00Z', 1, 1, 0, '2017-01-02', '2030-12-31', x''),"
                       " ('c', '2024-06-02T23:59:59Z', 0, 0, 0, '', '', x'')"),
              SQLITE_OK);
  }
  auto store = open();
  ASSERT_NE(store, nullptr);
  auto list = store->deliveries();
  ASSERT_TRUE(list);
  ASSERT_EQ(list->size(), 3u);
  EXPECT_EQ((*list)[0].extraction_date, "2023-12-31");  // the latest date in the data
  EXPECT_EQ((*list)[1].extraction_date, "2024-05-01");  // data after the import day: the import day
  EXPECT_EQ((*list)[2].extraction_date, "2024-06-02");  // empty delivery: the import day
}

TEST_F(SqliteStoreTest, FailingMigrationLeavesTheDatabaseUntouched) {
  const Migration list[] = {{1, "goed", "CREATE TABLE een (x INTEGER);"},
                            {2, "fout", "CREATE TABLE een (x INTEGER);"}};  // already exists
  {
    auto db = Connection::open(file_);
    ASSERT_TRUE(db);
    auto s = sqlite_detail::migrate(*db, list);
    ASSERT_FALSE(s);
    EXPECT_NE(s.error().message.find("versie 2"), std::string::npos) << s.error().message;
  }
  RawDb raw(file_);
  EXPECT_EQ(raw.text("SELECT count(*) FROM sqlite_master WHERE name = 'een'"), "0");
  EXPECT_EQ(raw.text("SELECT count(*) FROM sqlite_master WHERE name = 'schema_version'"), "0");
}

TEST_F(SqliteStoreTest, NewerSchemaVersionIsRefused) {
  ASSERT_NE(open(), nullptr);
  {
    RawDb raw(file_);
    ASSERT_EQ(raw.exec("INSERT INTO schema_version VALUES (999, 'toekomst', '2030-01-01')"), SQLITE_OK);
  }
  auto store = SqliteStore::open(file_);
  ASSERT_FALSE(store);
  EXPECT_EQ(store.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_NE(store.error().message.find("999"), std::string::npos);
  EXPECT_NE(store.error().message.find("nieuwere versie"), std::string::npos);
  EXPECT_NE(store.error().describe_for_operator().find(file_.string()), std::string::npos);
}

TEST_F(SqliteStoreTest, ReopeningKeepsTheData) {
  {
    auto store = open();
    ASSERT_TRUE(store->put_questionnaire({"standaard", "{}"}, test_audit()));
    ASSERT_TRUE(store->add_wave(wave("2019-eind"), test_audit()));
    ASSERT_TRUE(store->replace_responses("2019-eind", {response("AM13", "4")}, test_audit()));
  }
  auto store = open();
  auto rs = store->responses("2019-eind");
  ASSERT_TRUE(rs);
  ASSERT_EQ(rs->size(), 1u);
  EXPECT_EQ((*rs)[0].answers.at("niveau"), "4");
}

TEST_F(SqliteStoreTest, WalJournalAndForeignKeysAreOn) {
  auto store = open();
  RawDb raw(file_);
  EXPECT_EQ(raw.text("PRAGMA journal_mode"), "wal");
  EXPECT_EQ(raw.text("PRAGMA page_size"), "65536");  // large payloads in few page reads
  // foreign_keys is per connection: check the store's own by breaking a reference directly.
  ASSERT_TRUE(store->put_questionnaire({"standaard", "{}"}, test_audit()));
  ASSERT_TRUE(store->add_wave(wave("w"), test_audit()));
  auto db = Connection::open(file_);
  ASSERT_TRUE(db);
  auto timeout = db->prepare("PRAGMA busy_timeout", "test");
  ASSERT_TRUE(timeout);
  ASSERT_TRUE(timeout->step());
  EXPECT_EQ(timeout->integer(0), 5000);  // writers of other processes are waited for 5 s
  auto s = db->exec("DELETE FROM questionnaires WHERE id = 'standaard'", "test");
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error().code, ErrorCode::kInvalidArgument);  // a constraint, not a duplicate
}

TEST_F(SqliteStoreTest, AFailureHalfwayStoresNothing) {
  auto store = open();
  ASSERT_TRUE(store->put_questionnaire({"standaard", "{}"}, test_audit()));
  ASSERT_TRUE(store->add_wave(wave("w"), test_audit()));
  ASSERT_TRUE(store->replace_responses("w", {response("AM01", "oud")}, test_audit()));
  // Make the second insert fail inside the database, after the first one has been written.
  RawDb raw(file_);
  ASSERT_EQ(raw.exec("CREATE TRIGGER weiger BEFORE INSERT ON responses WHEN NEW.region = 'AM02' "
                     "BEGIN SELECT RAISE(ABORT, 'geweigerd'); END;"),
            SQLITE_OK);

  auto s = store->replace_responses("w", {response("AM01", "nieuw"), response("AM02", "x")}, test_audit());
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(s.error().message.find("antwoorden opslaan"), std::string::npos) << s.error().message;
  auto rs = store->responses("w");
  ASSERT_TRUE(rs);
  ASSERT_EQ(rs->size(), 1u);
  EXPECT_EQ((*rs)[0].answers.at("niveau"), "oud");  // the first write was rolled back
  EXPECT_EQ(raw.text("SELECT answers FROM responses WHERE region = 'AM01'"), R"({"niveau":"oud"})");

  // The store is usable afterwards: no transaction was left open.
  ASSERT_TRUE(store->replace_responses("w", {response("AM01", "later")}, test_audit()));
  EXPECT_EQ(store->responses("w")->at(0).answers.at("niveau"), "later");
}

TEST_F(SqliteStoreTest, FailedDeliveryReplacementKeepsTheOldOne) {
  auto store = open();
  DeliveryRecord d{{"uwv", "2024-01-01T00:00:00Z", 1, 2, 3, "2020-01-01", "2020-12-31"}, "oud"};
  ASSERT_TRUE(store->put_delivery(d, test_audit()));
  RawDb raw(file_);
  ASSERT_EQ(raw.exec("CREATE TRIGGER weiger BEFORE INSERT ON deliveries WHEN NEW.trajecten = 99 "
                     "BEGIN SELECT RAISE(ABORT, 'geweigerd'); END;"),
            SQLITE_OK);
  d.payload = "nieuw";
  d.info.trajecten = 99;
  ASSERT_FALSE(store->put_delivery(d, test_audit()));
  auto loaded = store->load_deliveries();
  ASSERT_TRUE(loaded);
  ASSERT_EQ(loaded->size(), 1u);
  EXPECT_EQ((*loaded)[0].payload, "oud");
  EXPECT_EQ((*loaded)[0].info.trajecten, 1);
}

TEST_F(SqliteStoreTest, WaveWithQuestionnaireRollsBackBoth) {
  auto store = open();
  RawDb raw(file_);
  ASSERT_EQ(raw.exec("CREATE TRIGGER weiger BEFORE INSERT ON waves "
                     "BEGIN SELECT RAISE(ABORT, 'geweigerd'); END;"),
            SQLITE_OK);
  forms::Wave w = wave("w");
  w.questionnaire = "nieuw";
  ASSERT_FALSE(store->add_wave_with_questionnaire(w, {"nieuw", "{}"}, test_audit()));
  EXPECT_EQ(store->questionnaire("nieuw").error().code, ErrorCode::kNotFound);
}

TEST_F(SqliteStoreTest, TwoInstancesSeeEachOthersCommits) {
  auto a = open();
  auto b = open();
  ASSERT_TRUE(a->put_questionnaire({"standaard", "{}"}, test_audit()));
  ASSERT_TRUE(a->add_wave(wave("van-a"), test_audit()));
  auto waves = b->waves();
  ASSERT_TRUE(waves);
  ASSERT_EQ(waves->size(), 1u);
  EXPECT_EQ((*waves)[0].code, "van-a");

  auto id = b->add_goal({0, "AM13", "starters", 10, 2022, "*", ""}, test_audit());
  ASSERT_TRUE(id);
  auto goals = a->goals(std::nullopt);
  ASSERT_TRUE(goals);
  ASSERT_EQ(goals->size(), 1u);
  EXPECT_EQ((*goals)[0].id, *id);
}

TEST_F(SqliteStoreTest, OneInstanceServesSeveralThreads) {
  auto store = open();
  std::vector<std::thread> threads;
  std::vector<std::vector<std::int64_t>> ids(4);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 10; ++i) {
        auto id = store->add_goal({0, "AM0" + std::to_string(t), "starters", double(i), 2022, "*", ""}, test_audit());
        if (id) ids[t].push_back(*id);
      }
    });
  }
  for (auto& th : threads) th.join();
  std::set<std::int64_t> distinct;
  for (const auto& v : ids) distinct.insert(v.begin(), v.end());
  EXPECT_EQ(distinct.size(), 40u);
  EXPECT_EQ(store->goals(std::nullopt)->size(), 40u);
}

TEST_F(SqliteStoreTest, LargePayloadRoundTrips) {
  auto store = open();
  std::string payload(8 << 20, '\0');
  for (std::size_t i = 0; i < payload.size(); ++i) payload[i] = static_cast<char>(i * 31 % 251);
  ASSERT_TRUE(store->put_delivery({{"groot", "2024-01-01T00:00:00Z", 0, 0, 0, "", ""}, payload}, test_audit()));
  auto loaded = store->load_deliveries();
  ASSERT_TRUE(loaded);
  ASSERT_EQ(loaded->size(), 1u);
  EXPECT_TRUE((*loaded)[0].payload == payload);
}

TEST_F(SqliteStoreTest, MissingFolderIsUnavailable) {
  fs::path file = folder_ / "bestaat-niet" / "regio.db";
  auto store = SqliteStore::open(file);
  ASSERT_FALSE(store);
  EXPECT_EQ(store.error().code, ErrorCode::kUnavailable);
  EXPECT_NE(store.error().describe_for_operator().find(file.string()), std::string::npos);
  EXPECT_FALSE(fs::exists(file.parent_path()));
}

TEST_F(SqliteStoreTest, AFileThatIsNotADatabaseIsUnavailable) {
  std::ofstream(file_) << "traject_id;persoon_id\n" << std::string(4096, 'x');
  auto store = SqliteStore::open(file_);
  ASSERT_FALSE(store);
  EXPECT_EQ(store.error().code, ErrorCode::kUnavailable);
  EXPECT_NE(store.error().describe_for_operator().find(file_.string()), std::string::npos);
  EXPECT_NE(store.error().message.find("geen SQLite-database"), std::string::npos) << store.error().message;
}

TEST_F(SqliteStoreTest, AFolderThatIsNotWritableIsUnavailable) {
  std::optional<Result<std::unique_ptr<SqliteStore>>> opened;
  {
    testing::WriteProtect protect(folder_);  // for root too: the immutable flag
    ASSERT_TRUE(protect.ok()) << protect.reason();
    opened = SqliteStore::open(file_);
  }
  auto& store = *opened;
  ASSERT_FALSE(store);
  EXPECT_EQ(store.error().code, ErrorCode::kUnavailable);
  EXPECT_NE(store.error().describe_for_operator().find(file_.string()), std::string::npos);
}

TEST_F(SqliteStoreTest, ALockHeldByAnotherProcessIsUnavailable) {
  ASSERT_NE(open(), nullptr);
  auto db = Connection::open(file_);
  ASSERT_TRUE(db);
  ASSERT_TRUE(db->exec("PRAGMA busy_timeout = 0", "test"));  // fail at once instead of after 5 s
  RawDb other(file_);
  ASSERT_EQ(other.exec("BEGIN IMMEDIATE"), SQLITE_OK);
  auto tx = sqlite_detail::Transaction::begin(*db);
  ASSERT_FALSE(tx);
  EXPECT_EQ(tx.error().code, ErrorCode::kUnavailable);
  EXPECT_NE(tx.error().message.find("bezet"), std::string::npos) << tx.error().message;
  EXPECT_EQ(tx.error().reason, "database-busy");
  // SQLite's own words and the file are the operator's detail, not the user's message.
  EXPECT_EQ(tx.error().message.find("locked"), std::string::npos) << tx.error().message;
  EXPECT_NE(tx.error().detail.find("database is locked"), std::string::npos) << tx.error().detail;
  EXPECT_NE(tx.error().detail.find(file_.string()), std::string::npos) << tx.error().detail;
  other.exec("ROLLBACK");
}

}  // namespace
}  // namespace regio::store
