// Releases and installation settings: PostgresStore's part for disclosure control.
#include <fmt/format.h>

#include "store/postgres/connection.h"
#include "store/postgres/postgres_store.h"

namespace regio::store {

using postgres_detail::Connection;
using postgres_detail::Params;
using postgres_detail::QueryResult;
using postgres_detail::Transaction;
using Mode = postgres_detail::Transaction::Mode;

namespace {

constexpr const char* kInfoColumns = "peildatum, published_at, published_by, note, threshold, rounding";

ReleaseInfo info_from(const QueryResult& rows, int row) {
  return {rows.text(row, 0),
          rows.text(row, 1),
          rows.text(row, 2),
          rows.text(row, 3),
          static_cast<int>(rows.integer(row, 4)),
          static_cast<int>(rows.integer(row, 5))};
}

}  // namespace

Status PostgresStore::add_release(const ReleaseRecord& r, const AuditEntry& audit) {
  auto lease = pool_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  const char* action = "release opslaan";
  auto tx = Transaction::begin(db, Mode::kReadWrite, action);
  if (!tx) return std::unexpected(tx.error());
  Params params;
  params.text(r.info.peildatum)
      .text(r.info.published_at)
      .text(r.info.published_by)
      .text(r.info.note)
      .integer(r.info.threshold)
      .integer(r.info.rounding)
      .text(r.body);
  const std::string sql = fmt::format(
      "INSERT INTO releases({}, body) VALUES ($1, $2, $3, $4, $5::integer, $6::integer, $7) "
      "ON CONFLICT (peildatum) DO NOTHING RETURNING 1",
      kInfoColumns);
  auto rows = db.query(sql.c_str(), params, action);
  if (!rows) return std::unexpected(rows.error());
  if (rows->rows() == 0)
    return fail(ErrorCode::kAlreadyExists, fmt::format("Release met peildatum {} bestaat al", r.info.peildatum));
  if (auto s = insert_audit(db, audit); !s) return s;
  return tx->commit();
}

Result<std::vector<ReleaseInfo>> PostgresStore::releases() {
  auto lease = pool_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  const char* action = "releases lezen";
  if (auto s = db.ensure_connected(action); !s) return std::unexpected(s.error());
  Params params;
  const std::string sql = fmt::format("SELECT {} FROM releases ORDER BY peildatum", kInfoColumns);
  auto rows = db.query(sql.c_str(), params, action);
  if (!rows) return std::unexpected(rows.error());
  std::vector<ReleaseInfo> out;
  for (int i = 0; i < rows->rows(); ++i) out.push_back(info_from(*rows, i));
  return out;
}

Result<ReleaseRecord> PostgresStore::release(const std::string& peildatum) {
  auto lease = pool_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  const char* action = "release lezen";
  if (auto s = db.ensure_connected(action); !s) return std::unexpected(s.error());
  Params params;
  params.text(peildatum);
  const std::string sql = fmt::format("SELECT {}, body FROM releases WHERE peildatum = $1", kInfoColumns);
  auto rows = db.query(sql.c_str(), params, action);
  if (!rows) return std::unexpected(rows.error());
  if (rows->rows() == 0)
    return fail(ErrorCode::kNotFound, fmt::format("Release met peildatum {} bestaat niet", peildatum));
  return ReleaseRecord{info_from(*rows, 0), rows->text(0, 6)};
}

Result<std::optional<std::string>> PostgresStore::setting(const std::string& key) {
  auto lease = pool_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  const char* action = "instelling lezen";
  if (auto s = db.ensure_connected(action); !s) return std::unexpected(s.error());
  Params params;
  params.text(key);
  auto rows = db.query("SELECT value FROM settings WHERE key = $1", params, action);
  if (!rows) return std::unexpected(rows.error());
  if (rows->rows() == 0) return std::optional<std::string>{};
  return std::optional<std::string>{rows->text(0, 0)};
}

Status PostgresStore::put_settings(const std::map<std::string, std::string>& values, const AuditEntry& audit) {
  auto lease = pool_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  const char* action = "instelling opslaan";
  auto tx = Transaction::begin(db, Mode::kReadWrite, action);
  if (!tx) return std::unexpected(tx.error());
  for (const auto& [key, value] : values) {
    Params params;
    params.text(key).text(value);
    auto rows = db.query(
        "INSERT INTO settings(key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        params, action);
    if (!rows) return std::unexpected(rows.error());
  }
  if (auto s = insert_audit(db, audit); !s) return s;
  return tx->commit();
}

Result<std::int64_t> PostgresStore::data_generation() {
  auto lease = pool_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  const char* action = "datageneratie lezen";
  if (auto s = db.ensure_connected(action); !s) return std::unexpected(s.error());
  auto rows = db.query("SELECT n FROM data_generation WHERE id = 1", {}, action);
  if (!rows) return std::unexpected(rows.error());
  if (rows->rows() == 0) return fail(ErrorCode::kInternal, "de tabel data_generation is leeg");
  return rows->integer(0, 0);
}

}  // namespace regio::store
