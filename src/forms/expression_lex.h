// Private to forms: the tokens of questionnaire expressions (expression.h), for the parser.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace regio::forms {

enum class TokenKind { kNumber, kString, kReference, kDot, kPath, kName, kSymbol, kEnd };

struct Token {
  TokenKind kind = TokenKind::kEnd;
  std::string text;
  double number = 0;
  std::size_t position = 0;  // 1-based, for messages
};

// Thrown by lex() and the parser, caught in Expression::parse: recursive descent reads best
// with an early exit on the first syntax error.
struct SyntaxError {
  std::string message;
};

// The tokens of `text`, ending in a kEnd token; positions count characters. Throws SyntaxError.
std::vector<Token> lex(std::string_view text);

}  // namespace regio::forms
