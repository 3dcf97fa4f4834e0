// The region use case: one region's profile over every wave next to the national picture and,
// when asked, next to a second region (DESIGN §3.4–§3.6). A profile is region detail
// (Action::kReadRegion): its own regio/lezer and the national roles; the compare region needs
// the same permission for that region.
//
//   auto p = services.regions.profile(actor, "AM13", "AM01");
//   for (const auto& a : p->waves) show(a.wave, analysis::scores_of(a, "AM13"));  // analysis/national_lookup.h
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analysis/config.h"
#include "analysis/national.h"
#include "base/actor.h"
#include "base/error.h"
#include "service/deps.h"
#include "service/release_cache.h"
#include "service/waves.h"

namespace regio::service {

struct RegionProfile {
  std::string region;
  std::string name;                     // display name ("" when the registry has none)
  std::optional<std::string> compare;   // the compare region, when asked and allowed
  std::string compare_name;
  std::vector<analysis::NationalAnalysis> waves;  // every wave, oldest first (national picture included)
};

class Regions {
 public:
  Regions(Deps deps, ReleaseCache& cache) : deps_(deps), waves_(deps, cache) {}

  // Errors: kNotFound (reason "unknown-region") for a code that is not a region;
  // kPermissionDenied (policy) for `region` or for `compare` (reason "permission-denied": the
  // web shows that for the comparison only); kInvalidArgument when compare == region.
  Result<RegionProfile> profile(const Actor& actor, const std::string& region,
                                const std::optional<std::string>& compare,
                                analysis::Config config = analysis::default_config());

 private:
  Deps deps_;
  Waves waves_;
};

}  // namespace regio::service
