#include "render/internal/scale.h"

#include <algorithm>
#include <cmath>

#include "base/text.h"
#include "render/internal/text_metrics.h"

namespace regio::render::internal {
namespace {

double nice_step(double range, int target) {
  double raw = range / std::max(target, 1);
  double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
    if (m * magnitude >= raw) return m * magnitude;
  return 10 * magnitude;
}

}  // namespace

Value value_at(const Series& s, std::size_t i) { return i < s.values.size() ? s.values[i] : Value::missing(); }

Scale value_scale(const Chart& chart, double data_lo, double data_hi, double pixels, int target_ticks,
                  PercentAxis percent) {
  double lo = std::min(0.0, data_lo);
  double hi = std::max(0.0, data_hi);
  if (percent == PercentAxis::kFull && chart.unit == Unit::kPercent && lo >= 0 && hi <= 100 && !chart.axis_max)
    hi = 100;
  if (chart.axis_min) lo = std::min(*chart.axis_min, lo);
  if (chart.axis_max) hi = std::max(*chart.axis_max, hi);
  if (hi - lo <= 0) hi = lo + 1;
  double step = nice_step(hi - lo, target_ticks);
  if (chart.unit == Unit::kCount && step < 1) step = 1;
  Scale s;
  s.lo = chart.axis_min ? lo : std::floor(lo / step) * step;
  s.hi = chart.axis_max ? hi : std::ceil(hi / step - 1e-9) * step;
  s.pixels = pixels;
  s.step = step;
  for (double t = std::ceil(s.lo / step - 1e-9) * step; t <= s.hi + step * 1e-9; t += step) s.ticks.push_back(t);
  return s;
}

Scale value_scale(const Chart& chart, double pixels, int target_ticks, PercentAxis percent) {
  double lo = 0, hi = 0;
  for (const Series& s : chart.series)
    for (const Value& v : s.values)
      if (v.is_shown()) {
        lo = std::min(lo, *v.number);
        hi = std::max(hi, *v.number);
      }
  return value_scale(chart, lo, hi, pixels, target_ticks, percent);
}

std::string tick_text(const Chart& chart, const Scale& scale, double tick) {
  int decimals = 0;
  while (decimals < 3) {
    double scaled = scale.step * std::pow(10.0, decimals);
    if (std::fabs(scaled - std::round(scaled)) < 1e-9) break;
    ++decimals;
  }
  return chart.unit == Unit::kPercent ? format_percent_nl(tick, decimals) : format_grouped_nl(tick, decimals);
}

double draw_legend(const Chart& chart, double width, LegendSwatch swatch, DrawContext& ctx, XmlWriter& w) {
  const double row = 20, box = 12;
  double x = 0, y = 0;
  std::size_t n = chart.series.size();
  for (std::size_t i = 0; i < n; ++i) {
    const std::string& name = chart.series[i].name;
    double item = box + 6 + text_width(name, kSmallFontSize) + 18;
    if (x > 0 && x + item > width) {
      x = 0;
      y += row;
    }
    if (swatch == LegendSwatch::kFill) {
      draw_rect(w, x, y + row / 2 - box / 2, box, box, ctx.fill(chart.colors, i, n), kAxisColor);
    } else {
      std::string c = ctx.color(chart.colors, i, n);
      draw_line(w, x - 2, y + row / 2, x + box + 2, y + row / 2, c, 2);
      draw_marker(w, marker_for(i), x + box / 2, y + row / 2, 4, c);
    }
    draw_text(w, x + box + 6, y + row / 2, name, {.size = kSmallFontSize});
    x += item;
  }
  return n == 0 ? 0 : y + row;
}

}  // namespace regio::render::internal
