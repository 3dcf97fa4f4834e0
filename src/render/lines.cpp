// Lines over waves or years, and the slope chart between two waves.
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "render/internal/scale.h"
#include "render/internal/text_metrics.h"

namespace regio::render::internal {
namespace {

constexpr double kLabelGap = 15;

// "value name" beside a line end: the value in bold next to the point, then the name. kStart
// writes rightwards from x, kEnd leftwards (name furthest from the point).
void draw_value_name(XmlWriter& w, double x, double y, const std::string& value, const std::string& name, Anchor side) {
  double value_w = text_width(value, kSmallFontSize, true);
  draw_text(w, x, y, value, {.size = kSmallFontSize, .anchor = side, .bold = true});
  double name_x = side == Anchor::kStart ? x + value_w + 6 : x - value_w - 6;
  draw_text(w, name_x, y, name, {.size = kSmallFontSize, .anchor = side});
}

// "." or "geen gegevens" markers for the values a line cannot show, stacked up from the bottom
// of the plot at x, each with the series' marker so it is clear whose value it is.
// Near the right edge (`limit`) the text goes to the left of the marker.
void draw_gap_notes(const Chart& chart, std::size_t c, double x, double bottom, double limit, DrawContext& ctx,
                    XmlWriter& w) {
  double y = bottom - 9;
  std::size_t n = chart.series.size();
  for (std::size_t i = 0; i < n; ++i) {
    Value v = value_at(chart.series[i], c);
    if (v.is_shown()) continue;
    std::string text = ctx.format(chart, v);
    std::string color = ctx.color(chart.colors, i, n);
    if (v.state == ValueState::kSuppressed) {
      draw_marker(w, marker_for(i), x - 8, y, 3.5, color);
      draw_rect(w, x - 2, y - 5, 10, 10, ctx.suppressed_fill(), kSuppressedInk);
      draw_text(w, x + 11, y - 1, text, {.size = kFontSize, .bold = true});
    } else {
      draw_marker(w, marker_for(i), x, y, 3.5, color);
      bool flip = x + 8 + text_width(text, kSmallFontSize - 1) > limit;
      draw_text(w, flip ? x - 8 : x + 8, y, text,
                {.size = kSmallFontSize - 1, .color = kMutedColor, .anchor = flip ? Anchor::kEnd : Anchor::kStart});
    }
    y -= 15;
  }
}

std::string points_summary(const Chart& chart, const Series& s, DrawContext& ctx) {
  std::vector<std::string> parts;
  for (std::size_t c = 0; c < chart.categories.size(); ++c)
    parts.push_back(chart.categories[c] + " " + ctx.format(chart, value_at(s, c)));
  return fmt::format("{}: {}.", series_name(s), fmt::join(parts, ", "));
}

}  // namespace

double draw_lines(const Chart& chart, double width, DrawContext& ctx, XmlWriter& w) {
  std::size_t n = chart.series.size(), m = chart.categories.size();
  double widest_name = 0;
  for (const auto& s : chart.series) widest_name = std::max(widest_name, text_width(s.name, kSmallFontSize));
  double plot_h = chart.compact ? std::clamp(width * 0.2, 110.0, 160.0) : std::clamp(width * 0.42, 180.0, 320.0);
  Scale scale = value_scale(chart, plot_h, chart.compact ? 4 : 5, PercentAxis::kFit);
  double left = 0;
  for (double t : scale.ticks) left = std::max(left, text_width(tick_text(chart, scale, t), kSmallFontSize));
  left += 10;
  // Series names at the line ends when the plot keeps room; else (narrow) a legend on top and
  // every point labelled.
  bool names_at_end = width - left - (widest_name + 70) >= 160;
  double top = names_at_end ? 0 : draw_legend(chart, width, LegendSwatch::kMarker, ctx, w) + 6;
  double y0 = top + (chart.y_label.empty() ? 10 : 26);
  double right = names_at_end ? widest_name + 70 : 8;
  double plot_w = width - left - right;
  auto ypos = [&](double v) { return y0 + plot_h - scale.at(v); };
  const double inset = 26;  // first and last points clear of the axis labels
  auto xpos = [&](std::size_t c) {
    return left +
           (m <= 1 ? plot_w / 2 : inset + (plot_w - 2 * inset) * static_cast<double>(c) / static_cast<double>(m - 1));
  };
  if (!chart.y_label.empty()) draw_text(w, 0, top + 8, chart.y_label, {.size = kSmallFontSize, .color = kMutedColor});
  for (double t : scale.ticks) {
    draw_line(w, left, ypos(t), left + plot_w, ypos(t), t == 0 ? kAxisColor : kGridColor, 1);
    draw_text(w, left - 8, ypos(t), tick_text(chart, scale, t),
              {.size = kSmallFontSize, .color = kMutedColor, .anchor = Anchor::kEnd});
  }
  double label_y = y0 + plot_h + 14;
  double slot = m <= 1 ? plot_w : (plot_w - 2 * inset) / static_cast<double>(m - 1);
  std::size_t lines = 1;
  for (std::size_t c = 0; c < m; ++c) {
    auto parts = wrap_text(chart.categories[c], kSmallFontSize, std::max(slot - 6, 40.0));
    lines = std::max(lines, parts.size());
    for (std::size_t k = 0; k < parts.size(); ++k)
      draw_text(w, xpos(c), label_y + 14 * static_cast<double>(k), parts[k],
                {.size = kSmallFontSize, .color = kMutedColor, .anchor = Anchor::kMiddle});
    draw_gap_notes(chart, c, xpos(c), y0 + plot_h, width, ctx, w);
  }
  bool label_points = n <= 2 && m <= std::max<std::size_t>(2, static_cast<std::size_t>(plot_w / 40));
  std::vector<double> end_y(n);
  std::vector<std::string> end_text(n);
  std::vector<bool> has_end(n, false);
  for (std::size_t i = 0; i < n; ++i) {
    const Series& s = chart.series[i];
    std::string color = ctx.color(chart.colors, i, n);
    std::string d;
    bool pen_down = false;
    for (std::size_t c = 0; c < m; ++c) {
      Value v = value_at(s, c);
      if (!v.is_shown()) {
        pen_down = false;  // a gap: never draw through a value we may not show
        continue;
      }
      d += fmt::format("{}{} {}", pen_down ? "L" : "M", svg_number(xpos(c)), svg_number(ypos(*v.number)));
      pen_down = true;
    }
    if (!d.empty()) {
      w.open("path");
      w.attr("d", d);
      w.attr("fill", "none");
      w.attr("stroke", color);
      w.attr("stroke-width", "2.5");
      w.attr("stroke-linejoin", "round");
      w.close();
    }
    for (std::size_t c = 0; c < m; ++c) {
      Value v = value_at(s, c);
      if (!v.is_shown()) continue;
      draw_marker(w, marker_for(i), xpos(c), ypos(*v.number), 4.5, color);
      bool last = true;
      for (std::size_t k = c + 1; k < m; ++k) last &= !value_at(s, k).is_shown();
      if (last) {
        end_y[i] = ypos(*v.number);
        end_text[i] = c + 1 == m ? ctx.format(chart, *v.number) : "";  // an early end keeps its point label
        has_end[i] = true;
      }
      if (label_points && !(names_at_end && last && c + 1 == m)) {
        // Above the point, or below it when another series is higher here.
        bool below = false;
        for (std::size_t o = 0; o < n; ++o)
          if (o != i) {
            Value ov = value_at(chart.series[o], c);
            below |= ov.is_shown() && (*ov.number > *v.number || (*ov.number == *v.number && o < i));
          }
        draw_text(w, xpos(c), ypos(*v.number) + (below ? 15 : -13), ctx.format(chart, *v.number),
                  {.size = kSmallFontSize, .anchor = Anchor::kMiddle});
      }
    }
    ctx.summarize(points_summary(chart, s, ctx));
  }
  // Series names (with the last value) at the line ends, pushed apart so they never overlap.
  std::vector<double> ys;
  std::vector<std::size_t> who;
  for (std::size_t i = 0; i < n; ++i)
    if (has_end[i] && names_at_end) ys.push_back(end_y[i]), who.push_back(i);
  std::vector<double> target = ys;
  spread_positions(ys, kLabelGap, y0, y0 + plot_h);
  for (std::size_t k = 0; k < who.size(); ++k) {
    std::size_t i = who[k];
    std::string color = ctx.color(chart.colors, i, n);
    double x = left + plot_w + 10;
    if (std::fabs(ys[k] - target[k]) > 2) draw_line(w, left + plot_w + 6, target[k], x, ys[k], kAxisColor, 0.8);
    draw_marker(w, marker_for(i), x + 5, ys[k], 3.5, color);
    double room = width - (x + 13) - (end_text[i].empty() ? 0 : text_width(end_text[i], kSmallFontSize, true) + 6);
    std::string name = fit_text(chart.series[i].name, kSmallFontSize, room);
    if (end_text[i].empty())
      draw_text(w, x + 13, ys[k], name, {.size = kSmallFontSize});
    else
      draw_value_name(w, x + 13, ys[k], end_text[i], name, Anchor::kStart);
  }
  double h = label_y + 14 * static_cast<double>(lines);
  if (!chart.x_label.empty()) {
    draw_text(w, left + plot_w / 2, h + 6, chart.x_label,
              {.size = kSmallFontSize, .color = kMutedColor, .anchor = Anchor::kMiddle});
    h += 18;
  }
  return h;
}

double draw_slope(const Chart& chart, double width, DrawContext& ctx, XmlWriter& w) {
  std::size_t n = chart.series.size();
  // Each side: value and name. When that does not fit (narrow), the left side shows only the
  // values and the names stand on the right, shortened if they must be.
  double widest_name = 0, widest_value = 0;
  for (const auto& s : chart.series) {
    widest_name = std::max(widest_name, text_width(s.name, kSmallFontSize));
    for (std::size_t c = 0; c < 2; ++c)
      widest_value = std::max(widest_value, text_width(ctx.format(chart, value_at(s, c)), kSmallFontSize, true));
  }
  double full_side = widest_name + widest_value + 22;
  bool names_left = width - 2 * full_side >= 120;
  double left_side = names_left ? full_side : widest_value + 16;
  double right_side = names_left ? full_side : std::min(full_side, width - left_side - 120);
  double x_a = left_side, x_b = width - right_side;
  double plot_h = std::clamp(static_cast<double>(n) * 18 + 40, 160.0, 420.0);
  double y0 = 28;
  Scale scale = value_scale(chart, plot_h, 5, PercentAxis::kFit);
  auto ypos = [&](double v) { return y0 + plot_h - scale.at(v); };
  std::string a = chart.categories.size() > 0 ? chart.categories[0] : "";
  std::string b = chart.categories.size() > 1 ? chart.categories[1] : "";
  draw_text(w, x_a, 8, a, {.size = kFontSize, .anchor = Anchor::kMiddle, .bold = true});
  draw_text(w, x_b, 8, b, {.size = kFontSize, .anchor = Anchor::kMiddle, .bold = true});
  draw_line(w, x_a, y0 - 6, x_a, y0 + plot_h + 6, kGridColor, 1);
  draw_line(w, x_b, y0 - 6, x_b, y0 + plot_h + 6, kGridColor, 1);
  std::vector<double> left_y(n), right_y(n), left_t(n), right_t(n);
  for (std::size_t i = 0; i < n; ++i) {
    const Series& s = chart.series[i];
    Value va = value_at(s, 0), vb = value_at(s, 1);
    double fallback = va.is_shown() ? ypos(*va.number) : vb.is_shown() ? ypos(*vb.number) : y0 + plot_h;
    left_t[i] = left_y[i] = va.is_shown() ? ypos(*va.number) : fallback;
    right_t[i] = right_y[i] = vb.is_shown() ? ypos(*vb.number) : fallback;
    std::string color = ctx.color(chart.colors, i, n);
    if (va.is_shown() && vb.is_shown()) draw_line(w, x_a, left_y[i], x_b, right_y[i], color, 2.5);
    if (va.is_shown()) draw_marker(w, marker_for(i), x_a, left_y[i], 4.5, color);
    if (vb.is_shown()) draw_marker(w, marker_for(i), x_b, right_y[i], 4.5, color);
    ctx.summarize(points_summary(chart, s, ctx));
  }
  spread_positions(left_y, kLabelGap, y0 - 4, y0 + plot_h + 4);
  spread_positions(right_y, kLabelGap, y0 - 4, y0 + plot_h + 4);
  for (std::size_t i = 0; i < n; ++i) {
    const Series& s = chart.series[i];
    Value va = value_at(s, 0), vb = value_at(s, 1);
    std::string text_a = ctx.format(chart, va), text_b = ctx.format(chart, vb);
    if (names_left)
      draw_value_name(w, x_a - 10, left_y[i], text_a, s.name, Anchor::kEnd);
    else
      draw_text(w, x_a - 10, left_y[i], text_a, {.size = kSmallFontSize, .anchor = Anchor::kEnd, .bold = true});
    double room = right_side - 16 - text_width(text_b, kSmallFontSize, true) - 6;
    draw_value_name(w, x_b + 10, right_y[i], text_b, fit_text(s.name, kSmallFontSize, room), Anchor::kStart);
    if (std::fabs(left_y[i] - left_t[i]) > 2) draw_line(w, x_a - 8, left_y[i], x_a - 3, left_t[i], kAxisColor, 0.8);
    if (std::fabs(right_y[i] - right_t[i]) > 2) draw_line(w, x_b + 8, right_y[i], x_b + 3, right_t[i], kAxisColor, 0.8);
  }
  double bottom = y0 + plot_h + 12;
  for (std::size_t i = 0; i < n; ++i) bottom = std::max({bottom, left_y[i] + 12, right_y[i] + 12});
  return bottom;
}

}  // namespace regio::render::internal
