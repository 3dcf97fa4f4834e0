// The questionnaire online (DESIGN §3.3): the overview of waves and responses, the form of one
// region and wave, saving a draft, submitting, adding and removing repeat rows, nested ones in
// their parent row (without JavaScript: every button posts the whole form and the page comes
// back with nothing lost), and reopening a submitted response. The rules are judged by the
// service layer (Responses::evaluate, save_draft, submit): one evaluator, on the server.
#include <algorithm>
#include <charconv>

#include <fmt/format.h>

#include "service/policy.h"
#include "web/pages.h"
#include "web/problem.h"
#include "web/questionnaire_form.h"
#include "web/repeat_rows.h"

namespace regio::web {
namespace {

using forms::ResponseStatus;

std::int64_t parse_version(const std::string& text) {
  std::int64_t v = -1;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  return ec == std::errc() && end == text.data() + text.size() ? v : -1;
}

std::string form_path(const std::string& wave, const std::string& region) {
  return "/vragenlijst/" + wave + "/" + region;
}

std::string_view notice(const std::string& key) {
  if (key == "opgeslagen") return "Het concept is opgeslagen.";
  if (key == "ingediend") return "De vragenlijst is ingediend. Dank u wel.";
  if (key == "heropend") return "De vragenlijst is heropend; de regio kan hem weer wijzigen.";
  return {};
}

std::string status_text(const store::StoredResponse& s) {
  if (s.version == 0) return "Nog niet begonnen";
  if (s.response.status == ResponseStatus::kIngediend) return "Ingediend";
  return fmt::format("Concept (versie {})", s.version);
}

void reopen_form(Html& m, const Request& r, const std::string& wave, const std::string& region, std::int64_t version) {
  m.open("form", {{"method", "post"}, {"action", form_path(wave, region) + "/heropenen"}, {"class", "inline"}});
  m.empty("input", {{"type", "hidden"}, {"name", "csrf"}, {"value", r.csrf_token}});
  m.empty("input", {{"type", "hidden"}, {"name", "versie"}, {"value", std::to_string(version)}});
  m.open("button", {{"type", "submit"}, {"class", "button-secondary"}}).text("Heropenen");
  m.element("span", {{"class", "visually-hidden"}}, " (regio " + region + ", " + wave + ")");
  m.close("button").close("form");
}

// What the form page shows besides the answers.
struct Editing {
  const service::WaveDefinition& wave;
  std::string region;
  forms::Response answers;  // as typed, or as stored
  forms::FormState state;
  store::StoredResponse stored;  // the stored response (status, version, time)
  std::int64_t version = 0;      // the version this editor started from
  std::string summary_heading;   // non-empty: show the error summary
  std::string conflict;          // non-empty: someone else saved meanwhile (the message)
  std::int64_t newest = 0;       // with a conflict: the version now stored
};

Response form_page(AppContext& app, Request& r, const Editing& e, int status) {
  const std::string& wave = e.wave.wave.code;
  const bool submitted = e.stored.response.status == ResponseStatus::kIngediend;
  const bool editable = !submitted && service::allowed(r.actor, service::Action::kEditResponse, e.region);
  const FormView view{e.wave.definition, e.answers, e.state, !editable};
  Html m;
  m.element("h1", "Vragenlijst " + e.wave.wave.name);
  m.open("p", {{"class", "lead"}}).text("Regio " + e.region + " " + app.registry.region_name(e.region));
  m.text(" · meetmoment " + wave + " · status: " + status_text(e.stored)).close("p");
  if (auto n = notice(r.query["melding"]); !n.empty())
    m.element("p", {{"class", "alert alert-success"}, {"role", "status"}}, n);
  if (!e.conflict.empty()) {
    m.open("div", {{"class", "alert alert-error"}, {"role", "alert"}, {"id", "conflict"}});
    m.element("p", e.conflict);
    m.element("p", "Uw eigen antwoorden staan hieronder nog in het formulier; ze zijn niet opgeslagen.");
    m.open("p").element("a", {{"href", form_path(wave, e.region)}}, "Nieuwste versie laden");
    m.text(
        " (uw wijzigingen hieronder gaan dan verloren), of sla uw antwoorden op over de nieuwe versie heen met "
        "de knop onderaan.");
    m.close("p").close("div");
  }
  if (!e.summary_heading.empty()) render_error_summary(m, view, e.summary_heading);
  if (!editable) {
    if (submitted) {
      m.element("p", {{"class", "alert alert-warning"}},
                "Deze vragenlijst is ingediend en kan niet meer worden gewijzigd. Een onderzoeker kan hem heropenen.");
      if (service::allowed(r.actor, service::Action::kReopenResponse, e.region))
        reopen_form(m, r, wave, e.region, e.stored.version);
    }
    m.open("div", {{"class", "questionnaire-view"}});
    render_questions(m, view);
    m.close("div");
    return html_page(app, r, "Vragenlijst " + e.region, m, status);
  }
  m.element("p", {{"class", "hint"}},
            "Een concept mag onvolledig zijn en kunt u altijd opslaan; een ongeldige waarde wordt niet opgeslagen. "
            "Bij indienen moeten alle vragen met (verplicht) zijn beantwoord.");
  m.open("form", {{"method", "post"},
                  {"action", form_path(wave, e.region)},
                  {"class", "questionnaire"},
                  {"novalidate", "novalidate"},
                  {"data-controle", "/api/v1/vragenlijsten/" + wave + "/" + e.region + "/controle"}});
  m.empty("input", {{"type", "hidden"}, {"name", "csrf"}, {"value", r.csrf_token}});
  m.empty("input", {{"type", "hidden"}, {"name", "versie"}, {"value", std::to_string(e.version)}});
  // Enter in a text field submits with the first submit button: let that be "save the draft",
  // not the first "Rij verwijderen" of a repeat.
  m.element("button",
            {{"type", "submit"}, {"name", "actie"}, {"value", "concept"}, {"hidden", "hidden"}, {"tabindex", "-1"}},
            "Concept opslaan");
  render_questions(m, view);
  m.open("div", {{"class", "form-actions"}});
  m.element("button", {{"type", "submit"}, {"name", "actie"}, {"value", "concept"}, {"class", "button-secondary"}},
            "Concept opslaan");
  m.element("button", {{"type", "submit"}, {"name", "actie"}, {"value", "indienen"}, {"class", "button"}}, "Indienen");
  if (!e.conflict.empty()) {
    m.empty("input", {{"type", "hidden"}, {"name", "nieuwste"}, {"value", std::to_string(e.newest)}});
    m.element("button",
              {{"type", "submit"}, {"name", "actie"}, {"value", "overschrijven"}, {"class", "button-secondary"}},
              "Mijn antwoorden opslaan over de nieuwe versie");
  }
  m.close("div").close("form");
  return html_page(app, r, "Vragenlijst " + e.region, m, status);
}

Response summary_page(AppContext& app, Request& r, const std::vector<service::WaveSummary>& waves) {
  Html m;
  m.element("h1", "Vragenlijsten");
  const std::string& own = r.actor.region;
  const bool edit = !own.empty() && service::allowed(r.actor, service::Action::kEditResponse, own);
  m.element("p", {{"class", "lead"}}, "Regio " + own + " " + app.registry.region_name(own));
  m.open("table", {{"class", "table"}}).element("caption", "Meetmomenten en de vragenlijst van uw regio");
  m.open("thead").open("tr");
  for (const char* head : {"Meetmoment", "Peildatum", "Status", "Vragenlijst"})
    m.element("th", {{"scope", "col"}}, head);
  m.close("tr").close("thead").open("tbody");
  for (const auto& w : waves) {
    auto stored = app.services.responses.response(r.actor, w.wave.code, own);
    if (!stored) return error_response(app, r, problem(stored.error()));
    const bool open = stored->response.status != ResponseStatus::kIngediend;
    m.open("tr").element("th", {{"scope", "row"}}, w.wave.name).element("td", format_iso(w.wave.date));
    m.element("td", status_text(*stored)).open("td");
    m.open("a", {{"href", form_path(w.wave.code, own)}}).text(edit && open ? "Invullen" : "Bekijken");
    m.element("span", {{"class", "visually-hidden"}}, " (" + w.wave.name + ")").close("a");
    m.close("td").close("tr");
  }
  m.close("tbody").close("table");
  return html_page(app, r, "Vragenlijsten", m);
}

Response research_page(AppContext& app, Request& r, const std::vector<service::WaveSummary>& waves) {
  Html m;
  m.element("h1", "Vragenlijsten");
  m.element("p", {{"class", "lead"}}, "Per meetmoment de vragenlijst van elke regio.");
  for (const auto& w : waves) {
    auto stored = app.services.responses.of_wave(r.actor, w.wave.code);
    if (!stored) return error_response(app, r, problem(stored.error()));
    std::map<std::string, const store::StoredResponse*> by_region;
    for (const auto& s : *stored) by_region[s.response.region] = &s;
    m.element("h2", w.wave.name);
    m.open("table", {{"class", "table"}});
    m.element("caption", fmt::format("{}: {} ingevuld, {} ingediend", w.wave.name, w.responses, w.submitted));
    m.open("thead").open("tr");
    for (const char* head : {"Regio", "Naam", "Status", "Vragenlijst"}) m.element("th", {{"scope", "col"}}, head);
    m.close("tr").close("thead").open("tbody");
    const store::StoredResponse none;
    for (const auto& region : app.registry.for_year(year_of(w.wave.date)).regions()) {
      auto it = by_region.find(region.code);
      const store::StoredResponse& s = it == by_region.end() ? none : *it->second;
      m.open("tr").element("th", {{"scope", "row"}}, region.code).element("td", region.name);
      m.element("td", status_text(s)).open("td", {{"class", "actions"}});
      m.open("a", {{"href", form_path(w.wave.code, region.code)}}).text("Bekijken");
      m.element("span", {{"class", "visually-hidden"}}, " (" + region.code + ", " + w.wave.name + ")").close("a");
      if (s.response.status == ResponseStatus::kIngediend &&
          service::allowed(r.actor, service::Action::kReopenResponse, region.code))
        reopen_form(m, r, w.wave.code, region.code, s.version);
      m.close("td").close("tr");
    }
    m.close("tbody").close("table");
  }
  return html_page(app, r, "Vragenlijsten", m);
}

}  // namespace

Response questionnaire_overview(AppContext& app, Request& r) {
  auto waves = app.services.waves.list(r.actor);
  if (!waves) return error_response(app, r, problem(waves.error()));
  std::reverse(waves->begin(), waves->end());  // the newest wave first
  if (service::allowed(r.actor, service::Action::kReadAllRegions)) return research_page(app, r, *waves);
  return summary_page(app, r, *waves);
}

Response questionnaire_form(AppContext& app, Request& r) {
  const std::string& wave = r.params["wave"];
  const std::string& region = r.params["region"];
  auto wd = app.services.responses.definition(r.actor, wave);
  if (!wd) return error_response(app, r, problem(wd.error()));
  auto stored = app.services.responses.response(r.actor, wave, region);
  if (!stored) return error_response(app, r, problem(stored.error()));
  auto state = app.services.responses.evaluate(r.actor, wave, region, stored->response, stored->response.status);
  if (!state) return error_response(app, r, problem(state.error()));
  state->messages.clear();  // what is stored was valid when saved; messages come with a save
  Editing e{*wd, region, stored->response, std::move(*state), *stored, stored->version, {}, {}, 0};
  return form_page(app, r, e, 200);
}

Response questionnaire_save(AppContext& app, Request& r) {
  const std::string& wave = r.params["wave"];
  const std::string& region = r.params["region"];
  auto wd = app.services.responses.definition(r.actor, wave);
  if (!wd) return error_response(app, r, problem(wd.error()));
  auto stored = app.services.responses.response(r.actor, wave, region);
  if (!stored) return error_response(app, r, problem(stored.error()));
  const std::int64_t version = parse_version(r.form["versie"]);
  if (version < 0) return error_response(app, r, problem(400, "Het formulier mist de versie; laad de pagina opnieuw."));
  Editing e{*wd, region, read_form_answers(wd->definition, r.form), {}, *stored, version, {}, {}, 0};
  const std::string action = r.form["actie"];
  auto evaluate = [&](ResponseStatus status) {
    return app.services.responses.evaluate(r.actor, wave, region, e.answers, status);
  };

  if (action.starts_with("rij-toevoegen/") || action.starts_with("rij-verwijderen/")) {
    if (action.starts_with("rij-toevoegen/"))
      add_repeat_row(wd->definition, e.answers, action.substr(14));
    else
      remove_repeat_row(wd->definition, e.answers, action.substr(16));
    auto state = evaluate(ResponseStatus::kConcept);
    if (!state) return error_response(app, r, problem(state.error()));
    e.state = std::move(*state);
    return form_page(app, r, e, 200);
  }
  if (action != "concept" && action != "indienen" && action != "overschrijven")
    return error_response(app, r, problem(400, "Onbekende actie in het formulier."));
  const ResponseStatus status = action == "indienen" ? ResponseStatus::kIngediend : ResponseStatus::kConcept;
  const std::int64_t expected = action == "overschrijven" ? parse_version(r.form["nieuwste"]) : version;
  auto state = evaluate(status);
  if (!state) return error_response(app, r, problem(state.error()));
  const forms::Response visible = without_hidden(wd->definition, e.answers, *state);
  auto saved = status == ResponseStatus::kIngediend
                   ? app.services.responses.submit(r.actor, wave, region, visible, expected)
                   : app.services.responses.save_draft(r.actor, wave, region, visible, expected);
  if (saved)
    return redirect(form_path(wave, region) +
                    "?melding=" + (status == ResponseStatus::kIngediend ? "ingediend" : "opgeslagen"));
  const Error& err = saved.error();
  if (err.reason == "version-conflict") {
    e.conflict = err.message;
    e.newest = stored->version;
    e.state = std::move(*state);
    e.state.messages.clear();
    return form_page(app, r, e, 409);
  }
  if (err.code != ErrorCode::kInvalidData) return error_response(app, r, problem(err));
  auto judged = app.services.responses.evaluate(r.actor, wave, region, visible, status);
  if (!judged) return error_response(app, r, problem(judged.error()));
  e.state = std::move(*judged);
  e.state.hidden = state->hidden;
  e.summary_heading = status == ResponseStatus::kIngediend
                          ? "Niet ingediend: verbeter de volgende punten"
                          : "Niet opgeslagen: een concept mag onvolledig zijn, maar deze waarden zijn ongeldig";
  return form_page(app, r, e, 422);
}

Response questionnaire_reopen(AppContext& app, Request& r) {
  const std::string& wave = r.params["wave"];
  const std::string& region = r.params["region"];
  const std::int64_t version = parse_version(r.form["versie"]);
  if (version < 0) return error_response(app, r, problem(400, "Het formulier mist de versie; laad de pagina opnieuw."));
  auto reopened = app.services.responses.reopen(r.actor, wave, region, version);
  if (!reopened) return error_response(app, r, problem(reopened.error()));
  return redirect(form_path(wave, region) + "?melding=heropend");
}

}  // namespace regio::web
