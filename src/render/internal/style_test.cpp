#include "render/internal/style.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>

namespace regio::render::internal {
namespace {

double luminance(const std::string& hex) {
  unsigned r, g, b;
  std::sscanf(hex.c_str() + 1, "%02x%02x%02x", &r, &g, &b);
  auto lin = [](unsigned c) {
    double v = c / 255.0;
    return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

double contrast(const std::string& a, const std::string& b) {
  double la = luminance(a), lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// Labels written on a fill (segments, matrix cells, map regions) reach WCAG AA for normal text.
TEST(Style, LabelsOnEveryPaletteColourHaveAtLeast4_5To1Contrast) {
  std::vector<std::string> fills;
  for (std::size_t i = 0; i < 8; ++i) fills.push_back(categorical_color(i));
  for (std::size_t count : {2u, 3u, 4u, 5u, 6u, 7u})
    for (std::size_t i = 0; i < count; ++i) fills.push_back(ordered_color(i, count));
  for (const auto& f : fills) {
    std::string ink = is_dark(f) ? "#ffffff" : kInkOnLight;
    EXPECT_GE(contrast(f, ink), 4.5) << f << " with " << ink;
  }
  // The first four categorical colours stand out from white as graphics (WCAG 1.4.11, 3:1).
  for (std::size_t i = 0; i < 4; ++i) EXPECT_GE(contrast(categorical_color(i), "#ffffff"), 3.0) << categorical_color(i);
}

}  // namespace
}  // namespace regio::render::internal
