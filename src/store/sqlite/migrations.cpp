#include "store/sqlite/migrations.h"

#include <fmt/format.h>

#include <array>

namespace regio::store::sqlite_detail {
namespace {

// Dates are ISO text ("YYYY-MM-DD") so they sort and read as themselves; answers and repeats are
// JSON because the store need not know question types (forms/response.h).
constexpr const char* kInitialSchema = R"sql(
CREATE TABLE questionnaires (
  id            TEXT PRIMARY KEY NOT NULL,
  workbook_json TEXT NOT NULL
);
CREATE TABLE waves (
  code          TEXT PRIMARY KEY NOT NULL,
  name          TEXT NOT NULL,
  date          TEXT NOT NULL,
  questionnaire TEXT NOT NULL REFERENCES questionnaires(id)
);
CREATE TABLE responses (
  wave       TEXT NOT NULL REFERENCES waves(code),
  region     TEXT NOT NULL,
  status     TEXT NOT NULL CHECK (status IN ('concept', 'ingediend')),
  answers    TEXT NOT NULL,
  repeats    TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (wave, region)
) WITHOUT ROWID;
CREATE TABLE deliveries (
  id          TEXT PRIMARY KEY NOT NULL,
  imported_at TEXT NOT NULL,
  trajecten   INTEGER NOT NULL,
  werk        INTEGER NOT NULL,
  uitkeringen INTEGER NOT NULL,
  first_date  TEXT NOT NULL,
  last_date   TEXT NOT NULL,
  payload     BLOB NOT NULL
);
CREATE TABLE goals (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  region       TEXT NOT NULL,
  indicator    TEXT NOT NULL,
  target       REAL NOT NULL,
  year         INTEGER NOT NULL,
  intervention TEXT NOT NULL,
  description  TEXT NOT NULL
);
)sql";

// waves() sorts by date; goals(region) filters by region; a wave's questionnaire is looked up
// when checking foreign keys on delete/update of a questionnaire.
constexpr const char* kReadIndexes = R"sql(
CREATE INDEX waves_by_date ON waves(date, code);
CREATE INDEX waves_by_questionnaire ON waves(questionnaire);
CREATE INDEX goals_by_region ON goals(region, id);
)sql";

// Releases of outcome figures (immutable: no UPDATE or DELETE is ever issued) and installation
// settings such as the disclosure threshold.
constexpr const char* kReleases = R"sql(
CREATE TABLE releases (
  peildatum    TEXT PRIMARY KEY NOT NULL,
  published_at TEXT NOT NULL,
  published_by TEXT NOT NULL,
  note         TEXT NOT NULL,
  threshold    INTEGER NOT NULL,
  rounding     INTEGER NOT NULL,
  body         TEXT NOT NULL
);
CREATE TABLE settings (
  key   TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL
);
)sql";

// The day each delivery was extracted at its source. Existing rows get the earlier of their
// latest date and their import date: the extraction cannot have been later than the import,
// and a date in the data after the import day is implausible (it would move the default
// peildatum into the future).
constexpr const char* kExtractionDate = R"sql(
ALTER TABLE deliveries ADD COLUMN extraction_date TEXT NOT NULL DEFAULT '';
UPDATE deliveries SET extraction_date =
  CASE WHEN last_date <> '' AND last_date < substr(imported_at, 1, 10) THEN last_date
       ELSE substr(imported_at, 1, 10) END;
)sql";

// Optimistic concurrency for responses: every save increments the version, and a save that
// started from an older version is refused. Existing rows are version 1.
constexpr const char* kResponseVersions = R"sql(
ALTER TABLE responses ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
)sql";

// Accounts of the web application (DESIGN §2): users, sessions (only the hash of a session id is
// stored), login attempts for throttling, and the audit log of every write.
constexpr const char* kAccounts = R"sql(
CREATE TABLE users (
  name          TEXT PRIMARY KEY NOT NULL,
  role          TEXT NOT NULL CHECK (role IN ('beheerder', 'onderzoeker', 'regio', 'lezer')),
  region        TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  disabled      INTEGER NOT NULL DEFAULT 0,
  created_at    TEXT NOT NULL
);
CREATE TABLE sessions (
  id_hash    TEXT PRIMARY KEY NOT NULL,
  user       TEXT NOT NULL REFERENCES users(name),
  created_at TEXT NOT NULL,
  last_seen  TEXT NOT NULL,
  csrf_token TEXT NOT NULL
);
CREATE INDEX sessions_by_user ON sessions(user);
CREATE TABLE login_attempts (
  at      TEXT NOT NULL,
  user    TEXT NOT NULL,
  ip      TEXT NOT NULL,
  success INTEGER NOT NULL
);
CREATE INDEX login_attempts_by_user ON login_attempts(user, at);
CREATE INDEX login_attempts_by_ip ON login_attempts(ip, at);
CREATE TABLE audit_log (
  id      INTEGER PRIMARY KEY AUTOINCREMENT,
  at      TEXT NOT NULL,
  actor   TEXT NOT NULL,
  channel TEXT NOT NULL CHECK (channel IN ('web', 'cli')),
  action  TEXT NOT NULL,
  target  TEXT NOT NULL
);
)sql";

// The data generation (store.h, data_generation()): one counter that every write of the data
// tables bumps in its own transaction (by trigger, so no write path can forget it and every
// process on the file sees it). Accounts, sessions, login attempts and the audit log are not
// data in this sense: caches never hold anything built from them.
constexpr const char* kDataGeneration = R"sql(
CREATE TABLE data_generation (
  id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
  n  INTEGER NOT NULL
);
INSERT INTO data_generation(id, n) VALUES (1, 0);
CREATE TRIGGER questionnaires_generation_i AFTER INSERT ON questionnaires BEGIN UPDATE data_generation SET n = n + 1; END;
CREATE TRIGGER questionnaires_generation_u AFTER UPDATE ON questionnaires BEGIN UPDATE data_generation SET n = n + 1; END;
CREATE TRIGGER questionnaires_generation_d AFTER DELETE ON questionnaires BEGIN UPDATE data_generation SET n = n + 1; END;
CREATE TRIGGER waves_generation_i AFTER INSERT ON waves BEGIN UPDATE data_generation SET n = n + 1; END;
CREATE TRIGGER waves_generation_u AFTER UPDATE ON waves BEGIN UPDATE data_generation SET n = n + 1; END;
CREATE TRIGGER waves_generation_d AFTER DELETE ON waves BEGIN UPDATE data_generation SET n = n + 1; END;
CREATE TRIGGER responses_generation_i AFTER INSERT ON responses BEGIN UPDATE data_generation SET n = n + 1; END;
CREATE TRIGGER responses_generation_u AFTER UPDATE ON responses BEGIN UPDATE data_generation SET n = n + 1; END;
CREATE TRIGGER responses_generation_d AFTER DELETE ON responses BEGIN UPDATE data_generation SET n = n + 1; END;
CREATE TRIGGER deliveries_generation_i AFTER INSERT ON deliveries BEGIN UPDATE data_generation SET n = n + 1; END;
CREATE TRIGGER deliveries_generation_u AFTER UPDATE ON deliveries BEGIN UPDATE data_generation SET n = n + 1; END;
CREATE TRIGGER deliveries_generation_d AFTER DELETE ON deliveries BEGIN UPDATE data_generation SET n = n + 1; END;
CREATE TRIGGER goals_generation_i AFTER INSERT ON goals BEGIN UPDATE data_generation SET n = n + 1; END;
CREATE TRIGGER goals_generation_u AFTER UPDATE ON goals BEGIN UPDATE data_generation SET n = n + 1; END;
CREATE TRIGGER goals_generation_d AFTER DELETE ON goals BEGIN UPDATE data_generation SET n = n + 1; END;
CREATE TRIGGER releases_generation_i AFTER INSERT ON releases BEGIN UPDATE data_generation SET n = n + 1; END;
CREATE TRIGGER releases_generation_u AFTER UPDATE ON releases BEGIN UPDATE data_generation SET n = n + 1; END;
CREATE TRIGGER releases_generation_d AFTER DELETE ON releases BEGIN UPDATE data_generation SET n = n + 1; END;
CREATE TRIGGER settings_generation_i AFTER INSERT ON settings BEGIN UPDATE data_generation SET n = n + 1; END;
CREATE TRIGGER settings_generation_u AFTER UPDATE ON settings BEGIN UPDATE data_generation SET n = n + 1; END;
CREATE TRIGGER settings_generation_d AFTER DELETE ON settings BEGIN UPDATE data_generation SET n = n + 1; END;
)sql";

constexpr std::array kMigrations{
    Migration{1, "tabellen", kInitialSchema},
    Migration{2, "indexen voor lezen", kReadIndexes},
    Migration{3, "extractiedatum van leveringen", kExtractionDate},
    Migration{4, "releases en instellingen", kReleases},
    Migration{5, "versies van antwoorden", kResponseVersions},
    Migration{6, "gebruikers, sessies en auditlog", kAccounts},
    Migration{7, "datageneratie voor caches", kDataGeneration},
};

Result<int> current_version(Connection& connection) {
  auto stmt = connection.prepare("SELECT coalesce(max(version), 0) FROM schema_version", "schemaversie lezen");
  if (!stmt) return std::unexpected(stmt.error());
  auto row = stmt->step();
  if (!row) return std::unexpected(row.error());
  return static_cast<int>(stmt->integer(0));
}

// The version recorded in the file, 0 when it has no schema_version table yet. Read outside any
// transaction: a plain read in WAL mode never waits for a writer.
Result<int> version_without_lock(Connection& connection) {
  auto table = connection.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'",
                                  "schemaversie lezen");
  if (!table) return std::unexpected(table.error());
  auto found = table->step();
  if (!found) return std::unexpected(found.error());
  if (!*found) return 0;
  return current_version(connection);
}

Error too_new(const Connection& connection, int version, int known) {
  return Error{ErrorCode::kFailedPrecondition,
               fmt::format("Database {} heeft schemaversie {}, maar dit programma kent versie {} "
                           "als nieuwste: installeer een nieuwere versie van Regiomonitor",
                           connection.file().string(), version, known),
               {},
               0};
}

}  // namespace

std::span<const Migration> schema_migrations() { return kMigrations; }

Status migrate(Connection& connection, std::span<const Migration> migrations) {
  const int known = migrations.empty() ? 0 : migrations.back().version;
  // Most opens find the schema current: then nothing is written and no lock is taken, so a
  // reading command runs at once while another process holds the write lock.
  auto seen = version_without_lock(connection);
  if (!seen) return std::unexpected(seen.error());
  if (*seen == known) return {};
  if (*seen > known) return std::unexpected(too_new(connection, *seen, known));
  if (connection.read_only()) {
    return std::unexpected(connection.read_only_error(
        fmt::format("het schema bijwerken van versie {} naar versie {} (open de database één keer met schrijfrechten)",
                    *seen, known)));
  }
  // IMMEDIATE: two processes opening a fresh file at once must not both apply migration 1.
  auto tx = Transaction::begin(connection);
  if (!tx) return std::unexpected(tx.error());
  if (auto s = connection.exec("CREATE TABLE IF NOT EXISTS schema_version ("
                               " version INTEGER PRIMARY KEY NOT NULL,"
                               " description TEXT NOT NULL,"
                               " applied_at TEXT NOT NULL)",
                               "schema bijwerken");
      !s) {
    return s;
  }
  auto version = current_version(connection);
  if (!version) return std::unexpected(version.error());
  if (*version > known) return std::unexpected(too_new(connection, *version, known));
  for (const Migration& m : migrations) {
    if (m.version <= *version) continue;
    std::string action = fmt::format("schema bijwerken naar versie {}", m.version);
    if (auto s = connection.exec(m.sql, action); !s) return s;
    auto record = connection.prepare(
        "INSERT INTO schema_version(version, description, applied_at) "
        "VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
        action);
    if (!record) return std::unexpected(record.error());
    record->bind(1, std::int64_t{m.version}).bind(2, m.description);
    if (auto s = record->run(); !s) return s;
  }
  return tx->commit();
}

}  // namespace regio::store::sqlite_detail
