// `regiomonitor users`: accounts of the web application (DESIGN §2).
#include <iostream>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/output.h"
#include "service/policy.h"
#include "web/accounts.h"
#include "web/wall_clock.h"

namespace regio::cli {
namespace {

struct AddOptions {
  std::string name;
  std::string role;
  std::string region;
  bool password_stdin = false;
};

// Managing users is the beheerder's: the policy of the service layer decides (as for the web).
Status check_may_manage(const Context& ctx) { return service::authorize(ctx.actor, service::Action::kManageUsers); }

std::string now() { return web::iso_time(web::SystemWallClock().now()); }

Status add_user(Context& ctx, const AddOptions& o) {
  if (auto st = check_may_manage(ctx); !st) return st;
  if (!o.password_stdin)
    return fail(ErrorCode::kInvalidArgument,
                "geef het wachtwoord via --password-stdin (één regel op de standaardinvoer), nooit als argument");
  std::string password;
  std::getline(std::cin, password);
  if (!password.empty() && password.back() == '\r') password.pop_back();
  auto store = ctx.open_store();
  if (!store) return std::unexpected(store.error());
  auto st = web::create_user(**store, {o.name, o.role, o.region, password}, web::PasswordRule::kStrict, ctx.actor,
                             now(), [&](const std::string& code) { return ctx.registry().is_known_region(code); });
  if (!st) return st;
  return write_output(ctx, {},
                      fmt::format("Gebruiker {} toegevoegd met rol {}{}.\n", o.name, o.role,
                                  o.region.empty() ? "" : " voor regio " + o.region));
}

Status list_users(Context& ctx) {
  if (auto st = check_may_manage(ctx); !st) return st;
  auto store = ctx.open_store();
  if (!store) return std::unexpected(store.error());
  auto users = (*store)->users();
  if (!users) return std::unexpected(users.error());
  if (users->empty()) return write_output(ctx, {}, "Er zijn nog geen gebruikers. Voeg er een toe met 'users add'.\n");
  std::string out = fmt::format("{:<24} {:<12} {:<6} {:<12} {}\n", "naam", "rol", "regio", "status", "sinds");
  for (const auto& u : *users)
    out += fmt::format("{:<24} {:<12} {:<6} {:<12} {}\n", u.name, u.role, u.region.empty() ? "-" : u.region,
                       u.disabled ? "geblokkeerd" : "actief", u.created_at);
  return write_output(ctx, {}, out);
}

Status disable(Context& ctx, const std::string& name) {
  if (auto st = check_may_manage(ctx); !st) return st;
  auto store = ctx.open_store();
  if (!store) return std::unexpected(store.error());
  if (auto st = web::disable_user(**store, name, ctx.actor, now()); !st) return st;
  return write_output(ctx, {}, fmt::format("Gebruiker {} is geblokkeerd; zijn sessies zijn beëindigd.\n", name));
}

}  // namespace

void add_users_commands(CLI::App& app, Action& action) {
  auto* cmd = add_command(app, "users", "Gebruikers van de webapplicatie beheren",
                          "Gebruikers met een rol: beheerder (alles), onderzoeker (alle regio's, uploads, releases), "
                          "regio (eigen regio invullen en lezen) of lezer (eigen regio lezen). Elke wijziging komt in "
                          "het auditlog.");
  cmd->require_subcommand(1);

  auto* add = cmd->add_subcommand("add", "Een gebruiker toevoegen (wachtwoord via de standaardinvoer)");
  auto a = std::make_shared<AddOptions>();
  add->add_option("NAAM", a->name, "Gebruikersnaam (kleine letters, cijfers, '-', '.', '_')")->required();
  add->add_option("--role", a->role, "Rol: beheerder, onderzoeker, regio of lezer")->required();
  add->add_option("--region", a->region, "Regio (AM-code) voor de rollen regio en lezer");
  add->add_flag("--password-stdin", a->password_stdin,
                "Lees het wachtwoord (minstens 8 tekens) als één regel van de standaardinvoer");
  add->callback([&action, a] { action = [a](Context& ctx) { return add_user(ctx, *a); }; });

  auto* list = cmd->add_subcommand("list", "Alle gebruikers met rol, regio en status");
  list->callback([&action] { action = [](Context& ctx) { return list_users(ctx); }; });

  auto* off = cmd->add_subcommand("disable", "Een gebruiker blokkeren (en zijn sessies beëindigen)");
  auto name = std::make_shared<std::string>();
  off->add_option("NAAM", *name, "Gebruikersnaam")->required();
  off->callback([&action, name] { action = [name](Context& ctx) { return disable(ctx, *name); }; });
}

}  // namespace regio::cli
