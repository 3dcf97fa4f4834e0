#include "render/internal/draw.h"

#include <fmt/format.h>

#include "base/text.h"

namespace regio::render::internal {

std::string DrawContext::color(ColorScheme scheme, std::size_t index, std::size_t count) const {
  return scheme == ColorScheme::kOrdered ? ordered_color(index, count) : categorical_color(index);
}

std::string DrawContext::fill(ColorScheme scheme, std::size_t index, std::size_t count) {
  std::string c = color(scheme, index, count);
  PatternKind kind = pattern_for(index);
  if (kind == PatternKind::kNone) return c;
  return pattern(c, kind);
}

std::string DrawContext::suppressed_fill() {
  mark_suppressed();
  return pattern("#ffffff", PatternKind::kDiagonal);
}

std::string DrawContext::missing_fill() {
  mark_missing();
  return pattern(kMissingFill, PatternKind::kDots);
}

std::string DrawContext::pattern(std::string color, PatternKind kind) {
  std::string key = color + "/" + std::to_string(static_cast<int>(kind));
  auto it = patterns_.find(key);
  if (it == patterns_.end()) {
    std::string id = fmt::format("{}-fill{}", prefix_, patterns_.size() + 1);
    it = patterns_.emplace(key, PatternDef{id, color, kind}).first;
  }
  return "url(#" + it->second.id + ")";
}

std::string DrawContext::format(const Chart& chart, double v) const {
  int decimals = chart.decimals >= 0 ? chart.decimals : chart.unit == Unit::kCount ? 0 : 1;
  return chart.unit == Unit::kPercent ? format_percent_nl(v, decimals) : format_grouped_nl(v, decimals);
}

std::string DrawContext::format(const Chart& chart, const Value& v) {
  if (v.is_shown()) return format(chart, *v.number);
  if (v.state == ValueState::kSuppressed) {
    mark_suppressed();
    return kSuppressedMark;
  }
  mark_missing();
  return kMissingText;
}

void DrawContext::write_defs(XmlWriter& w) const {
  if (patterns_.empty()) return;
  w.open("defs");
  for (const auto& [key, p] : patterns_) {
    bool suppressed = p.color == "#ffffff";
    std::string ink = suppressed ? kSuppressedInk : is_dark(p.color) ? "#ffffff" : "#1f2937";
    double opacity = suppressed ? 1.0 : is_dark(p.color) ? 0.55 : 0.4;
    double size = p.kind == PatternKind::kDots ? 6 : 7;
    w.open("pattern");
    w.attr("id", p.id);
    w.attr("patternUnits", "userSpaceOnUse");
    w.attr("width", size);
    w.attr("height", size);
    draw_rect(w, 0, 0, size, size, p.color);
    auto stroke = [&](double x1, double y1, double x2, double y2) {
      w.open("line");
      w.attr("x1", x1);
      w.attr("y1", y1);
      w.attr("x2", x2);
      w.attr("y2", y2);
      w.attr("stroke", ink);
      w.attr("stroke-width", suppressed ? "1.2" : "1.1");
      w.attr("stroke-opacity", fmt::format("{:.2f}", opacity));
      w.close();
    };
    switch (p.kind) {
      case PatternKind::kNone:
        break;
      case PatternKind::kDiagonal:
        stroke(-1, 8, 8, -1);
        stroke(-1, 1, 1, -1);
        stroke(6, 8, 8, 6);
        break;
      case PatternKind::kBackDiagonal:
        stroke(-1, -1, 8, 8);
        stroke(6, -1, 8, 1);
        stroke(-1, 6, 1, 8);
        break;
      case PatternKind::kHorizontal:
        stroke(0, 3.5, 7, 3.5);
        break;
      case PatternKind::kVertical:
        stroke(3.5, 0, 3.5, 7);
        break;
      case PatternKind::kCross:
        stroke(-1, 8, 8, -1);
        stroke(-1, -1, 8, 8);
        break;
      case PatternKind::kGrid:
        stroke(0, 3.5, 7, 3.5);
        stroke(3.5, 0, 3.5, 7);
        break;
      case PatternKind::kDots:
        w.open("circle");
        w.attr("cx", 3.0);
        w.attr("cy", 3.0);
        w.attr("r", 1.2);
        w.attr("fill", p.color == kMissingFill ? "#9ca3af" : ink);
        w.attr("fill-opacity", p.color == kMissingFill ? "1" : fmt::format("{:.2f}", opacity + 0.1));
        w.close();
        break;
    }
    w.close();
  }
  w.close();
}

void draw_text(XmlWriter& w, double x, double y, std::string_view text, const TextStyle& style) {
  w.open("text");
  w.attr("x", x);
  w.attr("y", y + style.size * 0.36);
  w.attr("font-family", kFont);
  w.attr("font-size", style.size);
  if (style.bold) w.attr("font-weight", "bold");
  w.attr("fill", style.color);
  if (style.anchor != Anchor::kStart) w.attr("text-anchor", style.anchor == Anchor::kMiddle ? "middle" : "end");
  w.text(text);
  w.close();
}

void draw_rect(XmlWriter& w, double x, double y, double width, double height, std::string_view fill,
               std::string_view stroke) {
  w.open("rect");
  w.attr("x", x);
  w.attr("y", y);
  w.attr("width", width);
  w.attr("height", height);
  w.attr("fill", fill);
  if (!stroke.empty()) {
    w.attr("stroke", stroke);
    w.attr("stroke-width", "1");
  }
  w.close();
}

void draw_line(XmlWriter& w, double x1, double y1, double x2, double y2, std::string_view stroke, double width) {
  w.open("line");
  w.attr("x1", x1);
  w.attr("y1", y1);
  w.attr("x2", x2);
  w.attr("y2", y2);
  w.attr("stroke", stroke);
  w.attr("stroke-width", width);
  w.close();
}

void draw_marker(XmlWriter& w, MarkerKind kind, double x, double y, double r, std::string_view color) {
  auto path = [&](std::string d) {
    w.open("path");
    w.attr("d", d);
    w.attr("fill", kind == MarkerKind::kCross ? "none" : color);
    w.attr("stroke", kind == MarkerKind::kCross ? color : "#ffffff");
    w.attr("stroke-width", kind == MarkerKind::kCross ? "2.2" : "1");
    w.close();
  };
  auto n = [](double v) { return svg_number(v); };
  switch (kind) {
    case MarkerKind::kCircle:
      w.open("circle");
      w.attr("cx", x);
      w.attr("cy", y);
      w.attr("r", r);
      w.attr("fill", color);
      w.attr("stroke", "#ffffff");
      w.attr("stroke-width", "1");
      w.close();
      break;
    case MarkerKind::kSquare:
      draw_rect(w, x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8, color, "#ffffff");
      break;
    case MarkerKind::kTriangle:
      path(fmt::format("M{} {}L{} {}L{} {}Z", n(x), n(y - r * 1.15), n(x + r * 1.1), n(y + r * 0.85), n(x - r * 1.1),
                       n(y + r * 0.85)));
      break;
    case MarkerKind::kDiamond:
      path(fmt::format("M{} {}L{} {}L{} {}L{} {}Z", n(x), n(y - r * 1.25), n(x + r * 1.1), n(y), n(x), n(y + r * 1.25),
                       n(x - r * 1.1), n(y)));
      break;
    case MarkerKind::kCross:
      path(fmt::format("M{} {}L{} {}M{} {}L{} {}", n(x - r), n(y - r), n(x + r), n(y + r), n(x - r), n(y + r), n(x + r),
                       n(y - r)));
      break;
  }
}

std::string series_name(const Series& s) { return s.name.empty() ? "waarde" : s.name; }

}  // namespace regio::render::internal
