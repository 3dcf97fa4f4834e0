// Horizontal bars (single or grouped) and stacked bars.
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "render/internal/scale.h"
#include "render/internal/text_metrics.h"

namespace regio::render::internal {
namespace {

constexpr double kRowGap = 10;
constexpr double kStubWidth = 12;

// Width of the category label column: the longest label, at most 38% of the width (wrapped).
double label_column(const Chart& chart, double width) {
  double widest = 0;
  for (const auto& c : chart.categories) widest = std::max(widest, text_width(c, kFontSize));
  return std::min(widest, width * 0.38) + 10;
}

void draw_category_label(XmlWriter& w, const std::string& label, double column, double centre) {
  auto lines = wrap_text(label, kFontSize, column - 10);
  double line_height = kFontSize * 1.2;
  double top = centre - line_height * static_cast<double>(lines.size() - 1) / 2;
  for (std::size_t k = 0; k < lines.size(); ++k)
    draw_text(w, column - 10, top + line_height * static_cast<double>(k), lines[k], {.anchor = Anchor::kEnd});
}

double label_height(const std::string& label, double column) {
  return static_cast<double>(wrap_text(label, kFontSize, column - 10).size()) * kFontSize * 1.2;
}

// The tick labels and axis title under a horizontal value axis at y.
double draw_value_axis(const Chart& chart, const Scale& scale, double x0, double y, double top, XmlWriter& w) {
  for (double t : scale.ticks) {
    double x = x0 + scale.at(t);
    draw_line(w, x, top, x, y, t == 0 ? kAxisColor : kGridColor, 1);
    draw_text(w, x, y + 10, tick_text(chart, scale, t),
              {.size = kSmallFontSize, .color = kMutedColor, .anchor = Anchor::kMiddle});
  }
  double h = 20;
  if (!chart.x_label.empty()) {
    draw_text(w, x0 + scale.pixels / 2, y + 30, chart.x_label,
              {.size = kSmallFontSize, .color = kMutedColor, .anchor = Anchor::kMiddle});
    h += 18;
  }
  return h;
}

}  // namespace

double draw_bars(const Chart& chart, double width, DrawContext& ctx, XmlWriter& out) {
  XmlWriter w;  // the bars and labels, drawn over the grid
  std::size_t n = chart.series.size();
  double y = 0;
  if (n > 1) y += draw_legend(chart, width, LegendSwatch::kFill, ctx, w) + 8;
  // Narrow (phones, half a page): each label above its bars instead of in a column beside them.
  bool labels_above = width < 440;
  double column = labels_above ? 0 : label_column(chart, width);
  double widest_value = 20;  // room for "." after a suppressed stub
  for (const auto& s : chart.series)
    for (const auto& v : s.values)
      if (v.is_shown()) widest_value = std::max(widest_value, text_width(ctx.format(chart, *v.number), kFontSize));
  double plot = std::max(60.0, width - column - widest_value - 12);
  Scale scale = value_scale(chart, plot, 5, PercentAxis::kFull);
  double bar = chart.compact ? (n > 1 ? 10 : 14) : (n > 1 ? 14 : 20);
  double top = y;
  for (std::size_t c = 0; c < chart.categories.size(); ++c) {
    double bars_h = bar * static_cast<double>(n) + 2 * static_cast<double>(n - 1);
    if (labels_above) {
      for (const auto& line : wrap_text(chart.categories[c], kFontSize, width)) {
        draw_text(w, 0, y + 8, line);
        y += kFontSize * 1.25;
      }
      y += 3;
    }
    double group = labels_above ? bars_h : std::max(bars_h, label_height(chart.categories[c], column));
    if (!labels_above) draw_category_label(w, chart.categories[c], column, y + group / 2);
    double by = y + (group - bars_h) / 2;
    std::vector<std::string> parts;
    for (std::size_t i = 0; i < n; ++i, by += bar + 2) {
      Value v = value_at(chart.series[i], c);
      std::string text = ctx.format(chart, v);
      double zero = column + scale.at(0);
      parts.push_back(n > 1 ? series_name(chart.series[i]) + " " + text : text);
      if (v.is_shown()) {
        double x1 = column + scale.at(*v.number);
        double left = std::min(zero, x1), length = std::max(std::fabs(x1 - zero), 0.0);
        draw_rect(w, left, by, length, bar, ctx.fill(chart.colors, i, n));
        bool negative = *v.number < 0;
        draw_text(w, negative ? left - 4 : left + length + 4, by + bar / 2, text,
                  {.anchor = negative ? Anchor::kEnd : Anchor::kStart});
      } else if (v.state == ValueState::kSuppressed) {
        draw_rect(w, zero, by, kStubWidth, bar, ctx.suppressed_fill(), kSuppressedInk);
        draw_text(w, zero + kStubWidth + 4, by + bar / 2, text, {.bold = true});
      } else {
        draw_text(w, zero + 4, by + bar / 2, text, {.size = kSmallFontSize, .color = kMutedColor});
      }
    }
    ctx.summarize(fmt::format("{}: {}.", chart.categories[c], fmt::join(parts, ", ")));
    y += group + kRowGap;
  }
  double axis = draw_value_axis(chart, scale, column, y - kRowGap / 2, top, out);
  out.append(w);
  return y + axis;
}

double draw_stacked(const Chart& chart, double width, DrawContext& ctx, XmlWriter& out) {
  XmlWriter w;  // the bars and labels, drawn over the grid
  std::size_t n = chart.series.size();
  bool percent = chart.stack == StackMode::kPercent;
  double y = draw_legend(chart, width, LegendSwatch::kFill, ctx, w) + 10;
  double column = label_column(chart, width);
  // Room after the bar for the stubs of suppressed segments and their ".", or overhanging labels.
  std::size_t most_suppressed = 0;
  for (std::size_t c = 0; c < chart.categories.size(); ++c) {
    std::size_t k = 0;
    for (const auto& s : chart.series) k += value_at(s, c).state == ValueState::kSuppressed;
    most_suppressed = std::max(most_suppressed, k);
  }
  double plot =
      width - column - 24 - static_cast<double>(most_suppressed) * (kStubWidth + 4) - (most_suppressed > 0 ? 16 : 0);
  // Count mode: one scale for all bars, from the largest bar total.
  double largest = 0;
  for (std::size_t c = 0; c < chart.categories.size(); ++c) {
    double total = 0;
    for (const auto& s : chart.series)
      if (auto v = value_at(s, c); v.is_shown()) total += std::max(0.0, *v.number);
    largest = std::max(largest, total);
  }
  Chart scale_chart = chart;
  if (percent) scale_chart.unit = Unit::kPercent;
  Scale scale = percent ? value_scale(scale_chart, 0, 100, plot, 4, PercentAxis::kFull)
                        : value_scale(chart, 0, largest, plot, 5, PercentAxis::kFull);
  const double bar = 24;
  double top = y;
  for (std::size_t c = 0; c < chart.categories.size(); ++c) {
    double group = std::max(bar, label_height(chart.categories[c], column));
    double by = y + (group - bar) / 2;
    draw_category_label(w, chart.categories[c], column, y + group / 2);
    double total = 0;
    bool any_suppressed = false, any_shown = false;
    for (const auto& s : chart.series) {
      Value v = value_at(s, c);
      if (v.is_shown()) total += std::max(0.0, *v.number), any_shown = true;
      any_suppressed |= v.state == ValueState::kSuppressed;
    }
    // Given percentages stand as they are; shares computed from counts need every count.
    bool given_shares = percent && chart.unit == Unit::kPercent;
    bool shares_unknown = percent && !given_shares && any_suppressed;
    std::vector<std::string> parts;
    std::vector<std::pair<double, std::string>> outside;  // labels that do not fit their segment
    double x = column;
    std::vector<std::size_t> stubs;  // count mode: suppressed segments, drawn after the bar
    std::vector<std::string> missing;
    if (shares_unknown) {
      draw_rect(w, column, by, scale.pixels, bar, ctx.suppressed_fill(), kSuppressedInk);
      draw_text(w, column + scale.pixels + 6, by + bar / 2, kSuppressedMark, {.bold = true});
    }
    for (std::size_t i = 0; i < n; ++i) {
      Value v = value_at(chart.series[i], c);
      std::string count_text = ctx.format(chart, v);
      if (!v.is_shown()) {
        parts.push_back(series_name(chart.series[i]) + " " + count_text);
        if (v.state == ValueState::kSuppressed && !percent) stubs.push_back(i);
        if (v.state == ValueState::kMissing) missing.push_back(series_name(chart.series[i]));
        continue;
      }
      double share = given_shares ? *v.number : total > 0 ? std::max(0.0, *v.number) / total * 100 : 0;
      double amount = percent ? share : std::max(0.0, *v.number);
      std::string text = percent && !given_shares ? ctx.format(scale_chart, share) : count_text;
      parts.push_back(series_name(chart.series[i]) + " " +
                      (percent && !given_shares ? text + " (" + count_text + ")" : text));
      if (shares_unknown) continue;
      double length = scale.at(amount) - scale.at(0);
      std::string color = ctx.color(chart.colors, i, n);
      draw_rect(w, x, by, length, bar, ctx.fill(chart.colors, i, n));
      if (length > 0) draw_line(w, x + length, by, x + length, by + bar, "#ffffff", 1);
      double text_w = text_width(text, kSmallFontSize, true);
      if (text_w + 10 <= length) {
        // On a patterned segment the label sits on a chip of the plain colour, so it stays legible.
        if (pattern_for(i) != PatternKind::kNone)
          draw_rect(w, x + length / 2 - text_w / 2 - 3, by + 4, text_w + 6, bar - 8, color);
        draw_text(w, x + length / 2, by + bar / 2, text,
                  {.size = kSmallFontSize,
                   .color = is_dark(color) ? "#ffffff" : kInkOnLight,
                   .anchor = Anchor::kMiddle,
                   .bold = true});
      } else if (length > 0 || *v.number == 0)
        outside.emplace_back(x + length / 2, text);
      x += length;
    }
    if (given_shares && any_suppressed) {  // the unknown rest of 100%, hatched
      double rest = column + scale.pixels - x;
      if (rest > 0.5) draw_rect(w, x, by, rest, bar, ctx.suppressed_fill(), kSuppressedInk);
      draw_text(w, column + scale.pixels + 6, by + bar / 2, kSuppressedMark, {.bold = true});
    } else if (!stubs.empty()) {
      // A hatched stub per suppressed segment, outlined in its series' colour, then ".".
      double stub_x = x;
      for (std::size_t i : stubs) {
        stub_x += 4;
        draw_rect(w, stub_x, by, kStubWidth, bar, ctx.suppressed_fill(), ctx.color(chart.colors, i, n));
        stub_x += kStubWidth;
      }
      draw_text(w, stub_x + 4, by + bar / 2, kSuppressedMark, {.bold = true});
    }
    if (!any_shown && !any_suppressed)
      draw_text(w, column + 4, by + bar / 2, kMissingText, {.size = kSmallFontSize, .color = kMutedColor});
    double extra = 0;
    if (!outside.empty()) {  // small segments: labelled just under the bar, pushed apart
      std::vector<double> xs;
      for (auto& o : outside) xs.push_back(o.first);
      double widest = 0;
      for (auto& o : outside) widest = std::max(widest, text_width(o.second, kSmallFontSize));
      spread_positions(xs, widest + 4, column + widest / 2, column + scale.pixels + 40);
      for (std::size_t k = 0; k < outside.size(); ++k) {
        draw_line(w, outside[k].first, by + bar, xs[k], by + bar + 4, kAxisColor, 0.8);
        draw_text(w, xs[k], by + bar + 11, outside[k].second, {.size = kSmallFontSize, .anchor = Anchor::kMiddle});
      }
      extra = 16;
    }
    if ((any_shown || any_suppressed) && !missing.empty()) {  // segments without data, named under the bar
      auto lines =
          wrap_text(fmt::format("{}: {}", kMissingText, fmt::join(missing, ", ")), kSmallFontSize, width - column);
      for (const auto& line : lines) {
        draw_text(w, column, by + bar + extra + 10, line, {.size = kSmallFontSize, .color = kMutedColor});
        extra += 15;
      }
    }
    ctx.summarize(fmt::format("{}: {}.", chart.categories[c], fmt::join(parts, ", ")));
    y += group + extra + kRowGap;
  }
  double axis = draw_value_axis(percent ? scale_chart : chart, scale, column, y - kRowGap / 2, top, out);
  out.append(w);
  return y + axis;
}

}  // namespace regio::render::internal
