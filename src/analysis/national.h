// The national analysis of one wave: trends and patterns over all regions (DESIGN §3.10).
//
//   AnalysisInput in{.wave = w, .responses = rs, .config = analysis::default_config()};
//   in.compare_wave = previous; in.compare_responses = prev_rs;   // optional
//   in.registry = &registry;                                      // optional, for names
//   in.measured_goal_regions = {"AM13"};                          // from the outcomes goal store
//   auto a = analysis::analyse(in);
//   std::string json = analysis::to_json(*a);                     // analysis/format.h
//
// Only responses with status `ingediend` count; concept responses are ignored. Per-region scores
// follow analysis/scores.h. National definitions (all counts are numbers of regions unless
// said otherwise):
// - levels: regions per ladder level; every level is present (0 when none).
// - transitions: regions with a known level in both waves, counted by (level in compare wave,
//   level in this wave); up/same/down counts. Absent without a compare wave.
// - aimed vs reached, per level: regions aiming at it (niveau_beoogd) and regions at it
//   (niveau); mean_gap = mean of (aimed − level) over regions with both.
// - embedding: regions per class (every class present); per element the mean score over regions
//   that answered it, n, and how many regions have it as their weakest element.
// - stakeholders: per stakeholder the number of regions per degree (every degree present) and
//   the unanswered count.
// - products: per product the number of regions per status; overall share realised = total
//   gerealiseerd / total planned (gepland + in_uitvoering + gerealiseerd) pooled over products
//   and regions; empty when nothing is planned.
// - goals: per goal type the pooled met / counted / open over all goal rows (see scores.h);
//   share_met = met / counted, empty when counted = 0.
// - activities: per client activity the regions that selected it in activiteiten_clienten and
//   the sum of their bereik_<activity> (unanswered counts as 0).
// - bottlenecks: per knelpunt choice the regions that selected it, most frequent first (ties in
//   configured order; choices not in the configuration after them, alphabetically).
// - level5_flags: regions claiming the top level without a measured quantitative goal.
// - patterns (only with a compare wave): for each configured factor, evaluated on THIS wave's
//   response, the mean level gain (level here − level in the compare wave) of regions with and
//   without the factor, each with n; regions where the factor cannot be evaluated (unanswered
//   select_one, no embedding class) or with an unknown level in either wave are left out.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "analysis/config.h"
#include "analysis/scores.h"
#include "base/error.h"
#include "forms/response.h"
#include "forms/wave.h"
#include "regions/registry.h"

namespace regio::analysis {

struct AnalysisInput {
  forms::Wave wave;
  std::vector<forms::Response> responses;  // of `wave`
  std::optional<forms::Wave> compare_wave;
  std::vector<forms::Response> compare_responses;  // of `compare_wave`
  Config config = default_config();
  const regions::Registry* registry = nullptr;  // for region names; may be null
  std::set<std::string> measured_goal_regions;  // regions with a quantitative outcome goal
};

struct Transitions {
  std::string from_wave;
  int regions = 0;
  std::map<std::pair<int, int>, int> counts;  // (from level, to level) -> regions
  int up = 0, same = 0, down = 0;
};

struct AimedReached {
  int level = 0;
  int aiming = 0;
  int reached = 0;
};

struct ElementStat {
  LabelledQuestion element;
  std::optional<double> mean;
  int n = 0;
  int weakest = 0;
};

struct StakeholderStat {
  LabelledQuestion stakeholder;
  std::vector<std::pair<std::string, int>> degrees;  // configured order, all present
  int unanswered = 0;
};

struct ProductStat {
  LabelledQuestion product;
  std::vector<std::pair<std::string, int>> statuses;  // niet_gepland gepland in_uitvoering gerealiseerd
  int unanswered = 0;
};

struct GoalStat {
  LabelledChoice type;
  GoalTally tally;
  std::optional<double> share_met;
};

struct ActivityStat {
  LabelledChoice activity;
  int regions = 0;
  long long clients_reached = 0;
};

struct BottleneckStat {
  std::string choice;
  std::string label;  // the choice itself when not configured
  int regions = 0;
};

struct GainGroup {
  int n = 0;
  std::optional<double> mean_gain;
};

struct PatternStat {
  std::string factor;
  std::string label;
  GainGroup with;
  GainGroup without;
};

struct RegionResult {
  std::string name;  // display name from the registry, "" without one
  RegionScores scores;
};

struct NationalAnalysis {
  forms::Wave wave;
  std::optional<forms::Wave> compare_wave;
  int regions = 0;  // submitted responses of this wave
  std::vector<LadderLevel> ladder;
  std::map<int, int> levels;  // every ladder level present
  int level_unknown = 0;
  std::optional<Transitions> transitions;
  std::vector<AimedReached> aimed_vs_reached;
  std::optional<double> mean_gap;
  int gap_regions = 0;
  std::vector<std::pair<std::string, int>> embedding_classes;  // configured order, all present
  int embedding_unknown = 0;
  std::vector<ElementStat> elements;
  std::vector<StakeholderStat> stakeholders;
  std::vector<ProductStat> products;
  int products_planned = 0;
  int products_realised = 0;
  std::optional<double> products_share_realised;
  std::vector<GoalStat> goals;
  std::vector<ActivityStat> activities;
  std::vector<BottleneckStat> bottlenecks;
  std::vector<std::string> level5_flags;  // region codes, sorted
  std::vector<PatternStat> patterns;      // empty without a compare wave
  std::vector<RegionResult> per_region;   // sorted by region code
  std::vector<std::string> notes;         // Dutch remarks, e.g. ignored concept responses
};

// Returns kInvalidArgument when a response belongs to another wave than the one it is passed
// with, kInvalidData when a region has two submitted responses in one wave.
Result<NationalAnalysis> analyse(const AnalysisInput& input);

// Evaluates one pattern factor on a response and its scores; nullopt when it cannot be judged.
std::optional<bool> evaluate_factor(const PatternFactor& factor, const forms::Response& response,
                                    const RegionScores& scores);

}  // namespace regio::analysis
