// Evaluating rules on profiles: which advice a region gets, and which rules could not be judged.
//
//   auto rules = advice::default_rules(catalogue);
//   for (const auto& p : profiles) show(advice::advise(*rules, p, catalogue));
//
// A rule whose `cijfers` include an absent variable is not evaluated: it is listed as skipped
// with every absent variable and its reason, never silently dropped and never judged on a
// guessed value. Otherwise the voorwaarde is evaluated by forms::Expression on the profile's
// values; when true, the rule gives advice with its texts filled in (advice/template.h), else it
// is listed as not applicable.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "advice/profile.h"
#include "advice/rules.h"
#include "advice/variables.h"

namespace regio::advice {

struct Figure {
  std::string name;
  std::string value;  // canonical ("2.5")
  std::string shown;  // as in the texts ("2,5")
  VariableKind kind = VariableKind::kNumber;
};

struct Advice {
  std::string rule;
  int version = 0;
  std::string advice;
  std::string reasoning;
  std::string caveat;
  std::vector<Figure> figures;  // the rule's cijfers with this region's values
};

struct MissingFigure {
  std::string name;
  std::string reason;
};

struct SkippedRule {
  std::string rule;
  int version = 0;
  std::vector<MissingFigure> missing;  // in the order of cijfers
};

struct RegionAdvice {
  std::string region;
  std::string name;
  std::vector<Advice> advice;               // in the order of the rules file
  std::vector<SkippedRule> skipped;         // idem
  std::vector<std::string> not_applicable;  // ids of rules evaluated false
};

RegionAdvice advise(const RuleSet& rules, const Profile& profile, const Catalogue& catalogue);

// The advice of a whole wave, as shown by `regiomonitor advice`.
struct AdviceReport {
  std::string wave;
  std::string wave_name;
  std::optional<std::string> previous_wave;
  std::string rules_source;
  std::size_t rule_count = 0;
  std::vector<RegionAdvice> regions;
};

}  // namespace regio::advice
