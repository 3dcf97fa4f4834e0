// The look of every chart: colours, fonts and patterns, in one place.
//
// Palettes (both safe for the common forms of colour blindness):
// - categorical series: Okabe & Ito (2008), "Color Universal Design", reordered so the first
//   four colours have at least 3:1 contrast on white (WCAG 1.4.11): blue #0072B2, vermillion
//   #D55E00, bluish green #009E73, reddish purple #CC79A7, dark grey #3C3C3C, orange #E69F00,
//   sky blue #56B4E9, yellow #F0E442;
// - ordered classes (ladder levels 1..5, matrix intensities): ColorBrewer "Blues" (Brewer,
//   colorbrewer2.org), a single hue from light to dark, readable in grey scale too.
// Colour is never the only carrier: each series also has a pattern (bars, map) or a marker
// shape (lines), and a direct label.
// Text in the dark blue and grey of Dutch government sites (NL Design System / Rijkshuisstijl).
#pragma once

#include <string>

namespace regio::render::internal {

inline constexpr const char* kFont = "Noto Sans, sans-serif";
inline constexpr double kFontSize = 13;
inline constexpr double kSmallFontSize = 11;
inline constexpr double kTitleFontSize = 16;
inline constexpr const char* kTitleColor = "#154273";  // Rijksoverheid dark blue
inline constexpr const char* kTextColor = "#1f2937";
inline constexpr const char* kMutedColor = "#4b5563";
inline constexpr const char* kGridColor = "#d9dee5";
inline constexpr const char* kAxisColor = "#6b7280";
inline constexpr const char* kSuppressedInk = "#4b5563";  // hatch lines of suppressed values
inline constexpr const char* kMissingFill = "#eef0f3";

// Colour of series `index` of `count` in the scheme (ordered: light -> dark over `count`).
std::string categorical_color(std::size_t index);
std::string ordered_color(std::size_t index, std::size_t count);
// Text on coloured fills: white, or kInkOnLight, whichever has the higher WCAG contrast (on every
// palette colour at least 4.5:1).
inline constexpr const char* kInkOnLight = "#111111";
// True when white text/lines read better than kInkOnLight on `hex` ("#rrggbb").
bool is_dark(const std::string& hex);

// Pattern drawn over the fill of series `index` (0 = none, so one series stays plain).
enum class PatternKind { kNone, kDiagonal, kDots, kHorizontal, kCross, kVertical, kBackDiagonal, kGrid };
PatternKind pattern_for(std::size_t index);

// Marker shape of series `index` on a line chart.
enum class MarkerKind { kCircle, kSquare, kTriangle, kDiamond, kCross };
MarkerKind marker_for(std::size_t index);

}  // namespace regio::render::internal
