// Chart descriptions: plain value types that say WHAT a figure shows, never how it is drawn.
//
// One description is drawn into SVG by `render::to_svg` (svg.h); the web serves that SVG inline
// and the PDF reports draw the same string through librsvg. The caller fills in the figures it
// is allowed to show (after disclosure control) and marks every value that is suppressed or
// missing: the renderer then draws the "." marker or a "geen gegevens" gap and adds the
// footnote, and never writes a number it was not given.
//
//   render::Chart c;
//   c.kind = render::ChartKind::kHorizontalBar;
//   c.title = "Regio's per samenwerkingsniveau";
//   c.source = "Bron: Regiomonitor, meting 2020-vervolg";
//   c.unit = render::Unit::kCount;
//   c.categories = {"1 Kennismaken", "2 Regelmatig overleg", ...};
//   c.series = {{"Regio's", {render::Value::shown(3), render::Value::suppressed(), ...}}};
//   std::string svg = render::to_svg(c, {.id_prefix = "niveaus"});
#pragma once

#include <cmath>
#include <optional>
#include <string>
#include <vector>

namespace regio::render {

enum class ValueState {
  kShown,       // `number` holds the figure
  kSuppressed,  // hidden by disclosure control: drawn as "." with the footnote
  kMissing,     // not delivered / not answered: drawn as a gap with "geen gegevens"
};

// One figure. Only kShown values carry a number; the factories keep that invariant.
struct Value {
  std::optional<double> number;
  ValueState state = ValueState::kMissing;

  static Value shown(double v) { return {v, ValueState::kShown}; }
  static Value suppressed() { return {std::nullopt, ValueState::kSuppressed}; }
  static Value missing() { return {std::nullopt, ValueState::kMissing}; }
  // nullopt -> missing.
  static Value from(std::optional<double> v) { return v ? shown(*v) : missing(); }
  // A value is drawn as a number only when shown and finite (NaN or infinity count as missing).
  bool is_shown() const { return state == ValueState::kShown && number.has_value() && std::isfinite(*number); }
};

enum class Unit {
  kCount,    // "1.234" (0 decimals unless Chart::decimals says otherwise)
  kPercent,  // values are 0..100: "42,5%" (1 decimal)
  kLevel,    // a ladder level or score: "3,2" (1 decimal)
};

enum class ChartKind {
  kHorizontalBar,   // one bar per category; several series = grouped bars
  kStackedBar,      // one bar per category, a segment per series (e.g. ladder levels)
  kLine,            // categories along x (waves, years), one line per series
  kSlope,           // exactly two categories (two waves), one line per series
  kMatrix,          // transition matrix: series = rows ("van"), categories = columns ("naar")
  kSmallMultiples,  // `panels` in a grid of `columns`
  kMap,             // the regions, coloured by class (`map`)
};

enum class StackMode {
  // Each bar is 100%. With Unit::kPercent the values are the shares as given and the unknown rest
  // of a bar with suppressed segments is hatched; with counts the shares are computed per bar
  // ("42,5%"), and a bar with a suppressed count is hatched as a whole (its shares are unknown).
  kPercent,
  // Segments in counts on a common scale, labelled in counts; suppressed segments as hatched
  // stubs after the bar.
  kCount,
};

enum class ColorScheme {
  kCategorical,  // unordered series: Okabe-Ito colours
  kOrdered,      // ordered series (ladder levels 1..5): one-hue sequential blues
};

struct Series {
  std::string name;
  // One per category; a shorter vector counts as missing at the end.
  std::vector<Value> values;
};

// One region on the map. Regions of the classification without an entry are "geen gegevens".
struct MapRegion {
  std::string code;                // "AM13"
  std::optional<int> class_index;  // index into MapData::classes; nullopt = missing
  bool suppressed = false;         // value hidden by disclosure control (class_index ignored)
  std::string value_text;          // optional extra text for title/aria ("3 doelen gehaald")
  std::string link;                // optional URL: the shape becomes a link (on screen; print ignores it)
};

struct MapClass {
  std::string short_label;  // drawn on the region and in the legend: "4"
  std::string label;        // legend and aria text: "niveau 4 — Gezamenlijk beleid"
};

struct MapData {
  // Boundaries of the arbeidsmarktregio classification of this year (the shipped year in force:
  // 2017, 2020 or 2025). The region names come from the boundaries (CBS `statnaam`).
  int year = 2020;
  std::vector<MapClass> classes;   // in order; with ColorScheme::kOrdered coloured light -> dark
  std::vector<MapRegion> regions;  // one per region; if a code occurs twice, the last entry counts
};

struct Chart {
  ChartKind kind = ChartKind::kHorizontalBar;
  std::string title;     // required: the SVG <title> and the heading
  std::string subtitle;  // optional line under the title
  std::string source;    // "Bron: …, meting 2020-vervolg" (under the chart)
  std::string note;      // optional note under the chart
  std::string x_label;   // value axis (bars) or category axis (line); matrix: the "naar" header
  std::string y_label;   // value axis (line); matrix: the "van" header
  std::vector<std::string> categories;
  std::vector<Series> series;
  Unit unit = Unit::kCount;
  int decimals = -1;  // -1: by unit (count 0, percent 1, level 1)
  StackMode stack = StackMode::kPercent;
  ColorScheme colors = ColorScheme::kCategorical;
  // Value axis range for bars and lines; nullopt = from 0 (or the data's minimum when negative)
  // to a rounded maximum. Percent bars run to 100% when max is not given; lines fit the data.
  std::optional<double> axis_min;
  std::optional<double> axis_max;
  // kLine: a lower plot area (about half the usual height); kHorizontalBar: thinner bars. For
  // short documents such as a fact sheet where a few points per line need no tall axis.
  bool compact = false;
  // kSmallMultiples: the panels (any kind but kSmallMultiples/kMap), drawn `columns` wide.
  std::vector<Chart> panels;
  int columns = 2;
  // kMap
  MapData map;
};

}  // namespace regio::render
