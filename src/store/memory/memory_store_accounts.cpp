// Users, sessions, login attempts and the audit log: MemoryStore's part for the web.
#include <algorithm>
#include <mutex>
#include <shared_mutex>

#include <fmt/format.h>

#include "store/audit_checks.h"
#include "store/memory/memory_store.h"

namespace regio::store {

void MemoryStore::append_audit(AuditEntry e) {
  e.id = audit_.empty() ? 1 : audit_.back().id + 1;
  audit_.push_back(std::move(e));
}

Status MemoryStore::add_user(const UserRecord& u, const AuditEntry& audit) {
  if (auto st = check_audit_entry(audit); !st) return st;
  std::unique_lock lock(mutex_);
  if (users_.contains(u.name)) return fail(ErrorCode::kAlreadyExists, fmt::format("Gebruiker {} bestaat al", u.name));
  users_[u.name] = u;
  append_audit(audit);
  return {};
}

Result<UserRecord> MemoryStore::user(const std::string& name) {
  std::shared_lock lock(mutex_);
  auto it = users_.find(name);
  if (it == users_.end()) return fail(ErrorCode::kNotFound, fmt::format("Gebruiker {} bestaat niet", name));
  return it->second;
}

Result<std::vector<UserRecord>> MemoryStore::users() {
  std::shared_lock lock(mutex_);
  std::vector<UserRecord> out;
  for (const auto& [name, u] : users_) out.push_back(u);
  return out;
}

Status MemoryStore::disable_user(const std::string& name, const AuditEntry& audit) {
  if (auto st = check_audit_entry(audit); !st) return st;
  std::unique_lock lock(mutex_);
  auto it = users_.find(name);
  if (it == users_.end()) return fail(ErrorCode::kNotFound, fmt::format("Gebruiker {} bestaat niet", name));
  it->second.disabled = true;
  std::erase_if(sessions_, [&](const auto& kv) { return kv.second.user == name; });
  append_audit(audit);
  return {};
}

Status MemoryStore::put_session(const SessionRecord& s) {
  std::unique_lock lock(mutex_);
  if (!users_.contains(s.user)) return fail(ErrorCode::kNotFound, fmt::format("Gebruiker {} bestaat niet", s.user));
  if (sessions_.contains(s.id_hash)) return fail(ErrorCode::kAlreadyExists, "Sessie bestaat al");
  sessions_[s.id_hash] = s;
  return {};
}

Result<SessionRecord> MemoryStore::session(const std::string& id_hash) {
  std::shared_lock lock(mutex_);
  auto it = sessions_.find(id_hash);
  if (it == sessions_.end()) return fail(ErrorCode::kNotFound, "Sessie bestaat niet");
  return it->second;
}

Status MemoryStore::touch_session(const std::string& id_hash, const std::string& last_seen) {
  std::unique_lock lock(mutex_);
  auto it = sessions_.find(id_hash);
  if (it == sessions_.end()) return fail(ErrorCode::kNotFound, "Sessie bestaat niet");
  it->second.last_seen = last_seen;
  return {};
}

Status MemoryStore::delete_session(const std::string& id_hash) {
  std::unique_lock lock(mutex_);
  sessions_.erase(id_hash);
  return {};
}

Status MemoryStore::delete_sessions_before(const std::string& idle_before, const std::string& created_before) {
  std::unique_lock lock(mutex_);
  std::erase_if(sessions_, [&](const auto& kv) {
    return kv.second.last_seen < idle_before || kv.second.created_at < created_before;
  });
  return {};
}

Status MemoryStore::add_login_attempt(const LoginAttempt& a) {
  std::unique_lock lock(mutex_);
  attempts_.push_back(a);
  return {};
}

Result<LoginFailures> MemoryStore::login_failures(const std::string& user, const std::string& ip,
                                                  const std::string& since) {
  std::shared_lock lock(mutex_);
  LoginFailures out;
  for (const LoginAttempt& a : attempts_) {
    if (a.success || a.at < since) continue;
    if (a.user == user) ++out.for_user;
    if (a.ip == ip) ++out.for_ip;
  }
  return out;
}

Result<std::vector<AuditEntry>> MemoryStore::audit_log(const AuditQuery& q) {
  std::shared_lock lock(mutex_);
  std::vector<AuditEntry> out;
  for (auto it = audit_.rbegin(); it != audit_.rend() && out.size() < q.limit; ++it) {
    const bool wanted = (q.actor.empty() || it->actor == q.actor) && (q.from.empty() || it->at >= q.from) &&
                        (q.until.empty() || it->at < q.until) && (q.before == 0 || it->id < q.before);
    if (wanted) out.push_back(*it);
  }
  return out;
}

}  // namespace regio::store
