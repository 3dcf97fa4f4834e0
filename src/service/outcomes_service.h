// Use cases on outcome figures: the indicator table (released, or unsuppressed for the roles
// that may), releases, and the installation's disclosure settings.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/actor.h"
#include "base/date.h"
#include "base/error.h"
#include "service/deps.h"
#include "service/outcome_data.h"
#include "service/release_cache.h"

namespace regio::service {

struct IndicatorQuery {
  bool unsuppressed = false;         // exact figures (beheerder, onderzoeker)
  std::optional<Date> peildatum;     // only with unsuppressed; default the latest extraction date
  std::optional<Date> release;       // protected figures of this release; default the latest
  std::vector<std::string> regions;  // only these region codes ("NL" too); empty = all
};

class Outcomes {
 public:
  Outcomes(Deps deps, ReleaseCache& cache) : deps_(deps), cache_(cache) {}

  // The released table (from the stored release, decoded once per peildatum), or the exact
  // figures recomputed from the deliveries when query.unsuppressed and policy allows.
  Result<OutcomeTable> indicators(const Actor& actor, const IndicatorQuery& query);
  Result<outcomes::Release> publish(const Actor& actor, const PublishRequest& request);
  Result<std::vector<store::ReleaseInfo>> releases(const Actor& actor);
  Result<outcomes::DisclosureSettings> settings(const Actor& actor);
  // Changes the given parts (beheerder only) and returns the settings now in force.
  Result<outcomes::DisclosureSettings> change_settings(const Actor& actor, std::optional<int> threshold,
                                                       std::optional<int> rounding);

 private:
  Deps deps_;
  ReleaseCache& cache_;
};

}  // namespace regio::service
