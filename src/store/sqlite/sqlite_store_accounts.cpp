// Users, sessions, login attempts and the audit log: SqliteStore's part for the web.
#include <fmt/format.h>

#include "store/audit_checks.h"
#include "store/sqlite/connection.h"
#include "store/sqlite/sqlite_store.h"

namespace regio::store {

using sqlite_detail::Connection;
using sqlite_detail::Statement;
using sqlite_detail::Transaction;

namespace {

constexpr const char* kUserColumns = "name, role, region, password_hash, disabled, created_at";

UserRecord user_from(const Statement& s) {
  return {s.text(0), s.text(1), s.text(2), s.text(3), s.integer(4) != 0, s.text(5)};
}

// Whether `sql` with the single text parameter `key` returns a row.
Result<bool> exists(Connection& db, const char* sql, const std::string& key, const char* action) {
  auto stmt = db.prepare(sql, action);
  if (!stmt) return std::unexpected(stmt.error());
  stmt->bind(1, key);
  auto row = stmt->step();
  if (!row) return std::unexpected(row.error());
  stmt->reset();  // finish before the next statement
  return *row;
}

Error no_user(const std::string& name) {
  return Error{ErrorCode::kNotFound, fmt::format("Gebruiker {} bestaat niet", name), {}, 0};
}

}  // namespace

Status SqliteStore::insert_audit(const AuditEntry& e) {
  if (auto s = check_audit_entry(e); !s) return s;
  auto stmt = writer_->prepare("INSERT INTO audit_log(at, actor, channel, action, target) VALUES (?, ?, ?, ?, ?)",
                               "auditlog schrijven");
  if (!stmt) return std::unexpected(stmt.error());
  stmt->bind(1, e.at).bind(2, e.actor).bind(3, e.channel).bind(4, e.action).bind(5, e.target);
  return stmt->run();
}

Status SqliteStore::add_user(const UserRecord& u, const AuditEntry& audit) {
  std::lock_guard lock(write_mutex_);
  Connection& db = *writer_;
  auto tx = Transaction::begin(db);
  if (!tx) return std::unexpected(tx.error());
  auto found = exists(db, "SELECT 1 FROM users WHERE name = ?", u.name, "gebruiker zoeken");
  if (!found) return std::unexpected(found.error());
  if (*found) return fail(ErrorCode::kAlreadyExists, fmt::format("Gebruiker {} bestaat al", u.name));
  auto stmt =
      db.prepare(fmt::format("INSERT INTO users({}) VALUES (?, ?, ?, ?, ?, ?)", kUserColumns), "gebruiker opslaan");
  if (!stmt) return std::unexpected(stmt.error());
  stmt->bind(1, u.name)
      .bind(2, u.role)
      .bind(3, u.region)
      .bind(4, u.password_hash)
      .bind(5, std::int64_t{u.disabled ? 1 : 0})
      .bind(6, u.created_at);
  if (auto s = stmt->run(); !s) return s;
  if (auto s = insert_audit(audit); !s) return s;
  return tx->commit();
}

Result<UserRecord> SqliteStore::user(const std::string& name) {
  auto lease = readers_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  auto stmt = db.prepare(fmt::format("SELECT {} FROM users WHERE name = ?", kUserColumns), "gebruiker lezen");
  if (!stmt) return std::unexpected(stmt.error());
  stmt->bind(1, name);
  auto row = stmt->step();
  if (!row) return std::unexpected(row.error());
  if (!*row) return std::unexpected(no_user(name));
  UserRecord out = user_from(*stmt);
  if (auto s = stmt->run(); !s) return std::unexpected(s.error());
  return out;
}

Result<std::vector<UserRecord>> SqliteStore::users() {
  auto lease = readers_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  auto stmt = db.prepare(fmt::format("SELECT {} FROM users ORDER BY name", kUserColumns), "gebruikers lezen");
  if (!stmt) return std::unexpected(stmt.error());
  std::vector<UserRecord> out;
  for (;;) {
    auto row = stmt->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) break;
    out.push_back(user_from(*stmt));
  }
  return out;
}

Status SqliteStore::disable_user(const std::string& name, const AuditEntry& audit) {
  std::lock_guard lock(write_mutex_);
  Connection& db = *writer_;
  auto tx = Transaction::begin(db);
  if (!tx) return std::unexpected(tx.error());
  auto found = exists(db, "SELECT 1 FROM users WHERE name = ?", name, "gebruiker zoeken");
  if (!found) return std::unexpected(found.error());
  if (!*found) return std::unexpected(no_user(name));
  for (const char* sql : {"UPDATE users SET disabled = 1 WHERE name = ?", "DELETE FROM sessions WHERE user = ?"}) {
    auto stmt = db.prepare(sql, "gebruiker blokkeren");
    if (!stmt) return std::unexpected(stmt.error());
    stmt->bind(1, name);
    if (auto s = stmt->run(); !s) return s;
  }
  if (auto s = insert_audit(audit); !s) return s;
  return tx->commit();
}

Status SqliteStore::put_session(const SessionRecord& r) {
  std::lock_guard lock(write_mutex_);
  Connection& db = *writer_;
  auto tx = Transaction::begin(db);
  if (!tx) return std::unexpected(tx.error());
  auto found = exists(db, "SELECT 1 FROM users WHERE name = ?", r.user, "gebruiker zoeken");
  if (!found) return std::unexpected(found.error());
  if (!*found) return std::unexpected(no_user(r.user));
  auto stmt =
      db.prepare("INSERT INTO sessions(id_hash, user, created_at, last_seen, csrf_token) VALUES (?, ?, ?, ?, ?)",
                 "sessie opslaan");
  if (!stmt) return std::unexpected(stmt.error());
  stmt->bind(1, r.id_hash).bind(2, r.user).bind(3, r.created_at).bind(4, r.last_seen).bind(5, r.csrf_token);
  if (auto s = stmt->run(); !s) return s;
  return tx->commit();
}

Result<SessionRecord> SqliteStore::session(const std::string& id_hash) {
  auto lease = readers_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  auto stmt = db.prepare("SELECT id_hash, user, created_at, last_seen, csrf_token FROM sessions WHERE id_hash = ?",
                         "sessie lezen");
  if (!stmt) return std::unexpected(stmt.error());
  stmt->bind(1, id_hash);
  auto row = stmt->step();
  if (!row) return std::unexpected(row.error());
  if (!*row) return fail(ErrorCode::kNotFound, "Sessie bestaat niet");
  SessionRecord out{stmt->text(0), stmt->text(1), stmt->text(2), stmt->text(3), stmt->text(4)};
  if (auto s = stmt->run(); !s) return std::unexpected(s.error());
  return out;
}

Status SqliteStore::touch_session(const std::string& id_hash, const std::string& last_seen) {
  std::lock_guard lock(write_mutex_);
  Connection& db = *writer_;
  auto tx = Transaction::begin(db);
  if (!tx) return std::unexpected(tx.error());
  auto found = exists(db, "SELECT 1 FROM sessions WHERE id_hash = ?", id_hash, "sessie zoeken");
  if (!found) return std::unexpected(found.error());
  if (!*found) return fail(ErrorCode::kNotFound, "Sessie bestaat niet");
  auto stmt = db.prepare("UPDATE sessions SET last_seen = ? WHERE id_hash = ?", "sessie bijwerken");
  if (!stmt) return std::unexpected(stmt.error());
  stmt->bind(1, last_seen).bind(2, id_hash);
  if (auto s = stmt->run(); !s) return s;
  return tx->commit();
}

Status SqliteStore::delete_session(const std::string& id_hash) {
  std::lock_guard lock(write_mutex_);
  Connection& db = *writer_;
  auto tx = Transaction::begin(db);
  if (!tx) return std::unexpected(tx.error());
  auto stmt = db.prepare("DELETE FROM sessions WHERE id_hash = ?", "sessie verwijderen");
  if (!stmt) return std::unexpected(stmt.error());
  stmt->bind(1, id_hash);
  if (auto s = stmt->run(); !s) return s;
  return tx->commit();
}

Status SqliteStore::delete_sessions_before(const std::string& idle_before, const std::string& created_before) {
  std::lock_guard lock(write_mutex_);
  Connection& db = *writer_;
  auto tx = Transaction::begin(db);
  if (!tx) return std::unexpected(tx.error());
  auto stmt = db.prepare("DELETE FROM sessions WHERE last_seen < ? OR created_at < ?", "sessies opruimen");
  if (!stmt) return std::unexpected(stmt.error());
  stmt->bind(1, idle_before).bind(2, created_before);
  if (auto s = stmt->run(); !s) return s;
  return tx->commit();
}

Status SqliteStore::add_login_attempt(const LoginAttempt& a) {
  std::lock_guard lock(write_mutex_);
  Connection& db = *writer_;
  auto tx = Transaction::begin(db);
  if (!tx) return std::unexpected(tx.error());
  auto stmt =
      db.prepare("INSERT INTO login_attempts(at, user, ip, success) VALUES (?, ?, ?, ?)", "inlogpoging opslaan");
  if (!stmt) return std::unexpected(stmt.error());
  stmt->bind(1, a.at).bind(2, a.user).bind(3, a.ip).bind(4, std::int64_t{a.success ? 1 : 0});
  if (auto s = stmt->run(); !s) return s;
  return tx->commit();
}

Result<LoginFailures> SqliteStore::login_failures(const std::string& user, const std::string& ip,
                                                  const std::string& since) {
  auto lease = readers_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  auto stmt = db.prepare(
      "SELECT (SELECT count(*) FROM login_attempts WHERE user = ? AND at >= ? AND success = 0),"
      "       (SELECT count(*) FROM login_attempts WHERE ip = ? AND at >= ? AND success = 0)",
      "inlogpogingen tellen");
  if (!stmt) return std::unexpected(stmt.error());
  stmt->bind(1, user).bind(2, since).bind(3, ip).bind(4, since);
  auto row = stmt->step();
  if (!row) return std::unexpected(row.error());
  LoginFailures out{static_cast<int>(stmt->integer(0)), static_cast<int>(stmt->integer(1))};
  if (auto s = stmt->run(); !s) return std::unexpected(s.error());
  return out;
}

Result<std::vector<AuditEntry>> SqliteStore::audit_log(const AuditQuery& q) {
  auto lease = readers_->acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& db = lease->connection();
  // An empty filter matches everything: each condition is "? = '' OR ...".
  auto stmt = db.prepare(
      "SELECT id, at, actor, channel, action, target FROM audit_log "
      "WHERE (? = '' OR actor = ?) AND (? = '' OR at >= ?) AND (? = '' OR at < ?) AND (? = 0 OR id < ?) "
      "ORDER BY id DESC LIMIT ?",
      "auditlog lezen");
  if (!stmt) return std::unexpected(stmt.error());
  stmt->bind(1, q.actor).bind(2, q.actor).bind(3, q.from).bind(4, q.from).bind(5, q.until).bind(6, q.until);
  stmt->bind(7, q.before).bind(8, q.before).bind(9, static_cast<std::int64_t>(q.limit));
  std::vector<AuditEntry> out;
  for (;;) {
    auto row = stmt->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) break;
    out.push_back({stmt->integer(0), stmt->text(1), stmt->text(2), stmt->text(3), stmt->text(4), stmt->text(5)});
  }
  return out;
}

}  // namespace regio::store
