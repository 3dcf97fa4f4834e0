// The map of the arbeidsmarktregio's, coloured by class (geometry helpers: map_geometry.h).
#include <algorithm>
#include <cmath>
#include <map>

#include <fmt/format.h>

#include "regions/registry.h"
#include "render/internal/map_geometry.h"
#include "render/internal/scale.h"
#include "render/internal/text_metrics.h"
#include "render/topojson.h"

namespace regio::render::internal {
namespace {

constexpr const char* kNotARegion = "AM99";
constexpr const char* kNotARegionFill = "#c9ced6";

// The id of a region's shape: "<prefix>_AM13", with the prefix's '-' as '_' because SMIL timing
// ("id.focusin") reads a '-' as the start of an offset.
std::string region_id(const std::string& prefix, const std::string& code) {
  std::string id = prefix;
  std::replace(id.begin(), id.end(), '-', '_');
  return id + "_" + code;
}

}  // namespace

double draw_map(const Chart& chart, double width, DrawContext& ctx, XmlWriter& w) {
  const MapData& data = chart.map;
  auto [year, text] = boundaries_for(data.year);
  auto topo = decode_topojson(text);
  if (!topo || topo->features.empty()) {
    draw_text(w, 0, 10, "Kaart niet beschikbaar: geen grenzen voor dit jaar.", {.color = kMutedColor});
    ctx.summarize("Kaart niet beschikbaar: geen grenzen voor dit jaar.");
    return 24;
  }
  // Legend entries: classes, then suppressed / missing / not a region when they occur.
  std::map<std::string, const MapRegion*> by_code;
  for (const auto& r : data.regions) by_code[r.code] = &r;
  std::size_t k = data.classes.size();
  std::vector<std::vector<std::string>> members(k);
  std::vector<std::string> suppressed, missing;
  bool has_not_a_region = false;
  for (const auto& f : topo->features) {
    if (f.code == kNotARegion) {
      has_not_a_region = true;
      continue;
    }
    auto it = by_code.find(f.code);
    const MapRegion* r = it == by_code.end() ? nullptr : it->second;
    std::string who = f.code + " " + f.name;
    if (r && r->suppressed)
      suppressed.push_back(who);
    else if (r && r->class_index && *r->class_index >= 0 && static_cast<std::size_t>(*r->class_index) < k)
      members[static_cast<std::size_t>(*r->class_index)].push_back(who);
    else
      missing.push_back(who);
  }
  std::vector<std::string> not_on_map;
  for (const auto& r : data.regions)
    if (std::none_of(topo->features.begin(), topo->features.end(), [&](const Feature& f) { return f.code == r.code; }))
      not_on_map.push_back(r.code);

  double legend_w = 0;
  for (const auto& c : data.classes) legend_w = std::max(legend_w, text_width(c.label + " (00)", kSmallFontSize));
  legend_w = std::max(legend_w, text_width("niet ingedeeld (AM99, Vijfheerenlanden)", kSmallFontSize)) + 30;
  bool legend_below = width - legend_w < 300;
  double map_w = legend_below ? width : std::min(width - legend_w - 20, 460.0);

  const double pad = 4;
  Projection project = fit_projection(*topo, map_w, pad);
  double map_h = project.height;
  XmlWriter label_layer;                                         // drawn after all shapes, so no shape covers a label
  std::vector<std::pair<std::string, std::string>> focus_texts;  // region id, its name and class
  for (const auto& f : topo->features) {
    std::string d;
    std::vector<std::vector<Point>> largest;
    double largest_area = -1;
    for (const auto& poly : f.polygons) {
      std::vector<std::vector<Point>> rings;
      for (const auto& ring : poly.rings) {
        std::vector<Point> pts;
        for (const auto& p : ring) pts.push_back(project(p));
        append_ring(d, pts);
        rings.push_back(std::move(pts));
      }
      if (double a = ring_area(rings.front()); a > largest_area) largest_area = a, largest = std::move(rings);
    }
    if (f.code == kNotARegion) {
      w.open("path");
      w.attr("d", d);
      w.attr("fill", kNotARegionFill);
      w.attr("fill-rule", "evenodd");
      w.attr("stroke", "#ffffff");
      w.attr("stroke-width", "0.8");
      w.open("title");
      w.text(fmt::format("{} {}: niet ingedeeld bij een arbeidsmarktregio (geen regio)", f.code, f.name));
      w.close();
      w.close();
      continue;
    }
    auto it = by_code.find(f.code);
    const MapRegion* r = it == by_code.end() ? nullptr : it->second;
    std::string fill, state, short_label;
    if (r && r->suppressed) {
      fill = ctx.suppressed_fill(), state = "onderdrukt", short_label = kSuppressedMark;
    } else if (r && r->class_index && *r->class_index >= 0 && static_cast<std::size_t>(*r->class_index) < k) {
      auto ci = static_cast<std::size_t>(*r->class_index);
      fill = ctx.color(chart.colors, ci, k), state = data.classes[ci].label, short_label = data.classes[ci].short_label;
    } else {
      fill = ctx.missing_fill(), state = kMissingText;
    }
    std::string name =
        fmt::format("{} {}: {}{}", f.code, f.name, state, r && !r->value_text.empty() ? ", " + r->value_text : "");
    // A link only on screen: print (the PDF reports) draws the same shape without one.
    // The id (which the focus text's timing names) goes on what takes focus: the link, else the shape.
    bool link = r && !r->link.empty() && ctx.options().medium == Medium::kScreen;
    std::string id = region_id(ctx.prefix(), f.code);
    focus_texts.emplace_back(id, name);
    if (link) {
      w.open("a");
      w.attr("id", id);
      w.attr("href", r->link);
      w.attr("xlink:href", r->link);
      w.attr("aria-label", fmt::format("Regio {}: {}{}", f.name, state, r->value_text.empty() ? "" : ", " + r->value_text));
    }
    w.open("path");
    if (!link) w.attr("id", id);
    w.attr("data-region", f.code);
    w.attr("class", "regio-map-region");
    if (!link) {
      w.attr("tabindex", "0");
      w.attr("role", "img");
      w.attr("aria-label", name);
    }
    w.attr("d", d);
    w.attr("fill", fill);
    w.attr("fill-rule", "evenodd");
    w.attr("stroke", "#ffffff");
    w.attr("stroke-width", "0.8");
    w.open("title");
    w.text(name);
    w.close();
    w.close();
    if (link) w.close();
    if (!short_label.empty() && !largest.empty()) {
      Point at = label_point(largest);
      bool dark = fill.rfind("url(", 0) != 0 && is_dark(fill);
      label_layer.open("g");
      label_layer.attr("aria-hidden", "true");
      label_layer.attr("pointer-events", "none");
      if (fill.rfind("url(", 0) == 0) {  // a patterned fill: the label on a white disc
        label_layer.open("circle");
        label_layer.attr("cx", at.x);
        label_layer.attr("cy", at.y);
        label_layer.attr("r", 7.0);
        label_layer.attr("fill", "#ffffff");
        label_layer.close();
      }
      draw_text(label_layer, at.x, at.y, short_label,
                {.size = 10, .color = dark ? "#ffffff" : kInkOnLight, .anchor = Anchor::kMiddle, .bold = true});
      label_layer.close();
    }
  }
  w.append(label_layer);

  // Legend.
  double lx = legend_below ? 0 : map_w + 20, ly = legend_below ? map_h + 12 : 6;
  const double row = 22;
  auto entry = [&](const std::string& fill, const std::string& mark, const std::string& label, bool dark) {
    draw_rect(w, lx, ly, 22, 16, fill, kAxisColor);
    if (!mark.empty() && fill.starts_with("url(")) draw_rect(w, lx + 6, ly + 3, 10, 10, "#ffffff");
    if (!mark.empty())
      draw_text(w, lx + 11, ly + 8, mark,
                {.size = 10, .color = dark ? "#ffffff" : kInkOnLight, .anchor = Anchor::kMiddle, .bold = true});
    draw_text(w, lx + 30, ly + 8, label, {.size = kSmallFontSize});
    ly += row;
  };
  for (std::size_t i = 0; i < k; ++i) {
    std::string c = ctx.color(chart.colors, i, k);
    entry(c, data.classes[i].short_label, fmt::format("{} ({})", data.classes[i].label, members[i].size()), is_dark(c));
  }
  if (!suppressed.empty())
    entry(ctx.suppressed_fill(), kSuppressedMark, fmt::format("onderdrukt ({})", suppressed.size()), false);
  if (!missing.empty()) entry(ctx.missing_fill(), "", fmt::format("{} ({})", kMissingText, missing.size()), false);
  if (has_not_a_region) entry(kNotARegionFill, "", "niet ingedeeld (AM99, Vijfheerenlanden)", false);
  // What keyboard focus or the mouse is on, written out in the legend column. SMIL <set>
  // (no script, so a strict Content-Security-Policy allows it) shows the text of the region that
  // has focus or the pointer; renderers without animation (librsvg) would keep it hidden, so
  // print leaves it out.
  if (ctx.options().medium == Medium::kScreen) {
    double info_w = legend_below ? width : width - lx;
    ly += 6;
    std::size_t most_lines = 0;
    for (const auto& [id, text] : focus_texts)
      most_lines = std::max(most_lines, wrap_text(text, kFontSize, info_w, true).size());
    // Each text on a white panel: when one region has focus and the pointer is on another, the
    // later one covers the earlier instead of both texts running into each other.
    for (const auto& [id, text] : focus_texts) {
      w.open("g");
      w.attr("visibility", "hidden");
      w.attr("aria-hidden", "true");
      w.open("set");
      w.attr("attributeName", "visibility");
      w.attr("to", "visible");
      w.attr("begin", id + ".focusin; " + id + ".mouseover");
      w.attr("end", id + ".focusout; " + id + ".mouseout");
      w.close();
      double y = ly;
      auto lines = wrap_text(text, kFontSize, info_w, true);
      draw_rect(w, lx, ly - 2, info_w, 18 * static_cast<double>(most_lines) + 4, "#ffffff");
      for (const auto& line : lines) {
        draw_text(w, lx, y + 9, line, {.color = kTitleColor, .bold = true});
        y += 18;
      }
      w.close();
    }
    ly += 18 * static_cast<double>(most_lines) + 4;
  }
  if (!not_on_map.empty()) {
    auto lines = wrap_text(fmt::format("Niet op deze kaart ({}): {}", year, fmt::join(not_on_map, ", ")),
                           kSmallFontSize, legend_below ? width : width - lx);
    for (const auto& l : lines) draw_text(w, lx, ly + 8, l, {.size = kSmallFontSize, .color = kMutedColor}), ly += 16;
  }

  std::size_t shown = topo->features.size() - (has_not_a_region ? 1 : 0);
  ctx.summarize(fmt::format("Kaart van de {} arbeidsmarktregio's (indeling {}).", shown, year));
  for (std::size_t i = 0; i < k; ++i)
    ctx.summarize(fmt::format("{}: {} regio's{}{}.", data.classes[i].label, members[i].size(),
                              members[i].empty() ? "" : ": ", fmt::join(members[i], ", ")));
  if (!suppressed.empty()) ctx.summarize(fmt::format("Onderdrukt: {}.", fmt::join(suppressed, ", ")));
  if (!missing.empty()) ctx.summarize(fmt::format("Geen gegevens: {}.", fmt::join(missing, ", ")));
  if (!not_on_map.empty())
    ctx.summarize(fmt::format("Niet op de kaart van {}: {}.", year, fmt::join(not_on_map, ", ")));
  ctx.set_map_attribution(true);
  return std::max(map_h, ly) + 4;
}

}  // namespace regio::render::internal
