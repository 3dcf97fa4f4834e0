// Private to forms: the syntax tree of a parsed Expression, shared by parser and evaluator.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace regio::forms {

enum class NodeKind {
  kNumber,     // number
  kString,     // text
  kReference,  // text = question name
  kCurrent,    // `.`
  kPath,       // text = the path as written ("..", "../x", "/data/x", "state")
  kUnary,      // text = "-"; children[0]
  kBinary,     // text = operator ("+", "div", "=", "and", ...); children[0], children[1]
  kCall,       // text = function name; children = arguments
};

struct ExpressionNode {
  NodeKind kind = NodeKind::kString;
  std::string text;
  double number = 0;
  std::vector<std::shared_ptr<const ExpressionNode>> children;
};

class Value;
struct EvaluationContext;

Value evaluate_node(const ExpressionNode& n, const EvaluationContext& c);

// expression_functions.cpp: the functions and their number of arguments.
struct Arity {
  std::size_t min;
  std::size_t max;
};
// nullptr for an unknown function.
const Arity* function_arity(std::string_view name);
// True for the functions whose ${x} arguments may be questions of a repeat (node-sets).
bool aggregates(std::string_view name);
Value call_function(const ExpressionNode& n, const EvaluationContext& c);

}  // namespace regio::forms
