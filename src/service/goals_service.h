// Use cases on quantitative goals on outcome indicators (DESIGN §3.6): add, delete, and their
// status evaluated from a release (or, for the roles that may, from exact figures).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/actor.h"
#include "base/error.h"
#include "outcomes/goals.h"
#include "service/deps.h"
#include "service/outcome_data.h"
#include "service/outcomes_service.h"
#include "service/release_cache.h"

namespace regio::service {

struct GoalsStatus {
  std::vector<store::GoalRecord> records;             // the goals, by id
  std::vector<outcomes::GoalEvaluation> evaluations;  // one per record, same order
  std::optional<OutcomeTable> data;                   // what they were evaluated on (nullopt when there are no goals)
};

class Goals {
 public:
  Goals(Deps deps, ReleaseCache& cache) : deps_(deps), cache_(cache) {}

  // Validates (region known, outcomes::validate_goal) and stores; returns the new id.
  Result<std::int64_t> add(const Actor& actor, const store::GoalRecord& goal);
  // The goals of `region` (every region when nullopt: national roles only; a regional actor
  // without a region gets its own region's) evaluated on `source`. Empty records when none.
  Result<GoalsStatus> status(const Actor& actor, const std::optional<std::string>& region,
                             const IndicatorQuery& source);
  Status remove(const Actor& actor, std::int64_t id);

 private:
  Deps deps_;
  ReleaseCache& cache_;
};

}  // namespace regio::service
