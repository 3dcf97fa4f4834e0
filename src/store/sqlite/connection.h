// Private to the SQLite adapter: a thin RAII layer over the sqlite3 C API.
//
// Connection owns one sqlite3 handle, Statement one prepared statement, Transaction one
// BEGIN IMMEDIATE … COMMIT that rolls back when it goes out of scope uncommitted. Every SQLite
// failure becomes an Error in exactly one place: Connection::error().
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <utility>

#include "base/error.h"
#include "store/sqlite/sqlite_store.h"

struct sqlite3;
struct sqlite3_blob;
struct sqlite3_stmt;

namespace regio::store::sqlite_detail {

class Statement;

class Connection {
 public:
  // Opens (creating when missing) the database file read-write, sets a 5 s busy timeout,
  // WAL journal mode and foreign keys. kUnavailable when the folder is missing, the file cannot
  // be created or written, or it is not a SQLite database.
  // With SqliteAccess::kReadOnly the file is opened SQLITE_OPEN_READONLY and nothing is set that
  // writes: the file must exist. `read_only_reason` (Dutch, e.g. "het bestand is niet
  // schrijfbaar") ends up in the message of every refused write. A WAL file whose -shm cannot be
  // created (folder not writable) and that has no -wal file is opened `immutable`.
  static Result<Connection> open(const std::filesystem::path& file, SqliteAccess access = SqliteAccess::kReadWrite,
                                 std::string read_only_reason = {});

  // A read-only connection for the read pool of a store whose own connection is `writer`: opened
  // `immutable` only when the writer is (then nothing in this process writes); otherwise a
  // reader that could not see the writer's commits is refused rather than opened.
  static Result<Connection> open_reader(const std::filesystem::path& file, const Connection& writer);

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
  //   read-only, no permission         -> kPermissionDenied
  //   cannot open, not a database, I/O, disk full, corrupt -> kUnavailable
  //   anything else                    -> kInternal
  Error error(int rc, std::string_view action) const;

  // Whether the connection was opened read-only, and the kPermissionDenied error a write gets.
  bool read_only() const { return !read_only_reason_.empty(); }
  Error read_only_error(std::string_view action) const;

  const std::filesystem::path& file() const { return file_; }
  sqlite3* handle() const { return db_; }

  // Incremental blob I/O on an existing row (its blob column created with zeroblob(N) of the
  // right size). Large payloads (~100 MB) go through these in chunks, so SQLite never builds
  // a second in-memory copy of the whole row as a bound blob would.
  Status write_blob(const char* table, const char* column, std::int64_t rowid, std::string_view bytes,
                    std::string_view action);
  Result<std::string> read_blob(const char* table, const char* column, std::int64_t rowid, std::string_view action);

 private:
  Connection(sqlite3* db, std::filesystem::path file) : db_(db), file_(std::move(file)) {}
  static Result<Connection> open_read_only(const std::filesystem::path& file, std::string reason,
                                           bool allow_immutable = true);
  sqlite3* db_ = nullptr;
  std::filesystem::path file_;
  std::string read_only_reason_;  // empty = read-write
  bool immutable_ = false;        // opened with immutable=1: sees no later change to the file
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
// halfway on an upgrade), ROLLBACK on destruction unless commit() succeeded. On a read-only
// connection begin() fails with Connection::read_only_error().
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

// Reads one blob front to back with incremental blob I/O, so a large payload can be decoded
// while it is read instead of first being copied whole. Valid while the row is unchanged (the
// caller keeps the read transaction, e.g. an active SELECT, open).
class BlobReader {
 public:
  static Result<BlobReader> open(Connection& connection, const char* table, const char* column, std::int64_t rowid,
                                 std::string_view action);
  BlobReader(BlobReader&& other) noexcept;
  BlobReader& operator=(BlobReader&&) = delete;
  BlobReader(const BlobReader&) = delete;
  BlobReader& operator=(const BlobReader&) = delete;
  ~BlobReader();

  std::uint64_t size() const { return size_; }
  std::uint64_t remaining() const { return size_ - offset_; }
  // Copies the next `n` bytes into `dst`. REQUIRES: n <= remaining(). Errors as Connection::error.
  Status read(void* dst, std::size_t n);

 private:
  BlobReader(const Connection* connection, sqlite3_blob* blob, std::uint64_t size, std::string action)
      : connection_(connection), blob_(blob), size_(size), action_(std::move(action)) {}
  const Connection* connection_;
  sqlite3_blob* blob_;
  std::uint64_t size_;
  std::uint64_t offset_ = 0;
  std::string action_;
};

}  // namespace regio::store::sqlite_detail
