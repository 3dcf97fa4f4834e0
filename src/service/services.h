// The service layer: the use cases the CLI and the web call. Each takes the Actor first and
// asks service/policy.h whether it may; each works on the store, clock and region registry of
// its Deps. Construct one Services per store (the CLI per command, the web per process) and
// share a ReleaseCache between them where releases are read often. The use cases keep no state
// of their own beyond that cache, so one Services may serve several threads at once (the store
// adapters and the cache are thread-safe).
//
//   service::Services services({*store, clock, registry});
//   auto table = services.outcomes.indicators(actor, {});
#pragma once

#include <memory>

#include "service/advice_service.h"
#include "service/deliveries.h"
#include "service/deps.h"
#include "service/goals_service.h"
#include "service/outcomes_service.h"
#include "service/region_service.h"
#include "service/release_cache.h"
#include "service/reports_service.h"
#include "service/responses.h"
#include "service/waves.h"

namespace regio::service {

class Services {
 public:
  explicit Services(Deps deps, std::shared_ptr<ReleaseCache> cache = std::make_shared<ReleaseCache>())
      : cache_(std::move(cache)),
        outcomes(deps, *cache_),
        deliveries(deps),
        responses(deps),
        waves(deps, *cache_),
        goals(deps, *cache_),
        advice(deps, *cache_),
        reports(deps, *cache_),
        regions(deps, *cache_) {}

 private:
  std::shared_ptr<ReleaseCache> cache_;  // declared first: the use cases below refer to it

 public:
  Outcomes outcomes;
  Deliveries deliveries;
  Responses responses;
  Waves waves;
  Goals goals;
  Advice advice;
  Reports reports;
  Regions regions;
};

}  // namespace regio::service
