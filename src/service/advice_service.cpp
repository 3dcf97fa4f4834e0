#include "service/advice_service.h"

#include <algorithm>

#include <fmt/format.h>

#include "service/outcome_data.h"
#include "service/policy.h"

namespace regio::service {

Result<advice::AdviceReport> Advice::advise(const Actor& actor, const AdviceRequest& request) {
  if (request.regions.empty()) {
    if (auto st = authorize(actor, Action::kReadAllRegions); !st) return std::unexpected(st.error());
  }
  for (const auto& r : request.regions) {
    if (!deps_.registry.is_known_region(r))
      return fail(ErrorCode::kInvalidArgument, "unknown-region",
                  fmt::format("--region '{}' is geen arbeidsmarktregio (AM-code)", r));
    if (auto st = authorize(actor, Action::kReadRegion, r); !st) return std::unexpected(st.error());
  }
  std::shared_ptr<const advice::AdviceReport> whole;
  if (!request.rules && !request.config) {
    auto kept = reports_->get(deps_.store, request.wave, [&] { return whole_wave(request.wave, request); });
    if (!kept) return std::unexpected(kept.error());
    whole = std::move(*kept);
  } else {
    auto built = whole_wave(request.wave, request);
    if (!built) return std::unexpected(built.error());
    whole = std::make_shared<const advice::AdviceReport>(std::move(*built));
  }
  if (request.regions.empty()) return *whole;
  advice::AdviceReport report{whole->wave,         whole->wave_name,  whole->previous_wave,
                              whole->rules_source, whole->rule_count, {}};
  for (const auto& r : request.regions) {
    auto a = std::find_if(whole->regions.begin(), whole->regions.end(),
                          [&](const advice::RegionAdvice& x) { return x.region == r; });
    if (a == whole->regions.end())
      return fail(ErrorCode::kNotFound, "response-not-found",
                  fmt::format("regio {} heeft geen ingediend antwoord in meetmoment {}", r, request.wave));
  }
  for (const auto& a : whole->regions)
    if (std::find(request.regions.begin(), request.regions.end(), a.region) != request.regions.end())
      report.regions.push_back(a);
  return report;
}

Result<advice::AdviceReport> Advice::whole_wave(const std::string& wave_code, const AdviceRequest& request) {
  const analysis::Config config = request.config ? *request.config : analysis::default_config();
  const advice::Catalogue catalogue(config);
  Result<advice::RuleSet> defaults =
      request.rules ? Result<advice::RuleSet>(*request.rules) : advice::default_rules(catalogue);
  if (!defaults) return std::unexpected(defaults.error());

  auto waves = deps_.store.waves();
  if (!waves) return std::unexpected(waves.error());
  const auto wave =
      std::find_if(waves->begin(), waves->end(), [&](const forms::Wave& w) { return w.code == wave_code; });
  if (wave == waves->end())
    return fail(ErrorCode::kNotFound, "wave-not-found",
                fmt::format("meetmoment '{}' bestaat niet (zie 'waves list')", wave_code));
  advice::WaveAdviceInput in{.wave = *wave, .config = config, .registry = &deps_.registry};
  auto responses = deps_.store.responses(wave->code);
  if (!responses) return std::unexpected(responses.error());
  in.responses = std::move(*responses);
  in.previous_wave = advice::previous_wave(*waves, wave->code);
  if (in.previous_wave) {
    auto previous = deps_.store.responses(in.previous_wave->code);
    if (!previous) return std::unexpected(previous.error());
    in.previous_responses = std::move(*previous);
  }
  auto measured = regions_with_measured_goals(deps_.store, &cache_);
  if (!measured) return std::unexpected(measured.error());
  in.measured_goal_regions = std::move(*measured);

  return advice::advise_wave(in, *defaults, catalogue);
}

}  // namespace regio::service
