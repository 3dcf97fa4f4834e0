// User accounts: creating (with an argon2id password hash), checking a password, blocking, each
// write with its audit entry in the same store transaction. The CLI (`users`) and the web
// (beheerder's users page) both go through here.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "base/actor.h"
#include "base/error.h"
#include "store/store.h"

namespace regio::web {

// libsodium crypto_pwhash_str (argon2id, interactive limits: 2 passes, 64 MiB).
Result<std::string> hash_password(std::string_view password);
bool verify_password(const std::string& hash, std::string_view password);

enum class PasswordRule {
  kStrict,        // at least 8 characters (every user created by a person)
  kDemoInsecure,  // anything goes: only for the demo's logins, which say so loudly
};

struct NewUser {
  std::string name;
  std::string role;    // beheerder, onderzoeker, regio or lezer
  std::string region;  // required for regio and lezer ("AM13", any case), refused otherwise
  std::string password;
};

// Checks `u` (name: 1..64 of a-z, 0-9, '-', '.', '_'; known role; region present exactly when
// the role needs one and known to `is_region`), hashes the password and stores the user with
// an audit entry (who = actor.name, from actor.channel). Errors: kInvalidArgument with a
// Dutch message naming the field; kAlreadyExists for a known name.
Status create_user(store::Store& store, NewUser u, PasswordRule rule, const Actor& actor, const std::string& now,
                   const std::function<bool(const std::string&)>& is_region);

// Blocks a user (and ends their sessions) with an audit entry. kNotFound when unknown.
Status disable_user(store::Store& store, const std::string& name, const Actor& actor, const std::string& now);

// The Actor a stored user acts as: from the web (Channel::kWeb).
Actor actor_of(const store::UserRecord& u);

}  // namespace regio::web
