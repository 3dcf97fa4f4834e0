#include "render/svg.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "regions/registry.h"
#include "render/internal/scale.h"
#include "render/internal/text_metrics.h"

namespace regio::render {
namespace {

using namespace internal;

constexpr double kMargin = 16;

std::string clean_prefix(std::string_view prefix) {
  std::string out;
  for (char c : prefix)
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_') out += c;
  if (out.empty()) return "grafiek";
  if (!((out[0] >= 'a' && out[0] <= 'z') || (out[0] >= 'A' && out[0] <= 'Z'))) out = "g" + out;
  return out;
}

// Wrapped lines of text from y at x = 0; returns the new y.
double draw_paragraph(XmlWriter& w, double y, std::string_view text, double width, const TextStyle& style,
                      double line_height) {
  for (const auto& line : wrap_text(text, style.size, width, style.bold)) {
    draw_text(w, 0, y + line_height / 2, line, style);
    y += line_height;
  }
  return y;
}

void translated(XmlWriter& w, double x, double y, const XmlWriter& body) {
  w.open("g");
  w.attr("transform", fmt::format("translate({} {})", svg_number(x), svg_number(y)));
  w.append(body);
  w.close();
}

double draw_kind(const Chart& chart, double width, DrawContext& ctx, XmlWriter& w);

double draw_small_multiples(const Chart& chart, double width, DrawContext& ctx, XmlWriter& w) {
  const double gap = 28, narrowest_panel = 220;
  // Fewer columns than asked when panels would get narrower than `narrowest_panel`.
  auto fits = static_cast<std::size_t>(std::max(1.0, std::floor((width + gap) / (narrowest_panel + gap))));
  std::size_t columns = std::min(static_cast<std::size_t>(std::max(1, chart.columns)), fits);
  double panel_w = (width - gap * static_cast<double>(columns - 1)) / static_cast<double>(columns);
  double y = 0;
  for (std::size_t start = 0; start < chart.panels.size(); start += columns) {
    double row_h = 0;
    for (std::size_t i = start; i < std::min(chart.panels.size(), start + columns); ++i) {
      const Chart& panel = chart.panels[i];
      // Maps and nested grids do not fit a panel (chart.h): said in the panel, not skipped silently.
      bool unsupported = panel.kind == ChartKind::kSmallMultiples || panel.kind == ChartKind::kMap;
      XmlWriter body, inner;
      std::size_t first_sentence = ctx.summary().size();
      double h =
          draw_paragraph(body, 0, panel.title, panel_w, {.size = kFontSize, .color = kTitleColor, .bold = true}, 18);
      if (!panel.subtitle.empty())
        h = draw_paragraph(body, h, panel.subtitle, panel_w, {.size = kSmallFontSize, .color = kMutedColor}, 15);
      h += 6;
      double inner_h = 0;
      if (unsupported) {
        const char* text = "Deze figuur kan niet als deel van een raster getoond worden.";
        inner_h = draw_paragraph(inner, 0, text, panel_w, {.size = kSmallFontSize, .color = kMutedColor}, 15);
        ctx.summarize(text);
      } else {
        inner_h = draw_kind(panel, panel_w, ctx, inner);
      }
      translated(body, 0, h, inner);
      ctx.prefix_summary(first_sentence, panel.title);
      translated(w, (panel_w + gap) * static_cast<double>(i - start), y, body);
      row_h = std::max(row_h, h + inner_h);
    }
    y += row_h + gap;
  }
  return chart.panels.empty() ? 0 : y - gap;
}

double draw_kind(const Chart& chart, double width, DrawContext& ctx, XmlWriter& w) {
  switch (chart.kind) {
    case ChartKind::kHorizontalBar:
      return draw_bars(chart, width, ctx, w);
    case ChartKind::kStackedBar:
      return draw_stacked(chart, width, ctx, w);
    case ChartKind::kLine:
      return draw_lines(chart, width, ctx, w);
    case ChartKind::kSlope:
      return draw_slope(chart, width, ctx, w);
    case ChartKind::kMatrix:
      return draw_matrix(chart, width, ctx, w);
    case ChartKind::kMap:
      return draw_map(chart, width, ctx, w);
    case ChartKind::kSmallMultiples:
      return draw_small_multiples(chart, width, ctx, w);
  }
  return 0;
}

}  // namespace

std::string to_svg(const Chart& chart, const SvgOptions& options) {
  std::string prefix = clean_prefix(options.id_prefix);
  DrawContext ctx(options, prefix);
  double width = std::max(options.width, 240.0);
  double inner = width - 2 * kMargin;

  XmlWriter content;
  double y = 14;
  if (options.heading == Heading::kDrawn) {
    XmlWriter heading;
    double h = draw_paragraph(heading, 0, chart.title, inner,
                              {.size = kTitleFontSize, .color = kTitleColor, .bold = true}, 21);
    if (!chart.subtitle.empty())
      h = draw_paragraph(heading, h + 2, chart.subtitle, inner, {.size = kSmallFontSize + 1, .color = kMutedColor}, 17);
    translated(content, kMargin, y, heading);
    y += h + 12;
  }
  XmlWriter body;
  double body_h = draw_kind(chart, inner, ctx, body);
  translated(content, kMargin, y, body);
  y += body_h + 10;

  XmlWriter footer;
  double fy = 0;
  TextStyle small{.size = kSmallFontSize, .color = kMutedColor};
  if (ctx.suppressed_used())
    fy =
        draw_paragraph(footer, fy,
                       fmt::format(". = onderdrukt: te weinig personen (minder dan {}) of om terugrekenen te voorkomen",
                                   options.suppression_threshold),
                       inner, small, 15);
  if (ctx.dash_used()) fy = draw_paragraph(footer, fy, "– = geen gegevens", inner, small, 15);
  if (!chart.note.empty()) fy = draw_paragraph(footer, fy, chart.note, inner, small, 15);
  if (!chart.source.empty()) fy = draw_paragraph(footer, fy, chart.source, inner, small, 15);
  if (ctx.map_attribution())
    fy = draw_paragraph(footer, fy, regions::kAttribution, inner, {.size = 9, .color = kMutedColor}, 13);
  if (fy > 0) {
    draw_line(content, kMargin, y, width - kMargin, y, kGridColor, 1);
    translated(content, kMargin, y + 6, footer);
    y += fy + 6;
  }
  double height = std::ceil(y + 12);

  std::string desc;
  for (const auto& s : ctx.summary()) desc += (desc.empty() ? "" : " ") + s;
  if (ctx.suppressed_used())
    desc += fmt::format(" Onderdrukt: te weinig personen (minder dan {}) of om terugrekenen te voorkomen.",
                        options.suppression_threshold);
  if (!chart.source.empty()) desc += " " + chart.source;

  XmlWriter w;
  w.open("svg");
  w.attr("xmlns", "http://www.w3.org/2000/svg");
  w.attr("xmlns:xlink", "http://www.w3.org/1999/xlink");
  w.attr("version", "1.1");
  w.attr("id", prefix);
  w.attr("width", std::ceil(width));
  w.attr("height", height);
  w.attr("viewBox", fmt::format("0 0 {} {}", svg_number(std::ceil(width)), svg_number(height)));
  if (chart.kind == ChartKind::kMap) {
    // The regions inside are focusable images of their own, so the whole is a group, not one image.
    w.attr("role", "group");
    w.attr("aria-labelledby", prefix + "-title");
    w.attr("aria-describedby", prefix + "-desc");
  } else {
    w.attr("role", "img");
    w.attr("aria-labelledby", prefix + "-title " + prefix + "-desc");
  }
  w.open("title");
  w.attr("id", prefix + "-title");
  w.text(chart.title);
  w.close();
  w.open("desc");
  w.attr("id", prefix + "-desc");
  w.text(desc);
  w.close();
  ctx.write_defs(w);
  draw_rect(w, 0, 0, std::ceil(width), height, "#ffffff");
  w.append(content);
  w.close();
  return std::move(w).finish();
}

}  // namespace regio::render
