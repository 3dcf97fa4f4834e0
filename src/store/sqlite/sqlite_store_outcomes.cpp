// Deliveries and goals: the outcome side of SqliteStore (the rest is in sqlite_store.cpp).
#include <optional>

#include <fmt/format.h>

#include <sqlite3.h>

#include "store/sqlite/connection.h"
#include "store/sqlite/sqlite_store.h"

namespace regio::store {

using sqlite_detail::BlobReader;
using sqlite_detail::Connection;
using sqlite_detail::Statement;
using sqlite_detail::Transaction;

namespace {

// Marks a payload reader failed for good (PayloadReader contract) and reports the failure.
bool fail_read(bool& failed) {
  failed = true;
  return false;
}

Error not_found(std::string what) { return Error{ErrorCode::kNotFound, std::move(what), {}, 0}; }

DeliveryInfo delivery_info_from(const Statement& row) {
  DeliveryInfo info;
  info.id = row.text(0);
  info.imported_at = row.text(1);
  info.trajecten = row.integer(2);
  info.werk = row.integer(3);
  info.uitkeringen = row.integer(4);
  info.first_date = row.text(5);
  info.last_date = row.text(6);
  info.extraction_date = row.text(7);
  return info;
}

constexpr const char* kDeliveryColumns =
    "id, imported_at, trajecten, werk, uitkeringen, first_date, last_date, extraction_date";

}  // namespace

Status SqliteStore::put_delivery(const DeliveryRecord& d, const AuditEntry& audit) {
  std::lock_guard lock(write_mutex_);
  Connection& db = *writer_;
  auto tx = Transaction::begin(db);
  if (!tx) return std::unexpected(tx.error());
  auto stmt = db.prepare(
      "INSERT OR REPLACE INTO deliveries"
      "(id, imported_at, trajecten, werk, uitkeringen, first_date, last_date, extraction_date, payload) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, zeroblob(?))",
      "levering opslaan");
  if (!stmt) return std::unexpected(stmt.error());
  const DeliveryInfo& i = d.info;
  stmt->bind(1, i.id)
      .bind(2, i.imported_at)
      .bind(3, i.trajecten)
      .bind(4, i.werk)
      .bind(5, i.uitkeringen)
      .bind(6, i.first_date)
      .bind(7, i.last_date)
      .bind(8, i.extraction_date)
      .bind(9, static_cast<std::int64_t>(d.payload.size()));
  if (auto s = stmt->run(); !s) return s;
  // Payloads reach ~100 MB: written in chunks into the reserved blob, never copied whole.
  const std::int64_t rowid = sqlite3_last_insert_rowid(db.handle());
  if (auto s = db.write_blob("deliveries", "payload", rowid, d.payload, "levering opslaan"); !s) return s;
  if (auto s = insert_audit(audit); !s) return s;
  return tx->commit();
}

Result<std::vector<DeliveryInfo>> SqliteStore::deliveries() {
  auto lease = readers_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  auto stmt = db.prepare(fmt::format("SELECT {} FROM deliveries ORDER BY id", kDeliveryColumns), "leveringen lezen");
  if (!stmt) return std::unexpected(stmt.error());
  std::vector<DeliveryInfo> out;
  for (;;) {
    auto row = stmt->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) break;
    out.push_back(delivery_info_from(*stmt));
  }
  return out;
}

Result<std::vector<DeliveryRecord>> SqliteStore::load_deliveries() {
  auto lease = readers_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  auto stmt =
      db.prepare(fmt::format("SELECT {}, rowid FROM deliveries ORDER BY id", kDeliveryColumns), "leveringen laden");
  if (!stmt) return std::unexpected(stmt.error());
  std::vector<DeliveryRecord> out;
  for (;;) {
    auto row = stmt->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) break;
    // Read straight into the record's buffer: one copy of a payload of ~100 MB, not two.
    auto payload = db.read_blob("deliveries", "payload", stmt->integer(8), "leveringen laden");
    if (!payload) return std::unexpected(payload.error());
    out.push_back(DeliveryRecord{delivery_info_from(*stmt), std::move(*payload)});
  }
  return out;
}

Status SqliteStore::visit_deliveries(const std::function<Status(const DeliveryInfo&, PayloadReader&)>& visit) {
  auto lease = readers_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  // The active SELECT keeps one read snapshot for all deliveries and their blobs.
  auto stmt =
      db.prepare(fmt::format("SELECT {}, rowid FROM deliveries ORDER BY id", kDeliveryColumns), "leveringen laden");
  if (!stmt) return std::unexpected(stmt.error());
  for (;;) {
    auto row = stmt->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) return {};
    auto blob = BlobReader::open(db, "deliveries", "payload", stmt->integer(8), "leveringen laden");
    if (!blob) return std::unexpected(blob.error());
    std::optional<Error> storage_error;
    bool failed = false;
    PayloadReader reader{blob->size(), [&](void* dst, std::size_t n) {
                           if (failed || n > blob->remaining()) return fail_read(failed);
                           if (auto s = blob->read(dst, n); !s) {
                             storage_error = s.error();
                             return fail_read(failed);
                           }
                           return true;
                         }};
    const Status visited = visit(delivery_info_from(*stmt), reader);
    if (storage_error) return std::unexpected(std::move(*storage_error));
    if (!visited) return visited;
  }
}

Status SqliteStore::delete_delivery(const std::string& id, const AuditEntry& audit) {
  std::lock_guard lock(write_mutex_);
  Connection& db = *writer_;
  auto tx = Transaction::begin(db);
  if (!tx) return std::unexpected(tx.error());
  auto stmt = db.prepare("DELETE FROM deliveries WHERE id = ? RETURNING id", "levering verwijderen");
  if (!stmt) return std::unexpected(stmt.error());
  stmt->bind(1, id);
  auto row = stmt->step();
  if (!row) return std::unexpected(row.error());
  if (!*row) return std::unexpected(not_found(fmt::format("Levering {} bestaat niet", id)));
  if (auto s = stmt->run(); !s) return s;  // finish the statement before COMMIT
  if (auto s = insert_audit(audit); !s) return s;
  return tx->commit();
}

Result<std::int64_t> SqliteStore::add_goal(const GoalRecord& g, const AuditEntry& audit) {
  std::lock_guard lock(write_mutex_);
  Connection& db = *writer_;
  auto tx = Transaction::begin(db);
  if (!tx) return std::unexpected(tx.error());
  auto stmt = db.prepare(
      "INSERT INTO goals(region, indicator, target, year, intervention, description) "
      "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
      "doel toevoegen");
  if (!stmt) return std::unexpected(stmt.error());
  stmt->bind(1, g.region)
      .bind(2, g.indicator)
      .bind(3, g.target)
      .bind(4, std::int64_t{g.year})
      .bind(5, g.intervention)
      .bind(6, g.description);
  auto row = stmt->step();
  if (!row) return std::unexpected(row.error());
  std::int64_t id = stmt->integer(0);
  if (auto s = stmt->run(); !s) return std::unexpected(s.error());
  if (auto s = insert_audit(audit); !s) return std::unexpected(s.error());
  if (auto s = tx->commit(); !s) return std::unexpected(s.error());
  return id;
}

Result<std::vector<GoalRecord>> SqliteStore::goals(const std::optional<std::string>& region) {
  auto lease = readers_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  auto stmt = db.prepare(region ? "SELECT id, region, indicator, target, year, intervention, description "
                                  "FROM goals WHERE region = ? ORDER BY id"
                                : "SELECT id, region, indicator, target, year, intervention, description "
                                  "FROM goals ORDER BY id",
                         "doelen lezen");
  if (!stmt) return std::unexpected(stmt.error());
  if (region) stmt->bind(1, *region);
  std::vector<GoalRecord> out;
  for (;;) {
    auto row = stmt->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) break;
    out.push_back(GoalRecord{stmt->integer(0), stmt->text(1), stmt->text(2), stmt->real(3),
                             static_cast<int>(stmt->integer(4)), stmt->text(5), stmt->text(6)});
  }
  return out;
}

Status SqliteStore::delete_goal(std::int64_t id, const AuditEntry& audit) {
  std::lock_guard lock(write_mutex_);
  Connection& db = *writer_;
  auto tx = Transaction::begin(db);
  if (!tx) return std::unexpected(tx.error());
  auto stmt = db.prepare("DELETE FROM goals WHERE id = ? RETURNING id", "doel verwijderen");
  if (!stmt) return std::unexpected(stmt.error());
  stmt->bind(1, id);
  auto row = stmt->step();
  if (!row) return std::unexpected(row.error());
  if (!*row) return std::unexpected(not_found(fmt::format("Doel {} bestaat niet", id)));
  if (auto s = stmt->run(); !s) return s;
  if (auto s = insert_audit(audit); !s) return s;
  return tx->commit();
}

}  // namespace regio::store
