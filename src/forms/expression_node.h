// Private to forms: the syntax tree of a parsed Expression, shared by parser and evaluator.
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace regio::forms {

enum class NodeKind {
  kNumber,     // number
  kString,     // text
  kReference,  // text = question name
  kCurrent,    // `.`
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

}  // namespace regio::forms
