// What the chart kinds share while drawing: the id prefix, the fills and patterns in use (written
// once into <defs>), the footnotes that apply, the text summary for <desc>, and small drawing
// primitives that always set the font and colours explicitly.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "render/chart.h"
#include "render/internal/style.h"
#include "render/svg.h"
#include "render/xml_writer.h"

namespace regio::render::internal {

inline constexpr const char* kSuppressedMark = ".";
inline constexpr const char* kMissingText = "geen gegevens";

class DrawContext {
 public:
  DrawContext(const SvgOptions& options, std::string prefix) : options_(options), prefix_(std::move(prefix)) {}

  const SvgOptions& options() const { return options_; }
  const std::string& prefix() const { return prefix_; }

  // Base colour of series/class `index` of `count`.
  std::string color(ColorScheme scheme, std::size_t index, std::size_t count) const;
  // Fill attribute for series/class `index`: its colour with its pattern (a url(#…) to a
  // pattern registered for <defs>), or the plain colour for pattern kNone.
  std::string fill(ColorScheme scheme, std::size_t index, std::size_t count);
  // Hatched fill of a suppressed value; light dotted fill of a missing one (map). Both mark the
  // matching footnote as used.
  std::string suppressed_fill();
  std::string missing_fill();
  void mark_suppressed() { suppressed_used_ = true; }
  void mark_missing() { missing_used_ = true; }
  bool suppressed_used() const { return suppressed_used_; }
  bool missing_used() const { return missing_used_; }
  // A missing value was written as "–" (a cell too small for "geen gegevens").
  void mark_dash() { dash_used_ = true; }
  bool dash_used() const { return dash_used_; }
  // A map was drawn: the boundaries' attribution goes under the chart.
  void set_map_attribution(bool on) { map_attribution_ = on; }
  bool map_attribution() const { return map_attribution_; }

  // "1.234", "42,5%", "3,2" by the chart's unit and decimals.
  std::string format(const Chart& chart, double v) const;
  // The number, or "." / "geen gegevens"; marks the footnote.
  std::string format(const Chart& chart, const Value& v);

  // Sentences for <desc>.
  void summarize(std::string sentence) { summary_.push_back(std::move(sentence)); }
  const std::vector<std::string>& summary() const { return summary_; }
  // Prefixes the sentences from index `from` on with "`prefix` — " (a panel's title).
  void prefix_summary(std::size_t from, const std::string& prefix) {
    for (std::size_t i = from; i < summary_.size(); ++i) summary_[i] = prefix + " — " + summary_[i];
  }

  void write_defs(XmlWriter& w) const;

 private:
  struct PatternDef {
    std::string id;
    std::string color;
    PatternKind kind;
  };
  std::string pattern(std::string color, PatternKind kind);

  const SvgOptions& options_;
  std::string prefix_;
  std::map<std::string, PatternDef> patterns_;  // by color + kind
  bool suppressed_used_ = false;
  bool missing_used_ = false;
  bool dash_used_ = false;
  bool map_attribution_ = false;
  std::vector<std::string> summary_;
};

enum class Anchor { kStart, kMiddle, kEnd };

struct TextStyle {
  double size = kFontSize;
  const char* color = kTextColor;
  Anchor anchor = Anchor::kStart;
  bool bold = false;
};

// Text whose vertical CENTRE is at y (the baseline is placed below it).
void draw_text(XmlWriter& w, double x, double y, std::string_view text, const TextStyle& style = {});
void draw_rect(XmlWriter& w, double x, double y, double width, double height, std::string_view fill,
               std::string_view stroke = {});
void draw_line(XmlWriter& w, double x1, double y1, double x2, double y2, std::string_view stroke, double width = 1);
void draw_marker(XmlWriter& w, MarkerKind kind, double x, double y, double radius, std::string_view color);

// Name of a series for the summary: the name, or "waarde" when it is empty.
std::string series_name(const Series& s);

}  // namespace regio::render::internal
