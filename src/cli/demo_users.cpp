#include "cli/demo_users.h"

#include <cctype>

#include <fmt/format.h>

#include "service/audit.h"
#include "web/accounts.h"
#include "web/wall_clock.h"

namespace regio::cli {

Result<std::string> store_demo_users(const Context& ctx, store::Store& store, const std::string& password) {
  if (password.empty()) return fail(ErrorCode::kInvalidArgument, "--demo-password mag niet leeg zijn");
  // One hash for all: the same password anyway, and 37 argon2id hashes would take seconds.
  auto hash = web::hash_password(password);
  if (!hash) return std::unexpected(hash.error());
  const std::string now = web::iso_time(web::SystemWallClock().now());
  std::vector<store::UserRecord> users{{"beheerder", "beheerder", "", *hash, false, now},
                                       {"onderzoeker", "onderzoeker", "", *hash, false, now},
                                       {"lezer-am13", "lezer", "AM13", *hash, false, now}};
  for (const auto& region : ctx.registry().latest().regions()) {
    std::string name = "regio-" + region.code;
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    users.push_back({name, "regio", region.code, *hash, false, now});
  }
  for (const auto& u : users) {
    const auto audit = service::audit_entry(
        ctx.actor, "demogebruiker toegevoegd",
        fmt::format("{} ({}{}{}, demo)", u.name, u.role, u.region.empty() ? "" : " ", u.region), now);
    if (auto st = store.add_user(u, audit); !st) return std::unexpected(st.error());
  }
  const auto warned = service::audit_entry(ctx.actor, "instelling gewijzigd", "web.demo-logins = onveilig", now);
  if (auto st = store.put_settings({{"web.demo-logins", "onveilig"}}, warned); !st) return std::unexpected(st.error());
  return fmt::format(
      "\n!! ONVEILIGE DEMO-LOGINS: iedereen kent het wachtwoord '{}'. Alleen voor een demo op uw eigen computer. !!\n"
      "  beheerder    (alles, gebruikersbeheer)\n"
      "  onderzoeker  (alle regio's)\n"
      "  regio-am13   (regiocoördinator AM13; zo ook regio-am01 … regio-{} voor elke regio)\n"
      "  lezer-am13   (partner in AM13, alleen lezen)\n"
      "Start de webapplicatie met: regiomonitor serve\n",
      password, users.back().name.substr(6));
}

}  // namespace regio::cli
