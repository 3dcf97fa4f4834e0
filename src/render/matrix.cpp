// The transition matrix: rows = where regions came from (series), columns = where they went
// (categories), the count written in every cell, shaded light -> dark by count.
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "render/internal/scale.h"
#include "render/internal/text_metrics.h"

namespace regio::render::internal {

double draw_matrix(const Chart& chart, double width, DrawContext& ctx, XmlWriter& w) {
  std::size_t rows = chart.series.size(), cols = chart.categories.size();
  double column = 0;
  for (const auto& s : chart.series) column = std::max(column, text_width(s.name, kFontSize));
  column = std::min(std::max(column, text_width(chart.y_label, kSmallFontSize, true)), width * 0.35) + 12;
  double cell_w = cols == 0 ? 0 : std::min(90.0, (width - column) / static_cast<double>(cols));
  const double cell_h = 34;
  double largest = 0;
  for (const auto& s : chart.series)
    for (const auto& v : s.values)
      if (v.is_shown()) largest = std::max(largest, *v.number);
  double y = 0;
  if (!chart.x_label.empty()) {
    draw_text(w, column + cell_w * static_cast<double>(cols) / 2, 8, chart.x_label,
              {.size = kSmallFontSize, .color = kMutedColor, .anchor = Anchor::kMiddle, .bold = true});
    y += 20;
  }
  std::size_t header_lines = 1;
  for (std::size_t c = 0; c < cols; ++c) {
    auto parts = wrap_text(chart.categories[c], kSmallFontSize, cell_w - 6);
    header_lines = std::max(header_lines, parts.size());
  }
  for (std::size_t c = 0; c < cols; ++c) {
    auto parts = wrap_text(chart.categories[c], kSmallFontSize, cell_w - 6);
    for (std::size_t k = 0; k < parts.size(); ++k)
      draw_text(w, column + cell_w * (static_cast<double>(c) + 0.5), y + 8 + 14 * static_cast<double>(k), parts[k],
                {.size = kSmallFontSize, .anchor = Anchor::kMiddle});
  }
  if (!chart.y_label.empty())
    draw_text(w, column - 12, y + 8, chart.y_label,
              {.size = kSmallFontSize, .color = kMutedColor, .anchor = Anchor::kEnd, .bold = true});
  y += 14 * static_cast<double>(header_lines) + 6;
  const std::size_t shades = 5;
  bool small_cells = cell_w < text_width(kMissingText, kSmallFontSize - 1) + 6;
  for (std::size_t r = 0; r < rows; ++r) {
    const Series& s = chart.series[r];
    draw_text(w, column - 12, y + cell_h / 2, s.name, {.anchor = Anchor::kEnd});
    std::vector<std::string> parts;
    for (std::size_t c = 0; c < cols; ++c) {
      Value v = value_at(s, c);
      double x = column + cell_w * static_cast<double>(c);
      std::string text = ctx.format(chart, v);
      if (v.is_shown()) {
        // Shade class by share of the largest count; zero stays white.
        std::size_t k = largest > 0 ? std::min(shades - 1, static_cast<std::size_t>(*v.number / largest * shades)) : 0;
        std::string fill = *v.number == 0 ? "#ffffff" : ordered_color(k, shades);
        draw_rect(w, x, y, cell_w, cell_h, fill, "#ffffff");
        draw_text(w, x + cell_w / 2, y + cell_h / 2, text,
                  {.color = is_dark(fill) ? "#ffffff" : kInkOnLight, .anchor = Anchor::kMiddle, .bold = *v.number > 0});
        if (*v.number != 0) parts.push_back(fmt::format("naar {}: {}", chart.categories[c], text));
      } else if (v.state == ValueState::kSuppressed) {
        draw_rect(w, x, y, cell_w, cell_h, ctx.suppressed_fill(), "#ffffff");
        draw_rect(w, x + cell_w / 2 - 9, y + cell_h / 2 - 9, 18, 18, "#ffffff");
        draw_text(w, x + cell_w / 2, y + cell_h / 2 - 2, text,
                  {.size = kTitleFontSize, .anchor = Anchor::kMiddle, .bold = true});
        parts.push_back(fmt::format("naar {}: onderdrukt", chart.categories[c]));
      } else {
        draw_rect(w, x, y, cell_w, cell_h, kMissingFill, "#ffffff");
        if (small_cells) ctx.mark_dash();
        draw_text(w, x + cell_w / 2, y + cell_h / 2, small_cells ? "–" : text,
                  {.size = kSmallFontSize - 1, .color = kMutedColor, .anchor = Anchor::kMiddle});
        parts.push_back(fmt::format("naar {}: geen gegevens", chart.categories[c]));
      }
      // The diagonal (same label in row and column: no change) is outlined.
      if (c < cols && chart.categories[c] == s.name) {
        w.open("rect");
        w.attr("x", x + 1.5);
        w.attr("y", y + 1.5);
        w.attr("width", cell_w - 3);
        w.attr("height", cell_h - 3);
        w.attr("fill", "none");
        w.attr("stroke", kTitleColor);
        w.attr("stroke-width", "1.5");
        w.close();
      }
    }
    ctx.summarize(fmt::format("Van {}: {}.", s.name,
                              parts.empty() ? std::string("geen") : fmt::format("{}", fmt::join(parts, ", "))));
    y += cell_h;
  }
  return y + 4;
}

}  // namespace regio::render::internal
