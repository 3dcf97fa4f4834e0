// The onderzoeker's page of releases (/beheer/releases): the published releases and the form
// to publish a new one (the protected table of one peildatum, audited and frozen).
#include <fmt/format.h>

#include "service/http_status.h"
#include "web/pages.h"
#include "web/problem.h"
#include "web/upload_actions.h"
#include "web/upload_feedback.h"

namespace regio::web {
namespace {

void release_table(Html& m, const std::vector<store::ReleaseInfo>& list) {
  if (list.empty()) {
    m.element("p", "Er is nog geen release gepubliceerd.");
    return;
  }
  m.open("table", {{"class", "table"}});
  m.element("caption", list.size() == 1 ? std::string("1 release") : fmt::format("{} releases", list.size()));
  m.open("thead").open("tr");
  for (const char* head : {"Peildatum", "Gepubliceerd (UTC)", "Door", "Drempel", "Afronding", "Toelichting"})
    m.element("th", {{"scope", "col"}}, head);
  m.close("tr").close("thead").open("tbody");
  for (const auto& rel : list)
    m.open("tr")
        .element("th", {{"scope", "row"}}, rel.peildatum)
        .element("td", rel.published_at)
        .element("td", rel.published_by)
        .element("td", {{"class", "number"}}, std::to_string(rel.threshold))
        .element("td", {{"class", "number"}}, std::to_string(rel.rounding))
        .element("td", rel.note)
        .close("tr");
  m.close("tbody").close("table");
}

void publish_form(Html& m, const Request& r, bool failed) {
  m.open("form", {{"method", "post"}, {"action", "/beheer/releases"}, {"class", "form"}});
  csrf_field(m, r);
  m.open("div", {{"class", "field"}}).element("label", {{"for", "peildatum"}}, "Peildatum (optioneel)");
  m.empty("input", {{"id", "peildatum"},
                    {"name", "peildatum"},
                    {"type", "date"},
                    {"value", r.form.contains("peildatum") ? r.form.at("peildatum") : ""},
                    {"aria-describedby", failed ? std::string(kRefusalId) + " peildatum-uitleg" : "peildatum-uitleg"}});
  m.element("p", {{"id", "peildatum-uitleg"}, {"class", "hint"}},
            "Standaard de laatste extractiedatum van de leveringen. Per peildatum kan één release bestaan.");
  m.close("div").open("div", {{"class", "field"}}).element("label", {{"for", "toelichting"}}, "Toelichting");
  m.empty("input", {{"id", "toelichting"},
                    {"name", "toelichting"},
                    {"type", "text"},
                    {"maxlength", "500"},
                    {"value", r.form.contains("toelichting") ? r.form.at("toelichting") : ""}});
  m.close("div");
  m.element("p", {{"class", "hint"}},
            "Publiceren berekent de indicatoren, onderdrukt kleine aantallen, rondt af en controleert het resultaat "
            "tegen alle eerdere releases. Dat kan enkele minuten duren.");
  m.element("button", {{"type", "submit"}, {"class", "button"}}, "Release publiceren");
  m.close("form");
}

Response page(AppContext& app, Request& r, const Error* error, std::string_view notice, int status) {
  auto list = app.services.outcomes.releases(r.actor);
  if (!list) return error_response(app, r, problem(list.error()));
  Html m;
  data_page_start(m, r, "Releases",
                  "Een release is de beveiligde tabel van uitkomstindicatoren op één peildatum: eenmaal berekend en "
                  "vastgelegd. Publieke pagina's, de API en de rapporten lezen alleen releases.",
                  notice);
  release_table(m, *list);
  m.element("h2", "Nieuwe release publiceren");
  if (error) refusal(m, *error);
  publish_form(m, r, error != nullptr);
  return html_page(app, r, "Releases", m, status);
}

}  // namespace

Response releases_page(AppContext& app, Request& r) { return page(app, r, nullptr, {}, 200); }

Response releases_publish(AppContext& app, Request& r) {
  auto release = publish_release(app, r, r.form);
  if (!release) {
    const ErrorCode code = release.error().code;
    if (code == ErrorCode::kPermissionDenied || code == ErrorCode::kUnavailable || code == ErrorCode::kInternal)
      return error_response(app, r, problem(release.error()));
    Response out = page(app, r, &release.error(), {}, service::http_status(code));
    out.log_detail = release.error().detail;
    return out;
  }
  r.form.clear();  // stored: an empty form for the next one
  const ReleaseSummary s = summarize(*release);
  return page(app, r, nullptr,
              fmt::format("Release met peildatum {} gepubliceerd: {} rijen, drempel {}, afronding op {}; {} aantallen "
                          "onderdrukt, waarvan {} extra na de controle tegen afleiden; {} gemiddelde uren verborgen.",
                          format_iso(release->peildatum), s.rows, release->settings.threshold,
                          release->settings.rounding, s.suppressed, s.audit_added, s.means_hidden),
              200);
}

}  // namespace regio::web
