// Expressions of questionnaire definitions: the XLSForm/XPath subset used in `relevant`,
// `constraint`, `required` and `calculation` columns.
//
// Supported: `.` (the value of the question being checked), `${name}`, numbers, 'strings' and
// "strings", `+ - * div mod`, unary minus, `= != < <= > >=`, `and`, `or`, parentheses and the
// functions not(), selected(a, v), count-selected(a), string-length(a), if(c, a, b),
// coalesce(a, b), today(), true(), false(), number(a), string(a), concat(a, ...).
//
// An expression is parsed once and evaluated many times:
//
//   auto e = Expression::parse("${niveau} >= 3 and selected(${partijen}, 'uwv')");
//   if (!e) report(e.error().message);
//   bool relevant = e->evaluate({.main = &answers, .today = d}).as_boolean();
//
// Semantics (XPath-like, all answers are text):
//   - an unanswered question is '' (and NaN as a number);
//   - `=`/`!=` compare as numbers when one side is a number or both sides are numeric text,
//     as booleans when one side is a boolean, else as text;
//   - `< <= > >=` compare as numbers when both sides are numeric; with an empty side they are
//     false; otherwise text is compared by bytes, so ISO dates ("2019-12-31") order correctly;
//   - the boolean of text is "non-empty", of a number "non-zero and not NaN";
//   - arithmetic on non-numbers gives NaN; `x div 0` and `x mod 0` give NaN.
// Evaluation never fails; syntax errors and unknown functions are parse errors.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "base/error.h"
#include "forms/response.h"

namespace regio::forms {

// The result of evaluating an expression.
class Value {
 public:
  enum class Kind { kString, kNumber, kBoolean };

  static Value string(std::string s) { return Value(Kind::kString, std::move(s), 0, false); }
  static Value number(double d) { return Value(Kind::kNumber, {}, d, false); }
  static Value boolean(bool b) { return Value(Kind::kBoolean, {}, 0, b); }

  Kind kind() const { return kind_; }
  // XPath conversions. Numbers render as format_number ("3", "2.5"), NaN as "NaN",
  // booleans as "true"/"false".
  std::string as_string() const;
  double as_number() const;  // NaN when the text is not a number ('.' or ',' decimals)
  bool as_boolean() const;

 private:
  Value(Kind k, std::string s, double d, bool b) : kind_(k), text_(std::move(s)), number_(d), boolean_(b) {}
  Kind kind_;
  std::string text_;
  double number_;
  bool boolean_;
};

// What `${name}`, `.` and today() resolve to. `${name}` is looked up in `row` first (the
// current repeat row, if any), then in `main`; an absent answer is ''.
struct EvaluationContext {
  const Answers* row = nullptr;
  const Answers* main = nullptr;
  std::string_view current;  // the value of `.`
  Date today{};
};

struct ExpressionNode;

class Expression {
 public:
  // Parses `text`. Returns kInvalidArgument with a Dutch message naming the position of a
  // syntax error, an unknown function or a wrong number of arguments. Empty text is an error.
  static Result<Expression> parse(std::string_view text);

  Value evaluate(const EvaluationContext& context) const;

  // The names referenced as ${name}, in order of first appearance, without duplicates.
  const std::vector<std::string>& references() const { return references_; }
  // True when the expression uses `.`.
  bool uses_current() const { return uses_current_; }
  const std::string& text() const { return text_; }

 private:
  std::shared_ptr<const ExpressionNode> root_;
  std::vector<std::string> references_;
  bool uses_current_ = false;
  std::string text_;
};

}  // namespace regio::forms
