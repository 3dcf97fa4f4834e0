// One region's response with its version (optimistic concurrency, schema version 5).
#include <fmt/format.h>

#include "store/response_checks.h"
#include "store/response_codec.h"
#include "store/sqlite/connection.h"
#include "store/sqlite/sqlite_store.h"

namespace regio::store {

using sqlite_detail::Connection;
using sqlite_detail::Statement;
using sqlite_detail::Transaction;

namespace {

Result<bool> wave_exists(Connection& db, const std::string& wave, const char* action) {
  auto stmt = db.prepare("SELECT 1 FROM waves WHERE code = ?", action);
  if (!stmt) return std::unexpected(stmt.error());
  stmt->bind(1, wave);
  return stmt->step();
}

// The stored row of (wave, region), or version 0 and an empty draft.
Result<StoredResponse> read_response(Connection& db, const std::string& wave, const std::string& region,
                                     const char* action) {
  auto stmt = db.prepare(
      "SELECT status, answers, repeats, version, updated_at FROM responses WHERE wave = ? AND region = ?", action);
  if (!stmt) return std::unexpected(stmt.error());
  stmt->bind(1, wave).bind(2, region);
  auto row = stmt->step();
  if (!row) return std::unexpected(row.error());
  StoredResponse out;
  out.response.wave = wave;
  out.response.region = region;
  if (!*row) return out;
  auto status = parse_status_text(stmt->text(0));
  if (!status) return std::unexpected(status.error());
  out.response.status = *status;
  auto answers = decode_answers(stmt->text(1));
  if (!answers) return std::unexpected(answers.error());
  out.response.answers = std::move(*answers);
  auto repeats = decode_repeats(stmt->text(2), &out.response.repeat_parents);
  if (!repeats) return std::unexpected(repeats.error());
  out.response.repeats = std::move(*repeats);
  out.version = stmt->integer(3);
  out.updated_at = stmt->text(4);
  return out;
}

}  // namespace

Result<StoredResponse> SqliteStore::response(const std::string& wave, const std::string& region) {
  const char* action = "antwoord lezen";
  auto lease = readers_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  // One read transaction: the existence check and the row see the same snapshot.
  if (auto s = db.exec("BEGIN", action); !s) return std::unexpected(s.error());
  struct EndRead {
    Connection& db;
    ~EndRead() { (void)db.exec("COMMIT", "antwoord lezen"); }
  } end_read{db};
  auto known = wave_exists(db, wave, action);
  if (!known) return std::unexpected(known.error());
  if (!*known) return fail(ErrorCode::kNotFound, fmt::format("Meetmoment {} bestaat niet", wave));
  return read_response(db, wave, region, action);
}

Result<StoredResponse> SqliteStore::save_response(const forms::Response& r, std::int64_t expected_version,
                                                  const AuditEntry& audit) {
  if (auto st = check_single_response(r, expected_version); !st) return std::unexpected(st.error());
  const char* action = "antwoord opslaan";
  auto answers = encode_answers(r.answers);
  if (!answers) return std::unexpected(answers.error());
  auto repeats = encode_repeats(r.repeats, &r.repeat_parents);
  if (!repeats) return std::unexpected(repeats.error());
  std::lock_guard lock(write_mutex_);
  Connection& db = *writer_;
  auto tx = Transaction::begin(db);  // IMMEDIATE: no other writer between the check and the write
  if (!tx) return std::unexpected(tx.error());
  auto known = wave_exists(db, r.wave, action);
  if (!known) return std::unexpected(known.error());
  if (!*known) return fail(ErrorCode::kNotFound, fmt::format("Meetmoment {} bestaat niet", r.wave));
  auto stored = read_response(db, r.wave, r.region, action);
  if (!stored) return std::unexpected(stored.error());
  if (stored->version != expected_version) return std::unexpected(version_conflict(stored->version));
  auto stmt = db.prepare(
      "INSERT INTO responses(wave, region, status, answers, repeats, updated_at, version) "
      "VALUES (?, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ?) "
      "ON CONFLICT(wave, region) DO UPDATE SET status = excluded.status, answers = excluded.answers, "
      "repeats = excluded.repeats, updated_at = excluded.updated_at, version = excluded.version "
      "RETURNING updated_at",
      action);
  if (!stmt) return std::unexpected(stmt.error());
  stmt->bind(1, r.wave)
      .bind(2, r.region)
      .bind(3, status_text(r.status))
      .bind(4, *answers)
      .bind(5, *repeats)
      .bind(6, expected_version + 1);
  auto row = stmt->step();
  if (!row) return std::unexpected(row.error());
  StoredResponse out{r, expected_version + 1, *row ? stmt->text(0) : std::string()};
  stmt->reset();  // finish the statement before COMMIT
  if (auto s = insert_audit(audit); !s) return std::unexpected(s.error());
  if (auto s = tx->commit(); !s) return std::unexpected(s.error());
  return out;
}

}  // namespace regio::store
