// The page layout shared by every HTML page (NL Design System look: skip link, header, nav,
// main, footer) and the HTML form of error responses.
#include <nlohmann/json.hpp>

#include "service/policy.h"
#include "web/dispatch.h"
#include "web/pages.h"
#include "web/problem.h"

namespace regio::web {
namespace {

void nav_link(Html& h, const Request& r, std::string_view href, std::string_view label) {
  h.open("li");
  if (r.path == href)
    h.element("a", {{"href", std::string(href)}, {"aria-current", "page"}}, label);
  else
    h.element("a", {{"href", std::string(href)}}, label);
  h.close("li");
}

}  // namespace

Response html_page(const AppContext& app, const Request& r, std::string_view title, const Html& main, int status) {
  const bool signed_in = r.actor.role != Role::kPubliek;
  Html h;
  h.open("html", {{"lang", "nl"}}).open("head");
  h.empty("meta", {{"charset", "utf-8"}});
  h.empty("meta", {{"name", "viewport"}, {"content", "width=device-width, initial-scale=1"}});
  h.element("title", std::string(title) + " — Regiomonitor");
  h.empty("link", {{"rel", "stylesheet"}, {"href", "/static/regio.css"}});
  h.open("script", {{"src", "/static/regio.js"}, {"defer", "defer"}}).close("script");
  h.open("script", {{"src", "/static/questionnaire.js"}, {"defer", "defer"}}).close("script");
  h.open("script", {{"src", "/static/upload.js"}, {"defer", "defer"}}).close("script");
  h.close("head").open("body");
  h.element("a", {{"class", "skip-link"}, {"href", "#inhoud"}}, "Direct naar de inhoud");
  h.open("header", {{"class", "site-header"}}).open("div", {{"class", "container header-bar"}});
  h.element("a", {{"class", "brand"}, {"href", "/"}}, "Regiomonitor GGZ & Werk");
  h.open("nav", {{"aria-label", "Hoofdmenu"}}).open("ul");
  nav_link(h, r, "/", "Home");
  nav_link(h, r, "/dashboard", "Landelijk dashboard");
  if (signed_in) nav_link(h, r, "/vragenlijst", "Vragenlijst");
  if (!r.actor.region.empty() && service::allowed(r.actor, service::Action::kReadRegion, r.actor.region))
    nav_link(h, r, "/regio/" + r.actor.region, "Mijn regio");
  if (service::allowed(r.actor, service::Action::kManageUsers)) {
    nav_link(h, r, "/beheer/gebruikers", "Gebruikers");
    nav_link(h, r, "/beheer/audit", "Auditlog");
  }
  if (service::allowed(r.actor, service::Action::kManageDeliveries)) {
    nav_link(h, r, "/beheer/leveringen", "Gegevensbeheer");  // leveringen, releases, meetmomenten, antwoorden
  }
  if (!signed_in) nav_link(h, r, "/inloggen", "Inloggen");
  h.close("ul").close("nav");
  if (signed_in) {
    h.open("form", {{"class", "logout"}, {"method", "post"}, {"action", "/uitloggen"}});
    h.element("span", {{"class", "who"}},
              r.actor.name + " (" + std::string(role_name(r.actor.role)) +
                  (r.actor.region.empty() ? "" : " " + r.actor.region) + ")");
    h.empty("input", {{"type", "hidden"}, {"name", "csrf"}, {"value", r.csrf_token}});
    h.element("button", {{"type", "submit"}, {"class", "button-secondary"}}, "Uitloggen");
    h.close("form");
  }
  h.close("div").close("header");
  h.open("main", {{"id", "inhoud"}, {"class", "container"}, {"tabindex", "-1"}}).append(main).close("main");
  h.open("footer", {{"class", "site-footer"}}).open("div", {{"class", "container"}});
  h.element("a", {{"href", "/toegankelijkheid"}}, "Toegankelijkheid");
  if (app.options.demo_logins) h.element("span", {{"class", "demo-note"}}, " · Demo-installatie met fictieve gegevens");
  h.close("div").close("footer").close("body").close("html");
  Response out;
  out.status = status;
  out.body = "<!doctype html>\n" + h.str();
  return out;
}

Response error_response(const AppContext& app, const Request& r, Response problem_response) {
  if (!wants_html(r)) return problem_response;
  auto body = nlohmann::json::parse(problem_response.body, nullptr, false);
  const std::string title = body.is_object() ? body.value("title", "Fout") : "Fout";
  const std::string detail = body.is_object() ? body.value("detail", "") : "";
  Html main;
  main.element("h1", title).element("p", {{"class", "alert alert-error"}, {"role", "alert"}}, detail);
  main.open("p").element("a", {{"href", "/"}}, "Naar de startpagina").close("p");
  Response page = html_page(app, r, title, main, problem_response.status);
  page.headers = std::move(problem_response.headers);
  page.log_detail = std::move(problem_response.log_detail);
  return page;
}

Response redirect(std::string location) {
  Response r;
  r.status = 303;
  r.headers.emplace_back("Location", std::move(location));
  return r;
}

Response json_response(int status, std::string body) {
  Response r;
  r.status = status;
  r.content_type = "application/json";
  r.body = std::move(body);
  return r;
}

}  // namespace regio::web
