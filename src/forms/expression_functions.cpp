// The functions of questionnaire expressions, with the semantics of the ODK XForms
// specification (XPath 1.0 plus the ODK extensions). Text is UTF-8; lengths and positions count
// characters. Dates are ISO text ("2020-06-15"), date-times "2020-06-15T09:30:00".
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <regex>

#include <fmt/format.h>

#include "base/text.h"
#include "forms/expression.h"
#include "forms/expression_dates.h"
#include "forms/expression_node.h"

namespace regio::forms {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr std::size_t kMany = std::numeric_limits<std::size_t>::max();

const std::map<std::string, Arity, std::less<>>& table() {
  static const std::map<std::string, Arity, std::less<>> t = {{"not", {1, 1}},
                                                              {"selected", {2, 2}},
                                                              {"count-selected", {1, 1}},
                                                              {"string-length", {1, 1}},
                                                              {"if", {3, 3}},
                                                              {"coalesce", {2, 2}},
                                                              {"today", {0, 0}},
                                                              {"now", {0, 0}},
                                                              {"true", {0, 0}},
                                                              {"false", {0, 0}},
                                                              {"number", {1, 1}},
                                                              {"string", {1, 1}},
                                                              {"boolean", {1, 1}},
                                                              {"boolean-from-string", {1, 1}},
                                                              {"concat", {0, kMany}},
                                                              {"regex", {2, 2}},
                                                              {"round", {1, 2}},
                                                              {"floor", {1, 1}},
                                                              {"ceiling", {1, 1}},
                                                              {"int", {1, 1}},
                                                              {"abs", {1, 1}},
                                                              {"pow", {2, 2}},
                                                              {"sqrt", {1, 1}},
                                                              {"substr", {2, 3}},
                                                              {"substring", {2, 3}},
                                                              {"substring-before", {2, 2}},
                                                              {"substring-after", {2, 2}},
                                                              {"contains", {2, 2}},
                                                              {"starts-with", {2, 2}},
                                                              {"ends-with", {2, 2}},
                                                              {"join", {1, kMany}},
                                                              {"translate", {3, 3}},
                                                              {"normalize-space", {0, 1}},
                                                              {"format-date", {2, 2}},
                                                              {"format-date-time", {2, 2}},
                                                              {"date", {1, 1}},
                                                              {"decimal-date-time", {1, 1}},
                                                              {"once", {1, 1}},
                                                              {"jr:choice-name", {2, 2}},
                                                              {"selected-at", {2, 2}},
                                                              {"count", {1, 1}},
                                                              {"sum", {1, 1}},
                                                              {"min", {1, kMany}},
                                                              {"max", {1, kMany}},
                                                              {"position", {0, 1}},
                                                              {"indexed-repeat", {3, 7}},
                                                              {"count-non-empty", {1, 1}},
                                                              {"sin", {1, 1}},
                                                              {"cos", {1, 1}},
                                                              {"tan", {1, 1}},
                                                              {"asin", {1, 1}},
                                                              {"acos", {1, 1}},
                                                              {"atan", {1, 1}},
                                                              {"atan2", {2, 2}},
                                                              {"exp", {1, 1}},
                                                              {"exp10", {1, 1}},
                                                              {"log", {1, 1}},
                                                              {"log10", {1, 1}},
                                                              {"pi", {0, 0}}};
  return t;
}

std::vector<std::string> code_points(const std::string& s) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t e = i + 1;
    while (e < s.size() && (static_cast<unsigned char>(s[e]) & 0xC0) == 0x80) ++e;
    out.push_back(s.substr(i, e - i));
    i = e;
  }
  return out;
}

std::string joined(const std::vector<std::string>& cps, std::size_t b, std::size_t e) {
  std::string out;
  for (std::size_t i = b; i < e && i < cps.size(); ++i) out += cps[i];
  return out;
}

using RowChoice = std::map<std::string, std::size_t>;  // repeat -> index of one of its rows

// The repeat that `repeat` is nested in, or "".
std::string enclosing(const EvaluationContext& c, const std::string& repeat) {
  if (!c.enclosing_repeat) return {};
  auto it = c.enclosing_repeat->find(repeat);
  return it == c.enclosing_repeat->end() ? std::string() : it->second;
}

// The index in repeats[ancestor] of the row that row `index` of `repeat` lies in (itself when
// ancestor == repeat); nullopt when a row has no known parent.
std::optional<std::size_t> ancestor_row(const EvaluationContext& c, std::string repeat, std::size_t index,
                                        const std::string& ancestor) {
  while (repeat != ancestor) {
    if (!c.repeat_parents) return std::nullopt;
    auto parents = c.repeat_parents->find(repeat);
    if (parents == c.repeat_parents->end() || index >= parents->second.size()) return std::nullopt;
    index = parents->second[index];
    repeat = enclosing(c, repeat);
    if (repeat.empty()) return std::nullopt;
  }
  return index;
}

// The rows of `repeat` (of `count`) an expression sees: all of them, or, when `fixed` names a row
// of the repeat or of a repeat it is nested in, or the expression is evaluated inside a row of an
// enclosing repeat, only the rows within that row (the nearest such repeat decides).
std::vector<std::size_t> visible_rows(const EvaluationContext& c, const std::string& repeat, std::size_t count,
                                      const RowChoice& fixed = {}) {
  std::vector<std::size_t> out;
  for (std::string a = repeat; !a.empty(); a = enclosing(c, a)) {
    std::optional<std::size_t> row;
    if (auto f = fixed.find(a); f != fixed.end()) {
      row = f->second;
    } else if (a != repeat) {
      for (const auto& [open, index] : c.open_rows)
        if (open == a) row = index;
    }
    if (!row) continue;
    for (std::size_t i = 0; i < count; ++i)
      if (ancestor_row(c, repeat, i, a) == row) out.push_back(i);
    return out;
  }
  for (std::size_t i = 0; i < count; ++i) out.push_back(i);
  return out;
}

// The answers to ${x} (a question of a repeat) in the rows an expression sees.
std::vector<std::string> repeat_values(const EvaluationContext& c, const std::string& question,
                                       const std::string& repeat, const RowChoice& fixed = {}) {
  std::vector<std::string> out;
  if (auto rows = c.repeats->find(repeat); rows != c.repeats->end())
    for (std::size_t i : visible_rows(c, repeat, rows->second.size(), fixed)) {
      const Answers& row = rows->second[i];
      out.push_back(row.contains(question) ? row.at(question) : "");
    }
  return out;
}

// The values a node-set argument stands for: every row's answer when ${x} is a question of a
// repeat (or the rows of the repeat itself, as "" each), else the one value.
std::vector<std::string> node_set(const ExpressionNode& arg, const EvaluationContext& c) {
  if (arg.kind == NodeKind::kReference && c.repeats) {
    if (auto rows = c.repeats->find(arg.text); rows != c.repeats->end())
      return std::vector<std::string>(visible_rows(c, arg.text, rows->second.size()).size());
    if (c.repeat_of) {
      // A question of the current row's repeat or of a repeat enclosing it is one value: the
      // answer in that row (ODK's relative path ../x).
      auto r = c.repeat_of->find(arg.text);
      const bool in_open_row = r != c.repeat_of->end() && std::any_of(c.open_rows.begin(), c.open_rows.end(),
                                                                      [&](const auto& o) { return o.first == r->second; });
      if (r != c.repeat_of->end() && !(c.row && c.row->contains(arg.text)) && !in_open_row)
        return repeat_values(c, arg.text, r->second);
    }
  }
  return {evaluate_node(arg, c).as_string()};
}

// indexed-repeat(${x}, ${repeat1}, i1[, ${repeat2}, i2[, ${repeat3}, i3]]): the answer to x in
// row i1 of repeat1 (and within it row i2 of repeat2, …), rows counted from 1; nullopt when the
// groups are not repeats (then the node-set of x is indexed, as before nesting was known).
std::optional<Value> indexed_repeat(const ExpressionNode& n, const EvaluationContext& c) {
  if (!c.repeats || !c.repeat_of) return std::nullopt;
  const ExpressionNode& x = *n.children[0];
  auto r = x.kind == NodeKind::kReference ? c.repeat_of->find(x.text) : c.repeat_of->end();
  if (r == c.repeat_of->end()) return std::nullopt;
  RowChoice fixed;
  for (std::size_t k = 1; k + 1 < n.children.size(); k += 2) {
    const ExpressionNode& group = *n.children[k];
    auto rows = group.kind == NodeKind::kReference ? c.repeats->find(group.text) : c.repeats->end();
    if (rows == c.repeats->end()) return group.kind == NodeKind::kReference && k > 1
                                             ? std::optional<Value>(Value::string({}))
                                             : std::nullopt;
    const double i = evaluate_node(*n.children[k + 1], c).as_number();
    const auto visible = visible_rows(c, group.text, rows->second.size(), fixed);
    if (std::isnan(i) || i < 1 || i > static_cast<double>(visible.size())) return Value::string({});
    fixed[group.text] = visible[static_cast<std::size_t>(i) - 1];
  }
  const auto values = repeat_values(c, x.text, r->second, fixed);
  return Value::string(values.empty() ? std::string() : values.front());
}

double extreme(const ExpressionNode& n, const EvaluationContext& c, bool want_max) {
  std::vector<std::string> values;
  for (const auto& a : n.children)
    for (auto& v : node_set(*a, c)) values.push_back(std::move(v));
  if (values.empty()) return kNaN;
  double best = want_max ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
  for (const auto& v : values) {
    const double x = Value::string(v).as_number();
    if (std::isnan(x)) return kNaN;
    best = want_max ? std::max(best, x) : std::min(best, x);
  }
  return best;
}

}  // namespace

const Arity* function_arity(std::string_view name) {
  auto it = table().find(name);
  return it == table().end() ? nullptr : &it->second;
}

bool aggregates(std::string_view name) {
  return name == "count" || name == "sum" || name == "min" || name == "max" || name == "join" ||
         name == "indexed-repeat" || name == "count-non-empty";
}

Value call_function(const ExpressionNode& n, const EvaluationContext& c) {
  const std::string& f = n.text;
  auto arg = [&](std::size_t i) { return evaluate_node(*n.children[i], c); };
  auto text = [&](std::size_t i) { return arg(i).as_string(); };
  auto num = [&](std::size_t i) { return arg(i).as_number(); };
  if (f == "not") return Value::boolean(!arg(0).as_boolean());
  if (f == "true") return Value::boolean(true);
  if (f == "false") return Value::boolean(false);
  if (f == "boolean") return Value::boolean(arg(0).as_boolean());
  if (f == "boolean-from-string") return Value::boolean(text(0) == "true" || text(0) == "1");
  if (f == "today") return Value::string(format_iso(c.today));
  if (f == "now") return Value::string(c.now.empty() ? format_iso(c.today) + "T00:00:00" : std::string(c.now));
  if (f == "number") return Value::number(arg(0).as_number());
  if (f == "string") return Value::string(text(0));
  if (f == "string-length") return Value::number(static_cast<double>(code_points(text(0)).size()));
  if (f == "count-selected") return Value::number(static_cast<double>(split_whitespace(text(0)).size()));
  if (f == "selected") {
    const std::string wanted(trim(text(1)));
    for (const auto& v : split_whitespace(text(0)))
      if (v == wanted) return Value::boolean(true);
    return Value::boolean(false);
  }
  if (f == "selected-at") {
    const auto values = split_whitespace(text(0));
    const double i = num(1);
    if (std::isnan(i) || i < 0 || i >= static_cast<double>(values.size())) return Value::string({});
    return Value::string(values[static_cast<std::size_t>(i)]);
  }
  if (f == "if") return arg(0).as_boolean() ? arg(1) : arg(2);
  if (f == "coalesce") {
    Value first = arg(0);
    return first.as_string().empty() ? arg(1) : first;
  }
  if (f == "once") return c.current.empty() ? arg(0) : Value::string(std::string(c.current));
  if (f == "concat") {
    std::string out;
    for (const auto& a : n.children)
      for (const auto& v : node_set(*a, c)) out += v;
    return Value::string(out);
  }
  if (f == "join") {
    std::string out;
    bool first = true;
    for (std::size_t i = 1; i < n.children.size(); ++i)
      for (const auto& v : node_set(*n.children[i], c)) {
        out += (first ? "" : text(0)) + v;
        first = false;
      }
    return Value::string(out);
  }
  if (f == "regex") {
    try {
      return Value::boolean(std::regex_search(text(0), std::regex(text(1), std::regex::ECMAScript)));
    } catch (const std::regex_error&) {
      return Value::boolean(false);
    }
  }
  if (f == "round") {
    const double x = num(0), places = n.children.size() > 1 ? num(1) : 0;
    if (std::isnan(x) || std::isnan(places)) return Value::number(kNaN);
    // XPath: halves toward +infinity. Divide by a power of ten only when it is exact (places < 0).
    const double p = std::trunc(places);
    if (p >= 0) return Value::number(std::floor(x * std::pow(10.0, p) + 0.5) / std::pow(10.0, p));
    return Value::number(std::floor(x / std::pow(10.0, -p) + 0.5) * std::pow(10.0, -p));
  }
  if (f == "floor") return Value::number(std::floor(num(0)));
  if (f == "ceiling") return Value::number(std::ceil(num(0)));
  if (f == "int") return Value::number(std::trunc(num(0)));
  if (f == "abs") return Value::number(std::fabs(num(0)));
  if (f == "pow") return Value::number(std::pow(num(0), num(1)));
  if (f == "sqrt") return Value::number(std::sqrt(num(0)));
  if (f == "pi") return Value::number(M_PI);
  if (f == "atan2") return Value::number(std::atan2(num(0), num(1)));
  static const std::map<std::string, double (*)(double), std::less<>> unary = {
      {"sin", [](double x) { return std::sin(x); }},   {"cos", [](double x) { return std::cos(x); }},
      {"tan", [](double x) { return std::tan(x); }},   {"asin", [](double x) { return std::asin(x); }},
      {"acos", [](double x) { return std::acos(x); }}, {"atan", [](double x) { return std::atan(x); }},
      {"exp", [](double x) { return std::exp(x); }},   {"exp10", [](double x) { return std::pow(10.0, x); }},
      {"log", [](double x) { return std::log(x); }},   {"log10", [](double x) { return std::log10(x); }}};
  if (auto it = unary.find(f); it != unary.end()) return Value::number(it->second(num(0)));
  if (f == "substr" || f == "substring") {
    const auto cps = code_points(text(0));
    const double len = static_cast<double>(cps.size());
    double b, e;
    if (f == "substr") {  // ODK: 0-based start, end exclusive
      b = num(1);
      e = n.children.size() > 2 ? num(2) : len;
      if (b < 0) b = std::max(0.0, len + b);
      if (e < 0) e = std::max(0.0, len + e);
    } else {  // XPath: 1-based, rounded start and length
      b = std::round(num(1)) - 1;
      e = n.children.size() > 2 ? b + std::round(num(2)) : len;
    }
    if (std::isnan(b) || std::isnan(e)) return Value::string({});
    b = std::clamp(b, 0.0, len);
    e = std::clamp(e, b, len);
    return Value::string(joined(cps, static_cast<std::size_t>(b), static_cast<std::size_t>(e)));
  }
  if (f == "substring-before" || f == "substring-after") {
    const std::string s = text(0), sep = text(1);
    const auto at = s.find(sep);
    if (at == std::string::npos) return Value::string({});
    return Value::string(f == "substring-before" ? s.substr(0, at) : s.substr(at + sep.size()));
  }
  if (f == "contains") return Value::boolean(text(0).find(text(1)) != std::string::npos);
  if (f == "starts-with") return Value::boolean(text(0).starts_with(text(1)));
  if (f == "ends-with") return Value::boolean(text(0).ends_with(text(1)));
  if (f == "translate") {
    const auto from = code_points(text(1)), to = code_points(text(2));
    std::string out;
    for (const auto& cp : code_points(text(0))) {
      const auto it = std::find(from.begin(), from.end(), cp);
      if (it == from.end())
        out += cp;
      else if (static_cast<std::size_t>(it - from.begin()) < to.size())
        out += to[static_cast<std::size_t>(it - from.begin())];
    }
    return Value::string(out);
  }
  if (f == "normalize-space") {
    std::string out;
    for (const auto& w : split_whitespace(n.children.empty() ? std::string(c.current) : text(0)))
      out += (out.empty() ? "" : " ") + w;
    return Value::string(out);
  }
  if (f == "format-date" || f == "format-date-time") return Value::string(format_date(arg(0), text(1)));
  if (f == "date") {
    const double days = decimal_days(arg(0));
    if (std::isnan(days)) return Value::string({});
    return Value::string(format_iso(Date{static_cast<std::int32_t>(std::floor(days))}));
  }
  if (f == "decimal-date-time") return Value::number(decimal_days(arg(0)));
  if (f == "jr:choice-name") {
    std::string question = text(1);
    if (question.starts_with("${") && question.ends_with("}")) question = question.substr(2, question.size() - 3);
    return Value::string(c.choice_name ? c.choice_name(question, text(0)) : std::string());
  }
  if (f == "count") return Value::number(static_cast<double>(node_set(*n.children[0], c).size()));
  if (f == "count-non-empty") {
    double k = 0;
    for (const auto& v : node_set(*n.children[0], c)) k += !v.empty();
    return Value::number(k);
  }
  if (f == "sum") {
    double total = 0;
    for (const auto& v : node_set(*n.children[0], c)) total += Value::string(v).as_number();
    return Value::number(total);
  }
  if (f == "min" || f == "max") return Value::number(extreme(n, c, f == "max"));
  if (f == "position") return Value::number(static_cast<double>(c.position));
  if (f == "indexed-repeat") {
    if (auto v = indexed_repeat(n, c)) return *v;
    const auto values = node_set(*n.children[0], c);
    const double i = num(2);
    if (std::isnan(i) || i < 1 || i > static_cast<double>(values.size())) return Value::string({});
    return Value::string(values[static_cast<std::size_t>(i) - 1]);
  }
  return Value::string({});  // unreachable: the parser rejects unknown functions
}

}  // namespace regio::forms
