// Deliveries and goals: the outcome side of PostgresStore (the rest is in postgres_store.cpp).
#include <fmt/format.h>

#include "store/postgres/connection.h"
#include "store/postgres/payload_stream.h"
#include "store/postgres/postgres_store.h"

namespace regio::store {

using postgres_detail::Connection;
using postgres_detail::Params;
using postgres_detail::PayloadStream;
using postgres_detail::QueryResult;
using postgres_detail::Transaction;
using Mode = postgres_detail::Transaction::Mode;

namespace {

// Marks a payload reader failed for good (PayloadReader contract) and reports the failure.
bool fail_read(bool& failed) {
  failed = true;
  return false;
}

Error not_found(std::string what) { return Error{ErrorCode::kNotFound, std::move(what), {}, 0}; }

// octet_length reads the size from the TOAST pointer: the payload itself is not fetched.
constexpr const char* kDeliveryRows =
    "SELECT id, imported_at, trajecten, werk, uitkeringen, first_date, last_date, octet_length(payload), "
    "extraction_date "
    "FROM deliveries ORDER BY id";

DeliveryInfo delivery_info_from(const QueryResult& rows, int row) {
  return DeliveryInfo{rows.text(row, 0),    rows.text(row, 1), rows.integer(row, 2), rows.integer(row, 3),
                      rows.integer(row, 4), rows.text(row, 5), rows.text(row, 6),    rows.text(row, 8)};
}

std::uint64_t payload_size(const QueryResult& rows, int row) {
  return static_cast<std::uint64_t>(rows.integer(row, 7));
}

}  // namespace

Status PostgresStore::put_delivery(const DeliveryRecord& d, const AuditEntry& audit) {
  auto lease = pool_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  const char* action = "levering opslaan";
  auto tx = Transaction::begin(db, Mode::kReadWrite, action);
  if (!tx) return std::unexpected(tx.error());
  const DeliveryInfo& i = d.info;
  Params params;
  // The payload (~100 MB) goes to libpq as a pointer into d.payload, in binary format: no
  // escaping and no copy of ours (libpq itself buffers it once while sending).
  params.text(i.id)
      .text(i.imported_at)
      .integer(i.trajecten)
      .integer(i.werk)
      .integer(i.uitkeringen)
      .text(i.first_date)
      .text(i.last_date)
      .bytes(d.payload)
      .text(i.extraction_date);
  auto done = db.query(
      "INSERT INTO deliveries(id, imported_at, trajecten, werk, uitkeringen, first_date, last_date, payload, "
      "extraction_date) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (id) DO UPDATE SET "
      "imported_at = excluded.imported_at, trajecten = excluded.trajecten, werk = excluded.werk, "
      "uitkeringen = excluded.uitkeringen, first_date = excluded.first_date, last_date = excluded.last_date, "
      "payload = excluded.payload, extraction_date = excluded.extraction_date",
      params, action);
  if (!done) return std::unexpected(done.error());
  if (auto s = insert_audit(db, audit); !s) return s;
  return tx->commit();
}

Result<std::vector<DeliveryInfo>> PostgresStore::deliveries() {
  auto lease = pool_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  if (auto s = db.ensure_connected("leveringen lezen"); !s) return std::unexpected(s.error());
  auto rows = db.query(kDeliveryRows, {}, "leveringen lezen");
  if (!rows) return std::unexpected(rows.error());
  std::vector<DeliveryInfo> out;
  for (int i = 0; i < rows->rows(); ++i) out.push_back(delivery_info_from(*rows, i));
  return out;
}

Result<std::vector<DeliveryRecord>> PostgresStore::load_deliveries() {
  std::vector<DeliveryRecord> out;
  auto visited = visit_deliveries([&out](const DeliveryInfo& info, PayloadReader& payload) -> Status {
    DeliveryRecord record{info, {}};
    // Not resize_and_overwrite: GCC 12's libstdc++ passes its callback the grown capacity.
    record.payload.assign(payload.size, '\0');
    const bool ok = payload.read(record.payload.data(), record.payload.size());
    if (!ok) return fail(ErrorCode::kInternal, "Levering " + info.id + " kon niet gelezen worden");
    out.push_back(std::move(record));
    return {};
  });
  if (!visited) return std::unexpected(visited.error());
  return out;
}

Status PostgresStore::visit_deliveries(const std::function<Status(const DeliveryInfo&, PayloadReader&)>& visit) {
  auto lease = pool_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  const char* action = "leveringen laden";
  // One snapshot for the list and every slice of every payload.
  auto tx = Transaction::begin(db, Mode::kSnapshot, action);
  if (!tx) return std::unexpected(tx.error());
  auto rows = db.query(kDeliveryRows, {}, action);
  if (!rows) return std::unexpected(rows.error());
  for (int i = 0; i < rows->rows(); ++i) {
    const DeliveryInfo info = delivery_info_from(*rows, i);
    PayloadStream stream(db, info.id, payload_size(*rows, i));
    std::optional<Error> storage_error;
    bool failed = false;
    PayloadReader reader{stream.size(), [&](void* dst, std::size_t n) {
                           if (failed || n > stream.remaining()) return fail_read(failed);
                           if (auto s = stream.read(dst, n); !s) {
                             storage_error = s.error();
                             return fail_read(failed);
                           }
                           return true;
                         }};
    const Status visited = visit(info, reader);
    if (storage_error) return std::unexpected(std::move(*storage_error));
    if (!visited) return visited;
  }
  return tx->commit();
}

Status PostgresStore::delete_delivery(const std::string& id, const AuditEntry& audit) {
  auto lease = pool_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  const char* action = "levering verwijderen";
  auto tx = Transaction::begin(db, Mode::kReadWrite, action);
  if (!tx) return std::unexpected(tx.error());
  Params params;
  params.text(id);
  auto rows = db.query("DELETE FROM deliveries WHERE id = $1 RETURNING 1", params, action);
  if (!rows) return std::unexpected(rows.error());
  if (rows->rows() == 0) return std::unexpected(not_found(fmt::format("Levering {} bestaat niet", id)));
  if (auto s = insert_audit(db, audit); !s) return s;
  return tx->commit();
}

Result<std::int64_t> PostgresStore::add_goal(const GoalRecord& g, const AuditEntry& audit) {
  auto lease = pool_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  const char* action = "doel toevoegen";
  auto tx = Transaction::begin(db, Mode::kReadWrite, action);
  if (!tx) return std::unexpected(tx.error());
  Params params;
  params.text(g.region).text(g.indicator).real(g.target).integer(g.year).text(g.intervention).text(g.description);
  auto rows = db.query(
      "INSERT INTO goals(region, indicator, target, year, intervention, description) "
      "VALUES ($1, $2, $3, $4::integer, $5, $6) RETURNING id",
      params, action);
  if (!rows) return std::unexpected(rows.error());
  const std::int64_t id = rows->integer(0, 0);
  if (auto s = insert_audit(db, audit); !s) return std::unexpected(s.error());
  if (auto s = tx->commit(); !s) return std::unexpected(s.error());
  return id;
}

Result<std::vector<GoalRecord>> PostgresStore::goals(const std::optional<std::string>& region) {
  auto lease = pool_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  const char* action = "doelen lezen";
  if (auto s = db.ensure_connected(action); !s) return std::unexpected(s.error());
  Params params;
  if (region) params.text(*region);
  auto rows = db.query(region ? "SELECT id, region, indicator, target, year, intervention, description "
                                "FROM goals WHERE region = $1 ORDER BY id"
                              : "SELECT id, region, indicator, target, year, intervention, description "
                                "FROM goals ORDER BY id",
                       params, action);
  if (!rows) return std::unexpected(rows.error());
  std::vector<GoalRecord> out;
  for (int i = 0; i < rows->rows(); ++i) {
    out.push_back(GoalRecord{rows->integer(i, 0), rows->text(i, 1), rows->text(i, 2), rows->real(i, 3),
                             static_cast<int>(rows->integer(i, 4)), rows->text(i, 5), rows->text(i, 6)});
  }
  return out;
}

Status PostgresStore::delete_goal(std::int64_t id, const AuditEntry& audit) {
  auto lease = pool_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  const char* action = "doel verwijderen";
  auto tx = Transaction::begin(db, Mode::kReadWrite, action);
  if (!tx) return std::unexpected(tx.error());
  Params params;
  params.integer(id);
  auto rows = db.query("DELETE FROM goals WHERE id = $1 RETURNING 1", params, action);
  if (!rows) return std::unexpected(rows.error());
  if (rows->rows() == 0) return std::unexpected(not_found(fmt::format("Doel {} bestaat niet", id)));
  if (auto s = insert_audit(db, audit); !s) return s;
  return tx->commit();
}

}  // namespace regio::store
