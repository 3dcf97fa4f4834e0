// Geometry of the map: which shipped boundaries apply, the projection, SVG path data and a
// point inside each region for its label.
//
// Projection: longitude is multiplied by cos(52°) (equirectangular with the aspect of the
// Netherlands' middle latitude) and latitude is flipped. RD New (EPSG:28992) would be the
// official choice, but at this scale (≈300 km drawn a few hundred pixels wide) the two differ by
// less than a pixel's worth of shape, and this needs no projection library and no datum shift.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "render/topojson.h"

namespace regio::render::internal {

struct Point {
  double x, y;
};

// The shipped arbeidsmarktregio boundaries in force for `year`: the latest shipped year not
// after it, else the earliest shipped one (the rule of regions::Registry::for_year). An empty
// view when none is shipped.
std::pair<int, std::string_view> boundaries_for(int year);

// lon/lat -> viewBox units, fitted to `width` with `pad` on every side.
struct Projection {
  double lon0 = 0, lat1 = 0, aspect = 1, scale = 1, pad = 0;
  double height = 0;  // of the whole drawing, pads included
  Point operator()(const LonLat& p) const {
    return {pad + (p.lon - lon0) * aspect * scale, pad + (lat1 - p.lat) * scale};
  }
};
Projection fit_projection(const Topology& topo, double width, double pad);

double ring_area(const std::vector<Point>& ring);
// A point well inside a polygon (outer ring first, then holes) for its label.
Point label_point(const std::vector<std::vector<Point>>& rings);
// Appends one closed ring as SVG path data: coordinates rounded to 0.1, relative moves between
// the rounded points (no drift), repeated points dropped. Shared borders round identically in
// both regions, so the topology is kept.
void append_ring(std::string& d, const std::vector<Point>& ring);

}  // namespace regio::render::internal
