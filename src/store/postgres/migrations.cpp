#include "store/postgres/migrations.h"

#include <fmt/format.h>

#include <array>

namespace regio::store::postgres_detail {
namespace {

// The same tables as the SQLite adapter. Keys sort bytewise (COLLATE "C"), as in SQLite,
// whatever locale the server was created with. Dates of waves are `date`; the delivery dates and
// imported_at stay text because the Store hands them over as text ("" when a delivery is empty).
// Answers and repeats are jsonb (store/response_codec.h writes them). Payloads are already a
// compact binary form: STORAGE EXTERNAL skips a pointless compression pass over ~100 MB and
// lets substring() read a slice without reading the whole value.
constexpr const char* kInitialSchema = R"sql(
CREATE TABLE questionnaires (
  id            text COLLATE "C" PRIMARY KEY,
  workbook_json text NOT NULL
);
CREATE TABLE waves (
  code          text COLLATE "C" PRIMARY KEY,
  name          text NOT NULL,
  date          date NOT NULL,
  questionnaire text COLLATE "C" NOT NULL REFERENCES questionnaires(id)
);
CREATE INDEX waves_by_date ON waves(date, code);
CREATE INDEX waves_by_questionnaire ON waves(questionnaire);
CREATE TABLE responses (
  wave       text COLLATE "C" NOT NULL REFERENCES waves(code),
  region     text COLLATE "C" NOT NULL,
  status     text NOT NULL CHECK (status IN ('concept', 'ingediend')),
  answers    jsonb NOT NULL,
  repeats    jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (wave, region)
);
CREATE TABLE deliveries (
  id          text COLLATE "C" PRIMARY KEY,
  imported_at text NOT NULL,
  trajecten   bigint NOT NULL,
  werk        bigint NOT NULL,
  uitkeringen bigint NOT NULL,
  first_date  text NOT NULL,
  last_date   text NOT NULL,
  payload     bytea NOT NULL
);
ALTER TABLE deliveries ALTER COLUMN payload SET STORAGE EXTERNAL;
CREATE TABLE goals (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  region       text COLLATE "C" NOT NULL,
  indicator    text NOT NULL,
  target       double precision NOT NULL,
  year         integer NOT NULL,
  intervention text NOT NULL,
  description  text NOT NULL
);
CREATE INDEX goals_by_region ON goals(region, id);
)sql";

// Releases of outcome figures (immutable: no UPDATE or DELETE is ever issued) and installation
// settings such as the disclosure threshold.
constexpr const char* kReleases = R"sql(
CREATE TABLE releases (
  peildatum    text PRIMARY KEY,
  published_at text NOT NULL,
  published_by text NOT NULL,
  note         text NOT NULL,
  threshold    integer NOT NULL,
  rounding     integer NOT NULL,
  body         text NOT NULL
);
CREATE TABLE settings (
  key   text PRIMARY KEY,
  value text NOT NULL
);
)sql";

// The day each delivery was extracted at its source; existing rows as in the SQLite adapter
// (the earlier of last_date and the import date). Version 3 to match the SQLite schema's
// numbering of this step; version 2 (SQLite's read indexes) is already part of version 1 here and
// is recorded as an empty step, so a version number means the same schema in both adapters.
constexpr const char* kExtractionDate = R"sql(
ALTER TABLE deliveries ADD COLUMN extraction_date text NOT NULL DEFAULT '';
UPDATE deliveries SET extraction_date =
  CASE WHEN last_date <> '' AND last_date < substr(imported_at, 1, 10) THEN last_date
       ELSE substr(imported_at, 1, 10) END;
)sql";

// Optimistic concurrency for responses (as in the SQLite schema, version 5).
constexpr const char* kResponseVersions = R"sql(
ALTER TABLE responses ADD COLUMN version bigint NOT NULL DEFAULT 1;
)sql";

// Accounts of the web application, as in the SQLite adapter (schema version 6).
constexpr const char* kAccounts = R"sql(
CREATE TABLE users (
  name          text COLLATE "C" PRIMARY KEY,
  role          text NOT NULL CHECK (role IN ('beheerder', 'onderzoeker', 'regio', 'lezer')),
  region        text NOT NULL,
  password_hash text NOT NULL,
  disabled      boolean NOT NULL DEFAULT false,
  created_at    text NOT NULL
);
CREATE TABLE sessions (
  id_hash    text PRIMARY KEY,
  "user"     text COLLATE "C" NOT NULL REFERENCES users(name),
  created_at text NOT NULL,
  last_seen  text NOT NULL,
  csrf_token text NOT NULL
);
CREATE INDEX sessions_by_user ON sessions("user");
CREATE TABLE login_attempts (
  at      text NOT NULL,
  "user"  text NOT NULL,
  ip      text NOT NULL,
  success boolean NOT NULL
);
CREATE INDEX login_attempts_by_user ON login_attempts("user", at);
CREATE INDEX login_attempts_by_ip ON login_attempts(ip, at);
CREATE TABLE audit_log (
  id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at      text NOT NULL,
  actor   text NOT NULL,
  channel text NOT NULL CHECK (channel IN ('web', 'cli')),
  action  text NOT NULL,
  target  text NOT NULL
);
)sql";

// The data generation, as in the SQLite adapter (schema version 7). The triggers are deferred to
// the commit, so a transaction takes the counter's row lock last, when it holds every other lock
// it needs: two writers cannot deadlock over it.
constexpr const char* kDataGeneration = R"sql(
CREATE TABLE data_generation (
  id integer PRIMARY KEY CHECK (id = 1),
  n  bigint NOT NULL
);
INSERT INTO data_generation(id, n) VALUES (1, 0);
CREATE FUNCTION bump_data_generation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE data_generation SET n = n + 1 WHERE id = 1;
  RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER questionnaires_generation AFTER INSERT OR UPDATE OR DELETE ON questionnaires
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_data_generation();
CREATE CONSTRAINT TRIGGER waves_generation AFTER INSERT OR UPDATE OR DELETE ON waves
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_data_generation();
CREATE CONSTRAINT TRIGGER responses_generation AFTER INSERT OR UPDATE OR DELETE ON responses
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_data_generation();
CREATE CONSTRAINT TRIGGER deliveries_generation AFTER INSERT OR UPDATE OR DELETE ON deliveries
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_data_generation();
CREATE CONSTRAINT TRIGGER goals_generation AFTER INSERT OR UPDATE OR DELETE ON goals
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_data_generation();
CREATE CONSTRAINT TRIGGER releases_generation AFTER INSERT OR UPDATE OR DELETE ON releases
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_data_generation();
CREATE CONSTRAINT TRIGGER settings_generation AFTER INSERT OR UPDATE OR DELETE ON settings
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_data_generation();
)sql";

constexpr std::array kMigrations{
    Migration{1, "tabellen en indexen", kInitialSchema},
    Migration{2, "indexen voor lezen (al in versie 1)", "SELECT 1"},
    Migration{3, "extractiedatum van leveringen", kExtractionDate},
    Migration{4, "releases en instellingen", kReleases},
    Migration{5, "versies van antwoorden", kResponseVersions},
    Migration{6, "gebruikers, sessies en auditlog", kAccounts},
    Migration{7, "datageneratie voor caches", kDataGeneration},
};

// Key of the advisory lock that serializes migrations ("regiomig" in ASCII).
constexpr const char* kLockMigrations = "SELECT pg_advisory_xact_lock(8243108395510229351)";

}  // namespace

std::span<const Migration> schema_migrations() { return kMigrations; }

Status migrate(Connection& connection, std::span<const Migration> migrations) {
  const char* action = "schema bijwerken";
  auto tx = Transaction::begin(connection, Transaction::Mode::kReadWrite, action);
  if (!tx) return std::unexpected(tx.error());
  // Taken before the table check: two processes opening a fresh database at once must not both
  // create the tables (the second would fail on them).
  if (auto s = connection.exec(kLockMigrations, action); !s) return s;
  if (auto s = connection.exec("CREATE TABLE IF NOT EXISTS schema_version ("
                               " version integer PRIMARY KEY,"
                               " description text NOT NULL,"
                               " applied_at timestamptz NOT NULL DEFAULT now())",
                               action);
      !s) {
    return s;
  }
  auto current = connection.query("SELECT coalesce(max(version), 0) FROM schema_version", {}, action);
  if (!current) return std::unexpected(current.error());
  const auto version = current->integer(0, 0);
  const int known = migrations.empty() ? 0 : migrations.back().version;
  if (version > known) {
    return fail(ErrorCode::kFailedPrecondition,
                fmt::format("Database ({}) heeft schemaversie {}, maar dit programma kent versie {} "
                            "als nieuwste: installeer een nieuwere versie van Regiomonitor",
                            connection.where(), version, known));
  }
  for (const Migration& m : migrations) {
    if (m.version <= version) continue;
    std::string step = fmt::format("schema bijwerken naar versie {}", m.version);
    if (auto s = connection.exec(m.sql, step); !s) return s;
    postgres_detail::Params params;
    params.integer(m.version).text(m.description);
    auto recorded = connection.query("INSERT INTO schema_version(version, description) VALUES ($1, $2)", params, step);
    if (!recorded) return std::unexpected(recorded.error());
  }
  return tx->commit();
}

}  // namespace regio::store::postgres_detail
