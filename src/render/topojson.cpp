#include "render/topojson.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

namespace regio::render {
namespace {

using nlohmann::json;

struct Transform {
  bool quantized = false;
  double scale[2] = {1, 1};
  double translate[2] = {0, 0};
};

std::unexpected<Error> invalid(std::string what) {
  return fail(ErrorCode::kInvalidData, "TopoJSON-grenzen ongeldig: " + std::move(what));
}

bool is_pair(const json& v) { return v.is_array() && v.size() >= 2 && v[0].is_number() && v[1].is_number(); }

Result<std::vector<std::vector<LonLat>>> decode_arcs(const json& arcs, const Transform& t) {
  if (!arcs.is_array()) return invalid("'arcs' is geen lijst");
  std::vector<std::vector<LonLat>> out;
  out.reserve(arcs.size());
  for (std::size_t i = 0; i < arcs.size(); ++i) {
    const json& arc = arcs[i];
    if (!arc.is_array()) return invalid(fmt::format("boog {} is geen lijst", i));
    std::vector<LonLat> points;
    points.reserve(arc.size());
    double x = 0, y = 0;
    for (const json& p : arc) {
      if (!is_pair(p)) return invalid(fmt::format("boog {} bevat een punt dat geen coördinatenpaar is", i));
      if (t.quantized) {
        // Delta encoding: each position is the offset from the previous one, in grid units.
        x += p[0].get<double>();
        y += p[1].get<double>();
        points.push_back({x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]});
      } else {
        points.push_back({p[0].get<double>(), p[1].get<double>()});
      }
    }
    out.push_back(std::move(points));
  }
  return out;
}

// A ring from arc references; consecutive arcs share their end point, which is kept once.
Result<Ring> ring_from(const json& refs, const std::vector<std::vector<LonLat>>& arcs, const std::string& code) {
  if (!refs.is_array() || refs.empty()) return invalid(fmt::format("{}: een ring zonder bogen", code));
  Ring ring;
  for (const json& r : refs) {
    if (!r.is_number_integer()) return invalid(fmt::format("{}: boogverwijzing is geen geheel getal", code));
    long long i = r.get<long long>();
    bool reversed = i < 0;
    long long index = reversed ? ~i : i;
    if (index >= static_cast<long long>(arcs.size()))
      return invalid(fmt::format("{}: boog {} bestaat niet", code, index));
    const auto& arc = arcs[static_cast<std::size_t>(index)];
    for (std::size_t k = 0; k < arc.size(); ++k) {
      const LonLat& p = reversed ? arc[arc.size() - 1 - k] : arc[k];
      if (k == 0 && !ring.empty()) continue;
      ring.push_back(p);
    }
  }
  return ring;
}

Result<Polygon> polygon_from(const json& rings, const std::vector<std::vector<LonLat>>& arcs, const std::string& code) {
  if (!rings.is_array() || rings.empty()) return invalid(fmt::format("{}: een vlak zonder ringen", code));
  Polygon polygon;
  for (const json& refs : rings) {
    auto ring = ring_from(refs, arcs, code);
    if (!ring) return std::unexpected(ring.error());
    polygon.rings.push_back(std::move(*ring));
  }
  return polygon;
}

Result<Feature> feature_from(const json& g, const std::vector<std::vector<LonLat>>& arcs, std::size_t n) {
  Feature f;
  const json& props = g.contains("properties") ? g["properties"] : json::object();
  if (props.contains("statcode") && props["statcode"].is_string())
    f.code = props["statcode"];
  else if (g.contains("id") && g["id"].is_string())
    f.code = g["id"];
  else
    return invalid(fmt::format("geometrie {} heeft geen code (statcode of id)", n + 1));
  if (props.contains("statnaam") && props["statnaam"].is_string()) f.name = props["statnaam"];
  std::string type = g.value("type", "");
  if (type != "Polygon" && type != "MultiPolygon")
    return invalid(
        fmt::format("{}: geometrietype '{}' wordt niet ondersteund (alleen Polygon en MultiPolygon)", f.code, type));
  if (!g.contains("arcs")) return invalid(fmt::format("{}: geen 'arcs'", f.code));
  const json& a = g["arcs"];
  if (type == "Polygon") {
    auto p = polygon_from(a, arcs, f.code);
    if (!p) return std::unexpected(p.error());
    f.polygons.push_back(std::move(*p));
  } else {
    if (!a.is_array()) return invalid(fmt::format("{}: 'arcs' is geen lijst", f.code));
    for (const json& part : a) {
      auto p = polygon_from(part, arcs, f.code);
      if (!p) return std::unexpected(p.error());
      f.polygons.push_back(std::move(*p));
    }
  }
  return f;
}

}  // namespace

Result<Topology> decode_topojson(std::string_view text, std::string_view object_name) {
  json doc = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) return invalid("geen geldige JSON");
  if (!doc.is_object() || doc.value("type", "") != "Topology") return invalid("type is niet 'Topology'");
  Transform t;
  if (doc.contains("transform")) {
    const json& tr = doc["transform"];
    if (!tr.is_object() || !tr.contains("scale") || !tr.contains("translate") || !is_pair(tr["scale"]) ||
        !is_pair(tr["translate"]))
      return invalid("'transform' mist 'scale' of 'translate'");
    t.quantized = true;
    for (int k = 0; k < 2; ++k) {
      t.scale[k] = tr["scale"][k].get<double>();
      t.translate[k] = tr["translate"][k].get<double>();
    }
  }
  if (!doc.contains("arcs") || !doc.contains("objects") || !doc["objects"].is_object() || doc["objects"].empty())
    return invalid("'arcs' of 'objects' ontbreekt");
  Topology topo;
  auto arcs = decode_arcs(doc["arcs"], t);
  if (!arcs) return std::unexpected(arcs.error());
  topo.arcs = std::move(*arcs);

  const json& objects = doc["objects"];
  auto it = object_name.empty() ? objects.begin() : objects.find(std::string(object_name));
  if (it == objects.end()) return invalid(fmt::format("object '{}' ontbreekt", object_name));
  const json& collection = *it;
  if (collection.value("type", "") != "GeometryCollection" || !collection.contains("geometries") ||
      !collection["geometries"].is_array())
    return invalid(fmt::format("object '{}' is geen GeometryCollection", it.key()));
  const json& geometries = collection["geometries"];
  for (std::size_t n = 0; n < geometries.size(); ++n) {
    auto f = feature_from(geometries[n], topo.arcs, n);
    if (!f) return std::unexpected(f.error());
    topo.features.push_back(std::move(*f));
  }
  return topo;
}

}  // namespace regio::render
