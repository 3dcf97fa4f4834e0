// Users, sessions, login attempts and the audit log: PostgresStore's part for the web. Sessions
// live here too, so several `serve` processes on one database share logins.
#include <fmt/format.h>

#include "store/audit_checks.h"
#include "store/postgres/connection.h"
#include "store/postgres/postgres_store.h"

namespace regio::store {

using postgres_detail::Connection;
using postgres_detail::Params;
using postgres_detail::QueryResult;
using postgres_detail::Transaction;
using Mode = postgres_detail::Transaction::Mode;

namespace {

constexpr const char* kUserColumns = "name, role, region, password_hash, disabled::integer, created_at";

UserRecord user_from(const QueryResult& rows, int i) {
  return {rows.text(i, 0), rows.text(i, 1), rows.text(i, 2), rows.text(i, 3), rows.integer(i, 4) != 0, rows.text(i, 5)};
}

// Whether `sql` with the single text parameter `key` returns a row.
Result<bool> exists(Connection& db, const char* sql, const std::string& key, const char* action) {
  Params params;
  params.text(key);
  auto rows = db.query(sql, params, action);
  if (!rows) return std::unexpected(rows.error());
  return rows->rows() > 0;
}

Error no_user(const std::string& name) {
  return Error{ErrorCode::kNotFound, fmt::format("Gebruiker {} bestaat niet", name), {}, 0};
}

}  // namespace

Status PostgresStore::insert_audit(Connection& db, const AuditEntry& e) {
  if (auto s = check_audit_entry(e); !s) return s;
  Params params;
  params.text(e.at).text(e.actor).text(e.channel).text(e.action).text(e.target);
  auto rows = db.query("INSERT INTO audit_log(at, actor, channel, action, target) VALUES ($1, $2, $3, $4, $5)", params,
                       "auditlog schrijven");
  if (!rows) return std::unexpected(rows.error());
  return {};
}

Status PostgresStore::add_user(const UserRecord& u, const AuditEntry& audit) {
  auto lease = pool_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  const char* action = "gebruiker opslaan";
  auto tx = Transaction::begin(db, Mode::kReadWrite, action);
  if (!tx) return std::unexpected(tx.error());
  Params params;
  params.text(u.name).text(u.role).text(u.region).text(u.password_hash).integer(u.disabled ? 1 : 0).text(u.created_at);
  auto rows = db.query(
      "INSERT INTO users(name, role, region, password_hash, disabled, created_at) "
      "VALUES ($1, $2, $3, $4, $5::bigint <> 0, $6) ON CONFLICT (name) DO NOTHING RETURNING 1",
      params, action);
  if (!rows) return std::unexpected(rows.error());
  if (rows->rows() == 0) return fail(ErrorCode::kAlreadyExists, fmt::format("Gebruiker {} bestaat al", u.name));
  if (auto s = insert_audit(db, audit); !s) return s;
  return tx->commit();
}

Result<UserRecord> PostgresStore::user(const std::string& name) {
  auto lease = pool_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  const char* action = "gebruiker lezen";
  if (auto s = db.ensure_connected(action); !s) return std::unexpected(s.error());
  Params params;
  params.text(name);
  const std::string sql = fmt::format("SELECT {} FROM users WHERE name = $1", kUserColumns);
  auto rows = db.query(sql.c_str(), params, action);
  if (!rows) return std::unexpected(rows.error());
  if (rows->rows() == 0) return std::unexpected(no_user(name));
  return user_from(*rows, 0);
}

Result<std::vector<UserRecord>> PostgresStore::users() {
  auto lease = pool_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  const char* action = "gebruikers lezen";
  if (auto s = db.ensure_connected(action); !s) return std::unexpected(s.error());
  const std::string sql = fmt::format("SELECT {} FROM users ORDER BY name", kUserColumns);
  auto rows = db.query(sql.c_str(), Params{}, action);
  if (!rows) return std::unexpected(rows.error());
  std::vector<UserRecord> out;
  for (int i = 0; i < rows->rows(); ++i) out.push_back(user_from(*rows, i));
  return out;
}

Status PostgresStore::disable_user(const std::string& name, const AuditEntry& audit) {
  auto lease = pool_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  const char* action = "gebruiker blokkeren";
  auto tx = Transaction::begin(db, Mode::kReadWrite, action);
  if (!tx) return std::unexpected(tx.error());
  Params params;
  params.text(name);
  auto rows = db.query("UPDATE users SET disabled = true WHERE name = $1 RETURNING 1", params, action);
  if (!rows) return std::unexpected(rows.error());
  if (rows->rows() == 0) return std::unexpected(no_user(name));
  auto gone = db.query("DELETE FROM sessions WHERE \"user\" = $1", params, action);
  if (!gone) return std::unexpected(gone.error());
  if (auto s = insert_audit(db, audit); !s) return s;
  return tx->commit();
}

Status PostgresStore::put_session(const SessionRecord& r) {
  auto lease = pool_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  const char* action = "sessie opslaan";
  auto tx = Transaction::begin(db, Mode::kReadWrite, action);
  if (!tx) return std::unexpected(tx.error());
  auto found = exists(db, "SELECT 1 FROM users WHERE name = $1", r.user, "gebruiker zoeken");
  if (!found) return std::unexpected(found.error());
  if (!*found) return std::unexpected(no_user(r.user));
  Params params;
  params.text(r.id_hash).text(r.user).text(r.created_at).text(r.last_seen).text(r.csrf_token);
  auto rows = db.query(
      "INSERT INTO sessions(id_hash, \"user\", created_at, last_seen, csrf_token) VALUES ($1, $2, $3, $4, $5) "
      "ON CONFLICT (id_hash) DO NOTHING RETURNING 1",
      params, action);
  if (!rows) return std::unexpected(rows.error());
  if (rows->rows() == 0) return fail(ErrorCode::kAlreadyExists, "Sessie bestaat al");
  return tx->commit();
}

Result<SessionRecord> PostgresStore::session(const std::string& id_hash) {
  auto lease = pool_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  const char* action = "sessie lezen";
  if (auto s = db.ensure_connected(action); !s) return std::unexpected(s.error());
  Params params;
  params.text(id_hash);
  auto rows = db.query("SELECT id_hash, \"user\", created_at, last_seen, csrf_token FROM sessions WHERE id_hash = $1",
                       params, action);
  if (!rows) return std::unexpected(rows.error());
  if (rows->rows() == 0) return fail(ErrorCode::kNotFound, "Sessie bestaat niet");
  return SessionRecord{rows->text(0, 0), rows->text(0, 1), rows->text(0, 2), rows->text(0, 3), rows->text(0, 4)};
}

Status PostgresStore::touch_session(const std::string& id_hash, const std::string& last_seen) {
  auto lease = pool_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  const char* action = "sessie bijwerken";
  auto tx = Transaction::begin(db, Mode::kReadWrite, action);
  if (!tx) return std::unexpected(tx.error());
  Params params;
  params.text(last_seen).text(id_hash);
  auto rows = db.query("UPDATE sessions SET last_seen = $1 WHERE id_hash = $2 RETURNING 1", params, action);
  if (!rows) return std::unexpected(rows.error());
  if (rows->rows() == 0) return fail(ErrorCode::kNotFound, "Sessie bestaat niet");
  return tx->commit();
}

Status PostgresStore::delete_session(const std::string& id_hash) {
  auto lease = pool_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  const char* action = "sessie verwijderen";
  auto tx = Transaction::begin(db, Mode::kReadWrite, action);
  if (!tx) return std::unexpected(tx.error());
  Params params;
  params.text(id_hash);
  auto rows = db.query("DELETE FROM sessions WHERE id_hash = $1", params, action);
  if (!rows) return std::unexpected(rows.error());
  return tx->commit();
}

Status PostgresStore::delete_sessions_before(const std::string& idle_before, const std::string& created_before) {
  auto lease = pool_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  const char* action = "sessies opruimen";
  auto tx = Transaction::begin(db, Mode::kReadWrite, action);
  if (!tx) return std::unexpected(tx.error());
  Params params;
  params.text(idle_before).text(created_before);
  auto rows = db.query("DELETE FROM sessions WHERE last_seen < $1 OR created_at < $2", params, action);
  if (!rows) return std::unexpected(rows.error());
  return tx->commit();
}

Status PostgresStore::add_login_attempt(const LoginAttempt& a) {
  auto lease = pool_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  const char* action = "inlogpoging opslaan";
  auto tx = Transaction::begin(db, Mode::kReadWrite, action);
  if (!tx) return std::unexpected(tx.error());
  Params params;
  params.text(a.at).text(a.user).text(a.ip).integer(a.success ? 1 : 0);
  auto rows = db.query("INSERT INTO login_attempts(at, \"user\", ip, success) VALUES ($1, $2, $3, $4::bigint <> 0)",
                       params, action);
  if (!rows) return std::unexpected(rows.error());
  return tx->commit();
}

Result<LoginFailures> PostgresStore::login_failures(const std::string& user, const std::string& ip,
                                                    const std::string& since) {
  auto lease = pool_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  const char* action = "inlogpogingen tellen";
  if (auto s = db.ensure_connected(action); !s) return std::unexpected(s.error());
  Params params;
  params.text(user).text(ip).text(since);
  auto rows = db.query(
      "SELECT (SELECT count(*) FROM login_attempts WHERE \"user\" = $1 AND at >= $3 AND NOT success),"
      "       (SELECT count(*) FROM login_attempts WHERE ip = $2 AND at >= $3 AND NOT success)",
      params, action);
  if (!rows) return std::unexpected(rows.error());
  return LoginFailures{static_cast<int>(rows->integer(0, 0)), static_cast<int>(rows->integer(0, 1))};
}

Result<std::vector<AuditEntry>> PostgresStore::audit_log(const AuditQuery& q) {
  auto lease = pool_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  const char* action = "auditlog lezen";
  if (auto s = db.ensure_connected(action); !s) return std::unexpected(s.error());
  Params params;
  params.text(q.actor).text(q.from).text(q.until).integer(q.before).integer(static_cast<std::int64_t>(q.limit));
  // An empty filter matches everything; times are ISO text, compared byte by byte (COLLATE "C").
  auto rows = db.query(
      "SELECT id, at, actor, channel, action, target FROM audit_log "
      "WHERE ($1 = '' OR actor = $1) AND ($2 = '' OR at COLLATE \"C\" >= $2) "
      "AND ($3 = '' OR at COLLATE \"C\" < $3) AND ($4::bigint = 0 OR id < $4::bigint) "
      "ORDER BY id DESC LIMIT $5",
      params, action);
  if (!rows) return std::unexpected(rows.error());
  std::vector<AuditEntry> out;
  for (int i = 0; i < rows->rows(); ++i)
    out.push_back({rows->integer(i, 0), rows->text(i, 1), rows->text(i, 2), rows->text(i, 3), rows->text(i, 4),
                   rows->text(i, 5)});
  return out;
}

}  // namespace regio::store
