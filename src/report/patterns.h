// Patterns with honest uncertainty (DESIGN §3.10): for each candidate factor of the analysis
// configuration, the mean level gain of regions with and without it, n of each group, the
// difference, an exact permutation p-value and a 95 % bootstrap interval (report/permutation.h),
// marked "indicatief" when a group has fewer than kIndicativeBelow regions.
//
//   auto findings = pattern_findings(input);   // the same AnalysisInput as analysis::analyse
//   for (const auto& f : *findings) print(f.sentence.text);
//
// The groups are exactly those of analysis::analyse (national.h, "patterns"): submitted
// responses of both waves, a known level in both, the factor evaluated on this wave's response
// (regions where it cannot be judged are left out); gain = level now − level in the compare wave.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "analysis/national.h"
#include "base/error.h"
#include "report/permutation.h"
#include "report/sentence.h"

namespace regio::report {

// A group with fewer regions than this makes a pattern "indicatief": with 4 or fewer regions one
// region moves the group mean by a quarter of its gain or more, and the permutation test has
// too few distinct splits to be informative.
inline constexpr int kIndicativeBelow = 5;
// p below this (and no small group) is called a clear difference.
inline constexpr double kClearBelow = 0.05;

struct PatternObservation {
  std::string region;
  int gain = 0;  // level in this wave − level in the compare wave
  bool has_factor = false;
};

struct PatternData {
  analysis::PatternFactor factor;
  std::vector<PatternObservation> observations;  // by region code
};

// The observations per configured factor; empty without a compare wave. Errors as
// analysis::analyse (a response of another wave, two submitted responses of one region).
Result<std::vector<PatternData>> pattern_observations(const analysis::AnalysisInput& input);

enum class PatternVerdict {
  kNotTestable,        // a group is empty
  kIndicative,         // a group has fewer than kIndicativeBelow regions
  kClearDifference,    // p < kClearBelow
  kNoClearDifference,  // p >= kClearBelow: could well be chance
};

struct PatternFinding {
  std::string factor;
  std::string label;
  int n_with = 0;
  int n_without = 0;
  std::optional<double> mean_with;
  std::optional<double> mean_without;
  std::optional<PermutationTest> test;  // difference and p; nullopt when not testable
  std::optional<Interval> interval;     // 95 % bootstrap interval of the difference
  PatternVerdict verdict = PatternVerdict::kNotTestable;
  Sentence sentence;  // key "patroon.<factor>"
};

PatternFinding pattern_finding(const PatternData& data, const BootstrapOptions& bootstrap = {});

// One sentence over all factors, for the summary: how many show a clear difference (named),
// are indicative, show no clear difference or cannot be tested; without factors (no compare
// wave) that there are no patterns. Key "patronen.samenvatting".
Sentence patterns_summary(std::span<const PatternFinding> findings);

// pattern_observations + pattern_finding for every factor.
Result<std::vector<PatternFinding>> pattern_findings(const analysis::AnalysisInput& input);

}  // namespace regio::report
