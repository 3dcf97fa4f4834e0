// One region's response with its version (optimistic concurrency, schema version 5).
#include <fmt/format.h>

#include "store/postgres/connection.h"
#include "store/postgres/postgres_store.h"
#include "store/response_checks.h"
#include "store/response_codec.h"

namespace regio::store {

using postgres_detail::Connection;
using postgres_detail::Params;
using postgres_detail::Transaction;
using Mode = postgres_detail::Transaction::Mode;

namespace {

// updated_at as ISO 8601 UTC with milliseconds, the form the SQLite adapter keeps.
constexpr const char* kUpdatedAt = "to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')";

Result<bool> wave_exists(Connection& db, const std::string& wave, const char* action) {
  Params params;
  params.text(wave);
  auto rows = db.query("SELECT 1 FROM waves WHERE code = $1", params, action);
  if (!rows) return std::unexpected(rows.error());
  return rows->rows() > 0;
}

// The stored row of (wave, region), or version 0 and an empty draft. `lock`: FOR UPDATE.
Result<StoredResponse> read_response(Connection& db, const std::string& wave, const std::string& region, bool lock,
                                     const char* action) {
  Params params;
  params.text(wave).text(region);
  const std::string sql = fmt::format(
      "SELECT status, answers::text, repeats::text, version, {} FROM responses WHERE wave = $1 AND region = $2{}",
      kUpdatedAt, lock ? " FOR UPDATE" : "");
  auto rows = db.query(sql.c_str(), params, action);
  if (!rows) return std::unexpected(rows.error());
  StoredResponse out;
  out.response.wave = wave;
  out.response.region = region;
  if (rows->rows() == 0) return out;
  auto status = parse_status_text(rows->bytes(0, 0));
  if (!status) return std::unexpected(status.error());
  out.response.status = *status;
  auto answers = decode_answers(rows->bytes(0, 1));
  if (!answers) return std::unexpected(answers.error());
  out.response.answers = std::move(*answers);
  auto repeats = decode_repeats(rows->bytes(0, 2), &out.response.repeat_parents);
  if (!repeats) return std::unexpected(repeats.error());
  out.response.repeats = std::move(*repeats);
  out.version = rows->integer(0, 3);
  out.updated_at = rows->text(0, 4);
  return out;
}

}  // namespace

Result<StoredResponse> PostgresStore::response(const std::string& wave, const std::string& region) {
  auto lease = pool_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  const char* action = "antwoord lezen";
  auto tx = Transaction::begin(db, Mode::kSnapshot, action);
  if (!tx) return std::unexpected(tx.error());
  auto known = wave_exists(db, wave, action);
  if (!known) return std::unexpected(known.error());
  if (!*known) return fail(ErrorCode::kNotFound, fmt::format("Meetmoment {} bestaat niet", wave));
  return read_response(db, wave, region, false, action);
}

Result<StoredResponse> PostgresStore::save_response(const forms::Response& r, std::int64_t expected_version,
                                                    const AuditEntry& audit) {
  if (auto st = check_single_response(r, expected_version); !st) return std::unexpected(st.error());
  auto answers = encode_answers(r.answers);
  if (!answers) return std::unexpected(answers.error());
  auto repeats = encode_repeats(r.repeats, &r.repeat_parents);
  if (!repeats) return std::unexpected(repeats.error());
  auto lease = pool_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  const char* action = "antwoord opslaan";
  auto tx = Transaction::begin(db, Mode::kReadWrite, action);
  if (!tx) return std::unexpected(tx.error());
  auto known = wave_exists(db, r.wave, action);
  if (!known) return std::unexpected(known.error());
  if (!*known) return fail(ErrorCode::kNotFound, fmt::format("Meetmoment {} bestaat niet", r.wave));
  // FOR UPDATE holds a second saver of a stored row until this transaction ends; it then sees
  // the new version and gets the conflict.
  auto stored = read_response(db, r.wave, r.region, true, action);
  if (!stored) return std::unexpected(stored.error());
  if (stored->version != expected_version) return std::unexpected(version_conflict(stored->version));
  Params params;
  params.text(r.wave)
      .text(r.region)
      .text(status_text(r.status))
      .text(*answers)
      .text(*repeats)
      .integer(expected_version + 1);
  // ON CONFLICT DO UPDATE ... WHERE: two first saves at once (no row to lock yet) meet at the
  // primary key; the second updates nothing and is a conflict.
  const std::string sql = fmt::format(
      "INSERT INTO responses(wave, region, status, answers, repeats, version) "
      "VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, $6) "
      "ON CONFLICT (wave, region) DO UPDATE SET status = excluded.status, answers = excluded.answers, "
      "repeats = excluded.repeats, updated_at = now(), version = excluded.version "
      "WHERE responses.version = excluded.version - 1 RETURNING {}",
      kUpdatedAt);
  auto done = db.query(sql.c_str(), params, action);
  if (!done) return std::unexpected(done.error());
  if (done->rows() == 0) {
    auto now = read_response(db, r.wave, r.region, false, action);
    return std::unexpected(version_conflict(now ? now->version : expected_version + 1));
  }
  StoredResponse out{r, expected_version + 1, done->text(0, 0)};
  if (auto s = insert_audit(db, audit); !s) return std::unexpected(s.error());
  if (auto s = tx->commit(); !s) return std::unexpected(s.error());
  return out;
}

}  // namespace regio::store
