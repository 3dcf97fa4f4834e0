// The onderzoeker's pages of waves (/beheer/meetmomenten: list, add with a questionnaire) and
// of the bulk import of questionnaire responses (/beheer/antwoorden).
#include <fmt/format.h>

#include "service/http_status.h"
#include "web/pages.h"
#include "web/problem.h"
#include "web/upload_actions.h"
#include "web/upload_feedback.h"

namespace regio::web {
namespace {

std::string value_of(const Request& r, const char* key) {
  auto it = r.form.find(key);
  return it == r.form.end() ? std::string{} : it->second;
}

void text_field(Html& m, const Request& r, Name type, const char* id, std::string_view label, std::string_view hint,
                bool required) {
  m.open("div", {{"class", "field"}}).element("label", {{"for", id}}, label);
  const std::string hint_id = std::string(id) + "-uitleg";
  if (required)
    m.empty("input", {{"id", id},
                      {"name", id},
                      {"type", type.c_str()},
                      {"required", "required"},
                      {"value", value_of(r, id)},
                      {"aria-describedby", hint_id}});
  else
    m.empty(
        "input",
        {{"id", id}, {"name", id}, {"type", type.c_str()}, {"value", value_of(r, id)}, {"aria-describedby", hint_id}});
  m.element("p", {{"id", hint_id}, {"class", "hint"}}, hint);
  m.close("div");
}

void wave_table(Html& m, const std::vector<service::WaveSummary>& waves) {
  if (waves.empty()) {
    m.element("p", "Er zijn nog geen meetmomenten.");
    return;
  }
  m.open("table", {{"class", "table"}});
  m.element("caption", waves.size() == 1 ? std::string("1 meetmoment") : fmt::format("{} meetmomenten", waves.size()));
  m.open("thead").open("tr");
  for (const char* head : {"Code", "Naam", "Datum", "Vragenlijst", "Antwoorden", "Ingediend"})
    m.element("th", {{"scope", "col"}}, head);
  m.close("tr").close("thead").open("tbody");
  for (const auto& s : waves)
    m.open("tr")
        .element("th", {{"scope", "row"}}, s.wave.code)
        .element("td", s.wave.name)
        .element("td", format_iso(s.wave.date))
        .element("td", s.wave.questionnaire)
        .element("td", {{"class", "number"}}, std::to_string(s.responses))
        .element("td", {{"class", "number"}}, std::to_string(s.submitted))
        .close("tr");
  m.close("tbody").close("table");
}

Response waves_view(AppContext& app, Request& r, const Error* error, std::string_view notice, int status) {
  auto waves = app.services.waves.list(r.actor);
  if (!waves) return error_response(app, r, problem(waves.error()));
  Html m;
  data_page_start(m, r, "Meetmomenten", "Elk meetmoment heeft een eigen datum en een eigen versie van de vragenlijst.",
                  notice);
  wave_table(m, *waves);
  m.element("h2", "Meetmoment toevoegen");
  if (error) refusal(m, *error);
  m.open("form", {{"method", "post"},
                  {"action", "/beheer/meetmomenten"},
                  {"enctype", "multipart/form-data"},
                  {"class", "form"},
                  {"data-upload", "upload"}});
  csrf_field(m, r);
  text_field(m, r, "text", "code", "Code", "Bijvoorbeeld 2021-jaarlijks: kleine letters, cijfers en '-'.", true);
  text_field(m, r, "text", "naam", "Naam (optioneel)", "Standaard de code.", false);
  text_field(m, r, "date", "datum", "Datum", "De dag van het meetmoment (JJJJ-MM-DD).", true);
  m.open("div", {{"class", "field"}}).element("label", {{"for", "vragenlijst"}}, "Vragenlijst (optioneel)");
  m.empty("input",
          {{"id", "vragenlijst"},
           {"name", "vragenlijst"},
           {"type", "file"},
           {"accept", ".xlsx"},
           {"aria-describedby", error ? std::string(kRefusalId) + " vragenlijst-uitleg" : "vragenlijst-uitleg"}});
  m.element("p", {{"id", "vragenlijst-uitleg"}, {"class", "hint"}},
            "Een XLSForm (.xlsx met de bladen survey en choices). Zonder bestand krijgt het meetmoment de ingebouwde "
            "vragenlijst 'standaard'.");
  m.close("div");
  upload_progress(m, "Voortgang van het uploaden");
  m.element("button", {{"type", "submit"}, {"class", "button"}}, "Meetmoment toevoegen");
  m.close("form");
  return html_page(app, r, "Meetmomenten", m, status);
}

Response responses_view(AppContext& app, Request& r, const Error* error, std::string_view notice, int status) {
  auto waves = app.services.waves.list(r.actor);
  if (!waves) return error_response(app, r, problem(waves.error()));
  Html m;
  data_page_start(m, r, "Antwoorden importeren",
                  "Antwoorden op de vragenlijst van een meetmoment in één keer importeren, één rij per regio (zoals "
                  "'responses export' ze schrijft). Antwoorden van dezelfde regio's worden vervangen.",
                  notice);
  if (error) refusal(m, *error);
  if (waves->empty()) {
    m.element("p", "Er zijn nog geen meetmomenten; voeg er eerst een toe.");
    return html_page(app, r, "Antwoorden importeren", m, status);
  }
  m.open("form", {{"method", "post"},
                  {"action", "/beheer/antwoorden"},
                  {"enctype", "multipart/form-data"},
                  {"class", "form"},
                  {"data-upload", "upload"}});
  csrf_field(m, r);
  m.open("div", {{"class", "field"}}).element("label", {{"for", "meetmoment"}}, "Meetmoment");
  m.open("select", {{"id", "meetmoment"}, {"name", "meetmoment"}});
  const std::string chosen = value_of(r, "meetmoment");
  for (const auto& s : *waves) {
    const std::string label = s.wave.code + " — " + s.wave.name;
    if (s.wave.code == chosen)
      m.element("option", {{"value", s.wave.code}, {"selected", "selected"}}, label);
    else
      m.element("option", {{"value", s.wave.code}}, label);
  }
  m.close("select").close("div");
  m.open("div", {{"class", "field"}}).element("label", {{"for", "bestanden"}}, "Bestanden");
  m.empty("input", {{"id", "bestanden"},
                    {"name", "bestanden"},
                    {"type", "file"},
                    {"multiple", "multiple"},
                    {"required", "required"},
                    {"accept", ".csv,.xlsx"},
                    {"aria-describedby", error ? std::string(kRefusalId) + " bestanden-uitleg" : "bestanden-uitleg"}});
  m.element("p", {{"id", "bestanden-uitleg"}, {"class", "hint"}},
            "Eén .xlsx, of een .csv per blad (het hoofdblad en één per herhaalde groep). Alles wordt gecontroleerd "
            "tegen de vragenlijst; bij één fout wordt niets opgeslagen.");
  m.close("div");
  upload_progress(m, "Voortgang van het uploaden");
  m.element("button", {{"type", "submit"}, {"class", "button"}}, "Importeren");
  m.close("form");
  return html_page(app, r, "Antwoorden importeren", m, status);
}

bool page_error(ErrorCode code) {
  return code != ErrorCode::kPermissionDenied && code != ErrorCode::kUnavailable && code != ErrorCode::kInternal;
}

}  // namespace

Response waves_page(AppContext& app, Request& r) { return waves_view(app, r, nullptr, {}, 200); }

Response waves_add(AppContext& app, Request& r) {
  auto added = add_wave(app, r, r.form);
  if (!added) {
    if (!page_error(added.error().code)) return error_response(app, r, problem(added.error()));
    Response out = waves_view(app, r, &added.error(), {}, service::http_status(added.error().code));
    out.log_detail = added.error().detail;
    return out;
  }
  r.form.clear();  // stored: an empty form for the next one
  std::string notice = fmt::format("Meetmoment {} ({}, {}) toegevoegd met vragenlijst '{}'.", added->wave.code,
                                   added->wave.name, format_iso(added->wave.date), added->wave.questionnaire);
  if (!added->warnings.empty())
    notice += fmt::format(" {} waarschuwing(en): {}", added->warnings.size(), describe(added->warnings.front()));
  return waves_view(app, r, nullptr, notice, 200);
}

Response responses_page(AppContext& app, Request& r) { return responses_view(app, r, nullptr, {}, 200); }

Response responses_upload(AppContext& app, Request& r) {
  const std::string wave = value_of(r, "meetmoment");
  auto imported = import_responses(app, r, wave);
  if (!imported) {
    if (!page_error(imported.error().code)) return error_response(app, r, problem(imported.error()));
    Response out = responses_view(app, r, &imported.error(), {}, service::http_status(imported.error().code));
    out.log_detail = imported.error().detail;
    return out;
  }
  return responses_view(
      app, r, nullptr,
      fmt::format("{} antwoorden opgeslagen voor meetmoment {} ({} ingediend, {} concept). {}", imported->count, wave,
                  imported->submitted, imported->count - imported->submitted, imported->note),
      200);
}

}  // namespace regio::web
