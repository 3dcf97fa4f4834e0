#include <algorithm>
#include <cctype>
#include <cstddef>
#include <limits>
#include <map>
#include <utility>

#include <fmt/format.h>

#include "base/text.h"
#include "forms/expression.h"
#include "forms/expression_lex.h"
#include "forms/expression_node.h"
#include "forms/xlsform_dialect.h"

namespace regio::forms {
namespace {

using NodePtr = std::shared_ptr<const ExpressionNode>;

// Grammar, loosest binding first (XPath 1.0 precedence):
//   or > and > (= !=) > (< <= > >=) > (+ -) > (* div mod) > unary - > primary
class Parser {
 public:
  Parser(std::vector<Token> tokens, ParseOptions options) : tokens_(std::move(tokens)), options_(options) {}

  NodePtr run() {
    NodePtr root = binary(0);
    if (peek().kind != TokenKind::kEnd) unexpected();
    return root;
  }

  std::vector<std::string> references;
  std::vector<std::string> plain;  // referenced outside count(), sum(), …
  std::vector<std::string> bare_names;
  bool uses_current = false;

 private:
  static constexpr int kLevels = 6;

  static bool at_level(const Token& t, int level) {
    const bool word = t.kind == TokenKind::kName;
    const bool sym = t.kind == TokenKind::kSymbol;
    switch (level) {
      case 0:
        return word && t.text == "or";
      case 1:
        return word && t.text == "and";
      case 2:
        return sym && (t.text == "=" || t.text == "!=");
      case 3:
        return sym && (t.text == "<" || t.text == "<=" || t.text == ">" || t.text == ">=");
      case 4:
        return sym && (t.text == "+" || t.text == "-");
      case 5:
        return (sym && t.text == "*") || (word && (t.text == "div" || t.text == "mod"));
    }
    return false;
  }

  NodePtr binary(int level) {
    if (level == kLevels) return unary();
    NodePtr left = binary(level + 1);
    while (at_level(peek(), level)) {
      auto node = std::make_shared<ExpressionNode>();
      node->kind = NodeKind::kBinary;
      node->text = next().text;
      node->children = {left, binary(level + 1)};
      left = node;
    }
    return left;
  }

  NodePtr unary() {
    if (peek().kind == TokenKind::kSymbol && peek().text == "-") {
      next();
      auto node = std::make_shared<ExpressionNode>();
      node->kind = NodeKind::kUnary;
      node->text.assign(1, '-');
      node->children = {unary()};
      return node;
    }
    return primary();
  }

  NodePtr primary() {
    Token t = next();
    auto node = std::make_shared<ExpressionNode>();
    switch (t.kind) {
      case TokenKind::kNumber:
        node->kind = NodeKind::kNumber;
        node->number = t.number;
        return node;
      case TokenKind::kString:
        node->kind = NodeKind::kString;
        node->text = t.text;
        return node;
      case TokenKind::kReference:
        node->kind = NodeKind::kReference;
        node->text = t.text;
        reference(t.text);
        return node;
      case TokenKind::kDot:
        node->kind = NodeKind::kCurrent;
        uses_current = true;
        return node;
      case TokenKind::kPath: {
        node->kind = NodeKind::kPath;
        node->text = t.text;
        // "../x", "/data/x": the question named by the last step.
        const auto slash = t.text.rfind('/');
        const std::string last = slash == std::string::npos ? t.text : t.text.substr(slash + 1);
        const bool relative_bare = t.text[0] != '.' && t.text[0] != '/';
        if (relative_bare && !options_.bare_names) bare_names.push_back(t.text);
        if (!relative_bare && !last.empty() && last != "." && last != "..") reference(last);
        return node;
      }
      case TokenKind::kName:
        if (!(peek().kind == TokenKind::kSymbol && peek().text == "(")) {
          if (t.text == "and" || t.text == "or" || t.text == "div" || t.text == "mod")
            throw SyntaxError{fmt::format("onverwacht '{}' op positie {}", t.text, t.position)};
          node->kind = NodeKind::kPath;
          node->text = t.text;
          if (!options_.bare_names) bare_names.push_back(t.text);
          return node;
        }
        return call(t);
      case TokenKind::kSymbol:
        if (t.text == "(") {
          NodePtr inner = binary(0);
          expect(")");
          return inner;
        }
        break;
      case TokenKind::kEnd:
        throw SyntaxError{"expressie is onvolledig"};
    }
    --pos_;
    unexpected();
  }

  NodePtr call(const Token& name) {
    if (!(peek().kind == TokenKind::kSymbol && peek().text == "(")) {
      throw SyntaxError{fmt::format("onverwacht woord '{}' op positie {}", name.text, name.position)};
    }
    const Arity* arity = function_arity(name.text);
    if (name.text == "pulldata" || name.text == "instance" || name.text == "jr:itext") {
      throw SyntaxError{
          fmt::format("functie {}() op positie {} leest een extern bestand of een tweede instance; dat "
                      "wordt niet ondersteund",
                      name.text, name.position)};
    }
    if (!arity &&
        (name.text == "area" || name.text == "enclosed-area" || name.text == "distance" || name.text == "geofence")) {
      throw SyntaxError{
          fmt::format("geo-functie {}() op positie {} rekent met een vlak of lijn op de kaart "
                      "(geoshape/geotrace); die wordt niet ondersteund",
                      name.text, name.position)};
    }
    if (!arity && (name.text == "version" || name.text == "property")) {
      // Survey123 (ArcGIS) reads the form's version and device properties (property('username'),
      // property('uri:deviceid')); neither pyxform nor ODK knows them.
      throw SyntaxError{
          fmt::format("functie {}() op positie {} is een functie van ArcGIS Survey123, geen XLSForm-/ODK-functie; "
                      "die wordt niet ondersteund",
                      name.text, name.position)};
    }
    if (!arity) {
      throw SyntaxError{fmt::format("onbekende functie {}() op positie {}", name.text, name.position)};
    }
    next();
    auto node = std::make_shared<ExpressionNode>();
    node->kind = NodeKind::kCall;
    node->text = name.text;
    const bool aggregate = aggregates(name.text);
    aggregate_depth_ += aggregate;
    if (!(peek().kind == TokenKind::kSymbol && peek().text == ")")) {
      node->children.push_back(binary(0));
      while (peek().kind == TokenKind::kSymbol && peek().text == ",") {
        next();
        node->children.push_back(binary(0));
      }
    }
    expect(")");
    aggregate_depth_ -= aggregate;
    const Arity a = *arity;
    if (node->children.size() < a.min || node->children.size() > a.max) {
      const std::string expected = a.min == a.max ? std::to_string(a.min) : fmt::format("minstens {}", a.min);
      throw SyntaxError{fmt::format("functie {}() verwacht {} argument(en), kreeg er {} (positie {})", name.text,
                                    expected, node->children.size(), name.position)};
    }
    return node;
  }

  void expect(std::string_view symbol) {
    if (peek().kind == TokenKind::kSymbol && peek().text == symbol) {
      next();
      return;
    }
    if (peek().kind == TokenKind::kEnd) throw SyntaxError{fmt::format("'{}' ontbreekt aan het eind", symbol)};
    throw SyntaxError{fmt::format("'{}' verwacht op positie {}", symbol, peek().position)};
  }

  [[noreturn]] void unexpected() {
    const Token& t = peek();
    if (t.kind == TokenKind::kEnd) throw SyntaxError{"expressie is onvolledig"};
    throw SyntaxError{fmt::format("onverwacht '{}' op positie {}",
                                  t.kind == TokenKind::kString ? "'" + t.text + "'" : t.text, t.position)};
  }

  const Token& peek() const { return tokens_[pos_]; }
  Token next() {
    Token t = tokens_[pos_];
    if (pos_ + 1 < tokens_.size()) ++pos_;
    return t;
  }

  void reference(const std::string& name) {
    if (std::find(references.begin(), references.end(), name) == references.end()) references.push_back(name);
    if (aggregate_depth_ == 0 && std::find(plain.begin(), plain.end(), name) == plain.end()) plain.push_back(name);
  }

  std::vector<Token> tokens_;
  ParseOptions options_;
  std::size_t pos_ = 0;
  int aggregate_depth_ = 0;
};

}  // namespace

Result<Expression> Expression::parse(std::string_view text, ParseOptions options) {
  Expression e;
  e.text_ = xlsform::clean_cell(text);
  if (e.text_.empty()) return fail(ErrorCode::kInvalidArgument, "expressie is leeg");
  try {
    Parser parser(lex(e.text_), options);
    e.root_ = parser.run();
    for (const auto& r : parser.references)
      if (std::find(parser.plain.begin(), parser.plain.end(), r) == parser.plain.end()) e.aggregated_.push_back(r);
    e.references_ = std::move(parser.references);
    e.bare_names_ = std::move(parser.bare_names);
    e.uses_current_ = parser.uses_current;
  } catch (const SyntaxError& err) {
    return fail(ErrorCode::kInvalidArgument, err.message);
  }
  return e;
}

}  // namespace regio::forms
