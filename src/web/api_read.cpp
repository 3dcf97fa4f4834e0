// The JSON API's read routes for what the pages show: waves, the national analysis, the outcome
// indicators and the advice. Thin: each parses its query, calls one use case of the service
// layer with the request's actor (which applies the policy, also for a region named in the
// query) and writes the result with the module's own JSON writer (the CLI's --format json).
#include <optional>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "advice/format.h"
#include "analysis/config.h"
#include "analysis/format.h"
#include "outcomes/indicator_format.h"
#include "web/dispatch.h"
#include "web/pages.h"
#include "web/problem.h"

namespace regio::web {
namespace {

std::string query(const Request& r, const char* name) {
  auto it = r.query.find(name);
  return it == r.query.end() ? std::string{} : it->second;
}

// The date in query parameter `name` ("" = none), or a 400 problem naming it.
Result<std::optional<Date>> date_query(const Request& r, const char* name) {
  const std::string text = query(r, name);
  if (text.empty()) return std::optional<Date>{};
  if (auto d = parse_iso_date(text)) return std::optional<Date>{*d};
  return fail(ErrorCode::kInvalidArgument, "invalid-date",
              fmt::format("{}={} is geen datum; schrijf JJJJ-MM-DD", name, text));
}

// The region in ?regio= (upper-cased; "" = none), or a 400 problem when it is no region code.
Result<std::string> region_query(AppContext& app, const Request& r, bool national_too) {
  const std::string region = upper_code(query(r, "regio"));
  if (region.empty() || app.registry.is_known_region(region) || (national_too && region == "NL")) return region;
  return fail(ErrorCode::kInvalidArgument, "unknown-region",
              fmt::format("regio={} is geen arbeidsmarktregio (AM-code){}", region, national_too ? " of NL" : ""));
}

Response json_text(std::string body) { return json_response(200, std::move(body)); }

}  // namespace

Response api_waves(AppContext& app, Request& r) {
  auto waves = app.services.waves.list(r.actor);
  if (!waves) return problem(waves.error());
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const auto& s : *waves)
    list.push_back({{"code", s.wave.code},
                    {"naam", s.wave.name},
                    {"datum", format_iso(s.wave.date)},
                    {"antwoorden", s.responses},
                    {"ingediend", s.submitted}});
  return json_text(nlohmann::ordered_json{{"meetmomenten", std::move(list)}}.dump());
}

Response api_analysis(AppContext& app, Request& r) {
  const std::string compare = query(r, "vergelijk");
  auto a = app.services.waves.analyse(r.actor, r.params["wave"],
                                      compare.empty() ? std::nullopt : std::optional<std::string>(compare),
                                      analysis::default_config());
  if (!a) return problem(a.error());
  return json_text(analysis::to_json(service::readable_part(r.actor, std::move(*a))));
}

Response api_indicators(AppContext& app, Request& r) {
  auto release = date_query(r, "release");
  if (!release) return problem(release.error());
  auto peildatum = date_query(r, "peildatum");
  if (!peildatum) return problem(peildatum.error());
  auto region = region_query(app, r, true);
  if (!region) return problem(region.error());
  const std::string raw = query(r, "ongefilterd");
  if (!raw.empty() && raw != "0" && raw != "1")
    return problem(400, "invalid-argument", "ongefilterd is 1 (exacte cijfers) of 0 (beveiligd, standaard).");
  service::IndicatorQuery q{.unsuppressed = raw == "1", .peildatum = *peildatum, .release = *release};
  if (!region->empty()) q.regions = {*region};
  auto data = app.services.outcomes.indicators(r.actor, q);  // the policy refuses ongefilterd to others
  if (!data) return problem(data.error());
  return json_text(
      outcomes::format_indicators(data->table, outcomes::IndicatorFormat::kJson, {.fictional = data->fictional}));
}

Response api_advice(AppContext& app, Request& r) {
  auto region = region_query(app, r, false);
  if (!region) return problem(region.error());
  service::AdviceRequest request{.wave = r.params["wave"]};
  if (!region->empty()) request.regions = {*region};  // region detail: the policy decides per region
  auto report = app.services.advice.advise(r.actor, request);
  if (!report) return problem(report.error());
  return json_text(advice::to_json(*report));
}

}  // namespace regio::web
