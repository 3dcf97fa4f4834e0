#include "analysis/national_lookup.h"

namespace regio::analysis {

std::optional<double> mean_level(const NationalAnalysis& a) {
  double sum = 0;
  int n = 0;
  for (const auto& [level, count] : a.levels) {
    sum += static_cast<double>(level) * count;
    n += count;
  }
  if (n == 0) return std::nullopt;
  return sum / n;
}

const RegionScores* scores_of(const NationalAnalysis& a, std::string_view region) {
  for (const auto& r : a.per_region)
    if (r.scores.region == region) return &r.scores;
  return nullptr;
}

}  // namespace regio::analysis
