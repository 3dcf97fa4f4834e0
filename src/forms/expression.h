// Expressions of questionnaire definitions: the XLSForm/XPath subset used in `relevant`,
// `constraint`, `required` and `calculation` columns.
//
// Supported: `.` (the value of the question being checked), `${name}`, paths (`..`, `../x`,
// `/data/x`: resolved by their last step, as names are unique; bare names `x` only in a
// choice_filter, where they are the choice's columns), numbers, 'strings' and "strings",
// `+ - * div mod`, unary minus, `= != < <= > >=`, `and`, `or`, parentheses and the ODK functions
// of expression_functions.cpp (regex, round, concat, format-date, indexed-repeat, …; see
// docs/FORMATS.md). Curly quotes are read as straight quotes, as pyxform does.
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

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
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
  // For count(), sum(), min(), max(), join() and indexed-repeat() over a repeat: its rows, and
  // for each question of a repeat the repeat's name.
  const std::map<std::string, std::vector<Answers>>* repeats = nullptr;
  const std::map<std::string, std::string>* repeat_of = nullptr;
  std::size_t position = 0;  // position(..): 1-based row of the current repeat row, 0 outside
  // choice_filter: the columns of the choice being filtered (name, label, and the others).
  const std::map<std::string, std::string>* choice = nullptr;
  std::string_view now;  // now(): ISO date-time; empty = today at 00:00
  // jr:choice-name(value, '${q}'): the label of choice `value` of question `q`.
  std::function<std::string(const std::string& question, const std::string& value)> choice_name;
  // Nested repeats (a repeat inside a repeat). `outer_rows`: the rows of the repeats enclosing
  // the current row, innermost first; `${name}` is looked up in `row`, then in these, then in
  // `main`. `open_rows`: (repeat, index in repeats[repeat]) of the current row and of each
  // enclosing row, innermost first: count(), sum(), indexed-repeat() … from inside a repeat row
  // see only the rows of a nested repeat that belong to it (as ODK's relative paths do).
  // `repeat_parents`: per nested repeat, per row, the index of its row in the enclosing repeat
  // (Response::repeat_parents); `enclosing_repeat`: per nested repeat, the repeat it is in.
  std::vector<const Answers*> outer_rows;
  std::vector<std::pair<std::string, std::size_t>> open_rows;
  const std::map<std::string, std::vector<std::size_t>>* repeat_parents = nullptr;
  const std::map<std::string, std::string>* enclosing_repeat = nullptr;
};

struct ParseOptions {
  bool bare_names = false;  // choice_filter: `state` is the choice's column "state"; else a path to nothing
};

struct ExpressionNode;

class Expression {
 public:
  // Parses `text`. Returns kInvalidArgument with a Dutch message naming the position of a
  // syntax error, an unknown function or a wrong number of arguments. Empty text is an error.
  static Result<Expression> parse(std::string_view text, ParseOptions options = {});

  Value evaluate(const EvaluationContext& context) const;

  // The names referenced as ${name}, in order of first appearance, without duplicates.
  const std::vector<std::string>& references() const { return references_; }
  // The names referenced only inside count(), sum(), min(), max(), join(), indexed-repeat()
  // (which may reach into a repeat from outside it).
  const std::vector<std::string>& aggregated() const { return aggregated_; }
  // Bare words outside a choice_filter ("null" in `if(x, 1, null)`): ODK reads them as paths
  // to nothing (''); the loader warns about them.
  const std::vector<std::string>& bare_names() const { return bare_names_; }
  // True when the expression uses `.`.
  bool uses_current() const { return uses_current_; }
  const std::string& text() const { return text_; }

 private:
  std::shared_ptr<const ExpressionNode> root_;
  std::vector<std::string> references_;
  std::vector<std::string> aggregated_;
  std::vector<std::string> bare_names_;
  bool uses_current_ = false;
  std::string text_;
};

// `text` with every ${name} replaced by its answer (looked up as `${name}` is): labels, hints
// and messages show the answers they name.
std::string fill_in(std::string_view text, const EvaluationContext& context);

}  // namespace regio::forms
