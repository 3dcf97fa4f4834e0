// Pages anyone may see: home, the accessibility statement, static files.
#include "service/policy.h"
#include "web/pages.h"

namespace regio::web {
namespace {

void link_item(Html& m, const std::string& href, const char* label, const char* what) {
  m.open("li").element("a", {{"href", href}}, label).text(what).close("li");
}

// What a signed-in user can go to, by what their role allows (the same decisions as the menu; other
// link texts than the menu's, so each link text names one place).
void started(Html& m, const Actor& actor) {
  using service::Action;
  m.element("h2", "Aan de slag");
  m.open("ul");
  if (!actor.region.empty() && service::allowed(actor, Action::kReadRegion, actor.region))
    link_item(m, "/regio/" + actor.region, "Uw regio",
              ": het profiel van uw regio over de meetmomenten, de doelen, de uitkomsten en het advies.");
  link_item(m, "/vragenlijst", "Vragenlijsten", ": de vragenlijst per meetmoment inzien, invullen en indienen.");
  if (service::allowed(actor, Action::kManageDeliveries))
    link_item(m, "/beheer/leveringen", "Leveringen en releases",
              ": leveringen van cliëntgegevens, releases, meetmomenten en antwoorden importeren.");
  if (service::allowed(actor, Action::kManageUsers))
    link_item(m, "/beheer/gebruikers", "Toegang beheren", ": gebruikers toevoegen en blokkeren.");
  m.close("ul");
}

}  // namespace

Response home_page(AppContext& app, Request& r) {
  Html m;
  m.element("h1", "Regiomonitor GGZ & Werk");
  m.element("p", {{"class", "lead"}},
            "De Regiomonitor laat per arbeidsmarktregio zien hoe GGZ en Werk & Inkomen samenwerken en wat dat "
            "oplevert voor cliënten.");
  if (r.actor.role == Role::kPubliek) {
    m.open("p").text("Medewerkers van regio's, partners en het onderzoeksteam kunnen ");
    m.element("a", {{"href", "/inloggen"}}, "inloggen");
    m.text(".").close("p");
  } else {
    m.element("p", "U bent ingelogd als " + r.actor.name + ".");
  }
  m.element("h2", "Het landelijke beeld");
  m.open("p").element("a", {{"href", "/dashboard"}}, "Het landelijke dashboard")
      .text(": de kaart van de regio's naar samenwerkingsniveau, de verdeling over de ladder en de overgangen.")
      .close("p");
  if (r.actor.role != Role::kPubliek) started(m, r.actor);
  return html_page(app, r, "Home", m);
}

Response accessibility_page(AppContext& app, Request& r) {
  Html m;
  m.element("h1", "Toegankelijkheidsverklaring");
  m.element("p",
            "Wij willen dat iedereen de Regiomonitor kan gebruiken. De website moet voldoen aan de Web Content "
            "Accessibility Guidelines (WCAG) 2.1 op niveau AA, de wettelijke norm voor Nederlandse overheden "
            "(Besluit digitale toegankelijkheid overheid).");
  m.element("h2", "Wat we doen");
  m.open("ul");
  m.element("li", "Alle functies werken met alleen het toetsenbord; de focus is altijd zichtbaar.");
  m.element("li", "Een link 'Direct naar de inhoud' staat bovenaan elke pagina.");
  m.element("li", "Koppen staan in een logische volgorde; tabellen hebben kopcellen.");
  m.element("li", "Informatie wordt nooit alleen met kleur of alleen in een tooltip gegeven.");
  m.element("li", "Formulieren hebben zichtbare labels en foutmeldingen in tekst.");
  m.close("ul");
  m.element("h2", "Stand van zaken");
  m.element("p",
            "Deze versie is nog niet extern getoetst. We testen elke pagina automatisch met axe-core in een "
            "browser en met de hand met het toetsenbord. Bekende problemen melden we hier.");
  m.element("h2", "Probleem melden");
  m.element("p",
            "Kunt u iets niet gebruiken of lezen? Meld het aan de beheerder van deze installatie. We reageren "
            "binnen vijf werkdagen.");
  return html_page(app, r, "Toegankelijkheid", m);
}

Response static_asset(AppContext& app, Request& r) {
  const std::string& name = r.params["file"];
  const std::string_view body = asset(name);
  (void)app;
  Response out;
  if (body.empty()) {
    out.status = 404;
    out.content_type = "text/plain; charset=utf-8";
    out.body = "Niet gevonden";
    return out;
  }
  out.content_type = name.ends_with(".css")  ? "text/css; charset=utf-8"
                     : name.ends_with(".js") ? "text/javascript; charset=utf-8"
                                             : "application/octet-stream";
  out.body = std::string(body);
  out.cacheable = true;
  return out;
}

}  // namespace regio::web
