// Advice rules as data (DESIGN §3.10): default_rules.json (compiled in) or a file in the same
// format, documented in docs/ADVICE.md:
//
//   {"regels": [{"id": "werkgevers_betrekken", "versie": 1,
//                "voorwaarde": "${betrokkenheid_werkgevers} <= 1 and ${niveau} >= 3",
//                "advies": "...", "onderbouwing": "... ${betrokkenheid_werkgevers} ...",
//                "kanttekening": "...", "cijfers": ["betrokkenheid_werkgevers", "niveau"]}]}
//
// `voorwaarde` is an expression of the questionnaire's language (forms/expression.h), parsed and
// evaluated by the same evaluator; profile variables are ${name}. `advies`, `onderbouwing` and
// `kanttekening` may contain ${name} placeholders (advice/template.h). `cijfers` lists exactly
// the variables the rule uses: the union of the references of all four fields.
//
// A rules file is checked whole before use; every problem is reported with the rule's id (or its
// number when it has none) and the field, and a file with any problem is refused whole.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "advice/variables.h"
#include "base/error.h"
#include "forms/expression.h"

namespace regio::advice {

struct Rule {
  std::string id;
  int version = 0;
  forms::Expression condition;       // condition.text() is the voorwaarde as written
  std::string advice;                // advies
  std::string reasoning;             // onderbouwing
  std::string caveat;                // kanttekening
  std::vector<std::string> figures;  // cijfers, in the file's order
};

struct RuleSet {
  std::string source;  // "standaardregels" or the file name
  std::vector<Rule> rules;
};

// Parses and checks a rules file. Returns kInvalidData with one Problem per mistake (file =
// `source`): not JSON, missing or mistyped field, unknown field, duplicate id, syntax error in a
// voorwaarde or placeholder (with its character position), unknown variable, a variable used but
// not in cijfers or listed in cijfers but not used, no rules at all.
Result<RuleSet> load_rules(std::string_view json, const Catalogue& catalogue, const std::string& source);

// Reads and checks a rules file: kNotFound when it does not exist, kUnavailable when it cannot
// be read, else as load_rules.
Result<RuleSet> load_rules_file(const std::filesystem::path& path, const Catalogue& catalogue);

// The compiled-in default rules, checked against `catalogue` (fails only when an overridden
// analysis configuration drops a variable the default rules use).
Result<RuleSet> default_rules(const Catalogue& catalogue);

// The text of default_rules.json, e.g. as a starting point for an own rules file.
std::string_view default_rules_json();

}  // namespace regio::advice
