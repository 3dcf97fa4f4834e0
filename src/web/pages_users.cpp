// The beheerder's pages: users (list, add, block). The audit log: pages_audit.cpp.
#include <fmt/format.h>

#include "web/accounts.h"
#include "web/pages.h"
#include "web/problem.h"

namespace regio::web {
namespace {

// Fixed notices after a redirect, chosen by key: request text is never shown back this way.
std::string_view notice(const std::string& key) {
  if (key == "toegevoegd") return "De gebruiker is toegevoegd.";
  if (key == "geblokkeerd") return "De gebruiker is geblokkeerd; zijn sessies zijn beëindigd.";
  return {};
}

void select_role(Html& m, const std::string& chosen) {
  m.open("select", {{"id", "rol"}, {"name", "rol"}});
  for (const char* role : {"lezer", "regio", "onderzoeker", "beheerder"}) {
    if (chosen == role)
      m.element("option", {{"value", role}, {"selected", "selected"}}, role);
    else
      m.element("option", {{"value", role}}, role);
  }
  m.close("select");
}

Response page(AppContext& app, Request& r, std::string_view error, int status) {
  auto users = app.store.users();
  if (!users) return error_response(app, r, problem(users.error()));
  Html m;
  m.element("h1", "Gebruikers");
  if (auto n = notice(r.query["melding"]); !n.empty())
    m.element("p", {{"class", "alert alert-success"}, {"role", "status"}}, n);
  m.open("table", {{"class", "table"}});
  m.element("caption", users->size() == 1 ? std::string("1 gebruiker") : fmt::format("{} gebruikers", users->size()));
  m.open("thead").open("tr");
  for (const char* head : {"Naam", "Rol", "Regio", "Status", "Actie"}) m.element("th", {{"scope", "col"}}, head);
  m.close("tr").close("thead").open("tbody");
  for (const auto& u : *users) {
    m.open("tr").element("th", {{"scope", "row"}}, u.name).element("td", u.role).element("td", u.region);
    m.element("td", u.disabled ? "geblokkeerd" : "actief").open("td");
    if (!u.disabled && u.name != r.actor.name) {
      m.open("form", {{"method", "post"},
                      {"action", "/beheer/gebruikers/" + u.name + "/blokkeren"},
                      {"class", "inline"},
                      {"data-confirm", "Gebruiker " + u.name + " blokkeren?"}});
      m.empty("input", {{"type", "hidden"}, {"name", "csrf"}, {"value", r.csrf_token}});
      m.element("button", {{"type", "submit"}, {"class", "button-secondary"}}, "Blokkeren");
      m.element("span", {{"class", "visually-hidden"}}, " " + u.name);
      m.close("form");
    }
    m.close("td").close("tr");
  }
  m.close("tbody").close("table");

  m.element("h2", "Gebruiker toevoegen");
  if (!error.empty()) m.element("p", {{"class", "alert alert-error"}, {"role", "alert"}}, error);
  m.open("form", {{"method", "post"}, {"action", "/beheer/gebruikers"}, {"class", "form"}});
  m.empty("input", {{"type", "hidden"}, {"name", "csrf"}, {"value", r.csrf_token}});
  m.open("div", {{"class", "field"}}).element("label", {{"for", "naam"}}, "Gebruikersnaam");
  m.empty("input",
          {{"id", "naam"}, {"name", "naam"}, {"type", "text"}, {"required", "required"}, {"value", r.form["naam"]}});
  m.close("div").open("div", {{"class", "field"}}).element("label", {{"for", "rol"}}, "Rol");
  select_role(m, r.form["rol"]);
  m.close("div").open("div", {{"class", "field"}}).element("label", {{"for", "regio"}}, "Regio (voor regio en lezer)");
  m.empty("input", {{"id", "regio"},
                    {"name", "regio"},
                    {"type", "text"},
                    {"value", r.form["regio"]},
                    {"aria-describedby", "regio-uitleg"}});
  m.element("p", {{"id", "regio-uitleg"}, {"class", "hint"}}, "Code van de arbeidsmarktregio, bijvoorbeeld AM13.");
  m.close("div").open("div", {{"class", "field"}}).element("label", {{"for", "wachtwoord"}}, "Wachtwoord");
  m.empty("input", {{"id", "wachtwoord"},
                    {"name", "wachtwoord"},
                    {"type", "password"},
                    {"autocomplete", "new-password"},
                    {"minlength", "8"},
                    {"required", "required"}});
  m.close("div");
  m.element("button", {{"type", "submit"}, {"class", "button"}}, "Toevoegen");
  m.close("form");
  return html_page(app, r, "Gebruikers", m, status);
}

}  // namespace

Response users_page(AppContext& app, Request& r) { return page(app, r, "", 200); }

Response users_add(AppContext& app, Request& r) {
  NewUser u{r.form["naam"], r.form["rol"], r.form["regio"], r.form["wachtwoord"]};
  auto s = create_user(app.store, u, PasswordRule::kStrict, r.actor, iso_time(app.clock.now()),
                       [&](const std::string& code) { return app.registry.is_known_region(code); });
  if (!s) {
    if (s.error().code == ErrorCode::kInvalidArgument || s.error().code == ErrorCode::kAlreadyExists)
      return page(app, r, s.error().message, s.error().code == ErrorCode::kAlreadyExists ? 409 : 400);
    return error_response(app, r, problem(s.error()));
  }
  return redirect("/beheer/gebruikers?melding=toegevoegd");
}

Response users_disable(AppContext& app, Request& r) {
  const std::string& name = r.params["name"];
  if (name == r.actor.name) return error_response(app, r, problem(400, "U kunt uw eigen account niet blokkeren."));
  if (auto s = disable_user(app.store, name, r.actor, iso_time(app.clock.now())); !s)
    return error_response(app, r, problem(s.error()));
  return redirect("/beheer/gebruikers?melding=geblokkeerd");
}

}  // namespace regio::web
