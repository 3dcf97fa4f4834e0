#include "analysis/internal/patterns.h"

#include <algorithm>

namespace regio::analysis {

std::optional<bool> evaluate_factor(const PatternFactor& factor, const forms::Response& response,
                                    const RegionScores& scores) {
  const auto in_values = [&](const std::string& v) {
    return std::find(factor.values.begin(), factor.values.end(), v) != factor.values.end();
  };
  switch (factor.kind) {
    case FactorKind::kAnswerIn: {
      const std::string& a = answer_of(response, factor.question);
      if (a.empty()) return std::nullopt;
      return in_values(a);
    }
    case FactorKind::kContains:
    case FactorKind::kNotContains: {
      // An unanswered select_multiple is an empty selection (response.h: "" is never stored).
      const std::string& a = answer_of(response, factor.question);
      const bool any = std::any_of(factor.values.begin(), factor.values.end(),
                                   [&](const std::string& v) { return selection_contains(a, v); });
      return factor.kind == FactorKind::kContains ? any : !any;
    }
    case FactorKind::kEmbeddingClassIn:
      if (!scores.embedding_class) return std::nullopt;
      return in_values(*scores.embedding_class);
  }
  return std::nullopt;
}

namespace internal {

std::vector<PatternStat> compute_patterns(const Config& config, const std::vector<PatternSubject>& subjects) {
  std::vector<PatternStat> out;
  for (const auto& f : config.pattern_factors) {
    PatternStat p{f.id, f.label, {}, {}};
    int sum_with = 0, sum_without = 0;
    for (const auto& s : subjects) {
      if (!s.previous_level || !s.scores->level) continue;
      const auto has = evaluate_factor(f, *s.response, *s.scores);
      if (!has) continue;
      const int gain = *s.scores->level - *s.previous_level;
      if (*has) {
        ++p.with.n;
        sum_with += gain;
      } else {
        ++p.without.n;
        sum_without += gain;
      }
    }
    if (p.with.n > 0) p.with.mean_gain = static_cast<double>(sum_with) / p.with.n;
    if (p.without.n > 0) p.without.mean_gain = static_cast<double>(sum_without) / p.without.n;
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace internal
}  // namespace regio::analysis
