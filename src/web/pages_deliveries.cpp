// The onderzoeker's page of outcome deliveries (/beheer/leveringen): the list, an upload form
// (works without JavaScript; static/upload.js adds a progress bar) and deleting one.
#include <fmt/format.h>

#include "service/http_status.h"
#include "web/pages.h"
#include "web/problem.h"
#include "web/upload_actions.h"
#include "web/upload_feedback.h"

namespace regio::web {
namespace {

std::string count_text(std::int64_t n, const char* one, const char* many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

void delivery_table(Html& m, const Request& r, const std::vector<store::DeliveryInfo>& list) {
  if (list.empty()) {
    m.element("p", "Er zijn nog geen leveringen.");
    return;
  }
  m.open("table", {{"class", "table"}});
  m.element("caption", list.size() == 1 ? std::string("1 levering") : fmt::format("{} leveringen", list.size()));
  m.open("thead").open("tr");
  for (const char* head : {"Levering", "Geïmporteerd (UTC)", "Trajecten", "Werk", "Uitkeringen", "Vanaf", "Tot en met",
                           "Extractiedatum", "Actie"})
    m.element("th", {{"scope", "col"}}, head);
  m.close("tr").close("thead").open("tbody");
  for (const auto& d : list) {
    m.open("tr").element("th", {{"scope", "row"}}, d.id).element("td", d.imported_at);
    m.element("td", {{"class", "number"}}, std::to_string(d.trajecten));
    m.element("td", {{"class", "number"}}, std::to_string(d.werk));
    m.element("td", {{"class", "number"}}, std::to_string(d.uitkeringen));
    m.element("td", d.first_date).element("td", d.last_date).element("td", d.extraction_date).open("td");
    m.open("form", {{"method", "post"},
                    {"action", "/beheer/leveringen/" + d.id + "/verwijderen"},
                    {"class", "inline"},
                    {"data-confirm", "Levering " + d.id + " verwijderen? Dit kan niet ongedaan worden gemaakt."}});
    csrf_field(m, r);
    m.open("button", {{"type", "submit"}, {"class", "button-secondary"}}).text("Verwijderen");
    m.element("span", {{"class", "visually-hidden"}}, " levering " + d.id).close("button");
    m.close("form").close("td").close("tr");
  }
  m.close("tbody").close("table");
}

void upload_form(Html& m, const Request& r, bool failed) {
  const std::string described = failed ? std::string(kRefusalId) + " bestanden-uitleg" : "bestanden-uitleg";
  m.open("form", {{"method", "post"},
                  {"action", "/beheer/leveringen"},
                  {"enctype", "multipart/form-data"},
                  {"class", "form"},
                  {"data-upload", "upload"}});
  csrf_field(m, r);
  m.open("div", {{"class", "field"}}).element("label", {{"for", "levering"}}, "Leverings-id");
  m.empty("input", {{"id", "levering"},
                    {"name", "levering"},
                    {"type", "text"},
                    {"required", "required"},
                    {"maxlength", "64"},
                    {"value", r.form.contains("levering") ? r.form.at("levering") : ""},
                    {"aria-describedby", "levering-uitleg"}});
  m.element("p", {{"id", "levering-uitleg"}, {"class", "hint"}},
            "Bijvoorbeeld ggz-noord-2024q4: letters, cijfers, '-', '_' en '.'. Een bestaande levering met hetzelfde "
            "id wordt in één keer vervangen.");
  m.close("div").open("div", {{"class", "field"}}).element("label", {{"for", "bestanden"}}, "Bestanden");
  m.empty("input", {{"id", "bestanden"},
                    {"name", "bestanden"},
                    {"type", "file"},
                    {"multiple", "multiple"},
                    {"required", "required"},
                    {"accept", ".csv,.xlsx"},
                    {"aria-describedby", described}});
  m.element("p", {{"id", "bestanden-uitleg"}, {"class", "hint"}},
            "trajecten.csv, werk.csv en/of uitkeringen.csv, of één .xlsx met de bladen trajecten, werk en "
            "uitkeringen. Alles wordt gecontroleerd; bij één fout wordt niets opgeslagen.");
  m.close("div")
      .open("div", {{"class", "field"}})
      .element("label", {{"for", "extractiedatum"}}, "Extractiedatum (optioneel)");
  m.empty("input", {{"id", "extractiedatum"},
                    {"name", "extractiedatum"},
                    {"type", "date"},
                    {"value", r.form.contains("extractiedatum") ? r.form.at("extractiedatum") : ""},
                    {"aria-describedby", "extractiedatum-uitleg"}});
  m.element("p", {{"id", "extractiedatum-uitleg"}, {"class", "hint"}},
            "De dag waarop de bron het extract trok; standaard vandaag. Geen datum in de levering mag later liggen.");
  m.close("div");
  upload_progress(m, "Voortgang van het uploaden");
  m.element("button", {{"type", "submit"}, {"class", "button"}}, "Uploaden en controleren");
  m.close("form");
}

// The page, with an optional refusal or success notice above the form.
Response page(AppContext& app, Request& r, const Error* error, std::string_view notice, int status) {
  auto list = app.services.deliveries.list(r.actor);
  if (!list) return error_response(app, r, problem(list.error()));
  Html m;
  data_page_start(
      m, r, "Leveringen",
      "Gepseudonimiseerde extracten van trajecten, werk en uitkeringen, waaruit de uitkomstindicatoren worden "
      "berekend.",
      notice);
  if (auto key = r.query.find("melding"); key != r.query.end() && key->second == "verwijderd")
    success_notice(m, "De levering is verwijderd.");
  delivery_table(m, r, *list);
  m.element("h2", "Levering uploaden");
  if (error) refusal(m, *error);
  upload_form(m, r, error != nullptr);
  return html_page(app, r, "Leveringen", m, status);
}

}  // namespace

Response deliveries_page(AppContext& app, Request& r) { return page(app, r, nullptr, {}, 200); }

Response deliveries_upload(AppContext& app, Request& r) {
  auto imported = import_delivery(app, r, r.form);
  if (!imported) {
    if (imported.error().code == ErrorCode::kPermissionDenied || imported.error().code == ErrorCode::kUnavailable ||
        imported.error().code == ErrorCode::kInternal)
      return error_response(app, r, problem(imported.error()));
    Response out = page(app, r, &imported.error(), {}, service::http_status(imported.error().code));
    out.log_detail = imported.error().detail;
    return out;
  }
  r.form.clear();  // stored: an empty form for the next one
  const store::DeliveryInfo& d = imported->info;
  return page(
      app, r, nullptr,
      fmt::format("Levering {} {}: {}, {}, {} en {}.", d.id, imported->replaced ? "vervangen" : "opgeslagen",
                  count_text(d.trajecten, "traject", "trajecten"), count_text(d.werk, "werkperiode", "werkperiodes"),
                  count_text(d.uitkeringen, "uitkeringsperiode", "uitkeringsperiodes"),
                  count_text(static_cast<std::int64_t>(imported->persons), "persoon", "personen")),
      200);
}

Response deliveries_delete(AppContext& app, Request& r) {
  if (auto st = app.services.deliveries.remove(r.actor, r.params["id"]); !st)
    return error_response(app, r, problem(st.error()));
  return redirect("/beheer/leveringen?melding=verwijderd");
}

}  // namespace regio::web
