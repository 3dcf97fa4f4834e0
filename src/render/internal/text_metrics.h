// Estimated text widths for layout. The SVG is drawn by browsers and librsvg with Noto Sans,
// whose advance widths these approximate per character class (slightly generous, so labels are
// never clipped); exact shaping is the renderer's job.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace regio::render::internal {

// Width in px of `text` at `font_size` px (bold: +6%).
double text_width(std::string_view text, double font_size, bool bold = false);

// Splits `text` at spaces into lines no wider than `max_width` (a single long word stays whole).
std::vector<std::string> wrap_text(std::string_view text, double font_size, double max_width, bool bold = false);

// `text` cut at a character boundary and ended with "…" so it fits `max_width` (unchanged when
// it fits). For labels whose full text is also in the <desc> and the page's table.
std::string fit_text(std::string_view text, double font_size, double max_width, bool bold = false);

// Moves label positions (centres, in any order) apart so neighbours are at least `gap` apart,
// staying within [lo, hi] where possible; keeps their order. Used for line-end and slope labels.
void spread_positions(std::vector<double>& positions, double gap, double lo, double hi);

}  // namespace regio::render::internal
