// Opening a database file: read-write (created when missing) or read-only.
#include <sqlite3.h>
#include <unistd.h>

#include <cctype>
#include <system_error>

#include <fmt/format.h>

#include "store/sqlite/connection.h"

namespace regio::store::sqlite_detail {
namespace {

Error unavailable(const std::filesystem::path& file, std::string_view why) {
  // The file is named in the message as well: opening happens when a command or the server
  // starts, where the operator reads it; a browser never sees an open failure.
  return Error{ErrorCode::kUnavailable,
               fmt::format("Database {} kan niet worden geopend: {}", file.string(), why),
               {},
               0,
               "database-unavailable",
               fmt::format("SQLite-bestand {}", file.string())};
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

// Whether a -wal file holds frames not yet merged into the database file (an empty one, as a
// read-only open may leave behind, holds nothing).
bool has_wal_content(const std::filesystem::path& wal) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(wal, ec);
  return !ec && size > 0;
}

}  // namespace

Result<Connection> Connection::open_reader(const std::filesystem::path& file, const Connection& writer) {
  return open_read_only(file, "leesverbinding", writer.immutable_);
}

Result<Connection> Connection::open_read_only(const std::filesystem::path& file, std::string reason,
                                              bool allow_immutable) {
  if (!file_exists(file)) return std::unexpected(unavailable(file, "het bestand bestaat niet (alleen-lezen geopend)"));
  // A WAL database opened read-only needs its -shm file, or a folder where SQLite may create it
  // (sqlite.org/wal.html, "Read-Only Databases"). When neither is there and no -wal file holds
  // unmerged changes, the database file alone is complete: read it as immutable. (A writer that
  // starts meanwhile is not seen by this connection; a reading command is short.)
  const std::filesystem::path wal = file.string() + "-wal";
  for (const bool immutable : {false, true}) {
    if (immutable && (!allow_immutable || has_wal_content(wal))) break;
    sqlite3* db = nullptr;
    const std::string uri = file_uri(file, immutable ? "mode=ro&immutable=1" : "mode=ro");
    const int rc =
        sqlite3_open_v2(uri.c_str(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_FULLMUTEX, nullptr);
    Connection connection(db, file);
    connection.read_only_reason_ = reason;
    connection.immutable_ = immutable;
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
  if (!allow_immutable)
    return std::unexpected(unavailable(file, "een leesverbinding kan het -shm-bestand niet maken of lezen"));
  return std::unexpected(unavailable(
      file,
      "alleen-lezen geopend, maar er staan nog niet verwerkte wijzigingen in het -wal-bestand en het -shm-bestand "
      "kan niet worden gemaakt of gelezen (is de map niet schrijfbaar?); open de database één keer met "
      "schrijfrechten"));
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

}  // namespace regio::store::sqlite_detail
