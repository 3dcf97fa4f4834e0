#include "web/sessions.h"

#include <sodium.h>

#include "web/accounts.h"

namespace regio::web {
namespace {

std::string hex(const unsigned char* bytes, std::size_t n) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  out.reserve(2 * n);
  for (std::size_t i = 0; i < n; ++i) {
    out += kDigits[bytes[i] >> 4];
    out += kDigits[bytes[i] & 15];
  }
  return out;
}

constexpr const char* kWrong = "Onjuiste gebruikersnaam of wachtwoord. Controleer beide en probeer het opnieuw.";

}  // namespace

std::string random_token() {
  if (sodium_init() < 0) return {};
  unsigned char bytes[32];
  randombytes_buf(bytes, sizeof bytes);
  return hex(bytes, sizeof bytes);
}

std::string session_hash(const std::string& id) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(id.data()), id.size());
  return hex(digest, sizeof digest);
}

bool equal_tokens(const std::string& a, const std::string& b) {
  return a.size() == b.size() && !a.empty() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

Result<LoginResult> Sessions::login(const std::string& name, const std::string& password, const std::string& ip,
                                    const std::string& old_session_id) {
  const std::int64_t now = clock_.now();
  LoginResult out;
  auto failures = store_.login_failures(name, ip, iso_time(now - policy_.window_seconds));
  if (!failures) return std::unexpected(failures.error());
  if (failures->for_user >= policy_.max_user_failures || failures->for_ip >= policy_.max_ip_failures) {
    out.outcome = LoginResult::Outcome::kThrottled;
    out.retry_after = policy_.window_seconds;
    out.message = "Te veel mislukte inlogpogingen. Wacht 15 minuten en probeer het dan opnieuw.";
    return out;
  }
  auto user = store_.user(name);
  if (!user && user.error().code != ErrorCode::kNotFound) return std::unexpected(user.error());
  // Without the user, verify against a fixed hash anyway, so timing does not tell which names exist.
  static const std::string kDummy = hash_password("regiomonitor-dummy").value_or("");
  const bool ok = verify_password(user ? user->password_hash : kDummy, password) && user.has_value();
  if (auto s = store_.add_login_attempt({iso_time(now), name, ip, ok}); !s) return std::unexpected(s.error());
  if (!ok) {
    out.message = kWrong;
    return out;
  }
  if (user->disabled) {
    out.message = "Dit account is geblokkeerd. Neem contact op met de beheerder van Regiomonitor.";
    return out;
  }
  if (!old_session_id.empty())
    if (auto s = store_.delete_session(session_hash(old_session_id)); !s) return std::unexpected(s.error());
  // Expired sessions of everyone are removed here, so the table does not grow without end.
  if (auto s =
          store_.delete_sessions_before(iso_time(now - policy_.idle_seconds), iso_time(now - policy_.absolute_seconds));
      !s)
    return std::unexpected(s.error());
  out.session_id = random_token();
  out.csrf_token = random_token();
  const std::string at = iso_time(now);
  if (auto s = store_.put_session({session_hash(out.session_id), name, at, at, out.csrf_token}); !s)
    return std::unexpected(s.error());
  out.outcome = LoginResult::Outcome::kOk;
  out.actor = actor_of(*user);
  return out;
}

Result<std::optional<ActiveSession>> Sessions::resolve(const std::string& session_id) {
  if (session_id.size() != 64) return std::optional<ActiveSession>{};
  const std::string hash = session_hash(session_id);
  auto found = store_.session(hash);
  if (!found) {
    if (found.error().code == ErrorCode::kNotFound) return std::optional<ActiveSession>{};
    return std::unexpected(found.error());
  }
  const std::int64_t now = clock_.now();
  const auto created = parse_iso_time(found->created_at);
  const auto seen = parse_iso_time(found->last_seen);
  if (!created || !seen || now - *seen > policy_.idle_seconds || now - *created > policy_.absolute_seconds) {
    if (auto s = store_.delete_session(hash); !s) return std::unexpected(s.error());
    return std::optional<ActiveSession>{};
  }
  auto user = store_.user(found->user);
  if (!user) return std::unexpected(user.error());
  if (user->disabled) return std::optional<ActiveSession>{};
  if (now - *seen >= policy_.touch_seconds) {
    auto s = store_.touch_session(hash, iso_time(now));
    if (!s && s.error().code != ErrorCode::kNotFound) return std::unexpected(s.error());
  }
  return std::optional<ActiveSession>{ActiveSession{actor_of(*user), hash, found->csrf_token}};
}

Status Sessions::logout(const std::string& session_hash_value) { return store_.delete_session(session_hash_value); }

}  // namespace regio::web
