// The questionnaire in the JSON API: one region's response (GET), saving or submitting it (PUT,
// with the version the client started from: a stale one gets 409 version-conflict), and the
// re-evaluation the form page asks for while the user types (POST .../controle): which questions
// are hidden and which messages stand next to which field, from the one evaluator on the server.
// A row of a nested repeat carries the row of its enclosing repeat as "ouder_rij" (from 1, the
// column name of the CSV/XLSX export), both ways.
#include <optional>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "base/text.h"
#include "service/policy.h"
#include "web/pages.h"
#include "web/problem.h"
#include "web/questionnaire_form.h"

namespace regio::web {
namespace {

using nlohmann::json;

json answers_json(const forms::Answers& a) {
  json out = json::object();
  for (const auto& [name, value] : a) out[name] = value;
  return out;
}

json response_json(const store::StoredResponse& s, const std::string& wave, const std::string& region) {
  json repeats = json::object();
  for (const auto& [name, rows] : s.response.repeats) {
    auto parents = s.response.repeat_parents.find(name);  // only nested repeats have them
    json list = json::array();
    for (std::size_t i = 0; i < rows.size(); ++i) {
      list.push_back(answers_json(rows[i]));
      if (parents != s.response.repeat_parents.end() && i < parents->second.size())
        list.back()[forms::kParentRowColumn] = parents->second[i] + 1;
    }
    repeats[name] = std::move(list);
  }
  return {{"meetmoment", wave},
          {"regio", region},
          {"status", s.version == 0 ? "leeg" : forms::to_string(s.response.status)},
          {"versie", s.version},
          {"bijgewerkt", s.updated_at},
          {"antwoorden", answers_json(s.response.answers)},
          {"herhalingen", std::move(repeats)}};
}

// Answers as text; a number is written as JSON wrote it, a list (select_multiple) joined by spaces.
bool read_answers(const json& object, forms::Answers& out) {
  if (!object.is_object()) return false;
  for (const auto& [name, value] : object.items()) {
    if (value.is_string()) {
      out[name] = value.get<std::string>();
    } else if (value.is_number()) {
      out[name] = value.dump();
    } else if (value.is_array()) {
      std::string joined;
      for (const auto& v : value) {
        if (!v.is_string()) return false;
        joined += (joined.empty() ? "" : " ") + v.get<std::string>();
      }
      if (!joined.empty()) out[name] = joined;
    } else if (!value.is_null()) {
      return false;
    }
  }
  return true;
}

// {antwoorden: {...}, herhalingen: {naam: [{...}, ...]}} into a Response; false when malformed.
bool read_response(const json& body, forms::Response& out) {
  if (!body.is_object()) return false;
  if (body.contains("antwoorden") && !read_answers(body["antwoorden"], out.answers)) return false;
  if (!body.contains("herhalingen")) return true;
  const json& repeats = body["herhalingen"];
  if (!repeats.is_object()) return false;
  for (const auto& [name, rows] : repeats.items()) {
    if (!rows.is_array()) return false;
    auto& list = out.repeats[name];
    for (const auto& row : rows)
      if (!read_answers(row, list.emplace_back())) return false;
  }
  return true;
}

constexpr const char* kBodyHelp =
    "De inhoud van het verzoek is geen JSON-object met versie (getal), antwoorden (object) en eventueel "
    "herhalingen en indienen.";

// Moves "ouder_rij" of every row of a nested repeat out of its answers into repeat_parents
// (0-based). Returns the refusals of rows without a valid one (a number from 1); whether that
// row exists is judged by validation, which names the repeat and row too.
ProblemList read_parent_rows(const forms::Definition& definition, forms::Response& response) {
  ProblemList problems;
  for (auto& [name, rows] : response.repeats) {
    const std::string up = definition.enclosing_repeat(name);
    if (up.empty()) continue;
    auto& parents = response.repeat_parents[name];
    for (std::size_t i = 0; i < rows.size(); ++i) {
      auto given = rows[i].find(forms::kParentRowColumn);
      const auto row = given == rows[i].end() ? std::nullopt : parse_integer(given->second);
      if (!row || *row < 1) {
        problems.add({"", 0, forms::kParentRowColumn, "geen-ouderrij",
                      fmt::format("{} rij {} mist {}: het nummer (vanaf 1) van de rij van herhaling {} waar zij "
                                  "bij hoort",
                                  name, i + 1, forms::kParentRowColumn, up)});
        continue;
      }
      parents.push_back(static_cast<std::size_t>(*row - 1));
      rows[i].erase(given);
    }
  }
  return problems;
}

// The JSON body read into `answers`, with the definition of the wave for the parent rows of
// nested repeats; what to answer when it is refused (400 malformed, 422 without parent rows).
// An actor who may not do `action` for the region gets the service's refusal, not a verdict on
// the rows.
std::optional<Response> read_body(AppContext& app, Request& r, const json& body, forms::Response& answers,
                                  service::Action action) {
  if (!read_response(body, answers)) return problem(400, kBodyHelp);
  if (!service::allowed(r.actor, action, r.params["region"])) return std::nullopt;
  auto wd = app.services.responses.definition(r.actor, r.params["wave"]);
  if (!wd) return problem(wd.error());
  if (auto problems = read_parent_rows(wd->definition, answers); !problems.empty())
    return problem(problems.to_error(fmt::format("Antwoorden geweigerd: {} fout(en)", problems.size())));
  return std::nullopt;
}

}  // namespace

Response api_questionnaire_get(AppContext& app, Request& r) {
  const std::string& wave = r.params["wave"];
  const std::string& region = r.params["region"];
  auto stored = app.services.responses.response(r.actor, wave, region);
  if (!stored) return problem(stored.error());
  return json_response(200, response_json(*stored, wave, region).dump());
}

Response api_questionnaire_put(AppContext& app, Request& r) {
  const std::string& wave = r.params["wave"];
  const std::string& region = r.params["region"];
  const json body = json::parse(r.body, nullptr, false);
  forms::Response answers;
  if (!body.is_object() || !body.contains("versie") || !body["versie"].is_number_integer())
    return problem(400, kBodyHelp);
  if (auto refused = read_body(app, r, body, answers, service::Action::kEditResponse)) return std::move(*refused);
  const auto version = body["versie"].get<std::int64_t>();
  const bool submit = body.value("indienen", false);
  auto saved = submit ? app.services.responses.submit(r.actor, wave, region, answers, version)
                      : app.services.responses.save_draft(r.actor, wave, region, answers, version);
  if (!saved) return problem(saved.error());
  return json_response(200, response_json(*saved, wave, region).dump());
}

Response api_questionnaire_check(AppContext& app, Request& r) {
  const std::string& wave = r.params["wave"];
  const std::string& region = r.params["region"];
  forms::Response answers;
  bool submit = false;
  if (r.content_type.starts_with("application/x-www-form-urlencoded")) {
    // The form page itself, as it stands (static/questionnaire.js).
    auto wd = app.services.responses.definition(r.actor, wave);
    if (!wd) return problem(wd.error());
    answers = read_form_answers(wd->definition, r.form);
  } else {
    const json body = json::parse(r.body, nullptr, false);
    if (auto refused = read_body(app, r, body, answers, service::Action::kReadRegion)) return std::move(*refused);
    submit = body.value("indienen", false);
  }
  auto state = app.services.responses.evaluate(
      r.actor, wave, region, answers, submit ? forms::ResponseStatus::kIngediend : forms::ResponseStatus::kConcept);
  if (!state) return problem(state.error());
  json messages = json::object();
  for (const auto& [key, list] : state->messages) messages[key] = list;
  return json_response(
      200,
      json{{"geldig", state->problems == 0}, {"verborgen", state->hidden}, {"meldingen", std::move(messages)}}.dump());
}

}  // namespace regio::web
