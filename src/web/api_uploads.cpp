// The JSON API of deliveries, response imports, releases and waves (/api/v1/...): the same use
// cases and fields as the pages (upload_actions.h); refusals as problem details with the
// `problems` list (problem.h).
#include <nlohmann/json.hpp>

#include "web/pages.h"
#include "web/problem.h"
#include "web/upload.h"
#include "web/upload_actions.h"

namespace regio::web {
namespace {

using nlohmann::json;

json delivery_json(const store::DeliveryInfo& d) {
  return {{"levering", d.id},          {"geimporteerd", d.imported_at}, {"trajecten", d.trajecten},
          {"werk", d.werk},            {"uitkeringen", d.uitkeringen},  {"vanaf", d.first_date},
          {"tot_en_met", d.last_date}, {"extractiedatum", d.extraction_date}};
}

json release_json(const store::ReleaseInfo& r) {
  return {{"peildatum", r.peildatum},       {"gepubliceerd", r.published_at}, {"door", r.published_by},
          {"toelichting", r.note},          {"drempel", r.threshold},         {"afronding", r.rounding}};
}

json wave_json(const forms::Wave& w) {
  return {{"code", w.code}, {"naam", w.name}, {"datum", format_iso(w.date)}, {"vragenlijst", w.questionnaire}};
}

// The text fields of a JSON object body, or of a form / query (uploads).
Result<Fields> body_fields(const Request& r) {
  if (!r.content_type.starts_with("application/json")) return request_fields(r);
  auto body = json::parse(r.body, nullptr, false);
  if (!body.is_object()) return fail(ErrorCode::kInvalidArgument, "invalid-json", "De inhoud van het verzoek is geen JSON-object.");
  Fields out;
  for (const auto& [key, value] : body.items())
    if (value.is_string()) out[key] = value.get<std::string>();
  return out;
}

}  // namespace

Response api_deliveries(AppContext& app, Request& r) {
  auto list = app.services.deliveries.list(r.actor);
  if (!list) return problem(list.error());
  json out = json::array();
  for (const auto& d : *list) out.push_back(delivery_json(d));
  return json_response(200, json{{"leveringen", out}}.dump());
}

Response api_deliveries_add(AppContext& app, Request& r) {
  auto imported = import_delivery(app, r, request_fields(r));
  if (!imported) return problem(imported.error());
  json body = delivery_json(imported->info);
  body["personen"] = imported->persons;
  body["vervangen"] = imported->replaced;
  return json_response(imported->replaced ? 200 : 201, body.dump());
}

Response api_delivery_delete(AppContext& app, Request& r) {
  if (auto st = app.services.deliveries.remove(r.actor, r.params["id"]); !st) return problem(st.error());
  Response out;
  out.status = 204;
  out.content_type = "application/json";
  return out;
}

Response api_responses_upload(AppContext& app, Request& r) {
  const std::string wave = r.params["wave"];
  auto imported = import_responses(app, r, wave);
  if (!imported) return problem(imported.error());
  return json_response(200, json{{"meetmoment", wave},
                                 {"antwoorden", imported->count},
                                 {"ingediend", imported->submitted},
                                 {"opmerking", imported->note}}
                                .dump());
}

Response api_releases(AppContext& app, Request& r) {
  auto list = app.services.outcomes.releases(r.actor);
  if (!list) return problem(list.error());
  json out = json::array();
  for (const auto& rel : *list) out.push_back(release_json(rel));
  return json_response(200, json{{"releases", out}}.dump());
}

Response api_releases_publish(AppContext& app, Request& r) {
  auto fields = body_fields(r);
  if (!fields) return problem(fields.error());
  auto release = publish_release(app, r, *fields);
  if (!release) return problem(release.error());
  const ReleaseSummary s = summarize(*release);
  return json_response(201, json{{"peildatum", format_iso(release->peildatum)},
                                 {"gepubliceerd", release->published_at},
                                 {"door", release->published_by},
                                 {"toelichting", release->note},
                                 {"drempel", release->settings.threshold},
                                 {"afronding", release->settings.rounding},
                                 {"rijen", s.rows},
                                 {"onderdrukt", s.suppressed},
                                 {"onderdrukt_na_controle", s.audit_added},
                                 {"gemiddelden_verborgen", s.means_hidden}}
                                .dump());
}

Response api_waves_add(AppContext& app, Request& r) {
  auto fields = body_fields(r);
  if (!fields) return problem(fields.error());
  auto added = add_wave(app, r, *fields);
  if (!added) return problem(added.error());
  json warnings = json::array();
  for (const Problem& p : added->warnings)
    warnings.push_back({{"file", p.file}, {"line", p.line}, {"column", p.column}, {"rule", p.rule}, {"message", p.message}});
  json body = wave_json(added->wave);
  body["waarschuwingen"] = std::move(warnings);
  return json_response(201, body.dump());
}

}  // namespace regio::web
