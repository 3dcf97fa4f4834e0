// Private to the PostgreSQL adapter: a thin RAII layer over libpq.
//
// Connection owns one PGconn, QueryResult one PGresult, Params the parameters of one
// PQexecParams call (every value is sent in binary format with its type, so text is never
// escaped or truncated and a payload is passed to libpq without a copy of ours), Transaction one
// BEGIN … COMMIT that rolls back when it goes out of scope uncommitted. Every failure becomes an
// Error through errors.h.
#pragma once

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/error.h"

struct pg_conn;
struct pg_result;

namespace regio::store::postgres_detail {

// The parameters of one statement, $1, $2, … in the order they are added. Text and bytes are
// referred to, not copied: they must outlive the call that uses them.
class Params {
 public:
  Params& text(std::string_view value);   // type text
  Params& bytes(std::string_view value);  // type bytea
  Params& integer(std::int64_t value);    // type bigint
  Params& real(double value);             // type double precision

  int size() const { return static_cast<int>(values_.size()); }
  const unsigned* types() const { return types_.data(); }
  const char* const* values() const { return values_.data(); }
  const int* lengths() const { return lengths_.data(); }
  const int* formats() const { return formats_.data(); }

 private:
  Params& add(unsigned type, const char* data, std::size_t size);
  std::vector<unsigned> types_;
  std::vector<const char*> values_;
  std::vector<int> lengths_;
  std::vector<int> formats_;
  std::deque<std::string> owned_;  // big-endian numbers (a deque never moves its elements)
};

// One result. Columns are read in the format the query asked for.
class QueryResult {
 public:
  explicit QueryResult(pg_result* result) : result_(result) {}
  QueryResult(QueryResult&& other) noexcept;
  QueryResult& operator=(QueryResult&&) = delete;
  QueryResult(const QueryResult&) = delete;
  QueryResult& operator=(const QueryResult&) = delete;
  ~QueryResult();

  int rows() const;
  // The value's bytes as sent (text: the characters; binary: the raw bytes), valid while this
  // result lives. NULL reads as empty.
  std::string_view bytes(int row, int column) const;
  std::string text(int row, int column) const { return std::string(bytes(row, column)); }
  // Text-format numbers. A value that does not parse reads as 0 (the schema rules that out).
  std::int64_t integer(int row, int column) const;
  double real(int row, int column) const;
  const pg_result* raw() const { return result_; }

 private:
  pg_result* result_;
};

enum class ResultFormat { kText, kBinary };

class Connection {
 public:
  // Connects with a libpq URI or "key=value" string and sets the session up (UTF-8, ISO dates,
  // exact floats). kInvalidArgument for a malformed string, kUnavailable when the server cannot
  // be reached or refuses the login; the message names server and database, never the password.
  static Result<Connection> open(const std::string& conninfo);

  Connection(Connection&& other) noexcept;
  Connection& operator=(Connection&&) = delete;
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;
  ~Connection();

  // Runs one statement with parameters (PQexecParams). `action` names what it is for in an
  // error message (a Dutch phrase such as "antwoorden opslaan").
  Result<QueryResult> query(const char* sql, const Params& params, std::string_view action,
                            ResultFormat format = ResultFormat::kText);
  // Runs one or more statements without parameters (PQexec), e.g. BEGIN or a migration.
  Status exec(const char* sql, std::string_view action);

  // Reconnects when the connection was lost (e.g. the server restarted). Only between
  // transactions: a transaction cannot survive a new connection. kUnavailable when that fails.
  Status ensure_connected(std::string_view action);

  // The Error for a failed `result` (nullptr: no reply) of `action`, through errors.h.
  Error error(const pg_result* result, std::string_view action) const;

  // "server 127.0.0.1:5432, database regio" for messages.
  const std::string& where() const { return where_; }

 private:
  Connection(pg_conn* conn, std::string where, std::string secret)
      : conn_(conn), where_(std::move(where)), secret_(std::move(secret)) {}
  Status setup_session();
  pg_conn* conn_;
  std::string where_;
  std::string secret_;  // the password, removed from every message
};

// BEGIN on construction, ROLLBACK on destruction unless commit() succeeded. kSnapshot is a
// read-only REPEATABLE READ transaction: every statement in it sees the same committed state.
class Transaction {
 public:
  enum class Mode { kReadWrite, kSnapshot };
  static Result<Transaction> begin(Connection& connection, Mode mode, std::string_view action);
  Transaction(Transaction&& other) noexcept;
  Transaction& operator=(Transaction&&) = delete;
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction();

  Status commit();

 private:
  Transaction(Connection* connection, std::string action) : connection_(connection), action_(std::move(action)) {}
  Connection* connection_;
  std::string action_;
};

}  // namespace regio::store::postgres_detail
