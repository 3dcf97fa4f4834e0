// The catalogue of profile variables: every name a rule may reference as ${name}, with its
// meaning and source (documented for users in docs/ADVICE.md).
//
// Most names are fixed; the per-element, per-stakeholder, per-product and per-bottleneck names
// follow the analysis configuration, so an override of the configuration brings its own
// variables:
//   borging_<x>              element score 1..4      (the element's question name)
//   betrokken_<x>            degree as text          (the stakeholder's question name)
//   betrokkenheid_<x>        degree weight 0..3      ("betrokken_" replaced by "betrokkenheid_")
//   product_<x>              product status as text  (the product's question name)
//   knelpunt_<c>             'ja'/'nee'              (c = bottleneck choice)
//   nat_..., nat_hoog_...    national context: all regions / regions at the top two ladder levels
#pragma once

#include <string>
#include <vector>

#include "analysis/config.h"

namespace regio::advice {

enum class VariableKind {
  kNumber,  // canonical decimal text ("2.5"); shown with a decimal comma
  kText,    // shown as is
  kYesNo,   // 'ja' or 'nee'
};

struct Variable {
  std::string name;
  VariableKind kind = VariableKind::kNumber;
  std::string meaning;  // Dutch
  std::string source;   // Dutch: where the value comes from
};

class Catalogue {
 public:
  explicit Catalogue(const analysis::Config& config);

  const std::vector<Variable>& variables() const { return variables_; }
  // nullptr for an unknown name.
  const Variable* find(const std::string& name) const;

  // "betrokkenheid_werkgevers" for "betrokken_werkgevers".
  static std::string weight_name(const std::string& stakeholder_question);

 private:
  void add(std::string name, VariableKind kind, std::string meaning, std::string source);
  std::vector<Variable> variables_;
};

// Groups of regions smaller than this give no national comparison figure (the figure is absent).
inline constexpr int kMinGroupSize = 3;

}  // namespace regio::advice
