#include "render/internal/map_geometry.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include <fmt/format.h>

#include "regions/registry.h"
#include "render/xml_writer.h"

namespace regio::render::internal {

// The shipped boundaries in force for `year`: the latest shipped year not after it, else the
// earliest shipped one (the rule of regions::Registry::for_year).
std::pair<int, std::string_view> boundaries_for(int year) {
  for (int y = year; y >= 1990; --y)
    if (auto t = regions::embedded_topojson("arbeidsmarktregio", y); !t.empty()) return {y, t};
  for (int y = year + 1; y <= 2100; ++y)
    if (auto t = regions::embedded_topojson("arbeidsmarktregio", y); !t.empty()) return {y, t};
  return {year, {}};
}

double ring_area(const std::vector<Point>& r) {
  double a = 0;
  for (std::size_t i = 0, j = r.size() - 1; i < r.size(); j = i++) a += (r[j].x + r[i].x) * (r[j].y - r[i].y);
  return std::fabs(a) / 2;
}

// A point well inside the polygon for its label: on a few horizontal lines, the middle of the
// widest inside stretch (even-odd over all rings, so holes count as outside).
Point label_point(const std::vector<std::vector<Point>>& rings) {
  double top = 1e300, bottom = -1e300;
  for (const auto& p : rings.front()) top = std::min(top, p.y), bottom = std::max(bottom, p.y);
  Point best{rings.front().front().x, rings.front().front().y};
  double best_width = -1;
  for (int k = 1; k <= 9; ++k) {
    double y = top + (bottom - top) * k / 10.0;
    std::vector<double> xs;
    for (const auto& r : rings)
      for (std::size_t i = 0, j = r.size() - 1; i < r.size(); j = i++)
        if ((r[i].y > y) != (r[j].y > y)) xs.push_back(r[j].x + (y - r[j].y) / (r[i].y - r[j].y) * (r[i].x - r[j].x));
    std::sort(xs.begin(), xs.end());
    // Prefer lines near the middle a little: width weighted by closeness to the centre.
    double weight = 1.0 - 0.3 * std::fabs(k - 5) / 5.0;
    for (std::size_t i = 0; i + 1 < xs.size(); i += 2)
      if ((xs[i + 1] - xs[i]) * weight > best_width)
        best_width = (xs[i + 1] - xs[i]) * weight, best = {(xs[i] + xs[i + 1]) / 2, y};
  }
  return best;
}

void append_ring(std::string& d, const std::vector<Point>& ring) {
  long long px = 0, py = 0;
  bool first = true;
  for (const auto& p : ring) {
    long long x = std::llround(p.x * 10), y = std::llround(p.y * 10);  // tenths of a viewBox unit
    if (first) {
      d += fmt::format("M{} {}", svg_number(x / 10.0), svg_number(y / 10.0));
      first = false;
    } else if (x != px || y != py) {
      d += fmt::format("l{} {}", svg_number((x - px) / 10.0), svg_number((y - py) / 10.0));
    }
    px = x, py = y;
  }
  d += 'z';
}

Projection fit_projection(const Topology& topo, double width, double pad) {
  double lon0 = 1e300, lon1 = -1e300, lat0 = 1e300, lat1 = -1e300;
  for (const auto& f : topo.features)
    for (const auto& poly : f.polygons)
      for (const auto& p : poly.rings.front()) {
        lon0 = std::min(lon0, p.lon), lon1 = std::max(lon1, p.lon);
        lat0 = std::min(lat0, p.lat), lat1 = std::max(lat1, p.lat);
      }
  Projection proj;
  proj.aspect = std::cos(52.0 * std::numbers::pi / 180.0);
  proj.lon0 = lon0;
  proj.lat1 = lat1;
  proj.pad = pad;
  proj.scale = lon1 > lon0 ? (width - 2 * pad) / ((lon1 - lon0) * proj.aspect) : 1;
  proj.height = (lat1 - lat0) * proj.scale + 2 * pad;
  return proj;
}

}  // namespace regio::render::internal
