// What only a real PostgreSQL server shows: several connections (processes) on one database,
// transactions that fail halfway, concurrent migration, connection errors, large payloads.
// The behaviour shared with the other adapters is in store/store_contract_test.cpp.
#include "store/postgres/postgres_store.h"
#include "store/audit_testing.h"

#include <gtest/gtest.h>
#include <libpq-fe.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <iostream>
#include <memory>
#include <vector>

#include "store/postgres/connection.h"
#include "store/postgres/migrations.h"
#include "store/postgres/test_database.h"

namespace regio::store {
namespace {

using postgres_detail::TestDatabase;

// Runs `sql` on `conninfo` outside the store; returns the first value of the result or "".
std::string sql_value(const std::string& conninfo, const std::string& sql) {
  std::unique_ptr<PGconn, decltype(&PQfinish)> conn(PQconnectdb(conninfo.c_str()), &PQfinish);
  EXPECT_EQ(PQstatus(conn.get()), CONNECTION_OK) << PQerrorMessage(conn.get());
  std::unique_ptr<PGresult, decltype(&PQclear)> r(PQexec(conn.get(), sql.c_str()), &PQclear);
  EXPECT_TRUE(PQresultStatus(r.get()) == PGRES_TUPLES_OK || PQresultStatus(r.get()) == PGRES_COMMAND_OK)
      << PQerrorMessage(conn.get());
  return PQntuples(r.get()) > 0 ? PQgetvalue(r.get(), 0, 0) : "";
}

std::unique_ptr<PostgresStore> open_store(const TestDatabase& db) {
  auto store = PostgresStore::open(db.conninfo());
  EXPECT_TRUE(store) << (store ? "" : store.error().message);
  return store ? std::move(*store) : nullptr;
}

forms::Wave make_wave(std::string code) {
  return forms::Wave{code, "Meting " + code, *parse_iso_date("2019-12-31"), "standaard"};
}

forms::Response make_response(std::string region, std::string answer) {
  forms::Response r;
  r.region = std::move(region);
  r.answers["toelichting"] = std::move(answer);
  return r;
}

class PostgresStoreTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(db_.ok()); }
  TestDatabase db_;
};

TEST_F(PostgresStoreTest, TwoConnectionsSeeEachOthersCommits) {
  auto a = open_store(db_);
  auto b = open_store(db_);
  ASSERT_TRUE(a && b);
  ASSERT_TRUE(a->put_questionnaire({"standaard", "{}"}, test_audit()));
  ASSERT_TRUE(a->add_wave(make_wave("2019-eind"), test_audit()));
  EXPECT_EQ(b->wave("2019-eind")->name, "Meting 2019-eind");
  ASSERT_TRUE(b->replace_responses("2019-eind", {make_response("AM13", "via b")}, test_audit()));
  EXPECT_EQ(a->responses("2019-eind")->at(0).answers.at("toelichting"), "via b");
  auto from_a = a->add_goal({0, "AM13", "starters", 1, 2022, "*", ""}, test_audit());
  auto from_b = b->add_goal({0, "AM13", "starters", 2, 2022, "*", ""}, test_audit());
  ASSERT_TRUE(from_a && from_b);
  EXPECT_GT(*from_b, *from_a);  // one sequence for all connections
  EXPECT_EQ(a->goals(std::nullopt)->size(), 2u);
  // The same wave added by the other connection: refused, not overwritten.
  EXPECT_EQ(b->add_wave(make_wave("2019-eind"), test_audit()).error().code, ErrorCode::kAlreadyExists);
}

TEST_F(PostgresStoreTest, FailedTransactionLeavesNothingHalfStored) {
  auto store = open_store(db_);
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->put_questionnaire({"standaard", "{}"}, test_audit()));
  ASSERT_TRUE(store->add_wave(make_wave("w1"), test_audit()));
  // The second response is refused by the server (jsonb has no NUL character) after the first
  // was written in the same transaction.
  auto refused = store->replace_responses(
      "w1", {make_response("AM01", "goed"), make_response("AM02", std::string("nul\0teken", 9))}, test_audit());
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::kInvalidArgument) << refused.error().message;
  EXPECT_TRUE(store->responses("w1")->empty());
  EXPECT_EQ(sql_value(db_.conninfo(), "SELECT count(*) FROM responses"), "0");
  // The connection is usable again afterwards.
  ASSERT_TRUE(store->replace_responses("w1", {make_response("AM01", "goed")}, test_audit()));
  EXPECT_EQ(store->responses("w1")->size(), 1u);
}

TEST_F(PostgresStoreTest, ProcessesOpeningAtOnceMigrateOnce) {
  constexpr int kProcesses = 6;
  std::vector<pid_t> children;
  for (int i = 0; i < kProcesses; ++i) {
    pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      auto store = PostgresStore::open(db_.conninfo());
      _exit(store && (*store)->waves() ? 0 : 1);
    }
    children.push_back(pid);
  }
  for (pid_t pid : children) {
    int status = 0;
    ASSERT_EQ(waitpid(pid, &status, 0), pid);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "a process failed to open the store";
  }
  EXPECT_EQ(sql_value(db_.conninfo(),
                      "SELECT count(*) = count(DISTINCT version) AND count(*) = max(version) "
                      "FROM schema_version"),
            "t");
}

TEST_F(PostgresStoreTest, Migration3GivesStoredDeliveriesAnExtractionDate) {
  {
    auto conn = postgres_detail::Connection::open(db_.conninfo());
    ASSERT_TRUE(conn) << conn.error().message;
    ASSERT_TRUE(postgres_detail::migrate(*conn, postgres_detail::schema_migrations().first(2)));
  }
  sql_value(db_.conninfo(),
            "INSERT INTO deliveries VALUES"
            " ('a', '2024-05-01T10:00:00Z', 1, 0, 0, '2017-01-02', '2023-12-31', ''::bytea),"
            " ('b', '2024-05-01T10:00:00Z', 1, 1, 0, '2017-01-02', '2030-12-31', ''::bytea),"
            " ('c', '2024-06-02T23:59:59Z', 0, 0, 0, '', '', ''::bytea)");
  auto store = open_store(db_);
  ASSERT_TRUE(store);
  auto list = store->deliveries();
  ASSERT_TRUE(list);
  ASSERT_EQ(list->size(), 3u);
  EXPECT_EQ((*list)[0].extraction_date, "2023-12-31");  // the latest date in the data
  EXPECT_EQ((*list)[1].extraction_date, "2024-05-01");  // data after the import day: the import day
  EXPECT_EQ((*list)[2].extraction_date, "2024-06-02");  // empty delivery: the import day
}

TEST_F(PostgresStoreTest, NewerSchemaIsRefused) {
  ASSERT_TRUE(open_store(db_));
  sql_value(db_.conninfo(), "INSERT INTO schema_version(version, description) VALUES (999, 'uit de toekomst')");
  auto newer = PostgresStore::open(db_.conninfo());
  ASSERT_FALSE(newer);
  EXPECT_EQ(newer.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_NE(newer.error().message.find("999"), std::string::npos);
}

TEST(PostgresStoreOpen, ConnectionErrorsNameServerAndDatabaseButNotThePassword) {
  // Port 1 on loopback: nothing listens there.
  auto refused = PostgresStore::open("postgresql://regio:Geheim%21wachtwoord@127.0.0.1:1/regiodb?connect_timeout=5");
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::kUnavailable);
  // The operator's view (message + detail) names server and database; nothing holds the password.
  const std::string operator_view = refused.error().describe_for_operator();
  EXPECT_NE(operator_view.find("127.0.0.1:1"), std::string::npos) << operator_view;
  EXPECT_NE(operator_view.find("regiodb"), std::string::npos) << operator_view;
  EXPECT_EQ(operator_view.find("Geheim"), std::string::npos) << operator_view;

  auto malformed = PostgresStore::open("postgresql://regio:Geheim%zz@127.0.0.1/regiodb");
  ASSERT_FALSE(malformed);
  EXPECT_EQ(malformed.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(malformed.error().message.find("Geheim"), std::string::npos) << malformed.error().message;
}

TEST_F(PostgresStoreTest, WrongPasswordIsUnavailableWithoutThePassword) {
  // The test server trusts every local login, so an unknown database stands in for a refusal.
  auto store = PostgresStore::open(db_.conninfo() + " dbname='" + db_.name() + "_bestaat_niet' password='Geheim123'");
  ASSERT_FALSE(store);
  EXPECT_EQ(store.error().code, ErrorCode::kUnavailable);
  const std::string operator_view = store.error().describe_for_operator();
  EXPECT_NE(operator_view.find(db_.name() + "_bestaat_niet"), std::string::npos) << operator_view;
  EXPECT_EQ(operator_view.find("Geheim123"), std::string::npos) << operator_view;
}

TEST_F(PostgresStoreTest, ReconnectsAfterTheServerDroppedTheConnection) {
  auto store = open_store(db_);
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->put_questionnaire({"standaard", "{}"}, test_audit()));
  sql_value(db_.conninfo(),
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() "
            "AND pid <> pg_backend_pid()");
  auto first = store->questionnaire("standaard");  // may notice the loss: kUnavailable, retry
  if (!first) {
    EXPECT_EQ(first.error().code, ErrorCode::kUnavailable) << first.error().message;
  }
  auto again = store->questionnaire("standaard");
  ASSERT_TRUE(again) << again.error().message;
  EXPECT_EQ(again->workbook_json, "{}");
}

TEST_F(PostgresStoreTest, LargePayloadRoundTripsInSlices) {
  auto store = open_store(db_);
  ASSERT_TRUE(store);
  DeliveryRecord d;
  d.info = {"uwv-2024", "2024-05-01T10:00:00Z", 1, 2, 3, "2017-01-02", "2023-12-31"};
  d.payload.resize((20u << 20) + 12345);  // more than two slices, not a multiple of one
  for (std::size_t i = 0; i < d.payload.size(); ++i) d.payload[i] = static_cast<char>((i * 2654435761u) >> 13);
  const auto start = std::chrono::steady_clock::now();
  ASSERT_TRUE(store->put_delivery(d, test_audit()));
  auto loaded = store->load_deliveries();
  ASSERT_TRUE(loaded) << loaded.error().message;
  ASSERT_EQ(loaded->size(), 1u);
  EXPECT_TRUE(loaded->at(0).payload == d.payload);
  // Odd read sizes across slice boundaries.
  std::string streamed;
  auto visited = store->visit_deliveries([&](const DeliveryInfo&, PayloadReader& payload) -> Status {
    std::vector<char> buffer(3u << 20);
    for (std::uint64_t left = payload.size; left > 0;) {
      const std::size_t n = std::min<std::uint64_t>(left, buffer.size() - 7);
      EXPECT_TRUE(payload.read(buffer.data(), n));
      streamed.append(buffer.data(), n);
      left -= n;
    }
    return {};
  });
  ASSERT_TRUE(visited) << visited.error().message;
  EXPECT_TRUE(streamed == d.payload);
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
  std::cout << "20 MB payload stored, loaded and streamed in " << ms.count() << " ms\n";
}

}  // namespace
}  // namespace regio::store
