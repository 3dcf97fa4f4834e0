#include "advice/wave_advice.h"

#include <algorithm>

#include "advice/profile.h"
#include "analysis/national.h"

namespace regio::advice {

std::optional<forms::Wave> previous_wave(const std::vector<forms::Wave>& waves, const std::string& code) {
  const auto at = std::find_if(waves.begin(), waves.end(), [&](const forms::Wave& w) { return w.code == code; });
  if (at == waves.end() || at == waves.begin()) return std::nullopt;
  return *(at - 1);
}

Result<AdviceReport> advise_wave(const WaveAdviceInput& input, const RuleSet& rules, const Catalogue& catalogue) {
  auto analyse = [&](const forms::Wave& wave, const std::vector<forms::Response>& responses) {
    analysis::AnalysisInput in;
    in.wave = wave;
    in.responses = responses;
    in.config = input.config;
    in.registry = input.registry;
    in.measured_goal_regions = input.measured_goal_regions;
    return analysis::analyse(in);
  };
  auto now = analyse(input.wave, input.responses);
  if (!now) return std::unexpected(now.error());
  std::optional<analysis::NationalAnalysis> before;
  if (input.previous_wave) {
    auto prev = analyse(*input.previous_wave, input.previous_responses);
    if (!prev) return std::unexpected(prev.error());
    before = std::move(*prev);
  }
  const auto profiles = build_profiles(
      {.wave = &*now, .responses = &input.responses, .previous = before ? &*before : nullptr, .config = &input.config});
  AdviceReport report;
  report.wave = input.wave.code;
  report.wave_name = input.wave.name;
  if (input.previous_wave) report.previous_wave = input.previous_wave->code;
  report.rules_source = rules.source;
  report.rule_count = rules.rules.size();
  for (const auto& p : profiles) report.regions.push_back(advise(rules, p, catalogue));
  return report;
}

}  // namespace regio::advice
