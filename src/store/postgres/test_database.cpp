#include "store/postgres/test_database.h"

#include <gtest/gtest.h>
#include <libpq-fe.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <random>

namespace regio::store::postgres_detail {
namespace {

using ConnPtr = std::unique_ptr<PGconn, decltype(&PQfinish)>;

// Runs `sql` on the server's maintenance database; "" on success, else the error.
std::string run_on_server(const std::string& server, const std::string& sql) {
  ConnPtr conn(PQconnectdb(server.c_str()), &PQfinish);
  if (PQstatus(conn.get()) != CONNECTION_OK) return PQerrorMessage(conn.get());
  std::unique_ptr<PGresult, decltype(&PQclear)> result(PQexec(conn.get(), sql.c_str()), &PQclear);
  if (PQresultStatus(result.get()) != PGRES_COMMAND_OK) return PQerrorMessage(conn.get());
  return {};
}

// `server` with its database replaced by `name`, as "key=value" pairs.
std::string with_database(const std::string& server, const std::string& name) {
  PQconninfoOption* options = PQconninfoParse(server.c_str(), nullptr);
  if (options == nullptr) return {};
  std::string out;
  for (PQconninfoOption* o = options; o->keyword != nullptr; ++o) {
    std::string key = o->keyword;
    if (key == "dbname" || o->val == nullptr) continue;
    std::string value;
    for (char c : std::string(o->val)) {
      if (c == '\'' || c == '\\') value += '\\';
      value += c;
    }
    out += key + "='" + value + "' ";
  }
  PQconninfoFree(options);
  return out + "dbname='" + name + "'";
}

}  // namespace

std::string TestDatabase::server_uri() {
  if (const char* uri = std::getenv("REGIO_TEST_PG"); uri != nullptr && *uri != '\0') return uri;
  if (const char* file = std::getenv("REGIO_TEST_PG_FILE"); file != nullptr) {
    std::ifstream in(file);
    std::string uri;
    if (std::getline(in, uri) && !uri.empty()) return uri;
  }
  ADD_FAILURE() << "No PostgreSQL test server: REGIO_TEST_PG is not set. Run the tests with scripts/test.sh "
                   "(it starts a throwaway server and sets REGIO_TEST_PG), or run `eval \"$(bash "
                   "scripts/pg-test-server.sh start)\"` first, or run them through ctest (fixture postgres_server).";
  return {};
}

TestDatabase::TestDatabase() : server_(server_uri()) {
  if (server_.empty()) return;
  static std::atomic<int> counter{0};
  std::random_device random;
  name_ = "regio_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++) + "_" +
          std::to_string(random() % 1000000);
  if (std::string e = run_on_server(server_, "CREATE DATABASE " + name_); !e.empty()) {
    ADD_FAILURE() << "CREATE DATABASE " << name_ << " failed on the test server: " << e;
    return;
  }
  conninfo_ = with_database(server_, name_);
}

TestDatabase::~TestDatabase() {
  if (conninfo_.empty()) return;
  if (std::string e = run_on_server(server_, "DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)"); !e.empty()) {
    ADD_FAILURE() << "DROP DATABASE " << name_ << " failed: " << e;
  }
}

}  // namespace regio::store::postgres_detail
