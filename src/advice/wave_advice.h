// The advice of a whole wave in one call, for every caller (CLI, reports, web): analyses the wave
// and its previous wave, builds the profiles and evaluates the rules.
//
//   advice::WaveAdviceInput in{.wave = w, .responses = rs, .config = cfg};
//   in.previous_wave = advice::previous_wave(store_waves, w.code);   // optional
//   in.previous_responses = ...;                                     // of that wave
//   auto report = advice::advise_wave(in, rules, catalogue);         // all regions, by code
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "advice/advise.h"
#include "advice/rules.h"
#include "advice/variables.h"
#include "analysis/config.h"
#include "base/error.h"
#include "forms/response.h"
#include "forms/wave.h"
#include "regions/registry.h"

namespace regio::advice {

struct WaveAdviceInput {
  forms::Wave wave;
  std::vector<forms::Response> responses;  // of `wave`; only submitted ones count
  std::optional<forms::Wave> previous_wave;
  std::vector<forms::Response> previous_responses;  // of `previous_wave`
  analysis::Config config = analysis::default_config();
  const regions::Registry* registry = nullptr;  // for region names; may be null
  std::set<std::string> measured_goal_regions;  // as in analysis::AnalysisInput
};

// The wave dated directly before `code` in `waves` (ordered by date, as Store::waves() returns
// them); nullopt for the first wave or an unknown code.
std::optional<forms::Wave> previous_wave(const std::vector<forms::Wave>& waves, const std::string& code);

// Errors are those of analysis::analyse (e.g. two submitted responses of one region).
Result<AdviceReport> advise_wave(const WaveAdviceInput& input, const RuleSet& rules, const Catalogue& catalogue);

}  // namespace regio::advice
