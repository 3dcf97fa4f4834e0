#include "service/reports_service.h"

#include <algorithm>

#include <fmt/format.h>

#include "advice/wave_advice.h"
#include "document/html_writer.h"
#include "document/pdf_writer.h"
#include "report/patterns.h"
#include "report/success_factors.h"
#include "reports/fact_sheet.h"
#include "reports/national_report.h"
#include "service/outcome_data.h"
#include "service/policy.h"

namespace regio::service {
namespace {

constexpr std::string_view kDemoAnswer = "Fictief demo-antwoord";

bool demo_responses(const std::vector<forms::Response>& responses) {
  for (const auto& r : responses)
    for (const auto& [question, answer] : r.answers)
      if (answer.starts_with(kDemoAnswer)) return true;
  return false;
}

// Everything but the region-detail parts (goals, advice), which the callers add per policy.
struct Gathered {
  reports::ReportInput input;
  std::vector<forms::Wave> waves;
  analysis::AnalysisInput analysis_input;
};

Result<Gathered> gather(const Deps& deps, ReleaseCache& cache, const ReportRequest& request, Date today) {
  Gathered g;
  auto waves = deps.store.waves();
  if (!waves) return std::unexpected(waves.error());
  g.waves = *waves;
  auto wave = std::find_if(waves->begin(), waves->end(), [&](const forms::Wave& w) { return w.code == request.wave; });
  if (wave == waves->end())
    return fail(ErrorCode::kNotFound, "wave-not-found",
                fmt::format("meetmoment '{}' bestaat niet (zie 'waves list')", request.wave));
  auto measured = regions_with_measured_goals(deps.store, &cache);
  if (!measured) return std::unexpected(measured.error());
  analysis::AnalysisInput& in = g.analysis_input;
  in.registry = &deps.registry;
  in.measured_goal_regions = *measured;
  in.wave = *wave;
  auto responses = deps.store.responses(wave->code);
  if (!responses) return std::unexpected(responses.error());
  in.responses = std::move(*responses);
  std::optional<forms::Wave> compare = advice::previous_wave(*waves, wave->code);
  if (request.compare) {
    auto cw =
        std::find_if(waves->begin(), waves->end(), [&](const forms::Wave& w) { return w.code == *request.compare; });
    if (cw == waves->end())
      return fail(ErrorCode::kNotFound, "wave-not-found",
                  fmt::format("vergelijkingsmeetmoment '{}' bestaat niet (zie 'waves list')", *request.compare));
    compare = *cw;
  }
  if (compare) {
    auto cr = deps.store.responses(compare->code);
    if (!cr) return std::unexpected(cr.error());
    in.compare_wave = compare;
    in.compare_responses = std::move(*cr);
  }
  auto analysis = analysis::analyse(in);
  if (!analysis) return std::unexpected(analysis.error());
  reports::ReportInput& out = g.input;
  out.analysis = std::move(*analysis);
  out.config = in.config;
  out.responses = in.responses;
  out.generated = today;
  out.software = request.software;
  out.success_factors = report::success_factors(in.responses);
  auto patterns = report::pattern_findings(in);
  if (!patterns) return std::unexpected(patterns.error());
  out.patterns = std::move(*patterns);
  bool fictional = demo_responses(in.responses);
  for (const auto& w : *waves) {
    if (w.date > wave->date) continue;
    analysis::AnalysisInput h{
        .wave = w, .config = in.config, .registry = &deps.registry, .measured_goal_regions = *measured};
    auto hr = deps.store.responses(w.code);
    if (!hr) return std::unexpected(hr.error());
    h.responses = std::move(*hr);
    auto ha = analysis::analyse(h);
    if (!ha) return std::unexpected(ha.error());
    out.history.push_back(std::move(*ha));
  }
  auto released = released_outcomes(deps.store, request.release, &cache);
  if (released) {
    out.release = reports::ReleaseFigures{released->table, released->peildatum};
    fictional |= released->fictional;
  } else if (request.release || released.error().code != ErrorCode::kFailedPrecondition) {
    return std::unexpected(released.error());
  }
  auto deliveries = deps.store.deliveries();
  if (!deliveries) return std::unexpected(deliveries.error());
  for (const auto& d : *deliveries) fictional |= d.id == kDemoDelivery;
  out.fictional = fictional;
  return g;
}

Result<std::vector<outcomes::Goal>> goals_of(store::Store& store, const std::optional<std::string>& region) {
  auto records = store.goals(region);
  if (!records) return std::unexpected(records.error());
  std::vector<outcomes::Goal> goals;
  for (const auto& r : *records)
    goals.push_back(
        {r.region, r.indicator, r.target, r.year, r.intervention.empty() ? "*" : r.intervention, r.description});
  return goals;
}

Result<advice::AdviceReport> advice_of(const Gathered& g, const Deps& deps) {
  const advice::Catalogue catalogue(g.input.config);
  auto rules = advice::default_rules(catalogue);
  if (!rules) return std::unexpected(rules.error());
  advice::WaveAdviceInput in{.wave = g.analysis_input.wave,
                             .responses = g.analysis_input.responses,
                             .config = g.input.config,
                             .registry = &deps.registry,
                             .measured_goal_regions = g.analysis_input.measured_goal_regions};
  in.previous_wave = advice::previous_wave(g.waves, in.wave.code);
  if (in.previous_wave) {
    auto previous = deps.store.responses(in.previous_wave->code);
    if (!previous) return std::unexpected(previous.error());
    in.previous_responses = std::move(*previous);
  }
  return advice::advise_wave(in, *rules, catalogue);
}

}  // namespace

Result<document::Document> Reports::national(const Actor& actor, const ReportRequest& request) {
  if (auto st = authorize(actor, Action::kReadPublished); !st) return std::unexpected(st.error());
  auto g = gather(deps_, cache_, request, deps_.clock.today());
  if (!g) return std::unexpected(g.error());
  g->input.region_detail = allowed(actor, Action::kReadAllRegions);
  if (g->input.region_detail) {
    auto goals = goals_of(deps_.store, std::nullopt);
    if (!goals) return std::unexpected(goals.error());
    g->input.goals = std::move(*goals);
    auto advice = advice_of(*g, deps_);
    if (!advice) return std::unexpected(advice.error());
    g->input.advice = std::move(*advice);
  }
  return reports::national_report(g->input);
}

Result<std::vector<RegionDocument>> Reports::fact_sheets(const Actor& actor, const ReportRequest& request) {
  if (request.regions.empty()) {
    if (auto st = authorize(actor, Action::kReadAllRegions); !st) return std::unexpected(st.error());
  }
  for (const auto& r : request.regions) {
    if (!deps_.registry.is_known_region(r))
      return fail(ErrorCode::kInvalidArgument, "unknown-region",
                  fmt::format("--region '{}' is geen arbeidsmarktregio (AM-code)", r));
    if (auto st = authorize(actor, Action::kReadRegion, r); !st) return std::unexpected(st.error());
  }
  auto g = gather(deps_, cache_, request, deps_.clock.today());
  if (!g) return std::unexpected(g.error());
  std::vector<std::string> regions = request.regions;
  if (regions.empty())
    for (const auto& r : g->input.analysis.per_region) regions.push_back(r.scores.region);
  auto advice = advice_of(*g, deps_);
  if (!advice) return std::unexpected(advice.error());
  g->input.advice = std::move(*advice);
  std::vector<RegionDocument> out;
  for (const auto& region : regions) {
    auto goals = goals_of(deps_.store, region);
    if (!goals) return std::unexpected(goals.error());
    g->input.goals = std::move(*goals);
    out.push_back({region, reports::fact_sheet(g->input, region, deps_.registry.region_name(region))});
  }
  return out;
}

}  // namespace regio::service
