// Private to the SQLite adapter: a thin RAII layer over the sqlite3 C API.
//
// Connection owns one sqlite3 handle, Statement one prepared statement, Transaction one
// BEGIN IMMEDIATE … COMMIT that rolls back when it goes out of scope uncommitted. Every SQLite
// failure becomes an Error in exactly one place: Connection::error().
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "base/error.h"

struct sqlite3;
struct sqlite3_stmt;

namespace regio::store::sqlite_detail {

class Statement;

class Connection {
 public:
  // Opens (creating when missing) the database file read-write, sets a 5 s busy timeout,
  // WAL journal mode and foreign keys. kUnavailable when the folder is missing, the file cannot
  // be created or written, or it is not a SQLite database.
  static Result<Connection> open(const std::filesystem::path& file);

  Connection(Connection&& other) noexcept;
  Connection& operator=(Connection&& other) noexcept;
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;
  ~Connection();

  // Runs one or more statements that return no rows. `action` names what it is for in an
  // error message (a Dutch phrase such as "schema bijwerken").
  Status exec(const char* sql, std::string_view action);
  Result<Statement> prepare(std::string_view sql, std::string_view action);

  // The Error for SQLite result code `rc` of `action` (a Dutch verb phrase such as
  // "antwoorden opslaan"), with the file name and SQLite's own message. The only place where
  // SQLite codes are mapped:
  //   constraint: primary key / unique -> kAlreadyExists, other constraints -> kInvalidArgument
  //   busy / locked                    -> kUnavailable (another process holds the lock: retry)
  //   cannot open, not a database, read-only, I/O, disk full, corrupt -> kUnavailable
  //   anything else                    -> kInternal
  Error error(int rc, std::string_view action) const;

  const std::filesystem::path& file() const { return file_; }
  sqlite3* handle() const { return db_; }

  // Incremental blob I/O on an existing row (its blob column created with zeroblob(N) of the
  // right size). Large payloads (~100 MB) go through these in chunks, so SQLite never builds
  // a second in-memory copy of the whole row as a bound blob would.
  Status write_blob(const char* table, const char* column, std::int64_t rowid, std::string_view bytes,
                    std::string_view action);
  Result<std::string> read_blob(const char* table, const char* column, std::int64_t rowid,
                                std::string_view action);

 private:
  Connection(sqlite3* db, std::filesystem::path file) : db_(db), file_(std::move(file)) {}
  sqlite3* db_ = nullptr;
  std::filesystem::path file_;
};

// One prepared statement. Parameters are 1-based, columns 0-based (as in SQLite).
class Statement {
 public:
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&&) = delete;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement();

  // Text is copied by SQLite, so temporaries are fine.
  Statement& bind(int index, std::string_view text);
  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, double value);

  // Advances to the next row: true when there is one, false when done.
  Result<bool> step();
  // Steps a statement that returns no rows.
  Status run();
  // Makes the statement ready to run again with new bindings.
  void reset();

  std::string text(int column) const;
  std::int64_t integer(int column) const;
  double real(int column) const;

 private:
  friend class Connection;
  Statement(const Connection* connection, sqlite3_stmt* stmt, std::string action)
      : connection_(connection), stmt_(stmt), action_(std::move(action)) {}
  const Connection* connection_;
  sqlite3_stmt* stmt_;
  std::string action_;  // for error messages
  int bind_error_ = 0;  // first failing bind, reported by step()
};

// BEGIN IMMEDIATE on construction (so a writer waits for the lock up front instead of failing
// halfway on an upgrade), ROLLBACK on destruction unless commit() succeeded.
class Transaction {
 public:
  static Result<Transaction> begin(Connection& connection);
  Transaction(Transaction&& other) noexcept;
  Transaction& operator=(Transaction&&) = delete;
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction();

  Status commit();

 private:
  explicit Transaction(Connection* connection) : connection_(connection) {}
  Connection* connection_;
};

}  // namespace regio::store::sqlite_detail
