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
  auto find = [&](const Answers* a) -> const std::string* {
    if (!a) return nullptr;
    auto it = a->find(name);
    return it == a->end() ? nullptr : &it->second;
  };
  if (const std::string* v = find(c.row)) return *v;
  for (const Answers* outer : c.outer_rows)
    if (const std::string* v = find(outer)) return *v;
  if (const std::string* v = find(c.main)) return *v;
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

// A path names a question by its last step ("../x", "/data/x"); in a choice_filter a bare name
// is a column of the choice first.
Value path(const ExpressionNode& n, const EvaluationContext& c) {
  if (n.text == ".." || n.text.ends_with("/..")) return Value::string({});
  const auto slash = n.text.rfind('/');
  const std::string last = slash == std::string::npos ? n.text : n.text.substr(slash + 1);
  if (last == ".") return Value::string(std::string(c.current));
  if (c.choice) {
    auto it = c.choice->find(last);
    if (it != c.choice->end()) return Value::string(it->second);
  }
  return Value::string(lookup(c, last));
}

}  // namespace

Value evaluate_node(const ExpressionNode& n, const EvaluationContext& c) {
  switch (n.kind) {
    case NodeKind::kNumber:
      return Value::number(n.number);
    case NodeKind::kString:
      return Value::string(n.text);
    case NodeKind::kReference:
      return Value::string(lookup(c, n.text));
    case NodeKind::kCurrent:
      return Value::string(std::string(c.current));
    case NodeKind::kPath:
      return path(n, c);
    case NodeKind::kUnary:
      return Value::number(-evaluate_node(*n.children[0], c).as_number());
    case NodeKind::kCall:
      return call_function(n, c);
    case NodeKind::kBinary:
      break;
  }
  const std::string& op = n.text;
  if (op == "and") {
    return Value::boolean(evaluate_node(*n.children[0], c).as_boolean() &&
                          evaluate_node(*n.children[1], c).as_boolean());
  }
  if (op == "or") {
    return Value::boolean(evaluate_node(*n.children[0], c).as_boolean() ||
                          evaluate_node(*n.children[1], c).as_boolean());
  }
  const Value a = evaluate_node(*n.children[0], c);
  const Value b = evaluate_node(*n.children[1], c);
  if (op == "+" || op == "-" || op == "*" || op == "div" || op == "mod") {
    return arithmetic(op, a.as_number(), b.as_number());
  }
  return compare(op, a, b);
}

std::string fill_in(std::string_view text, const EvaluationContext& context) {
  std::string out;
  std::size_t b = 0;
  while (true) {
    const auto open = text.find("${", b);
    const auto close = open == std::string_view::npos ? open : text.find('}', open);
    if (close == std::string_view::npos) {
      out += text.substr(b);
      return out;
    }
    out += text.substr(b, open - b);
    out += lookup(context, std::string(trim(text.substr(open + 2, close - open - 2))));
    b = close + 1;
  }
}

Value Expression::evaluate(const EvaluationContext& context) const {
  if (!root_) return Value::string({});
  return evaluate_node(*root_, context);
}

}  // namespace regio::forms
