// Scores of one region in one wave, computed from its questionnaire response (DESIGN §3.4–§3.6).
//
// Every score is optional: a score whose inputs are unanswered (or not in canonical form) is
// empty rather than guessed. Definitions, exactly as implemented:
//
// - level / aimed_level: `niveau` / `niveau_beoogd` as a ladder level 1..n; gap = aimed − level
//   (only when both are known; may be negative).
// - embedding_mean: the mean of the configured elements (default six `borging_*`, each 1..4),
//   only when ALL elements are answered; embedding_class by Config::embedding_class_of
//   (≥3.5 stevig, ≥3.0 vrij sterk, ≥2.5 redelijk, else kwetsbaar; a mean exactly at a threshold
//   reaches it). weakest_element: index of the lowest element score; a tie goes to the first
//   in element order. Also only when all elements are answered.
// - involvement[i]: the degree answered for stakeholder i (empty when unanswered or unknown).
//   involvement_index: mean weight over the answered stakeholders divided by the highest weight
//   (default 3), so 0..1; empty when no stakeholder is answered.
// - products: planned = products with status gepland, in_uitvoering or gerealiseerd;
//   realised = gerealiseerd; products_share_realised = realised / planned, empty when none
//   is planned.
// - goals (repeat `doelen`), per goal type: met = rows with doel_status behaald; counted = rows
//   with behaald, deels or niet_behaald (deels is NOT met); open = rows with nog_niet, left out
//   of the denominator because it is too early to judge them. Rows without type or status are
//   ignored.
// - level-5 check: claims_level5 = level is the top of the ladder. measured = the region has a
//   quantitative outcome goal in the outcomes goal store (`has_store_goal`) OR a `doelen` row
//   with doel_kwantitatief = ja, doel_indicator and doel_streefwaarde filled and doel_status
//   answered and not nog_niet. level5_flag = claims_level5 && !measured.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "analysis/config.h"
#include "forms/response.h"

namespace regio::analysis {

struct GoalTally {
  int met = 0;      // behaald
  int counted = 0;  // behaald + deels + niet_behaald
  int open = 0;     // nog_niet
};

struct RegionScores {
  std::string region;
  std::optional<int> level;
  std::optional<int> aimed_level;
  std::optional<int> gap;

  std::vector<std::optional<int>> element_scores;  // per configured element
  std::optional<double> embedding_mean;
  std::optional<std::string> embedding_class;
  std::optional<std::size_t> weakest_element;  // index into Config::embedding_elements

  std::vector<std::optional<std::string>> involvement;  // per configured stakeholder
  std::optional<double> involvement_index;

  int products_planned = 0;
  int products_realised = 0;
  std::optional<double> products_share_realised;

  std::map<std::string, GoalTally> goals;  // by goal type choice

  bool claims_level5 = false;
  bool measured_goal = false;
  bool level5_flag = false;
};

// Scores one response. `has_store_goal`: the region has a quantitative outcome goal registered
// in the outcomes goal store. Unknown or malformed answers leave the dependent score empty.
RegionScores score_region(const forms::Response& response, const Config& config, bool has_store_goal);

// True when the `doelen` rows of `response` contain a measured quantitative goal (see above).
bool has_measured_goal_row(const forms::Response& response);

// The answer to `question`, or "" when unanswered (independent of forms' .cpp files).
const std::string& answer_of(const forms::Response& response, const std::string& question);

// True when the select_multiple answer `value` (space separated) contains `choice`.
bool selection_contains(const std::string& value, const std::string& choice);

}  // namespace regio::analysis
