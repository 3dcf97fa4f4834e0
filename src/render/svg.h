// Charts and the map as SVG: one description (chart.h) -> one self-contained SVG string.
//
// The same string is served inline in the web pages and drawn into the PDF reports through
// librsvg, so it uses only SVG 1.1 features librsvg 2.54 renders: presentation attributes (no
// <style>, no style="", which a strict Content-Security-Policy would block), `<pattern>` fills,
// the font family "Noto Sans, sans-serif", and an explicit width, height and viewBox.
//
// What every chart gets:
// - `<svg role="img" aria-labelledby="P-title P-desc">` with `<title>` (the chart title) and
//   `<desc>` (a text summary of all figures, in Dutch), where P is SvgOptions::id_prefix; every
//   id in the SVG starts with P, so several charts can sit on one page;
// - direct labels (values beside bars and points, series names at line ends) and, for each
//   series or class, a pattern or marker shape besides its colour (never colour alone);
// - Dutch numbers ("1.234", "42,5%"); suppressed values as "." on a hatched stub with the
//   footnote ". = onderdrukt: …"; missing values as a gap with "geen gegevens";
// - the source line and note under the chart.
//
// The map (ChartKind::kMap) draws one <path> per region of the classification year with
// id="<prefix>_AM13" (the prefix's '-' written as '_'), `data-region="AM13"`, `tabindex="0"`,
// `role="img"`, an aria-label ("AM13 Midden-Utrecht: niveau 4 — Gezamenlijk beleid") and the same
// <title> (the hover tooltip); with a link (MapRegion::link) the shape is wrapped in <a href> named
// "Regio Midden-Utrecht: niveau 4 — Gezamenlijk beleid" that takes focus and the id instead (on screen only:
// Medium::kPrint draws no links). Keyboard focus or hover also writes the region's name and class in the legend
// column (SMIL <set>, no script; left out with Medium::kPrint). Shapes carry class="regio-map-region" so the page's
// stylesheet can style :hover and :focus. The root is role="group" (its regions are images of their own). AM99 (2020,
// "Niet in te delen", Vijfheerenlanden) is not a region: it is drawn grey, without data-region, not focusable, and
// named in the legend. Regions the data name but the boundaries lack are listed under the legend ("Niet op deze
// kaart"), never dropped silently.
//
// Descriptions that do not fit (a series shorter than the categories, a class index out of range)
// are drawn as far as they go: the missing values count as "geen gegevens".
#pragma once

#include <string>

#include "render/chart.h"

namespace regio::render {

enum class Heading {
  kDrawn,   // title and subtitle drawn at the top of the SVG (PDF, stand-alone use)
  kHidden,  // only in <title>: the page shows its own heading above the figure
};

enum class Medium {
  kScreen,  // web pages: interactive parts included (the map's focus and hover text)
  kPrint,   // PDF through librsvg: no interactive parts (they would only leave blank space)
};

struct SvgOptions {
  // Start of every id in the SVG; made into a valid XML name ("grafiek" when empty).
  std::string id_prefix = "grafiek";
  // Width in px (= viewBox units). The height follows from the content.
  double width = 640;
  // Disclosure threshold named in the suppression footnote ("minder dan 10").
  int suppression_threshold = 10;
  Heading heading = Heading::kDrawn;
  Medium medium = Medium::kScreen;
};

std::string to_svg(const Chart& chart, const SvgOptions& options = {});

}  // namespace regio::render
