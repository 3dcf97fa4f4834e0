#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <regex>
#include <set>

#include "regions/registry.h"
#include "render/svg.h"
#include "render/testing/samples.h"
#include "render/testing/svg_query.h"

namespace regio::render {
namespace {

using testing::count;
using testing::has_text;
using testing::parse_svg;

// The region codes of a shipped year, read independently of the decoder (AM99 is not a region).
std::set<std::string> regions_in_topojson(int year) {
  auto doc = nlohmann::json::parse(regions::embedded_topojson("arbeidsmarktregio", year));
  std::set<std::string> codes;
  for (const auto& g : doc["objects"].begin().value()["geometries"]) {
    std::string code = g["properties"]["statcode"];
    if (code != "AM99") codes.insert(code);
  }
  return codes;
}

pugi::xml_node region(const pugi::xml_document& doc, const std::string& code) {
  return doc.select_node(("//*[@data-region='" + code + "']").c_str()).node();
}

TEST(Map, DrawsExactlyOneShapePerRegionOfTheClassificationYear) {
  for (int year : {2017, 2020, 2025}) {
    SCOPED_TRACE(year);
    std::set<std::string> expected = regions_in_topojson(year);
    ASSERT_EQ(expected.size(), 35u);
    auto doc = parse_svg(to_svg(testing::sample_map(year)));
    std::set<std::string> drawn;
    for (auto n : doc.select_nodes("//*[@data-region]")) {
      EXPECT_STREQ(n.node().name(), "path");
      EXPECT_TRUE(drawn.insert(n.node().attribute("data-region").value()).second);
    }
    EXPECT_EQ(drawn, expected);
    // AM99 (2020 only) is drawn grey without data-region and is not focusable.
    std::size_t grey = count(doc, "//*[local-name()='path'][@fill='#c9ced6']");
    EXPECT_EQ(grey, year == 2020 ? 1u : 0u);
    EXPECT_EQ(has_text(doc, "niet ingedeeld (AM99, Vijfheerenlanden)"), year == 2020);
  }
}

TEST(Map, EveryRegionIsFocusableAndNamedWithItsClass) {
  auto doc = parse_svg(to_svg(testing::sample_map(2020), {.id_prefix = "kaart"}));
  // Focus or hover shows the region's name and class in the legend column (SMIL, no script).
  auto info = doc.select_node("//*[local-name()='set'][@begin='kaart_AM13.focusin; kaart_AM13.mouseover']").node();
  ASSERT_TRUE(info);
  EXPECT_STREQ(info.parent().attribute("visibility").value(), "hidden");
  EXPECT_STREQ(info.attribute("end").value(), "kaart_AM13.focusout; kaart_AM13.mouseout");
  EXPECT_STREQ(doc.child("svg").attribute("role").value(), "group");
  auto am13 = region(doc, "AM13");
  ASSERT_TRUE(am13);
  EXPECT_STREQ(am13.attribute("id").value(), "kaart_AM13");
  EXPECT_STREQ(am13.attribute("tabindex").value(), "0");
  EXPECT_STREQ(am13.attribute("role").value(), "img");
  EXPECT_STREQ(am13.attribute("class").value(), "regio-map-region");
  EXPECT_STREQ(am13.attribute("aria-label").value(), "AM13 Midden-Utrecht: niveau 4 — Gezamenlijk beleid");
  EXPECT_STREQ(am13.child("title").child_value(), "AM13 Midden-Utrecht: niveau 4 — Gezamenlijk beleid");
  EXPECT_STREQ(region(doc, "AM01").attribute("aria-label").value(), "AM01 Groningen: onderdrukt");
  EXPECT_STREQ(region(doc, "AM02").attribute("aria-label").value(), "AM02 Friesland: geen gegevens");
  EXPECT_EQ(count(doc, "//*[@data-region][@tabindex='0']"), 35u);
  // Never colour alone: the class number is written on the region, the legend explains it.
  // 32 regions cycle through the classes (7, 7, 6, 6, 6) and AM13 adds one to class 4.
  EXPECT_TRUE(has_text(doc, "niveau 1 — Kennismaken (7)"));
  EXPECT_TRUE(has_text(doc, "niveau 2 — Regelmatig overleg (7)"));
  EXPECT_TRUE(has_text(doc, "niveau 3 — Operationele samenwerking (6)"));
  EXPECT_TRUE(has_text(doc, "niveau 4 — Gezamenlijk beleid (7)"));
  EXPECT_TRUE(has_text(doc, "niveau 5 — Resultaatgericht (6)"));
  EXPECT_TRUE(has_text(doc, "onderdrukt (1)"));
  EXPECT_TRUE(has_text(doc, "geen gegevens (1)"));
  EXPECT_EQ(count(doc, "//*[local-name()='g'][@aria-hidden='true']/*[local-name()='text'][.='4']"), 7u);
  std::string desc = doc.child("svg").child("desc").child_value();
  EXPECT_NE(desc.find("Kaart van de 35 arbeidsmarktregio's (indeling 2020)."), std::string::npos) << desc;
  EXPECT_NE(desc.find("Onderdrukt: AM01 Groningen."), std::string::npos) << desc;
}

TEST(Map, PrintLeavesOutTheFocusTexts) {
  // At 360 px the legend (and the focus text) sits under the map, so print is shorter.
  auto screen = parse_svg(to_svg(testing::sample_map(2020), {.width = 360}));
  auto print = parse_svg(to_svg(testing::sample_map(2020), {.width = 360, .medium = Medium::kPrint}));
  EXPECT_EQ(count(screen, "//*[local-name()='set']"), 35u);
  EXPECT_EQ(count(print, "//*[local-name()='set']"), 0u);
  EXPECT_LT(print.child("svg").attribute("height").as_double(), screen.child("svg").attribute("height").as_double());
  EXPECT_EQ(count(print, "//*[@data-region]"), 35u);
}

TEST(Map, RegionsWithALinkAreLinks) {
  Chart c = testing::sample_map(2020);
  c.map.regions.push_back({"AM02", 0, false, "3 doelen", "/regio/AM02?meting=2020&x=\"1\""});
  auto doc = parse_svg(to_svg(c));
  auto am02 = region(doc, "AM02");
  ASSERT_TRUE(am02);
  EXPECT_STREQ(am02.parent().name(), "a");
  EXPECT_STREQ(am02.parent().attribute("href").value(), "/regio/AM02?meting=2020&x=\"1\"");
  EXPECT_STREQ(am02.parent().attribute("aria-label").value(), "Regio Friesland: niveau 1 — Kennismaken, 3 doelen");
  EXPECT_FALSE(am02.attribute("tabindex"));
  EXPECT_EQ(count(doc, "//*[local-name()='a']"), 1u);
  // Focus lands on the link, so the link carries the id the focus text's timing names.
  EXPECT_STREQ(am02.parent().attribute("id").value(), "grafiek_AM02");
  EXPECT_FALSE(am02.attribute("id"));
  EXPECT_TRUE(doc.select_node("//*[local-name()='set'][@begin='grafiek_AM02.focusin; grafiek_AM02.mouseover']").node());
}

TEST(Map, PrintDrawsNoLinks) {
  Chart c = testing::sample_map(2020);
  c.map.regions.push_back({"AM02", 0, false, "", "/regio/AM02"});
  auto print = parse_svg(to_svg(c, {.medium = Medium::kPrint}));
  EXPECT_EQ(count(print, "//*[local-name()='a']"), 0u);
  auto am02 = region(print, "AM02");
  ASSERT_TRUE(am02);
  EXPECT_STREQ(am02.attribute("tabindex").value(), "0");
  EXPECT_STREQ(am02.attribute("aria-label").value(), "AM02 Friesland: niveau 1 — Kennismaken");
}

// Every coordinate of every region path, with the translations of its groups, lies in the viewBox.
TEST(Map, ShapesLieInsideTheViewBox) {
  for (double width : {720.0, 420.0}) {
    auto doc = parse_svg(to_svg(testing::sample_map(2020), {.width = width}));
    double w = doc.child("svg").attribute("width").as_double(), h = doc.child("svg").attribute("height").as_double();
    static const std::regex translate(R"(translate\(([-0-9.]+) ([-0-9.]+)\))");
    static const std::regex command(R"(([Mlz])(?:([-0-9.]+) ([-0-9.]+))?)");
    std::size_t points = 0;
    for (auto n : doc.select_nodes("//*[local-name()='path'][@fill-rule='evenodd']")) {
      double ox = 0, oy = 0;
      for (auto p = n.node().parent(); p; p = p.parent()) {
        std::smatch m;
        std::string t = p.attribute("transform").value();
        if (std::regex_search(t, m, translate)) ox += std::stod(m[1]), oy += std::stod(m[2]);
      }
      std::string d = n.node().attribute("d").value();
      double x = 0, y = 0;
      for (auto it = std::sregex_iterator(d.begin(), d.end(), command); it != std::sregex_iterator(); ++it) {
        const auto& m = *it;
        if (m[1] == "z") continue;
        if (m[1] == "M")
          x = std::stod(m[2]), y = std::stod(m[3]);
        else
          x += std::stod(m[2]), y += std::stod(m[3]);
        ASSERT_GE(x + ox, 0);
        ASSERT_LE(x + ox, w);
        ASSERT_GE(y + oy, 0);
        ASSERT_LE(y + oy, h);
        ++points;
      }
    }
    EXPECT_GT(points, 1000u);
  }
}

TEST(Map, UsesTheBoundariesInForceAndNamesRegionsNotOnTheMap) {
  Chart c = testing::sample_map(2019);
  c.map.regions.push_back({"AM16", 1, false, "", ""});
  auto doc = parse_svg(to_svg(c));
  std::string desc = doc.child("svg").child("desc").child_value();
  EXPECT_NE(desc.find("(indeling 2017)"), std::string::npos) << desc;
  EXPECT_NE(desc.find("Niet op de kaart van 2017: AM16."), std::string::npos) << desc;
  EXPECT_TRUE(has_text(doc, "Niet op deze kaart (2017): AM16"));
  auto later = parse_svg(to_svg(testing::sample_map(2023)));
  EXPECT_NE(std::string(later.child("svg").child("desc").child_value()).find("(indeling 2020)"), std::string::npos);
}

TEST(Map, NamesTheBoundariesSource) {
  auto doc = parse_svg(to_svg(testing::sample_map(2025)));
  EXPECT_TRUE(has_text(doc, regions::kAttribution));
}

}  // namespace
}  // namespace regio::render
