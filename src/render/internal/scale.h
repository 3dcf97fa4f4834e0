// Linear value scales with "nice" ticks (steps of 1, 2, 2.5 or 5 times a power of ten), and the
// drawing functions of each chart kind.
#pragma once

#include <vector>

#include "render/chart.h"
#include "render/internal/draw.h"
#include "render/xml_writer.h"

namespace regio::render::internal {

struct Scale {
  double lo = 0;
  double hi = 1;
  double step = 1;
  double pixels = 1;  // length of the axis
  std::vector<double> ticks;
  double at(double v) const { return (v - lo) / (hi - lo) * pixels; }
};

// Whether a percent axis runs to 100% (bars: the whole is the reference) or to the data (lines).
enum class PercentAxis { kFull, kFit };

// From the chart's shown values (and axis_min/axis_max; with PercentAxis::kFull percent charts
// run to 100 when their values fit) to a scale over `pixels`, with about `target_ticks` ticks.
// 0 is always in range.
Scale value_scale(const Chart& chart, double pixels, int target_ticks, PercentAxis percent);
Scale value_scale(const Chart& chart, double data_lo, double data_hi, double pixels, int target_ticks,
                  PercentAxis percent);
// A tick value with just the decimals its step needs ("0%", "25%", "2,5").
std::string tick_text(const Chart& chart, const Scale& scale, double tick);

// Each returns the height it drew, starting at y = 0 and `width` wide.
double draw_bars(const Chart& chart, double width, DrawContext& ctx, XmlWriter& w);
double draw_stacked(const Chart& chart, double width, DrawContext& ctx, XmlWriter& w);
double draw_lines(const Chart& chart, double width, DrawContext& ctx, XmlWriter& w);
double draw_slope(const Chart& chart, double width, DrawContext& ctx, XmlWriter& w);
double draw_matrix(const Chart& chart, double width, DrawContext& ctx, XmlWriter& w);
double draw_map(const Chart& chart, double width, DrawContext& ctx, XmlWriter& w);

// A row of legend entries (swatch with the series fill, or the line marker, and the name),
// wrapping onto more rows; returns its height.
enum class LegendSwatch { kFill, kMarker };
double draw_legend(const Chart& chart, double width, LegendSwatch swatch, DrawContext& ctx, XmlWriter& w);

// The value a series has at category i (missing past its end).
Value value_at(const Series& s, std::size_t i);

}  // namespace regio::render::internal
