// Patterns between factors and growth on the ladder (internal to the analysis module).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "analysis/national.h"

namespace regio::analysis::internal {

// One region's submitted response in the analysed wave with its scores, and its level in the
// compare wave (nullopt when absent or unknown).
struct PatternSubject {
  const forms::Response* response = nullptr;
  const RegionScores* scores = nullptr;
  std::optional<int> previous_level;
};

// The mean level gain with and without each configured factor (see national.h).
std::vector<PatternStat> compute_patterns(const Config& config, const std::vector<PatternSubject>& subjects);

}  // namespace regio::analysis::internal
