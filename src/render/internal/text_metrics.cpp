#include "render/internal/text_metrics.h"

#include <algorithm>
#include <numeric>

namespace regio::render::internal {
namespace {

// Advance width in em of one character of Noto Sans (grouped by shape).
double advance(char32_t c) {
  if (c >= '0' && c <= '9') return 0.572;
  switch (c) {
    case ' ':
      return 0.26;
    case '.':
    case ',':
    case ':':
    case ';':
    case '\'':
    case '!':
    case '|':
      return 0.27;
    case 'i':
    case 'j':
    case 'l':
    case 'I':
    case 'J':
      return 0.27;
    case 'f':
    case 't':
    case 'r':
    case '(':
    case ')':
    case '[':
    case ']':
    case '/':
      return 0.36;
    case '-':
      return 0.32;
    case 'm':
      return 0.92;
    case 'w':
      return 0.78;
    case 'M':
    case 'W':
      return 0.92;
    case '%':
      return 0.84;
    case 0x2014:
      return 1.0;  // em dash
    case 0x2013:
      return 0.5;  // en dash
    case 0x2026:
      return 0.83;  // ellipsis
    default:
      break;
  }
  if (c >= 'a' && c <= 'z') return 0.56;
  if (c >= 'A' && c <= 'Z') return 0.66;
  if (c >= 0xC0 && c <= 0x17F) return 0.58;  // accented Latin letters
  return 0.6;
}

}  // namespace

double text_width(std::string_view text, double font_size, bool bold) {
  double em = 0;
  for (std::size_t i = 0; i < text.size();) {
    auto b = static_cast<unsigned char>(text[i]);
    std::size_t n = b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    char32_t c = b;
    if (n > 1 && i + n <= text.size()) {
      c = b & (0x7f >> n);
      for (std::size_t k = 1; k < n; ++k) c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3f);
    }
    em += advance(c);
    i += n;
  }
  return em * font_size * (bold ? 1.06 : 1.0) * 1.03;
}

std::vector<std::string> wrap_text(std::string_view text, double font_size, double max_width, bool bold) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t i = 0;
  while (i <= text.size()) {
    std::size_t j = text.find(' ', i);
    if (j == std::string_view::npos) j = text.size();
    std::string_view word = text.substr(i, j - i);
    if (!word.empty()) {
      std::string candidate = line.empty() ? std::string(word) : line + " " + std::string(word);
      if (!line.empty() && text_width(candidate, font_size, bold) > max_width) {
        lines.push_back(line);
        line = std::string(word);
      } else {
        line = std::move(candidate);
      }
    }
    i = j + 1;
  }
  if (!line.empty() || lines.empty()) lines.push_back(line);
  return lines;
}

std::string fit_text(std::string_view text, double font_size, double max_width, bool bold) {
  if (text_width(text, font_size, bold) <= max_width) return std::string(text);
  std::string out(text);
  while (!out.empty()) {
    std::size_t cut = out.size() - 1;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xc0) == 0x80) --cut;  // UTF-8 lead byte
    out.erase(cut);
    while (!out.empty() && out.back() == ' ') out.pop_back();
    if (text_width(out + "…", font_size, bold) <= max_width) break;
  }
  return out + "…";
}

void spread_positions(std::vector<double>& positions, double gap, double lo, double hi) {
  std::size_t n = positions.size();
  if (n == 0) return;
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) { return positions[a] < positions[b]; });
  // Push down from the top, then up from the bottom (limit), then down again from the top.
  for (int pass = 0; pass < 3; ++pass) {
    for (std::size_t k = 0; k < n; ++k) {
      double minimum = k == 0 ? lo : positions[order[k - 1]] + gap;
      positions[order[k]] = std::max(positions[order[k]], minimum);
    }
    for (std::size_t k = n; k-- > 0;) {
      double maximum = k + 1 == n ? hi : positions[order[k + 1]] - gap;
      positions[order[k]] = std::min(positions[order[k]], maximum);
    }
  }
  // If the range is too small, the top-down order wins (labels may run past `hi`).
  for (std::size_t k = 1; k < n; ++k)
    positions[order[k]] = std::max(positions[order[k]], positions[order[k - 1]] + gap);
}

}  // namespace regio::render::internal
