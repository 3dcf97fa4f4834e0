#include <cmath>
#include <limits>

#include "base/text.h"
#include "forms/expression.h"
#include "forms/expression_node.h"

namespace regio::forms {

std::string Value::as_string() const {
  switch (kind_) {
    case Kind::kString:
      return text_;
    case Kind::kBoolean:
      return boolean_ ? "true" : "false";
    case Kind::kNumber:
      return std::isnan(number_) ? "NaN" : format_number(number_);
  }
  return {};
}

double Value::as_number() const {
  switch (kind_) {
    case Kind::kNumber:
      return number_;
    case Kind::kBoolean:
      return boolean_ ? 1 : 0;
    case Kind::kString: {
      auto v = parse_decimal(text_);
      return v ? *v : std::numeric_limits<double>::quiet_NaN();
    }
  }
  return std::numeric_limits<double>::quiet_NaN();
}

bool Value::as_boolean() const {
  switch (kind_) {
    case Kind::kBoolean:
      return boolean_;
    case Kind::kNumber:
      return number_ != 0 && !std::isnan(number_);
    case Kind::kString:
      return !text_.empty();
  }
  return false;
}

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool is_numeric_text(const Value& v) {
  return v.kind() == Value::Kind::kString && parse_decimal(v.as_string()).has_value();
}

std::string lookup(const EvaluationContext& c, const std::string& name) {
  for (const Answers* a : {c.row, c.main}) {
    if (!a) continue;
    auto it = a->find(name);
    if (it != a->end()) return it->second;
  }
  return {};
}

Value compare(const std::string& op, const Value& a, const Value& b) {
  using K = Value::Kind;
  const bool equality = op == "=" || op == "!=";
  if (equality) {
    bool equal;
    if (a.kind() == K::kBoolean || b.kind() == K::kBoolean) {
      equal = a.as_boolean() == b.as_boolean();
    } else if (a.kind() == K::kNumber || b.kind() == K::kNumber || (is_numeric_text(a) && is_numeric_text(b))) {
      const double x = a.as_number(), y = b.as_number();
      // NaN is unequal to everything, itself included, as in XPath.
      equal = !std::isnan(x) && !std::isnan(y) && x == y;
    } else {
      equal = a.as_string() == b.as_string();
    }
    return Value::boolean(op == "=" ? equal : !equal);
  }
  int order;  // <0, 0, >0
  const bool a_num = a.kind() != K::kString || is_numeric_text(a);
  const bool b_num = b.kind() != K::kString || is_numeric_text(b);
  if (a_num && b_num) {
    const double x = a.as_number(), y = b.as_number();
    if (std::isnan(x) || std::isnan(y)) return Value::boolean(false);
    order = x < y ? -1 : (x > y ? 1 : 0);
  } else {
    const std::string x = a.as_string(), y = b.as_string();
    // An empty answer is NaN for ordering: no comparison with it holds.
    if (x.empty() || y.empty()) return Value::boolean(false);
    if (a_num != b_num && (a.kind() == K::kNumber || b.kind() == K::kNumber)) return Value::boolean(false);
    order = x.compare(y);
  }
  if (op == "<") return Value::boolean(order < 0);
  if (op == "<=") return Value::boolean(order <= 0);
  if (op == ">") return Value::boolean(order > 0);
  return Value::boolean(order >= 0);
}

Value arithmetic(const std::string& op, double x, double y) {
  if (op == "+") return Value::number(x + y);
  if (op == "-") return Value::number(x - y);
  if (op == "*") return Value::number(x * y);
  if (y == 0) return Value::number(kNaN);
  if (op == "div") return Value::number(x / y);
  return Value::number(std::fmod(x, y));
}

std::size_t utf8_length(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

Value eval(const ExpressionNode& n, const EvaluationContext& c);

Value call(const ExpressionNode& n, const EvaluationContext& c) {
  const std::string& f = n.text;
  auto arg = [&](std::size_t i) { return eval(*n.children[i], c); };
  if (f == "not") return Value::boolean(!arg(0).as_boolean());
  if (f == "true") return Value::boolean(true);
  if (f == "false") return Value::boolean(false);
  if (f == "today") return Value::string(format_iso(c.today));
  if (f == "number") return Value::number(arg(0).as_number());
  if (f == "string") return Value::string(arg(0).as_string());
  if (f == "string-length") return Value::number(static_cast<double>(utf8_length(arg(0).as_string())));
  if (f == "count-selected") return Value::number(static_cast<double>(split_whitespace(arg(0).as_string()).size()));
  if (f == "selected") {
    const std::string wanted(trim(arg(1).as_string()));
    for (const auto& v : split_whitespace(arg(0).as_string()))
      if (v == wanted) return Value::boolean(true);
    return Value::boolean(false);
  }
  if (f == "if") return arg(0).as_boolean() ? arg(1) : arg(2);
  if (f == "coalesce") {
    Value first = arg(0);
    return first.as_string().empty() ? arg(1) : first;
  }
  if (f == "concat") {
    std::string out;
    for (std::size_t i = 0; i < n.children.size(); ++i) out += arg(i).as_string();
    return Value::string(out);
  }
  return Value::string({});  // unreachable: the parser rejects unknown functions
}

Value eval(const ExpressionNode& n, const EvaluationContext& c) {
  switch (n.kind) {
    case NodeKind::kNumber:
      return Value::number(n.number);
    case NodeKind::kString:
      return Value::string(n.text);
    case NodeKind::kReference:
      return Value::string(lookup(c, n.text));
    case NodeKind::kCurrent:
      return Value::string(std::string(c.current));
    case NodeKind::kUnary:
      return Value::number(-eval(*n.children[0], c).as_number());
    case NodeKind::kCall:
      return call(n, c);
    case NodeKind::kBinary:
      break;
  }
  const std::string& op = n.text;
  if (op == "and") {
    return Value::boolean(eval(*n.children[0], c).as_boolean() && eval(*n.children[1], c).as_boolean());
  }
  if (op == "or") {
    return Value::boolean(eval(*n.children[0], c).as_boolean() || eval(*n.children[1], c).as_boolean());
  }
  const Value a = eval(*n.children[0], c);
  const Value b = eval(*n.children[1], c);
  if (op == "+" || op == "-" || op == "*" || op == "div" || op == "mod") {
    return arithmetic(op, a.as_number(), b.as_number());
  }
  return compare(op, a, b);
}

}  // namespace

Value Expression::evaluate(const EvaluationContext& context) const {
  if (!root_) return Value::string({});
  return eval(*root_, context);
}

}  // namespace regio::forms
