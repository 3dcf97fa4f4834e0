#include "store/sqlite/sqlite_store.h"

#include <fmt/format.h>

#include "store/response_checks.h"
#include "store/response_codec.h"
#include "store/sqlite/connection.h"
#include "store/sqlite/migrations.h"

namespace regio::store {

using sqlite_detail::Connection;
using sqlite_detail::Statement;
using sqlite_detail::Transaction;

namespace {

Error not_found(std::string what) { return Error{ErrorCode::kNotFound, std::move(what), {}, 0}; }

Result<forms::Wave> wave_from(const Statement& row) {
  forms::Wave w;
  w.code = row.text(0);
  w.name = row.text(1);
  auto date = parse_iso_date(row.text(2));
  if (!date) {
    return fail(ErrorCode::kInternal, fmt::format("Opgeslagen datum van meetmoment {} is ongeldig", w.code));
  }
  w.date = *date;
  w.questionnaire = row.text(3);
  return w;
}

}  // namespace

Result<std::unique_ptr<SqliteStore>> SqliteStore::open(const std::filesystem::path& file, SqliteAccess access) {
  auto connection = Connection::open(file, access);
  if (!connection) return std::unexpected(connection.error());
  if (auto s = sqlite_detail::migrate(*connection, sqlite_detail::schema_migrations()); !s) {
    return std::unexpected(s.error());
  }
  return std::unique_ptr<SqliteStore>(new SqliteStore(std::make_unique<Connection>(std::move(*connection))));
}

SqliteStore::SqliteStore(std::unique_ptr<Connection> connection)
    : writer_(std::move(connection)),
      readers_(std::make_unique<ConnectionPool<Connection>>(
          // Read-only: a reader can never write, whatever a bug would ask of it.
          [this] { return Connection::open_reader(writer_->file(), *writer_); }, kReadConnections)) {}

SqliteStore::~SqliteStore() = default;

static Result<bool> exists(Connection& db, const char* sql, const std::string& key, const char* action) {
  auto stmt = db.prepare(sql, action);
  if (!stmt) return std::unexpected(stmt.error());
  stmt->bind(1, key);
  return stmt->step();
}

static Status upsert_questionnaire(Connection& db, const QuestionnaireRecord& q) {
  // An upsert, not INSERT OR REPLACE: replacing would delete the row that waves refer to.
  auto stmt = db.prepare(
      "INSERT INTO questionnaires(id, workbook_json) VALUES (?, ?) "
      "ON CONFLICT(id) DO UPDATE SET workbook_json = excluded.workbook_json",
      "vragenlijst opslaan");
  if (!stmt) return std::unexpected(stmt.error());
  stmt->bind(1, q.id).bind(2, q.workbook_json);
  return stmt->run();
}

Status SqliteStore::put_questionnaire(const QuestionnaireRecord& q, const AuditEntry& audit) {
  std::lock_guard lock(write_mutex_);
  Connection& db = *writer_;
  auto tx = Transaction::begin(db);
  if (!tx) return std::unexpected(tx.error());
  if (auto s = upsert_questionnaire(db, q); !s) return s;
  if (auto s = insert_audit(audit); !s) return s;
  return tx->commit();
}

Result<QuestionnaireRecord> SqliteStore::questionnaire(const std::string& id) {
  auto lease = readers_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  auto stmt = db.prepare("SELECT id, workbook_json FROM questionnaires WHERE id = ?", "vragenlijst lezen");
  if (!stmt) return std::unexpected(stmt.error());
  stmt->bind(1, id);
  auto row = stmt->step();
  if (!row) return std::unexpected(row.error());
  if (!*row) return std::unexpected(not_found(fmt::format("Vragenlijst {} bestaat niet", id)));
  return QuestionnaireRecord{stmt->text(0), stmt->text(1)};
}

static Status insert_wave(Connection& db, const forms::Wave& w) {
  // Checked first so the caller gets a message naming the wave or questionnaire instead of a
  // bare constraint failure.
  auto duplicate = exists(db, "SELECT 1 FROM waves WHERE code = ?", w.code, "meetmoment toevoegen");
  if (!duplicate) return std::unexpected(duplicate.error());
  if (*duplicate) {
    return fail(ErrorCode::kAlreadyExists, fmt::format("Meetmoment {} bestaat al", w.code));
  }
  auto known = exists(db, "SELECT 1 FROM questionnaires WHERE id = ?", w.questionnaire, "meetmoment toevoegen");
  if (!known) return std::unexpected(known.error());
  if (!*known) {
    return std::unexpected(not_found(
        fmt::format("Meetmoment {}: vragenlijst {} bestaat niet; voeg die eerst toe", w.code, w.questionnaire)));
  }
  auto stmt =
      db.prepare("INSERT INTO waves(code, name, date, questionnaire) VALUES (?, ?, ?, ?)", "meetmoment toevoegen");
  if (!stmt) return std::unexpected(stmt.error());
  stmt->bind(1, w.code).bind(2, w.name).bind(3, format_iso(w.date)).bind(4, w.questionnaire);
  return stmt->run();
}

Status SqliteStore::add_wave(const forms::Wave& w, const AuditEntry& audit) {
  std::lock_guard lock(write_mutex_);
  Connection& db = *writer_;
  auto tx = Transaction::begin(db);
  if (!tx) return std::unexpected(tx.error());
  if (auto s = insert_wave(db, w); !s) return s;
  if (auto s = insert_audit(audit); !s) return s;
  return tx->commit();
}

Status SqliteStore::add_wave_with_questionnaire(const forms::Wave& w, const QuestionnaireRecord& q,
                                                const AuditEntry& audit) {
  std::lock_guard lock(write_mutex_);
  Connection& db = *writer_;
  auto tx = Transaction::begin(db);
  if (!tx) return std::unexpected(tx.error());
  if (auto s = upsert_questionnaire(db, q); !s) return s;
  if (auto s = insert_wave(db, w); !s) return s;
  if (auto s = insert_audit(audit); !s) return s;
  return tx->commit();
}

Result<std::vector<forms::Wave>> SqliteStore::waves() {
  auto lease = readers_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  auto stmt = db.prepare("SELECT code, name, date, questionnaire FROM waves ORDER BY date, code", "meetmomenten lezen");
  if (!stmt) return std::unexpected(stmt.error());
  std::vector<forms::Wave> out;
  for (;;) {
    auto row = stmt->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) break;
    auto w = wave_from(*stmt);
    if (!w) return std::unexpected(w.error());
    out.push_back(std::move(*w));
  }
  return out;
}

Result<forms::Wave> SqliteStore::wave(const std::string& code) {
  auto lease = readers_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  auto stmt = db.prepare("SELECT code, name, date, questionnaire FROM waves WHERE code = ?", "meetmoment lezen");
  if (!stmt) return std::unexpected(stmt.error());
  stmt->bind(1, code);
  auto row = stmt->step();
  if (!row) return std::unexpected(row.error());
  if (!*row) return std::unexpected(not_found(fmt::format("Meetmoment {} bestaat niet", code)));
  return wave_from(*stmt);
}

Status SqliteStore::replace_responses(const std::string& wave, const std::vector<forms::Response>& rs,
                                      const AuditEntry& audit) {
  if (auto st = check_responses_of_wave(wave, rs); !st) return st;
  std::lock_guard lock(write_mutex_);
  Connection& db = *writer_;
  auto tx = Transaction::begin(db);
  if (!tx) return std::unexpected(tx.error());
  auto known = exists(db, "SELECT 1 FROM waves WHERE code = ?", wave, "antwoorden opslaan");
  if (!known) return std::unexpected(known.error());
  if (!*known) return std::unexpected(not_found(fmt::format("Meetmoment {} bestaat niet", wave)));
  // An upsert, so the version of a stored response goes up by one (a new one starts at 1).
  auto stmt = db.prepare(
      "INSERT INTO responses(wave, region, status, answers, repeats, updated_at, version) "
      "VALUES (?, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 1) "
      "ON CONFLICT(wave, region) DO UPDATE SET status = excluded.status, answers = excluded.answers, "
      "repeats = excluded.repeats, updated_at = excluded.updated_at, version = responses.version + 1",
      "antwoorden opslaan");
  if (!stmt) return std::unexpected(stmt.error());
  for (const auto& r : rs) {
    auto answers = encode_answers(r.answers);
    if (!answers) return std::unexpected(answers.error());
    auto repeats = encode_repeats(r.repeats, &r.repeat_parents);
    if (!repeats) return std::unexpected(repeats.error());
    stmt->reset();
    stmt->bind(1, wave).bind(2, r.region).bind(3, status_text(r.status)).bind(4, *answers).bind(5, *repeats);
    if (auto s = stmt->run(); !s) return s;
  }
  if (auto s = insert_audit(audit); !s) return s;
  return tx->commit();
}

Result<std::vector<forms::Response>> SqliteStore::responses(const std::string& wave) {
  auto lease = readers_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  // One read transaction, so the existence check and the rows see the same snapshot.
  if (auto s = db.exec("BEGIN", "antwoorden lezen"); !s) return std::unexpected(s.error());
  struct EndRead {
    Connection& db;
    ~EndRead() { (void)db.exec("COMMIT", "antwoorden lezen"); }
  } end_read{db};
  auto known = exists(db, "SELECT 1 FROM waves WHERE code = ?", wave, "antwoorden lezen");
  if (!known) return std::unexpected(known.error());
  if (!*known) return std::unexpected(not_found(fmt::format("Meetmoment {} bestaat niet", wave)));
  auto stmt = db.prepare("SELECT region, status, answers, repeats FROM responses WHERE wave = ? ORDER BY region",
                         "antwoorden lezen");
  if (!stmt) return std::unexpected(stmt.error());
  stmt->bind(1, wave);
  std::vector<forms::Response> out;
  for (;;) {
    auto row = stmt->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) break;
    forms::Response r;
    r.region = stmt->text(0);
    r.wave = wave;
    auto status = parse_status_text(stmt->text(1));
    if (!status) return std::unexpected(status.error());
    r.status = *status;
    auto answers = decode_answers(stmt->text(2));
    if (!answers) return std::unexpected(answers.error());
    r.answers = std::move(*answers);
    auto repeats = decode_repeats(stmt->text(3), &r.repeat_parents);
    if (!repeats) return std::unexpected(repeats.error());
    r.repeats = std::move(*repeats);
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace regio::store
