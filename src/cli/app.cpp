#include "cli/app.h"

#include <cstdlib>
#include <exception>
#include <ostream>
#include <string_view>

#include <fmt/format.h>

#include "cli/cli11_dutch.h"
#include "cli/commands.h"
#include "cli/conventions.h"
#include "cli/exit_code.h"

namespace regio::cli {
namespace {

constexpr const char* kDescription =
    "Regiomonitor GGZ & Werk: monitor per arbeidsmarktregio hoe GGZ en Werk & Inkomen samenwerken\n"
    "en wat dat oplevert voor cliënten (vragenlijsten per meetmoment, landelijke analyse,\n"
    "gepseudonimiseerde cliëntgegevens, uitkomstindicatoren met onthullingsbeveiliging en doelen).";

// The CLI's user is the operator: the internal detail (SQL, library text, server paths) helps
// here and is printed below the message.
int report(const Context& ctx, const Error& e) {
  ctx.err() << "Fout: " << e.describe_for_operator() << "\n";
  return exit_code_for(e.code);
}

// --rol: "beheerder", "onderzoeker", "publiek", or "regio:AM13" / "lezer:AM13".
Result<Actor> actor_from_option(const std::string& text, const std::string& user) {
  const auto colon = text.find(':');
  const std::string name = text.substr(0, colon);
  const auto role = role_from_name(name);
  const bool regional = role == Role::kRegio || role == Role::kLezer;
  if (!role || regional != (colon != std::string::npos))
    return fail(
        ErrorCode::kInvalidArgument,
        fmt::format("--rol '{}' is onbekend: kies beheerder, onderzoeker, regio:AMxx, lezer:AMxx of publiek", text));
  Actor actor{user, *role, {}, Channel::kCli};
  if (regional) {
    actor.region = normalize_code(text.substr(colon + 1));
  }
  return actor;
}

// --db / REGIOMONITOR_DB must name a real database: SQLite would quietly use a temporary one for
// "" (and a memory one for ":memory:"), so an import would "succeed" and its data be gone.
Status check_database_name(const std::filesystem::path& db, bool from_environment) {
  const std::string text = db.string();
  const char* source = from_environment ? "REGIOMONITOR_DB" : "--db";
  if (text.empty())
    return fail(ErrorCode::kInvalidArgument,
                fmt::format("{} is leeg: geef een databasebestand of postgresql://-URI op (of laat {} weg voor "
                            "./regiomonitor.db)",
                            source, source));
  if (text == ":memory:" || text.starts_with("file:"))
    return fail(ErrorCode::kInvalidArgument,
                fmt::format("{} '{}' wordt niet ondersteund: geef het pad van een SQLite-bestand of een "
                            "postgresql://-URI op",
                            source, text));
  return {};
}

}  // namespace

std::string Context::db_display() const {
  std::string s = db.string();
  const auto scheme = s.find("://");
  if (scheme == std::string::npos) return s;
  const auto at = s.find('@', scheme + 3);
  const auto colon = s.find(':', scheme + 3);
  if (at != std::string::npos && colon != std::string::npos && colon < at) s.erase(colon, at - colon);
  return s;
}

Result<CommandServices> Context::open_services() const {
  auto store = open_store();
  if (!store) return std::unexpected(store.error());
  auto services = std::make_unique<service::Services>(service::Deps{**store, *env.clock, *env.registry});
  return CommandServices{std::move(*store), std::move(services)};
}

CLI::App* add_command(CLI::App& parent, const std::string& name, const std::string& summary,
                      const std::string& explanation) {
  CLI::App* cmd = parent.add_subcommand(name, summary);
  cmd->footer("\n" + explanation + "\n" + parent.get_footer());
  return cmd;
}

int run(int argc, const char* const* argv, Environment env) {
  Context ctx{std::move(env), {}};
  ctx.db = ctx.env.default_db;

  CLI::App app{kDescription, "regiomonitor"};
  app.footer(
      fmt::format("\nDatabase: --db PAD, of de omgevingsvariabele REGIOMONITOR_DB, anders ./regiomonitor.db\n"
                  "(SQLite-bestand; wordt aangemaakt en bijgewerkt wanneer nodig; een leeg pad, :memory: en\n"
                  "file:-URI's worden geweigerd). Een URI postgresql://gebruiker@server:poort/database kiest een\n"
                  "gedeelde PostgreSQL-database. REGIOMONITOR_DB_READONLY=1 opent een SQLite-bestand alleen-lezen\n"
                  "(een bestand zonder schrijfrechten wordt altijd alleen-lezen geopend).\n"
                  "Hulp per opdracht: regiomonitor OPDRACHT --help\n\n{}",
                  exit_code_help()));
  prepare_dutch_help(app);
  app.option_defaults()->always_capture_default(false);
  app.add_option("--db", ctx.db, "SQLite-databasebestand of postgresql://-URI")->envname("REGIOMONITOR_DB");
  std::string role = "beheerder";
  app.add_option("--rol", role,
                 "Werken als deze rol: beheerder (standaard), onderzoeker, regio:AMxx, lezer:AMxx of publiek "
                 "(bijv. om te zien wat een regio mag zien)");
  app.set_version_flag("--version", "regiomonitor 0.1", "Versie tonen");
  app.require_subcommand(1);
  app.fallthrough();  // global options such as --db may follow the subcommand

  Action action;
  add_regions_commands(app, action);
  add_waves_commands(app, action);
  add_responses_commands(app, action);
  add_analyse_command(app, action);
  add_advice_command(app, action);
  add_outcomes_commands(app, action);
  add_goals_commands(app, action);
  add_pseudonymize_command(app, action);
  add_demo_command(app, action);
  add_users_commands(app, action);
  add_serve_command(app, action);
  add_report_commands(app, action);
  apply_conventions(app, ctx);
  translate_help_texts(app);

  if (argc <= 1) {  // no command at all: show what there is to do
    ctx.out() << app.help();
    return kExitUsage;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e, ctx.out(), ctx.err());
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e, ctx.out(), ctx.err());
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e, ctx.out(), ctx.err());
  } catch (const CLI::ParseError& e) {
    ctx.err() << "Fout in de opdracht: " << dutch_message(e, app) << "\nGebruik --help voor uitleg.\n";
    return kExitUsage;
  }
  if (auto actor = actor_from_option(role, ctx.env.user); !actor) {
    return report(ctx, actor.error());
  } else if (!actor->region.empty() && !ctx.registry().is_known_region(actor->region)) {
    return report(ctx, Error{ErrorCode::kInvalidArgument,
                             fmt::format("--rol '{}': {} is geen arbeidsmarktregio", role, actor->region),
                             {},
                             0});
  } else {
    ctx.actor = *actor;
  }
  // CLI11 ignores an environment variable that is set but empty; an empty REGIOMONITOR_DB is a
  // mistake all the same.
  bool db_on_command_line = false;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    db_on_command_line = db_on_command_line || arg == "--db" || arg.starts_with("--db=");
  }
  const char* db_env = std::getenv("REGIOMONITOR_DB");
  const bool db_from_env = !db_on_command_line && db_env != nullptr;
  if (db_from_env && *db_env == '\0') ctx.db.clear();
  if (db_on_command_line || db_from_env) {
    if (auto st = check_database_name(ctx.db, db_from_env); !st) return report(ctx, st.error());
  }
  if (!action) {
    ctx.err() << "Fout: kies een opdracht. Gebruik --help voor uitleg.\n";
    return kExitUsage;
  }
  try {
    Status st = action(ctx);
    if (!st) return report(ctx, st.error());
    return kExitOk;
  } catch (const std::exception& e) {
    return report(ctx, Error{ErrorCode::kInternal, fmt::format("onverwachte fout: {}", e.what()), {}, 0});
  }
}

}  // namespace regio::cli
