#include "forms/expression_lex.h"

#include <cctype>

#include <fmt/format.h>

#include "base/text.h"

namespace regio::forms {
namespace {

bool is_name_start(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }
bool is_name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.' || c == ':';
}
bool is_path_char(char c) { return is_name_char(c) || c == '/'; }

// 1-based position in characters (not bytes) of byte `index` of UTF-8 `text`.
std::size_t char_position(std::string_view text, std::size_t index) {
  std::size_t n = 1;
  for (std::size_t i = 0; i < index && i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++n;
  return n;
}

// The whole UTF-8 character starting at byte `index`.
std::string char_at(std::string_view text, std::size_t index) {
  std::size_t e = index + 1;
  while (e < text.size() && (static_cast<unsigned char>(text[e]) & 0xC0) == 0x80) ++e;
  return std::string(text.substr(index, e - index));
}

class Lexer {
 public:
  explicit Lexer(std::string_view text) : text_(text) {}

  std::vector<Token> run() {
    std::vector<Token> out;
    while (true) {
      while (i_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[i_]))) ++i_;
      Token t;
      t.position = char_position(text_, i_);
      if (i_ >= text_.size()) {
        out.push_back(t);
        return out;
      }
      const char c = text_[i_];
      if (c == '$') {
        t.kind = TokenKind::kReference;
        t.text = reference();
      } else if (c == '\'' || c == '"') {
        t.kind = TokenKind::kString;
        t.text = quoted(c);
      } else if (std::isdigit(static_cast<unsigned char>(c)) ||
                 (c == '.' && i_ + 1 < text_.size() && std::isdigit(static_cast<unsigned char>(text_[i_ + 1])))) {
        t.kind = TokenKind::kNumber;
        t.number = number(&t.text);
      } else if (c == '.' || c == '/') {
        const std::size_t b = i_;
        while (i_ < text_.size() && is_path_char(text_[i_])) ++i_;
        t.text = std::string(text_.substr(b, i_ - b));
        t.kind = t.text == "." ? TokenKind::kDot : TokenKind::kPath;
      } else if (is_name_start(c)) {
        t.kind = TokenKind::kName;
        const std::size_t b = i_;
        while (i_ < text_.size() && is_name_char(text_[i_])) ++i_;
        // "group/question": a relative path.
        if (i_ < text_.size() && text_[i_] == '/') {
          while (i_ < text_.size() && is_path_char(text_[i_])) ++i_;
          t.kind = TokenKind::kPath;
        }
        t.text = std::string(text_.substr(b, i_ - b));
      } else {
        t.kind = TokenKind::kSymbol;
        t.text = symbol();
      }
      out.push_back(std::move(t));
    }
  }

 private:
  std::string reference() {
    const std::size_t start = i_;
    if (i_ + 1 >= text_.size() || text_[i_ + 1] != '{') fail_at(start, "'$' zonder '{'");
    const auto close = text_.find('}', i_ + 2);
    if (close == std::string_view::npos) fail_at(start, "'${' zonder '}'");
    std::string name(trim(text_.substr(i_ + 2, close - i_ - 2)));
    if (name.empty() || !is_name_start(name[0])) fail_at(start, "ongeldige naam in ${…}");
    for (char ch : name)
      if (!is_name_char(ch)) fail_at(start, "ongeldige naam in ${…}");
    i_ = close + 1;
    return name;
  }

  std::string quoted(char quote) {
    const std::size_t start = i_;
    const auto close = text_.find(quote, i_ + 1);
    if (close == std::string_view::npos) fail_at(start, "tekst zonder afsluitend aanhalingsteken");
    std::string s(text_.substr(i_ + 1, close - i_ - 1));
    i_ = close + 1;
    return s;
  }

  double number(std::string* text) {
    const std::size_t b = i_;
    while (i_ < text_.size() && (std::isdigit(static_cast<unsigned char>(text_[i_])) || text_[i_] == '.')) ++i_;
    *text = std::string(text_.substr(b, i_ - b));
    // parse_decimal wants a digit before the point; XPath allows ".5".
    auto v = parse_decimal(text->front() == '.' ? "0" + *text : *text);
    if (!v || text->find(',') != std::string::npos) fail_at(b, fmt::format("ongeldig getal '{}'", *text));
    return *v;
  }

  std::string symbol() {
    const std::size_t start = i_;
    const char c = text_[i_];
    const char next = i_ + 1 < text_.size() ? text_[i_ + 1] : '\0';
    if ((c == '!' || c == '<' || c == '>') && next == '=') {
      i_ += 2;
      return std::string{c, '='};
    }
    if (c == '[')
      fail_at(start, "een voorwaarde tussen [ ] in een pad (predicaat) wordt niet ondersteund; het teken '['");
    if (std::string_view("=<>+-*(),").find(c) != std::string_view::npos) {
      ++i_;
      return std::string(1, c);
    }
    fail_at(start, fmt::format("onverwacht teken '{}'", char_at(text_, start)));
    return {};
  }

  [[noreturn]] void fail_at(std::size_t index, const std::string& what) {
    throw SyntaxError{fmt::format("{} op positie {}", what, char_position(text_, index))};
  }

  std::string_view text_;
  std::size_t i_ = 0;
};

}  // namespace

std::vector<Token> lex(std::string_view text) { return Lexer(text).run(); }

}  // namespace regio::forms
