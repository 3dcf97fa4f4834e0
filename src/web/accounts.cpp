#include "web/accounts.h"

#include <sodium.h>

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "service/audit.h"

namespace regio::web {
namespace {

bool sodium_ready() {
  static const bool ok = sodium_init() >= 0;
  return ok;
}

bool valid_name(std::string_view name) {
  if (name.empty() || name.size() > 64) return false;
  return std::ranges::all_of(name, [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_';
  });
}

std::string upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

Result<std::string> hash_password(std::string_view password) {
  if (!sodium_ready()) return fail(ErrorCode::kInternal, "libsodium kon niet worden gestart");
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
    return fail(ErrorCode::kUnavailable, "Onvoldoende geheugen om het wachtwoord te versleutelen");
  return std::string(out);
}

bool verify_password(const std::string& hash, std::string_view password) {
  if (!sodium_ready()) return false;
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

Status create_user(store::Store& store, NewUser u, PasswordRule rule, const Actor& actor, const std::string& now,
                   const std::function<bool(const std::string&)>& is_region) {
  if (!valid_name(u.name))
    return fail(
        ErrorCode::kInvalidArgument,
        fmt::format("Gebruikersnaam '{}' is ongeldig: gebruik 1 tot 64 kleine letters, cijfers, '-', '.' of '_'",
                    u.name));
  const auto role = role_from_name(u.role);
  if (!role || *role == Role::kPubliek)
    return fail(ErrorCode::kInvalidArgument,
                fmt::format("Rol '{}' is onbekend: kies beheerder, onderzoeker, regio of lezer", u.role));
  const bool regional = *role == Role::kRegio || *role == Role::kLezer;
  u.region = upper(u.region);
  if (regional && u.region.empty())
    return fail(ErrorCode::kInvalidArgument,
                fmt::format("Rol {} hoort bij een regio: geef de regio op (bijv. AM13)", u.role));
  if (!regional && !u.region.empty())
    return fail(ErrorCode::kInvalidArgument, fmt::format("Rol {} hoort niet bij één regio: laat de regio weg", u.role));
  if (regional && !is_region(u.region))
    return fail(ErrorCode::kInvalidArgument, fmt::format("Regio '{}' is geen arbeidsmarktregio", u.region));
  if (rule == PasswordRule::kStrict && u.password.size() < 8)
    return fail(ErrorCode::kInvalidArgument, "Het wachtwoord is te kort: gebruik minstens 8 tekens");
  if (u.password.empty()) return fail(ErrorCode::kInvalidArgument, "Het wachtwoord is leeg");
  auto hash = hash_password(u.password);
  if (!hash) return std::unexpected(hash.error());
  store::UserRecord record{u.name, std::string(role_name(*role)), u.region, *hash, false, now};
  return store.add_user(
      record,
      service::audit_entry(actor, "gebruiker toegevoegd",
                           fmt::format("{} ({}{}{})", u.name, u.role, u.region.empty() ? "" : " ", u.region), now));
}

Status disable_user(store::Store& store, const std::string& name, const Actor& actor, const std::string& now) {
  return store.disable_user(name, service::audit_entry(actor, "gebruiker geblokkeerd", name, now));
}

Actor actor_of(const store::UserRecord& u) {
  return Actor{u.name, role_from_name(u.role).value_or(Role::kPubliek), u.region, Channel::kWeb};
}

}  // namespace regio::web
