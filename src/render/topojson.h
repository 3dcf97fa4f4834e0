// A decoder for the TopoJSON boundaries shipped in data/geo (regions::embedded_topojson).
//
// It reads what those files use, and rejects the rest with a Dutch message: one named
// GeometryCollection of Polygon and MultiPolygon geometries; quantized, delta-encoded arcs with
// a `transform` (or absolute arcs without one); arc references where ~i (= -i-1) means arc i
// reversed. Each feature is identified by `properties.statcode` (else the top-level `id`) and
// named by `properties.statnaam`.
//
//   auto topo = render::decode_topojson(regions::embedded_topojson("arbeidsmarktregio", 2020));
//   for (const auto& f : topo->features) ... f.code, f.name, f.polygons
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/error.h"

namespace regio::render {

struct LonLat {
  double lon = 0;
  double lat = 0;
};

using Ring = std::vector<LonLat>;  // closed: the last point equals the first

struct Polygon {
  std::vector<Ring> rings;  // the outer ring first, then holes
};

struct Feature {
  std::string code;  // "AM13"
  std::string name;  // "Midden-Utrecht"
  std::vector<Polygon> polygons;
};

struct Topology {
  std::vector<std::vector<LonLat>> arcs;  // decoded (delta-decoded and transformed) arcs
  std::vector<Feature> features;          // in file order
};

// Decodes `object_name`, or the first object when it is empty. kInvalidData when the text is not
// such a topology (message names what is wrong and where).
Result<Topology> decode_topojson(std::string_view text, std::string_view object_name = {});

}  // namespace regio::render
