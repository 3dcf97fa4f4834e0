// Small read-outs of a wave's national analysis used by the fact sheet and the region page.
#pragma once

#include <optional>
#include <string_view>

#include "analysis/national.h"

namespace regio::analysis {

// The national mean ladder level: the mean of the known levels of the submitted responses
// (regions with an unknown level left out); nullopt when no level is known.
std::optional<double> mean_level(const NationalAnalysis& a);

// The scores of `region` in the analysis, or nullptr when it has no submitted response.
const RegionScores* scores_of(const NationalAnalysis& a, std::string_view region);

}  // namespace regio::analysis
