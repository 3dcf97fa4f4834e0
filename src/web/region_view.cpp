#include "web/region_view.h"

#include <cctype>

#include <fmt/format.h>

#include "analysis/national_lookup.h"
#include "service/policy.h"

namespace regio::web {
namespace {

std::string param(const Request& r, const char* name) {
  auto it = r.query.find(name);
  return it == r.query.end() ? std::string() : it->second;
}

void load_goals(AppContext& app, const Request& r, RegionView& v) {
  const std::string& region = v.profile.region;
  auto g = app.services.goals.status(r.actor, region, {.regions = {region}});
  if (!g) {
    if (g.error().code == ErrorCode::kPermissionDenied) {
      v.goals_message = g.error().message;
      return;
    }
    v.goals_message = g.error().code == ErrorCode::kFailedPrecondition
                          ? "Er is nog geen release van uitkomstcijfers gepubliceerd; de voortgang van de doelen "
                            "wordt berekend zodra die er is."
                          : g.error().message;
    return;
  }
  v.goals_table = goals_table(*g, region);
  v.goals = std::move(*g);
}

void load_outcomes(AppContext& app, const Request& r, RegionView& v) {
  const std::string& region = v.profile.region;
  service::IndicatorQuery q{.regions = {region}};
  v.unsuppressed_asked = param(r, "ongefilterd") == "1";
  const std::string peildatum = param(r, "peildatum");
  if (v.unsuppressed_asked) {
    if (!service::allowed(r.actor, service::Action::kSeeUnsuppressed)) {
      v.outcomes_message =
          "Ongefilterde cijfers (zonder onthullingsbeveiliging) zijn alleen voor onderzoekers en beheerders. U ziet "
          "hieronder de beveiligde cijfers uit de laatste release.";
    } else {
      auto date = service::parse_date_option(peildatum, "peildatum");
      if (!date) {
        v.outcomes_message = date.error().message;
      } else {
        q.unsuppressed = true;
        q.peildatum = *date;
      }
    }
  } else if (!peildatum.empty()) {
    v.outcomes_message = "Een peildatum kiezen kan alleen bij ongefilterde cijfers; u ziet de laatste release.";
  }
  auto t = app.services.outcomes.indicators(r.actor, q);
  if (!t && q.unsuppressed) {
    v.outcomes_message = t.error().message + " U ziet hieronder de beveiligde cijfers uit de laatste release.";
    q = {.regions = {region}};
    t = app.services.outcomes.indicators(r.actor, q);
  }
  if (!t) {
    v.outcomes_message += (v.outcomes_message.empty() ? "" : " ") +
                          (t.error().code == ErrorCode::kFailedPrecondition
                               ? std::string("Er is nog geen release van uitkomstcijfers gepubliceerd.")
                               : t.error().message);
    return;
  }
  v.outcomes_table = outcomes_table(*t, region);
  v.outcomes = std::move(*t);
}

void load_advice(AppContext& app, const Request& r, RegionView& v) {
  const std::string& region = v.profile.region;
  for (auto a = v.profile.waves.rbegin(); a != v.profile.waves.rend(); ++a) {
    if (!analysis::scores_of(*a, region)) continue;
    v.advice_wave = a->wave.name;
    auto report = app.services.advice.advise(r.actor, {.wave = a->wave.code, .regions = {region}});
    if (!report) {
      v.advice_message = report.error().message;
      return;
    }
    if (!report->regions.empty()) v.advice = std::move(report->regions.front());
    return;
  }
  v.advice_message = "Er is nog geen ingediende vragenlijst van deze regio, dus nog geen advies.";
}

}  // namespace

std::string region_query(const Request& r) {
  std::string q;
  for (const char* name : {"vergelijk", "ongefilterd", "peildatum"}) {
    const std::string value = param(r, name);
    if (!value.empty()) q += fmt::format("{}{}={}", q.empty() ? "?" : "&", name, value);
  }
  return q;
}

Result<RegionView> load_region_view(AppContext& app, const Request& r) {
  const std::string region = r.params.contains("region") ? r.params.at("region") : "";
  std::optional<std::string> compare;
  if (std::string c = param(r, "vergelijk"); !c.empty()) {
    for (char& ch : c) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    compare = c;
  }
  RegionView v;
  auto p = app.services.regions.profile(r.actor, region, compare);
  if (!p && compare) {
    // The region itself may be fine: say why the comparison is not shown, show the rest.
    auto own = app.services.regions.profile(r.actor, region, std::nullopt);
    if (!own) return std::unexpected(own.error());
    v.compare_message =
        p.error().code == ErrorCode::kPermissionDenied
            ? fmt::format("U mag de gegevens van regio {} niet bekijken; vergelijk met het landelijk beeld.", *compare)
            : p.error().message;
    p = std::move(own);
  }
  if (!p) return std::unexpected(p.error());
  v.profile = std::move(*p);
  v.figures = region_figures(v.profile);
  load_goals(app, r, v);
  load_outcomes(app, r, v);
  load_advice(app, r, v);
  return v;
}

}  // namespace regio::web
