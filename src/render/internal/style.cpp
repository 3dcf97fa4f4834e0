#include "render/internal/style.h"

#include <array>
#include <cmath>
#include <cstdio>

namespace regio::render::internal {
namespace {

constexpr std::array<const char*, 8> kOkabeIto = {"#0072B2", "#D55E00", "#009E73", "#CC79A7",
                                                  "#3C3C3C", "#E69F00", "#56B4E9", "#F0E442"};
// ColorBrewer Blues (9 classes); ordered schemes take evenly spaced steps from index 1..8 so the
// lightest class still stands out against white.
constexpr std::array<const char*, 9> kBlues = {"#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6",
                                               "#4292c6", "#2171b5", "#08519c", "#08306b"};

}  // namespace

std::string categorical_color(std::size_t index) { return kOkabeIto[index % kOkabeIto.size()]; }

std::string ordered_color(std::size_t index, std::size_t count) {
  if (count <= 1) return kBlues[5];
  // Classes spread evenly over Blues 1..7 (5 classes: steps 1, 3, 4, 6, 7).
  double step = 6.0 / static_cast<double>(count - 1);
  std::size_t k = 1 + static_cast<std::size_t>(static_cast<double>(index) * step + 0.5);
  return kBlues[k > 7 ? 7 : k];
}

bool is_dark(const std::string& hex) {
  unsigned r = 0, g = 0, b = 0;
  if (hex.size() != 7 || std::sscanf(hex.c_str() + 1, "%02x%02x%02x", &r, &g, &b) != 3) return false;
  // WCAG 2.1 relative luminance; dark when white text has more contrast than kInkOnLight.
  auto lin = [](unsigned c) {
    double v = c / 255.0;
    return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
  };
  double l = 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  const double ink = 0.0056;  // luminance of #111111
  return (1.05 / (l + 0.05)) > ((l + 0.05) / (ink + 0.05));
}

PatternKind pattern_for(std::size_t index) {
  constexpr std::array<PatternKind, 8> kinds = {
      PatternKind::kNone,  PatternKind::kDiagonal, PatternKind::kDots,         PatternKind::kHorizontal,
      PatternKind::kCross, PatternKind::kVertical, PatternKind::kBackDiagonal, PatternKind::kGrid};
  return kinds[index % kinds.size()];
}

MarkerKind marker_for(std::size_t index) {
  constexpr std::array<MarkerKind, 5> kinds = {MarkerKind::kCircle, MarkerKind::kSquare, MarkerKind::kTriangle,
                                               MarkerKind::kDiamond, MarkerKind::kCross};
  return kinds[index % kinds.size()];
}

}  // namespace regio::render::internal
