#include "forms/xlsform_dialect.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "base/text.h"

namespace regio::forms::xlsform {
namespace {

// Length of the Unicode whitespace character at s[i] (pyxform strips what Python's str.strip()
// strips), or 0.
std::size_t space_at(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || (c >= '\t' && c <= '\r')) return 1;
  auto next = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0; };
  if (c == 0xC2 && (next(1) == 0xA0 || next(1) == 0x85)) return 2;  // NBSP, NEL
  if (c == 0xE1 && next(1) == 0x9A && next(2) == 0x80) return 3;    // U+1680
  if (c == 0xE2 && next(1) == 0x80 && (next(2) <= 0x8A || next(2) == 0xA8 || next(2) == 0xA9 || next(2) == 0xAF))
    return 3;                                                     // U+2000–200A, 2028, 2029, 202F
  if (c == 0xE2 && next(1) == 0x81 && next(2) == 0x9F) return 3;  // U+205F
  if (c == 0xE3 && next(1) == 0x80 && next(2) == 0x80) return 3;  // U+3000
  return 0;
}

// Length of the Unicode whitespace character ending at s[end-1], or 0.
std::size_t space_before(std::string_view s, std::size_t end) {
  for (std::size_t len = 1; len <= 3 && len <= end; ++len)
    if (space_at(s, end - len) == len) return len;
  return 0;
}

}  // namespace

std::string clean_cell(std::string_view text) {
  std::size_t b = 0, e = text.size();
  while (b < e) {
    const std::size_t n = space_at(text, b);
    if (n == 0) break;
    b += n;
  }
  while (e > b) {
    const std::size_t n = space_before(text, e);
    if (n == 0) break;
    e -= n;
  }
  std::string out;
  out.reserve(e - b);
  for (std::size_t i = b; i < e; ++i) {
    // U+2018 ‘ U+2019 ’ → ', U+201C “ U+201D ” → "
    if (i + 2 < e && text[i] == '\xE2' && text[i + 1] == '\x80') {
      const char c = text[i + 2];
      if (c == '\x98' || c == '\x99' || c == '\x9C' || c == '\x9D') {
        out += (c == '\x98' || c == '\x99') ? '\'' : '"';
        i += 2;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

std::string language_of(std::string_view suffix) {
  std::string s = to_lower_ascii(clean_cell(suffix));
  const auto open = s.find('('), close = s.find(')');
  if (open != std::string::npos && close != std::string::npos && close > open)
    s = clean_cell(std::string_view(s).substr(open + 1, close - open - 1));
  if (s == "dutch" || s == "nederlands") return "nl";
  if (s == "english" || s == "engels") return "en";
  return s;
}

std::optional<bool> yes_no(std::string_view text) {
  const std::string t = to_lower_ascii(text);
  if (t == "yes" || t == "true" || t == "true()" || t == "1" || t == "ja") return true;
  if (t == "no" || t == "false" || t == "false()" || t == "0" || t == "nee") return false;
  return std::nullopt;
}

std::optional<std::vector<std::pair<std::string, std::string>>> parse_parameters(std::string_view text) {
  std::vector<std::pair<std::string, std::string>> out;
  std::string t(text);
  std::replace_if(
      t.begin(), t.end(), [](char c) { return c == ',' || c == ';'; }, ' ');
  // "start = 1" is one pair as well: glue the '=' to its neighbours first.
  std::string glued;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i] == ' ') {
      std::size_t j = i;
      while (j < t.size() && t[j] == ' ') ++j;
      if ((j < t.size() && t[j] == '=') || (!glued.empty() && glued.back() == '=')) {
        i = j - 1;
        continue;
      }
    }
    glued += t[i];
  }
  for (const auto& pair : split_whitespace(glued)) {
    const auto eq = pair.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == pair.size()) return std::nullopt;
    out.emplace_back(to_lower_ascii(pair.substr(0, eq)), pair.substr(eq + 1));
  }
  return out;
}

namespace {

// The first argument of `function(` in `text` (outside quoted text), unquoted; nullopt when the
// call is absent.
std::optional<std::string> first_argument(std::string_view text, std::string_view function) {
  char quote = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quote) {
      if (c == quote) quote = 0;
      continue;
    }
    if (c == '\'' || c == '"') {
      quote = c;
      continue;
    }
    const bool word_start = i == 0 || !(std::isalnum(static_cast<unsigned char>(text[i - 1])) || text[i - 1] == '_' ||
                                        text[i - 1] == ':' || text[i - 1] == '-');
    if (!word_start || text.substr(i, function.size()) != function) continue;
    std::size_t j = i + function.size();
    while (j < text.size() && text[j] == ' ') ++j;
    if (j >= text.size() || text[j] != '(') continue;
    ++j;
    while (j < text.size() && text[j] == ' ') ++j;
    if (j < text.size() && (text[j] == '\'' || text[j] == '"')) {
      const auto end = text.find(text[j], j + 1);
      if (end != std::string_view::npos) return std::string(text.substr(j + 1, end - j - 1));
    }
    const auto end = text.find_first_of(",)", j);
    return std::string(text.substr(j, end == std::string_view::npos ? std::string_view::npos : end - j));
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> pulldata_file(std::string_view expression) { return first_argument(expression, "pulldata"); }

std::optional<std::string> search_file(std::string_view appearance) { return first_argument(appearance, "search"); }

namespace {

// At `at`: "instance('L')/root/item[name = X]/label" → {end, L, X}; nullopt when not that form.
struct Lookup {
  std::size_t end;
  std::string list, key;
};
std::optional<Lookup> lookup_at(std::string_view t, std::size_t at) {
  std::size_t i = at;
  auto skip = [&] {
    while (i < t.size() && t[i] == ' ') ++i;
  };
  auto take = [&](std::string_view word) {
    skip();
    if (t.substr(i, word.size()) != word) return false;
    i += word.size();
    return true;
  };
  if (!take("instance") || !take("(")) return std::nullopt;
  skip();
  if (i >= t.size() || (t[i] != '\'' && t[i] != '"')) return std::nullopt;
  const auto close = t.find(t[i], i + 1);
  if (close == std::string_view::npos) return std::nullopt;
  Lookup l{0, std::string(t.substr(i + 1, close - i - 1)), {}};
  i = close + 1;
  if (!take(")") || !take("/root/item[") || !take("name") || !take("=")) return std::nullopt;
  const std::size_t key_begin = i;
  int depth = 0;
  char quote = 0;
  for (; i < t.size(); ++i) {
    if (quote) {
      quote = t[i] == quote ? 0 : quote;
    } else if (t[i] == '\'' || t[i] == '"') {
      quote = t[i];
    } else if (t[i] == '[') {
      ++depth;
    } else if (t[i] == ']' && depth-- == 0) {
      break;
    }
  }
  if (i >= t.size()) return std::nullopt;
  l.key = std::string(t.substr(key_begin, i - key_begin));
  ++i;
  if (take("/label")) {
  } else if (take("/itextId")) {
  } else {
    return std::nullopt;
  }
  l.end = i;
  return l;
}

}  // namespace

std::string rewrite_choice_lookups(std::string_view t) {
  std::string out;
  for (std::size_t i = 0; i < t.size();) {
    std::size_t at = i;
    bool itext = false;
    if (t.substr(i, 9) == "jr:itext(") {
      itext = true;
      at = i + 9;
    }
    if (t.substr(at, 8) == "instance" && (i == 0 || !std::isalnum(static_cast<unsigned char>(t[i - 1])))) {
      if (auto l = lookup_at(t, at)) {
        std::size_t end = l->end;
        bool ok = true;
        if (itext) {
          while (end < t.size() && t[end] == ' ') ++end;
          ok = end < t.size() && t[end] == ')';
          ++end;
        }
        if (ok) {
          out += "jr:choice-name(" + l->key + ", 'list:" + l->list + "')";
          i = end;
          continue;
        }
      }
    }
    out += t[i++];
  }
  return out;
}

}  // namespace regio::forms::xlsform
