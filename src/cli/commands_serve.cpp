// `regiomonitor serve`: the web application on the same store as the command line.
#include <iostream>

#include <fmt/format.h>

#include "cli/commands.h"
#include "web/app.h"
#include "web/dispatch.h"
#include "web/server.h"

namespace regio::cli {
namespace {

struct ServeOptions {
  web::ServerOptions server;
  web::WebOptions web;
  std::size_t max_body_mib = 1;
  std::size_t max_upload_mib = 256;
  int grace_seconds = 10;
};

Status serve(Context& ctx, ServeOptions o) {
  if (o.server.threads < 1 || o.server.threads > 64)
    return fail(ErrorCode::kInvalidArgument, fmt::format("--threads {} valt buiten 1..64", o.server.threads));
  auto store = ctx.open_store();
  if (!store) return std::unexpected(store.error());
  auto demo = (*store)->setting("web.demo-logins");
  if (!demo) return std::unexpected(demo.error());
  o.web.demo_logins = demo->has_value();
  o.web.trust_proxy = o.server.trust_proxy;
  o.server.body_limit = o.max_body_mib * 1024 * 1024;
  o.server.upload_limit = o.max_upload_mib * 1024 * 1024;
  o.server.is_upload = [](std::string_view method, std::string_view path) {
    return web::upload_route(web::routes(), method, path);
  };
  o.server.grace = std::chrono::seconds(o.grace_seconds);
  o.server.handle_signals = true;

  web::SystemWallClock clock;
  web::Sessions sessions(**store, clock);
  service::Services services({**store, *ctx.env.clock, ctx.registry()});
  web::AppContext app{**store, sessions, clock, ctx.registry(), o.web, services};
  web::Dispatcher dispatcher(app, web::routes());
  web::Server server(
      o.server, [&](web::Request& r) { return dispatcher.handle(r); }, std::cerr);
  auto port = server.listen();
  if (!port) return std::unexpected(port.error());
  const std::string host = o.server.bind.find(':') != std::string::npos ? "[" + o.server.bind + "]" : o.server.bind;
  ctx.out() << fmt::format("Regiomonitor draait op http://{}:{}/ (database {}; stoppen met Ctrl+C)\n", host, *port,
                           ctx.db_display());
  if (o.web.demo_logins)
    ctx.out() << "LET OP: deze database heeft de demo-logins met een bekend wachtwoord; gebruik haar niet voor echte "
                 "gegevens.\n";
  ctx.out().flush();
  server.run();
  ctx.err() << "Regiomonitor is gestopt.\n";
  return {};
}

}  // namespace

void add_serve_command(CLI::App& app, Action& action) {
  auto* cmd = add_command(app, "serve", "De webapplicatie starten",
                          "Start de webserver op de database van --db. Meerdere serve-processen kunnen één "
                          "PostgreSQL-database delen (sessies staan in de database). Zet TLS in een reverse proxy "
                          "(zie docs/nginx.md). Stoppen met Ctrl+C of SIGTERM: lopende verzoeken worden afgemaakt.");
  auto o = std::make_shared<ServeOptions>();
  cmd->add_option("--bind", o->server.bind, "IP-adres om op te luisteren (standaard 127.0.0.1)");
  cmd->add_option("--port", o->server.port, "Poort (standaard 8080; 0 = kies een vrije poort)");
  cmd->add_option("--threads", o->server.threads,
                  "Aantal threads voor het netwerk (standaard 2), plus evenveel die de verzoeken afhandelen");
  cmd->add_option("--max-body-mib", o->max_body_mib, "Grootste verzoek in MiB (standaard 1)")
      ->check(CLI::Range(1, 1024));
  cmd->add_option("--max-upload-mib", o->max_upload_mib,
                  "Grootste upload (leveringen, antwoorden, vragenlijsten) in MiB (standaard 256)")
      ->check(CLI::Range(1, 4096));
  cmd->add_option("--grace", o->grace_seconds, "Seconden om lopende verzoeken af te maken bij stoppen (standaard 10)")
      ->check(CLI::Range(0, 600));
  cmd->add_flag("--secure-cookies", o->web.secure_cookies, "Cookies altijd met Secure (de site draait achter HTTPS)");
  cmd->add_flag("--behind-proxy", o->server.trust_proxy,
                "Achter een reverse proxy: vertrouw X-Forwarded-For en X-Forwarded-Proto (https geeft Secure-cookies)");
  cmd->callback([&action, o] { action = [o](Context& ctx) { return serve(ctx, *o); }; });
}

}  // namespace regio::cli
