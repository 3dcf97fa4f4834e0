#include "render/topojson.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "regions/registry.h"

namespace regio::render {
namespace {

// Two unit squares side by side on a grid (scale 0.5 x 0.25, translate 10, 50). Arc 0 is their
// shared edge (4,0)->(4,4); square A is arcs [0, 1], square B is [~0, 2] (arc 0 reversed).
constexpr const char* kTwoSquares = R"({
  "type": "Topology",
  "transform": {"scale": [0.5, 0.25], "translate": [10, 50]},
  "arcs": [[[4, 0], [0, 4]],
           [[4, 4], [-4, 0], [0, -4], [4, 0]],
           [[4, 0], [4, 0], [0, 4], [-4, 0]]],
  "objects": {"regions": {"type": "GeometryCollection", "geometries": [
    {"type": "Polygon", "id": "AM01", "properties": {"statnaam": "Links"}, "arcs": [[0, 1]]},
    {"type": "MultiPolygon", "properties": {"statcode": "AM02", "statnaam": "Rechts"}, "arcs": [[[-1, 2]]]}
  ]}}
})";

void expect_point(const LonLat& p, double lon, double lat) {
  EXPECT_DOUBLE_EQ(p.lon, lon);
  EXPECT_DOUBLE_EQ(p.lat, lat);
}

TEST(TopoJson, DecodesDeltaEncodedArcsWithTheTransform) {
  auto topo = decode_topojson(kTwoSquares);
  ASSERT_TRUE(topo) << topo.error().message;
  ASSERT_EQ(topo->arcs.size(), 3u);
  // Arc 2: grid (4,0) (8,0) (8,4) (4,4) -> lon 10 + 0.5 x, lat 50 + 0.25 y.
  ASSERT_EQ(topo->arcs[2].size(), 4u);
  expect_point(topo->arcs[2][0], 12, 50);
  expect_point(topo->arcs[2][1], 14, 50);
  expect_point(topo->arcs[2][2], 14, 51);
  expect_point(topo->arcs[2][3], 12, 51);
}

TEST(TopoJson, StitchesRingsAndReversesArcsMarkedWithTilde) {
  auto topo = decode_topojson(kTwoSquares);
  ASSERT_TRUE(topo);
  ASSERT_EQ(topo->features.size(), 2u);
  const Feature& a = topo->features[0];
  EXPECT_EQ(a.code, "AM01");  // from the top-level id when there is no statcode
  EXPECT_EQ(a.name, "Links");
  ASSERT_EQ(a.polygons.size(), 1u);
  const Ring& ra = a.polygons[0].rings.at(0);
  ASSERT_EQ(ra.size(), 5u);  // the shared point between arcs is kept once
  expect_point(ra[0], 12, 50);
  expect_point(ra[1], 12, 51);
  expect_point(ra[2], 10, 51);
  expect_point(ra[3], 10, 50);
  expect_point(ra[4], 12, 50);

  const Feature& b = topo->features[1];
  EXPECT_EQ(b.code, "AM02");
  ASSERT_EQ(b.polygons.size(), 1u);
  const Ring& rb = b.polygons[0].rings.at(0);
  ASSERT_EQ(rb.size(), 5u);
  expect_point(rb[0], 12, 51);  // arc 0 reversed: starts at its end
  expect_point(rb[1], 12, 50);
  expect_point(rb[2], 14, 50);
  expect_point(rb[3], 14, 51);
  expect_point(rb[4], 12, 51);
}

TEST(TopoJson, RejectsWhatItDoesNotUnderstandWithADutchMessage) {
  auto not_json = decode_topojson("{");
  ASSERT_FALSE(not_json);
  EXPECT_EQ(not_json.error().code, ErrorCode::kInvalidData);
  EXPECT_NE(not_json.error().message.find("geen geldige JSON"), std::string::npos);

  EXPECT_FALSE(decode_topojson(R"({"type":"FeatureCollection"})"));
  auto bad_arc = decode_topojson(
      R"({"type":"Topology","arcs":[[[0,0],[1,1]]],"objects":{"o":{"type":"GeometryCollection","geometries":[
         {"type":"Polygon","id":"AM05","arcs":[[3]]}]}}})");
  ASSERT_FALSE(bad_arc);
  EXPECT_NE(bad_arc.error().message.find("AM05: boog 3 bestaat niet"), std::string::npos);
  auto point = decode_topojson(
      R"({"type":"Topology","arcs":[],"objects":{"o":{"type":"GeometryCollection","geometries":[
         {"type":"Point","id":"AM06","coordinates":[1,2]}]}}})");
  ASSERT_FALSE(point);
  EXPECT_NE(point.error().message.find("'Point'"), std::string::npos);
  EXPECT_FALSE(decode_topojson(kTwoSquares, "other"));
}

TEST(TopoJson, DecodesAKnownPointOfTheShipped2020Boundaries) {
  auto topo = decode_topojson(regions::embedded_topojson("arbeidsmarktregio", 2020));
  ASSERT_TRUE(topo) << topo.error().message;
  // arcs[0] starts [3735, 2085], then the delta [-21, 7]; transform scale
  // [0.001, 0.0009996429846483414], translate [3.358, 50.754]:
  //   lon = 3735 * 0.001 + 3.358 = 7.093, lat = 2085 * 0.00099964298... + 50.754 = 52.8382556230
  //   next: (3714, 2092) -> lon 7.072, lat 2092 * 0.00099964298... + 50.754 = 52.8452531239
  EXPECT_NEAR(topo->arcs[0][0].lon, 7.093, 1e-9);
  EXPECT_NEAR(topo->arcs[0][0].lat, 52.8382556230, 1e-9);
  EXPECT_NEAR(topo->arcs[0][1].lon, 7.072, 1e-9);
  EXPECT_NEAR(topo->arcs[0][1].lat, 52.8452531239, 1e-9);
}

TEST(TopoJson, EveryShippedYearDecodesWithEveryFeatureAndClosedRings) {
  for (int year : {2017, 2020, 2025}) {
    SCOPED_TRACE(year);
    std::string_view text = regions::embedded_topojson("arbeidsmarktregio", year);
    ASSERT_FALSE(text.empty());
    // Counted independently with nlohmann::json.
    auto doc = nlohmann::json::parse(text);
    const auto& geometries = doc["objects"].begin().value()["geometries"];
    auto topo = decode_topojson(text);
    ASSERT_TRUE(topo) << topo.error().message;
    ASSERT_EQ(topo->features.size(), geometries.size());
    for (std::size_t i = 0; i < geometries.size(); ++i) {
      EXPECT_EQ(topo->features[i].code, geometries[i]["properties"]["statcode"].get<std::string>());
      for (const auto& poly : topo->features[i].polygons)
        for (const auto& ring : poly.rings) {
          ASSERT_GE(ring.size(), 4u);
          EXPECT_EQ(ring.front().lon, ring.back().lon);
          EXPECT_EQ(ring.front().lat, ring.back().lat);
        }
    }
  }
}

}  // namespace
}  // namespace regio::render
