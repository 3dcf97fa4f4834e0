// The analysis configuration: everything the research team may change without a new build.
//
// The collaboration ladder (DESIGN §3.4), the embedding classes and elements (§3.5), the key
// stakeholders and the weights of their degree of involvement, the products, goal types, client
// activities, bottlenecks and the candidate factors for patterns are data. The default ships
// as `default_config.json` (compiled in); a file in the same format overrides it.
//
//   auto cfg = analysis::load_config(file_text);   // or analysis::default_config()
//   if (!cfg) print(cfg.error().describe());
//
// Question and choice names refer to the default questionnaire (docs/QUESTION_NAMES.md).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "base/error.h"

namespace regio::analysis {

struct LadderLevel {
  int level = 0;        // 1..n, consecutive
  std::string name;     // "Kennismaken"
  std::string meaning;  // one Dutch sentence
};

// A region whose embedding mean is >= min_mean gets this class; classes are ordered by
// descending min_mean and the first match wins (the last one is the "otherwise" class).
struct EmbeddingClass {
  std::string name;  // "stevig"
  double min_mean = 0;
};

// A question of the questionnaire with the label shown for it.
struct LabelledQuestion {
  std::string question;  // "borging_continuiteit"
  std::string label;     // "Continuïteit in de tijd"
};

// A choice of a choice list with the label shown for it.
struct LabelledChoice {
  std::string choice;  // "ips"
  std::string label;   // "IPS"
};

// A degree of involvement of a key stakeholder (choice list `betrokkenheid`) and its weight.
struct InvolvementDegree {
  std::string degree;  // "structureel"
  int weight = 0;      // niet 0, incidenteel 1, structureel 2, trekker 3 by default
};

// A candidate explanation of faster growth on the ladder, evaluated on one response.
enum class FactorKind {
  kAnswerIn,          // the select_one `question` is answered with one of `values`
  kContains,          // the select_multiple `question` contains one of `values`
  kNotContains,       // ... contains none of `values` (unanswered = nothing selected)
  kEmbeddingClassIn,  // the region's embedding class is one of `values`
};

struct PatternFactor {
  std::string id;     // stable key in outputs, e.g. "werkgevers_structureel"
  std::string label;  // Dutch description
  FactorKind kind = FactorKind::kAnswerIn;
  std::string question;             // empty for kEmbeddingClassIn
  std::vector<std::string> values;  // never empty
};

struct Config {
  std::vector<LadderLevel> ladder;
  std::vector<EmbeddingClass> embedding_classes;
  std::vector<LabelledQuestion> embedding_elements;  // scored 1..4 each
  std::vector<LabelledQuestion> stakeholders;
  std::vector<InvolvementDegree> involvement;  // in choice-list order
  std::vector<LabelledQuestion> products;
  std::vector<LabelledChoice> goal_types;
  std::vector<LabelledChoice> client_activities;  // reach question: "bereik_" + choice
  std::vector<LabelledChoice> bottlenecks;
  std::vector<PatternFactor> pattern_factors;

  // The highest involvement weight (3 by default); 0 when there are no degrees.
  int max_involvement_weight() const;
  // The weight of a degree, or -1 for an unknown degree.
  int involvement_weight(std::string_view degree) const;
  // The class of an embedding mean (first class whose min_mean <= mean).
  const std::string& embedding_class_of(double mean) const;
};

// Parses a configuration in the format of default_config.json (documented in
// docs/ANALYSIS_FORMAT.md). Every key is required. Returns kInvalidData naming the JSON path of
// each problem (e.g. "ladder[2].level") when the text is not JSON or breaks a rule: ladder
// levels 1..n consecutive, class thresholds strictly descending with at least one class,
// non-empty names, known factor kinds.
Result<Config> load_config(std::string_view json);

// Reads and parses a configuration file (an override of the default). Returns kNotFound when
// the file does not exist, kUnavailable when it cannot be read, else as load_config (the
// problems name the file).
Result<Config> load_config_file(const std::filesystem::path& path);

// The configuration compiled into the binary. Never fails (a broken default is caught by tests).
Config default_config();

// The text of default_config.json, e.g. to write a starting point for an override file.
std::string_view default_config_json();

}  // namespace regio::analysis
