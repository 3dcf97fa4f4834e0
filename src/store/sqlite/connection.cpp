#include "store/sqlite/connection.h"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/std.h>
#include <sqlite3.h>

#include <system_error>
#include <utility>

namespace regio::store::sqlite_detail {
namespace {

ErrorCode code_for(int extended_rc) {
  switch (extended_rc) {
    case SQLITE_CONSTRAINT_PRIMARYKEY:
    case SQLITE_CONSTRAINT_UNIQUE:
      return ErrorCode::kAlreadyExists;
    default:
      break;
  }
  switch (extended_rc & 0xff) {
    case SQLITE_CONSTRAINT:
      return ErrorCode::kInvalidArgument;
    case SQLITE_READONLY:
    case SQLITE_PERM:
      return ErrorCode::kPermissionDenied;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_CANTOPEN:
    case SQLITE_NOTADB:
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CORRUPT:
      return ErrorCode::kUnavailable;
    default:
      return ErrorCode::kInternal;
  }
}

std::string explain(int extended_rc) {
  switch (extended_rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return "de database is bezet door een ander proces; probeer het later opnieuw";
    case SQLITE_CANTOPEN:
      return "het bestand kan niet worden geopend of aangemaakt";
    case SQLITE_NOTADB:
      return "het bestand is geen SQLite-database";
    case SQLITE_READONLY:
    case SQLITE_PERM:
      return "het bestand is niet schrijfbaar";
    case SQLITE_FULL:
      return "de schijf is vol";
    case SQLITE_CORRUPT:
      return "de database is beschadigd";
    default:
      return "";
  }
}

// The machine-readable reason of an SQLite failure.
const char* reason_for(int extended_rc) {
  const int primary = extended_rc & 0xff;
  if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) return "database-busy";
  const ErrorCode code = code_for(extended_rc);
  if (code == ErrorCode::kAlreadyExists) return "already-exists";
  if (code == ErrorCode::kInvalidArgument) return "constraint-violated";
  if (code == ErrorCode::kPermissionDenied) return "database-read-only";
  return code == ErrorCode::kUnavailable ? "database-unavailable" : "database-error";
}

}  // namespace

Connection::Connection(Connection&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)),
      file_(std::move(other.file_)),
      read_only_reason_(std::move(other.read_only_reason_)),
      immutable_(other.immutable_) {}

Connection& Connection::operator=(Connection&& other) noexcept {
  if (this != &other) {
    sqlite3_close_v2(db_);
    db_ = std::exchange(other.db_, nullptr);
    file_ = std::move(other.file_);
    read_only_reason_ = std::move(other.read_only_reason_);
    immutable_ = other.immutable_;
  }
  return *this;
}

Error Connection::read_only_error(std::string_view action) const {
  return Error{ErrorCode::kPermissionDenied,
               fmt::format("De database is alleen-lezen geopend ({}): {} is niet mogelijk", read_only_reason_, action),
               {},
               0,
               "database-read-only",
               fmt::format("SQLite-bestand {}", file_.string())};
}

Connection::~Connection() { sqlite3_close_v2(db_); }

Status Connection::exec(const char* sql, std::string_view action) {
  int rc = sqlite3_exec(db_, sql, nullptr, nullptr, nullptr);
  if (rc != SQLITE_OK) return std::unexpected(error(rc, action));
  return {};
}

Result<Statement> Connection::prepare(std::string_view sql, std::string_view action) {
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
  if (rc != SQLITE_OK) return std::unexpected(error(rc, action));
  return Statement(this, stmt, std::string(action));
}

Error Connection::error(int rc, std::string_view action) const {
  int extended = db_ != nullptr ? sqlite3_extended_errcode(db_) : rc;
  // sqlite3_extended_errcode reports the last API failure; prefer it when it agrees with rc.
  if ((extended & 0xff) != (rc & 0xff)) extended = rc;
  if (read_only() && (extended & 0xff) == SQLITE_READONLY) return read_only_error(action);
  const std::string explanation = explain(extended);
  const std::string sqlite_message = db_ != nullptr ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
  // The user's message names the action and what it means; SQLite's own text and the file go
  // into the detail (for the operator, never for a browser).
  std::string message = explanation.empty() ? fmt::format("Database: {} mislukt", action)
                                            : fmt::format("Database: {} mislukt: {}", action, explanation);
  return Error{code_for(extended),
               std::move(message),
               {},
               0,
               reason_for(extended),
               fmt::format("SQLite-bestand {}: {} (code {})", file_.string(), sqlite_message, extended)};
}

Statement::Statement(Statement&& other) noexcept
    : connection_(other.connection_),
      stmt_(std::exchange(other.stmt_, nullptr)),
      action_(std::move(other.action_)),
      bind_error_(other.bind_error_) {}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement& Statement::bind(int index, std::string_view text) {
  int rc = sqlite3_bind_text64(stmt_, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  if (rc != SQLITE_OK && bind_error_ == 0) bind_error_ = rc;
  return *this;
}

Statement& Statement::bind(int index, std::int64_t value) {
  int rc = sqlite3_bind_int64(stmt_, index, value);
  if (rc != SQLITE_OK && bind_error_ == 0) bind_error_ = rc;
  return *this;
}

Statement& Statement::bind(int index, double value) {
  int rc = sqlite3_bind_double(stmt_, index, value);
  if (rc != SQLITE_OK && bind_error_ == 0) bind_error_ = rc;
  return *this;
}

Result<bool> Statement::step() {
  if (bind_error_ != 0) return std::unexpected(connection_->error(bind_error_, action_));
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return std::unexpected(connection_->error(rc, action_));
}

Status Statement::run() {
  auto row = step();
  if (!row) return std::unexpected(row.error());
  return {};
}

void Statement::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
  bind_error_ = 0;
}

std::string Statement::text(int column) const {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
  if (p == nullptr) return {};
  return std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)));
}

std::int64_t Statement::integer(int column) const { return sqlite3_column_int64(stmt_, column); }

double Statement::real(int column) const { return sqlite3_column_double(stmt_, column); }

Result<Transaction> Transaction::begin(Connection& connection) {
  if (connection.read_only()) return std::unexpected(connection.read_only_error("wijzigen"));
  if (auto s = connection.exec("BEGIN IMMEDIATE", "transactie starten"); !s) {
    return std::unexpected(s.error());
  }
  return Transaction(&connection);
}

Transaction::Transaction(Transaction&& other) noexcept : connection_(std::exchange(other.connection_, nullptr)) {}

Transaction::~Transaction() {
  if (connection_ != nullptr) {
    // Best effort: a failed ROLLBACK leaves nothing more to do, and SQLite rolls back anyway
    // when the connection closes.
    (void)connection_->exec("ROLLBACK", "terugdraaien");
  }
}

Status Transaction::commit() {
  auto s = connection_->exec("COMMIT", "vastleggen");
  // After a failed COMMIT the transaction may still be open; the destructor rolls it back.
  if (s) connection_ = nullptr;
  return s;
}

namespace {

// Closes a blob handle on every path out of the blob functions.
struct BlobHandle {
  sqlite3_blob* blob = nullptr;
  ~BlobHandle() {
    if (blob != nullptr) sqlite3_blob_close(blob);
  }
};

constexpr int kBlobChunk = 8 << 20;

}  // namespace

Status Connection::write_blob(const char* table, const char* column, std::int64_t rowid, std::string_view bytes,
                              std::string_view action) {
  BlobHandle h;
  int rc = sqlite3_blob_open(db_, "main", table, column, rowid, 1, &h.blob);
  if (rc != SQLITE_OK) return std::unexpected(error(rc, action));
  if (static_cast<std::size_t>(sqlite3_blob_bytes(h.blob)) != bytes.size())
    return fail(ErrorCode::kInternal, "database-error", "Database: blob heeft de verkeerde grootte");
  for (std::size_t off = 0; off < bytes.size(); off += kBlobChunk) {
    const int n = static_cast<int>(std::min<std::size_t>(kBlobChunk, bytes.size() - off));
    rc = sqlite3_blob_write(h.blob, bytes.data() + off, n, static_cast<int>(off));
    if (rc != SQLITE_OK) return std::unexpected(error(rc, action));
  }
  return {};
}

Result<std::string> Connection::read_blob(const char* table, const char* column, std::int64_t rowid,
                                          std::string_view action) {
  BlobHandle h;
  int rc = sqlite3_blob_open(db_, "main", table, column, rowid, 0, &h.blob);
  if (rc != SQLITE_OK) return std::unexpected(error(rc, action));
  const int size = sqlite3_blob_bytes(h.blob);
  std::string out(static_cast<std::size_t>(size), '\0');
  for (int off = 0; off < size; off += kBlobChunk) {
    const int n = std::min(kBlobChunk, size - off);
    rc = sqlite3_blob_read(h.blob, out.data() + off, n, off);
    if (rc != SQLITE_OK) return std::unexpected(error(rc, action));
  }
  return out;
}

Result<BlobReader> BlobReader::open(Connection& connection, const char* table, const char* column, std::int64_t rowid,
                                    std::string_view action) {
  sqlite3_blob* blob = nullptr;
  const int rc = sqlite3_blob_open(connection.handle(), "main", table, column, rowid, 0, &blob);
  if (rc != SQLITE_OK) {
    sqlite3_blob_close(blob);  // SQLite may hand out a handle even on failure; null is fine
    return std::unexpected(connection.error(rc, action));
  }
  const auto size = static_cast<std::uint64_t>(sqlite3_blob_bytes(blob));
  return BlobReader(&connection, blob, size, std::string(action));
}

BlobReader::BlobReader(BlobReader&& other) noexcept
    : connection_(other.connection_),
      blob_(std::exchange(other.blob_, nullptr)),
      size_(other.size_),
      offset_(other.offset_),
      action_(std::move(other.action_)) {}

BlobReader::~BlobReader() {
  if (blob_ != nullptr) sqlite3_blob_close(blob_);
}

Status BlobReader::read(void* dst, std::size_t n) {
  // sqlite3_blob_read takes int sizes; blobs are below 2 GiB (SQLITE_MAX_LENGTH), so only n
  // needs splitting.
  auto* out = static_cast<char*>(dst);
  while (n > 0) {
    const int part = static_cast<int>(std::min<std::size_t>(n, kBlobChunk));
    const int rc = sqlite3_blob_read(blob_, out, part, static_cast<int>(offset_));
    if (rc != SQLITE_OK) return std::unexpected(connection_->error(rc, action_));
    out += part;
    offset_ += static_cast<std::uint64_t>(part);
    n -= static_cast<std::size_t>(part);
  }
  return {};
}

}  // namespace regio::store::sqlite_detail
