#include "store/postgres/postgres_store.h"

#include <fmt/format.h>

#include "store/postgres/connection.h"
#include "store/postgres/migrations.h"
#include "store/response_checks.h"
#include "store/response_codec.h"

namespace regio::store {

using postgres_detail::Connection;
using postgres_detail::Params;
using postgres_detail::QueryResult;
using postgres_detail::Transaction;
using Mode = postgres_detail::Transaction::Mode;

namespace {

Error not_found(std::string what) { return Error{ErrorCode::kNotFound, std::move(what), {}, 0}; }

constexpr const char* kWaveColumns = "code, name, date::text, questionnaire";

Result<forms::Wave> wave_from(const QueryResult& rows, int row) {
  forms::Wave w;
  w.code = rows.text(row, 0);
  w.name = rows.text(row, 1);
  auto date = parse_iso_date(rows.text(row, 2));
  if (!date) {
    return fail(ErrorCode::kInternal, fmt::format("Opgeslagen datum van meetmoment {} is ongeldig", w.code));
  }
  w.date = *date;
  w.questionnaire = rows.text(row, 3);
  return w;
}

}  // namespace

Result<std::unique_ptr<PostgresStore>> PostgresStore::open(const std::string& conninfo) {
  auto connection = Connection::open(conninfo);
  if (!connection) return std::unexpected(connection.error());
  if (auto s = postgres_detail::migrate(*connection, postgres_detail::schema_migrations()); !s) {
    return std::unexpected(s.error());
  }
  auto pool =
      std::make_unique<ConnectionPool<Connection>>([conninfo] { return Connection::open(conninfo); }, kConnections);
  pool->adopt(std::make_unique<Connection>(std::move(*connection)));
  return std::unique_ptr<PostgresStore>(new PostgresStore(std::move(pool)));
}

PostgresStore::PostgresStore(std::unique_ptr<ConnectionPool<Connection>> pool) : pool_(std::move(pool)) {}

PostgresStore::~PostgresStore() = default;

static Result<bool> exists(Connection& db, const char* sql, const std::string& key, const char* action) {
  Params params;
  params.text(key);
  auto rows = db.query(sql, params, action);
  if (!rows) return std::unexpected(rows.error());
  return rows->rows() > 0;
}

static Status upsert_questionnaire(Connection& db, const QuestionnaireRecord& q) {
  Params params;
  params.text(q.id).text(q.workbook_json);
  auto done = db.query(
      "INSERT INTO questionnaires(id, workbook_json) VALUES ($1, $2) "
      "ON CONFLICT (id) DO UPDATE SET workbook_json = excluded.workbook_json",
      params, "vragenlijst opslaan");
  if (!done) return std::unexpected(done.error());
  return {};
}

Status PostgresStore::put_questionnaire(const QuestionnaireRecord& q, const AuditEntry& audit) {
  auto lease = pool_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  auto tx = Transaction::begin(db, Mode::kReadWrite, "vragenlijst opslaan");
  if (!tx) return std::unexpected(tx.error());
  if (auto s = upsert_questionnaire(db, q); !s) return s;
  if (auto s = insert_audit(db, audit); !s) return s;
  return tx->commit();
}

Result<QuestionnaireRecord> PostgresStore::questionnaire(const std::string& id) {
  auto lease = pool_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  if (auto s = db.ensure_connected("vragenlijst lezen"); !s) return std::unexpected(s.error());
  Params params;
  params.text(id);
  auto rows = db.query("SELECT id, workbook_json FROM questionnaires WHERE id = $1", params, "vragenlijst lezen");
  if (!rows) return std::unexpected(rows.error());
  if (rows->rows() == 0) return std::unexpected(not_found(fmt::format("Vragenlijst {} bestaat niet", id)));
  return QuestionnaireRecord{rows->text(0, 0), rows->text(0, 1)};
}

static Status insert_wave(Connection& db, const forms::Wave& w) {
  // Checked first so the caller gets a message naming the wave or questionnaire; the constraints
  // still decide when another process adds the same wave in between (23505 -> kAlreadyExists).
  auto duplicate = exists(db, "SELECT 1 FROM waves WHERE code = $1", w.code, "meetmoment toevoegen");
  if (!duplicate) return std::unexpected(duplicate.error());
  if (*duplicate) return fail(ErrorCode::kAlreadyExists, fmt::format("Meetmoment {} bestaat al", w.code));
  auto known = exists(db, "SELECT 1 FROM questionnaires WHERE id = $1", w.questionnaire, "meetmoment toevoegen");
  if (!known) return std::unexpected(known.error());
  if (!*known) {
    return std::unexpected(not_found(
        fmt::format("Meetmoment {}: vragenlijst {} bestaat niet; voeg die eerst toe", w.code, w.questionnaire)));
  }
  const std::string date = format_iso(w.date);
  Params params;
  params.text(w.code).text(w.name).text(date).text(w.questionnaire);
  auto done = db.query("INSERT INTO waves(code, name, date, questionnaire) VALUES ($1, $2, $3::date, $4)", params,
                       "meetmoment toevoegen");
  if (!done) return std::unexpected(done.error());
  return {};
}

Status PostgresStore::add_wave(const forms::Wave& w, const AuditEntry& audit) {
  auto lease = pool_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  auto tx = Transaction::begin(db, Mode::kReadWrite, "meetmoment toevoegen");
  if (!tx) return std::unexpected(tx.error());
  if (auto s = insert_wave(db, w); !s) return s;
  if (auto s = insert_audit(db, audit); !s) return s;
  return tx->commit();
}

Status PostgresStore::add_wave_with_questionnaire(const forms::Wave& w, const QuestionnaireRecord& q,
                                                  const AuditEntry& audit) {
  auto lease = pool_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  auto tx = Transaction::begin(db, Mode::kReadWrite, "meetmoment toevoegen");
  if (!tx) return std::unexpected(tx.error());
  if (auto s = upsert_questionnaire(db, q); !s) return s;
  if (auto s = insert_wave(db, w); !s) return s;
  if (auto s = insert_audit(db, audit); !s) return s;
  return tx->commit();
}

Result<std::vector<forms::Wave>> PostgresStore::waves() {
  auto lease = pool_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  if (auto s = db.ensure_connected("meetmomenten lezen"); !s) return std::unexpected(s.error());
  auto rows =
      db.query(fmt::format("SELECT {} FROM waves ORDER BY date, code", kWaveColumns).c_str(), {}, "meetmomenten lezen");
  if (!rows) return std::unexpected(rows.error());
  std::vector<forms::Wave> out;
  for (int i = 0; i < rows->rows(); ++i) {
    auto w = wave_from(*rows, i);
    if (!w) return std::unexpected(w.error());
    out.push_back(std::move(*w));
  }
  return out;
}

Result<forms::Wave> PostgresStore::wave(const std::string& code) {
  auto lease = pool_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  if (auto s = db.ensure_connected("meetmoment lezen"); !s) return std::unexpected(s.error());
  Params params;
  params.text(code);
  auto rows =
      db.query(fmt::format("SELECT {} FROM waves WHERE code = $1", kWaveColumns).c_str(), params, "meetmoment lezen");
  if (!rows) return std::unexpected(rows.error());
  if (rows->rows() == 0) return std::unexpected(not_found(fmt::format("Meetmoment {} bestaat niet", code)));
  return wave_from(*rows, 0);
}

Status PostgresStore::replace_responses(const std::string& wave, const std::vector<forms::Response>& rs,
                                        const AuditEntry& audit) {
  if (auto st = check_responses_of_wave(wave, rs); !st) return st;
  auto lease = pool_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  const char* action = "antwoorden opslaan";
  auto tx = Transaction::begin(db, Mode::kReadWrite, action);
  if (!tx) return std::unexpected(tx.error());
  auto known = exists(db, "SELECT 1 FROM waves WHERE code = $1", wave, action);
  if (!known) return std::unexpected(known.error());
  if (!*known) return std::unexpected(not_found(fmt::format("Meetmoment {} bestaat niet", wave)));
  for (const auto& r : rs) {
    auto answers = encode_answers(r.answers);
    if (!answers) return std::unexpected(answers.error());
    auto repeats = encode_repeats(r.repeats, &r.repeat_parents);
    if (!repeats) return std::unexpected(repeats.error());
    Params params;
    params.text(wave).text(r.region).text(status_text(r.status)).text(*answers).text(*repeats);
    auto done = db.query(
        "INSERT INTO responses(wave, region, status, answers, repeats) VALUES ($1, $2, $3, $4::jsonb, $5::jsonb) "
        "ON CONFLICT (wave, region) DO UPDATE SET status = excluded.status, answers = excluded.answers, "
        "repeats = excluded.repeats, updated_at = now(), version = responses.version + 1",
        params, action);
    if (!done) return std::unexpected(done.error());
  }
  if (auto s = insert_audit(db, audit); !s) return s;
  return tx->commit();
}

Result<std::vector<forms::Response>> PostgresStore::responses(const std::string& wave) {
  auto lease = pool_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  const char* action = "antwoorden lezen";
  // One snapshot, so the existence check and the rows see the same state.
  auto tx = Transaction::begin(db, Mode::kSnapshot, action);
  if (!tx) return std::unexpected(tx.error());
  auto known = exists(db, "SELECT 1 FROM waves WHERE code = $1", wave, action);
  if (!known) return std::unexpected(known.error());
  if (!*known) return std::unexpected(not_found(fmt::format("Meetmoment {} bestaat niet", wave)));
  Params params;
  params.text(wave);
  auto rows =
      db.query("SELECT region, status, answers::text, repeats::text FROM responses WHERE wave = $1 ORDER BY region",
               params, action);
  if (!rows) return std::unexpected(rows.error());
  std::vector<forms::Response> out;
  for (int i = 0; i < rows->rows(); ++i) {
    forms::Response r;
    r.region = rows->text(i, 0);
    r.wave = wave;
    auto status = parse_status_text(rows->bytes(i, 1));
    if (!status) return std::unexpected(status.error());
    r.status = *status;
    auto answers = decode_answers(rows->bytes(i, 2));
    if (!answers) return std::unexpected(answers.error());
    r.answers = std::move(*answers);
    auto repeats = decode_repeats(rows->bytes(i, 3), &r.repeat_parents);
    if (!repeats) return std::unexpected(repeats.error());
    r.repeats = std::move(*repeats);
    out.push_back(std::move(r));
  }
  if (auto s = tx->commit(); !s) return std::unexpected(s.error());
  return out;
}

}  // namespace regio::store
