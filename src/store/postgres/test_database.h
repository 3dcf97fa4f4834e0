// For tests only: a fresh, empty database on the PostgreSQL test server, dropped afterwards, so
// test binaries and cases running in parallel never see each other's tables.
//
//   postgres_detail::TestDatabase db;           // fails the test when there is no server
//   auto store = PostgresStore::open(db.conninfo());
//
// The server is named by REGIO_TEST_PG (a libpq URI of a superuser on the maintenance
// database), which scripts/test.sh sets after starting a throwaway server with
// scripts/pg-test-server.sh; under plain `ctest` the test fixture `postgres_server` starts one
// and passes its URI in the file named by REGIO_TEST_PG_FILE. Without either the test fails
// with a message saying how to run it.
#pragma once

#include <string>

namespace regio::store::postgres_detail {

class TestDatabase {
 public:
  TestDatabase();   // CREATE DATABASE regio_test_<pid>_<n>_<random>
  ~TestDatabase();  // DROP DATABASE … WITH (FORCE)
  TestDatabase(const TestDatabase&) = delete;
  TestDatabase& operator=(const TestDatabase&) = delete;

  // False (after a test failure was recorded) when no database could be made.
  bool ok() const { return !conninfo_.empty(); }
  // A "key=value" connection string for the new database.
  const std::string& conninfo() const { return conninfo_; }
  const std::string& name() const { return name_; }

  // The server's URI, or "" after recording a test failure that says how to provide one.
  static std::string server_uri();

 private:
  std::string server_;
  std::string name_;
  std::string conninfo_;
};

}  // namespace regio::store::postgres_detail
