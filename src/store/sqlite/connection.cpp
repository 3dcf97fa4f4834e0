#include "store/sqlite/connection.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>
#include <fmt/std.h>
#include <sqlite3.h>
#include <unistd.h>

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

Error unavailable(const std::filesystem::path& file, std::string_view why) {
  return Error{
      ErrorCode::kUnavailable, fmt::format("Database {} kan niet worden geopend: {}", file.string(), why), {}, 0};
}

// "file:" URI of `file` for sqlite3_open_v2 with SQLITE_OPEN_URI: every byte outside the
// unreserved set and '/' percent-encoded, so '?', '#' and '%' in a path stay part of it.
std::string file_uri(const std::filesystem::path& file, std::string_view query) {
  std::string out = "file:";
  for (unsigned char c : file.string()) {
    if (std::isalnum(c) || c == '/' || c == '.' || c == '_' || c == '-' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += fmt::format("%{:02X}", c);
    }
  }
  return out + "?" + std::string(query);
}

bool file_exists(const std::filesystem::path& file) {
  std::error_code ec;
  return std::filesystem::exists(file, ec);
}

}  // namespace

Result<Connection> Connection::open_read_only(const std::filesystem::path& file, std::string reason) {
  if (!file_exists(file)) return std::unexpected(unavailable(file, "het bestand bestaat niet (alleen-lezen geopend)"));
  // A WAL database opened read-only needs its -shm file, or a folder where SQLite may create it
  // (sqlite.org/wal.html, "Read-Only Databases"). When neither is there and no -wal file holds
  // unmerged changes, the database file alone is complete: read it as immutable.
  const std::filesystem::path wal = file.string() + "-wal";
  for (const bool immutable : {false, true}) {
    if (immutable && file_exists(wal)) break;
    sqlite3* db = nullptr;
    const std::string uri = file_uri(file, immutable ? "mode=ro&immutable=1" : "mode=ro");
    const int rc =
        sqlite3_open_v2(uri.c_str(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_FULLMUTEX, nullptr);
    Connection connection(db, file);
    connection.read_only_reason_ = reason;
    if (rc != SQLITE_OK) {
      if (db == nullptr) return std::unexpected(unavailable(file, "onvoldoende geheugen"));
      return std::unexpected(connection.error(rc, "openen"));
    }
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, 5000);
    // The first read shows whether the file is a database and whether WAL can be read.
    auto probe = connection.exec("PRAGMA foreign_keys=ON; SELECT count(*) FROM sqlite_master;", "openen");
    if (probe) return connection;
    const int code = sqlite3_extended_errcode(db);
    const bool shm_problem = (code & 0xff) == SQLITE_CANTOPEN || (code & 0xff) == SQLITE_READONLY;
    if (immutable || !shm_problem) return std::unexpected(probe.error());
  }
  return std::unexpected(unavailable(
      file,
      "het bestand is alleen-lezen, er staan nog niet verwerkte wijzigingen in het -wal-bestand en de map is "
      "niet schrijfbaar; open de database één keer met schrijfrechten"));
}

Result<Connection> Connection::open(const std::filesystem::path& file, SqliteAccess access,
                                    std::string read_only_reason) {
  if (access == SqliteAccess::kReadOnly) {
    return open_read_only(file, read_only_reason.empty() ? "op verzoek" : std::move(read_only_reason));
  }
  // A user with read access only can still read: open such a file read-only instead of failing.
  if (file_exists(file) && ::access(file.c_str(), W_OK) != 0)
    return open_read_only(file, "het bestand is niet schrijfbaar");
  // SQLite's own message for a missing folder is just "unable to open database file"; say
  // which folder so the user knows what to create.
  std::filesystem::path folder = file.parent_path();
  std::error_code ec;
  if (!folder.empty() && !std::filesystem::is_directory(folder, ec)) {
    return std::unexpected(unavailable(file, fmt::format("de map {} bestaat niet", folder.string())));
  }
  sqlite3* db = nullptr;
  int rc =
      sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX, nullptr);
  Connection connection(db, file);
  if (rc != SQLITE_OK) {
    return std::unexpected(db == nullptr ? unavailable(file, "onvoldoende geheugen") : connection.error(rc, "openen"));
  }
  sqlite3_extended_result_codes(db, 1);
  sqlite3_busy_timeout(db, 5000);
  // The first read of the header is where a file that is not a database shows itself.
  // 64 KiB pages (only takes effect when the file is created): a delivery payload of ~100 MB
  // is then read and written with one system call per 64 KiB instead of per 4 KiB; the tables
  // of small rows hardly notice.
  if (auto s = connection.exec("PRAGMA page_size=65536; PRAGMA foreign_keys=ON; PRAGMA journal_mode=WAL;", "openen");
      !s) {
    return std::unexpected(s.error());
  }
  if (sqlite3_db_readonly(db, "main") == 1) {
    return std::unexpected(unavailable(file, "het bestand is niet schrijfbaar"));
  }
  // NORMAL is durable across application crashes in WAL mode and much faster than FULL.
  if (auto s = connection.exec("PRAGMA synchronous=NORMAL;", "openen"); !s) {
    return std::unexpected(s.error());
  }
  return connection;
}

Connection::Connection(Connection&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)),
      file_(std::move(other.file_)),
      read_only_reason_(std::move(other.read_only_reason_)) {}

Connection& Connection::operator=(Connection&& other) noexcept {
  if (this != &other) {
    sqlite3_close_v2(db_);
    db_ = std::exchange(other.db_, nullptr);
    file_ = std::move(other.file_);
    read_only_reason_ = std::move(other.read_only_reason_);
  }
  return *this;
}

Error Connection::read_only_error(std::string_view action) const {
  return Error{ErrorCode::kPermissionDenied,
               fmt::format("Database {} is alleen-lezen geopend ({}): {} is niet mogelijk", file_.string(),
                           read_only_reason_, action),
               {},
               0};
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
  std::string detail = explain(extended);
  std::string sqlite_message = db_ != nullptr ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
  std::string message =
      detail.empty() ? fmt::format("Database {}: {} mislukt ({})", file_.string(), action, sqlite_message)
                     : fmt::format("Database {}: {} mislukt: {} ({})", file_.string(), action, detail, sqlite_message);
  return Error{code_for(extended), std::move(message), {}, 0};
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
    return std::unexpected(Error{ErrorCode::kInternal, "blob heeft de verkeerde grootte", {}, 0});
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
