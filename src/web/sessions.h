// Logging in and out, and finding the session of a request. Sessions live in the store (so
// several `serve` processes on one PostgreSQL database share them); the cookie carries a random
// 256-bit id, the store only its SHA-256. A new id is made at every login.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "base/actor.h"
#include "base/error.h"
#include "store/store.h"
#include "web/wall_clock.h"

namespace regio::web {

struct SessionPolicy {
  std::int64_t idle_seconds = 30 * 60;        // a session unused this long ends
  std::int64_t absolute_seconds = 12 * 3600;  // and every session ends this long after login
  std::int64_t touch_seconds = 60;            // last_seen is written at most once per minute
  int max_user_failures = 5;                  // failed logins per user name within the window
  int max_ip_failures = 20;                   // failed logins per address within the window
  std::int64_t window_seconds = 15 * 60;
};

struct LoginResult {
  enum class Outcome { kOk, kRefused, kThrottled } outcome = Outcome::kRefused;
  std::string message;           // Dutch, for kRefused and kThrottled
  std::int64_t retry_after = 0;  // seconds, for kThrottled
  std::string session_id;        // for kOk: the cookie value
  std::string csrf_token;        // for kOk
  Actor actor;                   // for kOk
};

struct ActiveSession {
  Actor actor;
  std::string hash;
  std::string csrf_token;
};

class Sessions {
 public:
  Sessions(store::Store& store, const WallClock& clock, SessionPolicy policy = {})
      : store_(store), clock_(clock), policy_(policy) {}

  // Checks the password (after the throttle), records the attempt, ends `old_session_id`'s
  // session when given, and starts a new one. Errors only for the store.
  Result<LoginResult> login(const std::string& name, const std::string& password, const std::string& ip,
                            const std::string& old_session_id);
  // The session of a cookie value, nullopt when none, expired (then removed) or the user is
  // blocked. Refreshes last_seen.
  Result<std::optional<ActiveSession>> resolve(const std::string& session_id);
  Status logout(const std::string& session_hash);

  const SessionPolicy& policy() const { return policy_; }

 private:
  store::Store& store_;
  const WallClock& clock_;
  SessionPolicy policy_;
};

// 32 random bytes as 64 hex digits.
std::string random_token();
// SHA-256 of `id` as hex: what the store keeps.
std::string session_hash(const std::string& id);
// Compares without leaking where they differ.
bool equal_tokens(const std::string& a, const std::string& b);

}  // namespace regio::web
