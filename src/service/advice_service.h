// The advice use case: the advice rules (advice module) evaluated on the profiles of a wave's
// regions. Advice names a region's own figures, so it is region detail: one region for its own
// `regio`/`lezer` and the national roles, every region only for the national roles.
//
//   auto report = services.advice.advise(actor, {.wave = "2020-vervolg", .regions = {"AM13"}});
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "advice/rules.h"
#include "advice/wave_advice.h"
#include "analysis/config.h"
#include "base/actor.h"
#include "base/error.h"
#include "service/deps.h"
#include "service/generation_cache.h"
#include "service/release_cache.h"

namespace regio::service {

struct AdviceRequest {
  std::string wave;
  std::vector<std::string> regions;          // empty = every region with a submitted response
  const advice::RuleSet* rules = nullptr;    // nullptr = the built-in rules
  const analysis::Config* config = nullptr;  // nullptr = the built-in analysis configuration
};

class Advice {
 public:
  Advice(Deps deps, ReleaseCache& cache)
      : deps_(deps), cache_(cache), reports_(std::make_unique<GenerationCache<advice::AdviceReport>>(16)) {}
  // Errors: kPermissionDenied (policy), kInvalidArgument for a code that is not a region,
  // kNotFound for an unknown wave or a named region without a submitted response.
  Result<advice::AdviceReport> advise(const Actor& actor, const AdviceRequest& request);

 private:
  // The advice of every region with a submitted response in `wave` (not yet authorised).
  Result<advice::AdviceReport> whole_wave(const std::string& wave, const AdviceRequest& request);

  Deps deps_;
  ReleaseCache& cache_;
  // The whole wave's advice with the built-in rules and configuration (what the web asks on
  // every region page), per wave and data generation (generation_cache.h).
  std::unique_ptr<GenerationCache<advice::AdviceReport>> reports_;
};

}  // namespace regio::service
