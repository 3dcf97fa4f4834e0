// Releases and installation settings: SqliteStore's part for disclosure control.
#include <fmt/format.h>

#include "store/sqlite/connection.h"
#include "store/sqlite/sqlite_store.h"

namespace regio::store {

using sqlite_detail::Connection;
using sqlite_detail::Transaction;

namespace {
constexpr const char* kInfoColumns = "peildatum, published_at, published_by, note, threshold, rounding";
}

Status SqliteStore::add_release(const ReleaseRecord& r, const AuditEntry& audit) {
  std::lock_guard lock(write_mutex_);
  Connection& db = *writer_;
  auto tx = Transaction::begin(db);
  if (!tx) return std::unexpected(tx.error());
  auto known = db.prepare("SELECT 1 FROM releases WHERE peildatum = ?", "release zoeken");
  if (!known) return std::unexpected(known.error());
  known->bind(1, r.info.peildatum);
  auto exists = known->step();
  if (!exists) return std::unexpected(exists.error());
  if (*exists)
    return fail(ErrorCode::kAlreadyExists, fmt::format("Release met peildatum {} bestaat al", r.info.peildatum));
  if (auto s = known->run(); !s) return s;
  auto stmt = db.prepare(fmt::format("INSERT INTO releases({}, body) VALUES (?, ?, ?, ?, ?, ?, ?)", kInfoColumns),
                         "release opslaan");
  if (!stmt) return std::unexpected(stmt.error());
  stmt->bind(1, r.info.peildatum)
      .bind(2, r.info.published_at)
      .bind(3, r.info.published_by)
      .bind(4, r.info.note)
      .bind(5, std::int64_t{r.info.threshold})
      .bind(6, std::int64_t{r.info.rounding})
      .bind(7, r.body);
  if (auto s = stmt->run(); !s) return s;
  if (auto s = insert_audit(audit); !s) return s;
  return tx->commit();
}

Result<std::vector<ReleaseInfo>> SqliteStore::releases() {
  auto lease = readers_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  auto stmt = db.prepare(fmt::format("SELECT {} FROM releases ORDER BY peildatum", kInfoColumns), "releases lezen");
  if (!stmt) return std::unexpected(stmt.error());
  std::vector<ReleaseInfo> out;
  for (;;) {
    auto row = stmt->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) break;
    out.push_back({stmt->text(0), stmt->text(1), stmt->text(2), stmt->text(3), static_cast<int>(stmt->integer(4)),
                   static_cast<int>(stmt->integer(5))});
  }
  return out;
}

Result<ReleaseRecord> SqliteStore::release(const std::string& peildatum) {
  auto lease = readers_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  auto stmt =
      db.prepare(fmt::format("SELECT {}, body FROM releases WHERE peildatum = ?", kInfoColumns), "release lezen");
  if (!stmt) return std::unexpected(stmt.error());
  stmt->bind(1, peildatum);
  auto row = stmt->step();
  if (!row) return std::unexpected(row.error());
  if (!*row) return fail(ErrorCode::kNotFound, fmt::format("Release met peildatum {} bestaat niet", peildatum));
  ReleaseRecord out{{stmt->text(0), stmt->text(1), stmt->text(2), stmt->text(3), static_cast<int>(stmt->integer(4)),
                     static_cast<int>(stmt->integer(5))},
                    stmt->text(6)};
  if (auto s = stmt->run(); !s) return std::unexpected(s.error());
  return out;
}

Result<std::optional<std::string>> SqliteStore::setting(const std::string& key) {
  auto lease = readers_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  auto stmt = db.prepare("SELECT value FROM settings WHERE key = ?", "instelling lezen");
  if (!stmt) return std::unexpected(stmt.error());
  stmt->bind(1, key);
  auto row = stmt->step();
  if (!row) return std::unexpected(row.error());
  if (!*row) return std::optional<std::string>{};
  std::optional<std::string> value = stmt->text(0);
  if (auto s = stmt->run(); !s) return std::unexpected(s.error());
  return value;
}

Status SqliteStore::put_settings(const std::map<std::string, std::string>& values, const AuditEntry& audit) {
  std::lock_guard lock(write_mutex_);
  Connection& db = *writer_;
  auto tx = Transaction::begin(db);
  if (!tx) return std::unexpected(tx.error());
  auto stmt = db.prepare(
      "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = "
      "excluded.value",
      "instelling opslaan");
  if (!stmt) return std::unexpected(stmt.error());
  for (const auto& [key, value] : values) {
    stmt->reset();
    stmt->bind(1, key).bind(2, value);
    if (auto s = stmt->run(); !s) return s;
  }
  if (auto s = insert_audit(audit); !s) return s;
  return tx->commit();
}

Result<std::int64_t> SqliteStore::data_generation() {
  auto lease = readers_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  auto stmt = db.prepare("SELECT n FROM data_generation WHERE id = 1", "datageneratie lezen");
  if (!stmt) return std::unexpected(stmt.error());
  auto row = stmt->step();
  if (!row) return std::unexpected(row.error());
  if (!*row) return fail(ErrorCode::kInternal, "de tabel data_generation is leeg");
  const std::int64_t n = stmt->integer(0);
  if (auto s = stmt->run(); !s) return std::unexpected(s.error());
  return n;
}

}  // namespace regio::store
