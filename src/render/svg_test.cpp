#include "render/svg.h"

#include <gtest/gtest.h>

#include <cmath>
#include <regex>
#include <set>

#include "render/internal/text_metrics.h"
#include "render/testing/samples.h"
#include "render/testing/svg_query.h"

namespace regio::render {
namespace {

using testing::count;
using testing::has_text;
using testing::parse_svg;

const std::string kFootnote10 = ". = onderdrukt: te weinig personen (minder dan 10) of om terugrekenen te voorkomen";

double attr(pugi::xml_node n, const char* name) { return n.attribute(name).as_double(); }

TEST(Svg, RootIsAnAccessibleImageWithTitleDescAndExplicitSize) {
  std::string svg = to_svg(testing::sample_bar(), {.id_prefix = "trajecten"});
  auto doc = parse_svg(svg);
  auto root = doc.child("svg");
  EXPECT_STREQ(root.attribute("role").value(), "img");
  EXPECT_STREQ(root.attribute("aria-labelledby").value(), "trajecten-title trajecten-desc");
  EXPECT_STREQ(root.attribute("width").value(), "640");
  std::string height = root.attribute("height").value();
  EXPECT_EQ(std::string(root.attribute("viewBox").value()), "0 0 640 " + height);
  EXPECT_STREQ(root.child("title").attribute("id").value(), "trajecten-title");
  EXPECT_STREQ(root.child("title").child_value(), "Trajecten gestart per interventie");
  std::string desc = root.child("desc").child_value();
  EXPECT_STREQ(root.child("desc").attribute("id").value(), "trajecten-desc");
  EXPECT_NE(desc.find("IPS: 1.234."), std::string::npos) << desc;
  EXPECT_NE(desc.find("Jobcoaching: ."), std::string::npos) << desc;
  EXPECT_NE(desc.find("Scholing: geen gegevens."), std::string::npos) << desc;
  // Self-contained and CSP-safe: no <style>, no style="", every text sets its font.
  EXPECT_EQ(count(doc, "//*[local-name()='style']"), 0u);
  EXPECT_EQ(count(doc, "//@style"), 0u);
  for (auto t : doc.select_nodes("//*[local-name()='text']"))
    EXPECT_STREQ(t.node().attribute("font-family").value(), "Noto Sans, sans-serif");
}

TEST(Svg, BarChartDrawsOneBarPerShownValueWithDutchLabels) {
  auto doc = parse_svg(to_svg(testing::sample_bar()));
  // The single series is plain Okabe-Ito blue: 1.234 and 87; the suppressed value is a stub.
  auto bars = doc.select_nodes("//*[local-name()='rect'][@fill='#0072B2']");
  ASSERT_EQ(bars.size(), 2u);
  double ips = attr(bars[0].node(), "width"), begeleiding = attr(bars[1].node(), "width");
  EXPECT_NEAR(ips / begeleiding, 1234.0 / 87.0, 0.2);  // widths rounded to 0.1 px
  EXPECT_TRUE(has_text(doc, "1.234"));
  EXPECT_TRUE(has_text(doc, "87"));
  EXPECT_TRUE(has_text(doc, "."));
  EXPECT_TRUE(has_text(doc, "geen gegevens"));
  EXPECT_TRUE(has_text(doc, kFootnote10));
  EXPECT_TRUE(has_text(doc, "Bron: Regiomonitor, release 2024-03-01"));
  // Axis 0..1.250 in steps of 250 (nice step for 1.234 / 5).
  EXPECT_TRUE(has_text(doc, "1.250"));
  EXPECT_TRUE(has_text(doc, "250"));
}

TEST(Svg, PercentagesUseADecimalCommaAndThePercentSign) {
  Chart c;
  c.title = "Aandeel";
  c.unit = Unit::kPercent;
  c.categories = {"a", "b"};
  c.series = {{"", {Value::shown(42.5), Value::shown(7.26)}}};
  auto doc = parse_svg(to_svg(c));
  EXPECT_TRUE(has_text(doc, "42,5%"));
  EXPECT_TRUE(has_text(doc, "7,3%"));
  EXPECT_TRUE(has_text(doc, "0%"));
  EXPECT_TRUE(has_text(doc, "100%"));
}

TEST(Svg, SuppressedValuesNeverShowTheHiddenNumber) {
  Chart c;
  c.title = "Geplaatst";
  c.categories = {"a", "b"};
  // A caller that (wrongly) leaves the number in a suppressed value still gets only ".".
  c.series = {{"n", {Value{7777.0, ValueState::kSuppressed}, Value::shown(12)}}};
  for (ChartKind kind : {ChartKind::kHorizontalBar, ChartKind::kStackedBar, ChartKind::kLine, ChartKind::kMatrix}) {
    c.kind = kind;
    std::string svg = to_svg(c, {.suppression_threshold = 5});
    EXPECT_EQ(svg.find("7777"), std::string::npos);
    EXPECT_EQ(svg.find("7.777"), std::string::npos);
    auto doc = parse_svg(svg);
    EXPECT_TRUE(has_text(doc, "."));
    EXPECT_TRUE(has_text(doc, ". = onderdrukt: te weinig personen (minder dan 5) of om terugrekenen te voorkomen"));
  }
}

TEST(Svg, NoFootnoteWithoutSuppressedValues) {
  Chart c = testing::sample_slope();
  auto doc = parse_svg(to_svg(c));
  for (const auto& t : testing::texts(doc)) EXPECT_EQ(t.find("onderdrukt"), std::string::npos) << t;
}

TEST(Svg, EscapesHostileTitlesAndLabels) {
  const std::string hostile = "<script>alert(\"x\")</script> & 'q' ]]>";
  Chart c = testing::sample_bar();
  c.title = hostile;
  c.source = hostile;
  c.categories[0] = hostile;
  c.series[0].name = hostile;
  std::string svg = to_svg(c, {.id_prefix = "\"><script>"});
  EXPECT_EQ(svg.find("<script"), std::string::npos);
  auto doc = parse_svg(svg);
  EXPECT_EQ(count(doc, "//*[local-name()='script']"), 0u);
  EXPECT_EQ(std::string(doc.child("svg").child("title").child_value()), hostile);
  EXPECT_STREQ(doc.child("svg").attribute("id").value(), "script");  // the prefix keeps only name characters
}

TEST(Svg, TwoChartsOnOnePageHaveDisjointIdsAndResolveTheirReferences) {
  std::set<std::string> all;
  for (const auto& [prefix, chart] : std::vector<std::pair<std::string, Chart>>{
           {"a", testing::sample_stacked()}, {"b", testing::sample_stacked()}, {"c", testing::sample_matrix()}}) {
    auto doc = parse_svg(to_svg(chart, {.id_prefix = prefix}));
    std::set<std::string> ids;
    for (auto n : doc.select_nodes("//@id")) {
      std::string id = n.attribute().value();
      EXPECT_TRUE(ids.insert(id).second) << "duplicate id " << id;
      EXPECT_TRUE(all.insert(id).second) << "id used by another chart " << id;
      EXPECT_EQ(id.rfind(prefix, 0), 0u) << id;
    }
    static const std::regex url(R"(url\(#([^)]+)\))");
    for (auto n : doc.select_nodes("//@fill")) {
      std::string v = n.attribute().value();
      std::smatch m;
      if (std::regex_search(v, m, url)) {
        EXPECT_TRUE(ids.count(m[1])) << v;
      }
    }
    std::string labelled = doc.child("svg").attribute("aria-labelledby").value();
    EXPECT_TRUE(ids.count(prefix + "-title") && ids.count(prefix + "-desc")) << labelled;
  }
}

TEST(Svg, StackedBarShowsSharesOfEachBar) {
  Chart c;
  c.kind = ChartKind::kStackedBar;
  c.title = "Verdeling";
  c.categories = {"2020"};
  c.series = {{"laag", {Value::shown(1)}}, {"hoog", {Value::shown(3)}}};
  auto doc = parse_svg(to_svg(c));
  EXPECT_TRUE(has_text(doc, "25,0%"));
  EXPECT_TRUE(has_text(doc, "75,0%"));
  // Segments: series 0 plain blue, series 1 its pattern; widths 1 : 3 of the 100% bar.
  auto low = doc.select_node("//*[local-name()='rect'][@fill='#0072B2'][@height='24']").node();
  auto high = doc.select_node("//*[local-name()='rect'][starts-with(@fill,'url(')][@height='24']").node();
  ASSERT_TRUE(low && high);
  EXPECT_NEAR(attr(high, "width") / attr(low, "width"), 3.0, 0.02);
  EXPECT_NEAR(attr(high, "x"), attr(low, "x") + attr(low, "width"), 0.11);
  std::string desc = doc.child("svg").child("desc").child_value();
  EXPECT_NE(desc.find("2020: laag 25,0% (1), hoog 75,0% (3)."), std::string::npos) << desc;
}

TEST(Svg, LineBreaksAtSuppressedAndMissingValuesAndNamesTheSeriesAtTheEnd) {
  auto doc = parse_svg(to_svg(testing::sample_line()));
  auto paths = doc.select_nodes("//*[local-name()='path'][@fill='none'][@stroke-width='2.5']");
  ASSERT_EQ(paths.size(), 2u);
  std::string national = paths[0].node().attribute("d").value();
  std::string region = paths[1].node().attribute("d").value();
  EXPECT_EQ(std::count(national.begin(), national.end(), 'M'), 1);
  EXPECT_EQ(std::count(national.begin(), national.end(), 'L'), 4);
  // AM13: 2019 alone, gap at 2020 (suppressed), 2021-2022, gap at 2023 (missing).
  EXPECT_EQ(std::count(region.begin(), region.end(), 'M'), 2);
  EXPECT_EQ(std::count(region.begin(), region.end(), 'L'), 1);
  EXPECT_TRUE(has_text(doc, "Nederland"));
  EXPECT_TRUE(has_text(doc, "AM13 Midden-Utrecht"));
  EXPECT_TRUE(has_text(doc, "43,0%"));
  EXPECT_TRUE(has_text(doc, "47,3%"));
  EXPECT_TRUE(has_text(doc, "geen gegevens"));
  std::string desc = doc.child("svg").child("desc").child_value();
  EXPECT_NE(desc.find("AM13 Midden-Utrecht: 2019 31,0%, 2020 ., 2021 45,5%, 2022 47,3%, 2023 geen gegevens."),
            std::string::npos)
      << desc;
}

TEST(Svg, MatrixWritesTheCountInEveryCell) {
  auto doc = parse_svg(to_svg(testing::sample_matrix()));
  // 25 cells of 34 px high; the counts, ".", "geen gegevens" in them.
  EXPECT_EQ(count(doc, "//*[local-name()='rect'][@height='34']"), 25u);
  EXPECT_TRUE(has_text(doc, "7"));
  EXPECT_TRUE(has_text(doc, "."));
  EXPECT_TRUE(has_text(doc, "geen gegevens"));
  EXPECT_TRUE(has_text(doc, "Niveau 2022"));
  EXPECT_TRUE(has_text(doc, "Niveau 2018"));
  std::string desc = doc.child("svg").child("desc").child_value();
  EXPECT_NE(desc.find("Van 2: naar 2: 2, naar 3: 7, naar 4: 3."), std::string::npos) << desc;
  EXPECT_NE(desc.find("naar 5: onderdrukt"), std::string::npos) << desc;
  EXPECT_NE(desc.find("Van 5: naar 1: geen gegevens, naar 5: 2."), std::string::npos) << desc;
}

TEST(Svg, SlopeChartLabelsBothEnds) {
  auto doc = parse_svg(to_svg(testing::sample_slope()));
  EXPECT_EQ(count(doc, "//*[local-name()='text'][.='3 Operationele samenwerking']"), 2u);
  EXPECT_TRUE(has_text(doc, "14"));
  EXPECT_TRUE(has_text(doc, "9"));
  EXPECT_TRUE(has_text(doc, "2018"));
  EXPECT_TRUE(has_text(doc, "2022"));
}

TEST(Svg, SmallMultiplesDrawEveryPanelWithItsTitle) {
  auto doc = parse_svg(to_svg(testing::sample_small_multiples(), {.id_prefix = "sm"}));
  EXPECT_TRUE(has_text(doc, "IPS"));
  EXPECT_TRUE(has_text(doc, "Jobcoaching"));
  EXPECT_EQ(count(doc, "//*[local-name()='path'][@fill='none'][@stroke-width='2.5']"), 2u);
  std::string desc = doc.child("svg").child("desc").child_value();
  EXPECT_NE(desc.find("IPS — Nederland: 2021 40,0%, 2022 42,5%, 2023 44,0%."), std::string::npos) << desc;
}

TEST(Svg, SmallMultiplesSayWhenAPanelCannotBeDrawn) {
  Chart c = testing::sample_small_multiples();
  c.panels.push_back(testing::sample_map());
  auto doc = parse_svg(to_svg(c));
  EXPECT_TRUE(has_text(doc, "Samenwerkingsniveau per regio, eind 2020"));
  std::string desc = doc.child("svg").child("desc").child_value();
  EXPECT_NE(desc.find("Samenwerkingsniveau per regio, eind 2020 — Deze figuur kan niet als deel van een raster"),
            std::string::npos)
      << desc;
  EXPECT_TRUE(has_text(doc, "Deze figuur kan niet als deel van een raster getoond"));  // wrapped: 290 px panel
  EXPECT_EQ(count(doc, "//*[@data-region]"), 0u);
}

TEST(Svg, HiddenHeadingKeepsTheTitleOnlyInTitle) {
  auto drawn = parse_svg(to_svg(testing::sample_bar()));
  auto hidden = parse_svg(to_svg(testing::sample_bar(), {.heading = Heading::kHidden}));
  EXPECT_TRUE(has_text(drawn, "Trajecten gestart per interventie"));
  EXPECT_FALSE(has_text(hidden, "Trajecten gestart per interventie"));
  EXPECT_STREQ(hidden.child("svg").child("title").child_value(), "Trajecten gestart per interventie");
}

TEST(Svg, DescriptionsThatDoNotFitStillGiveAValidSvg) {
  const double nan = std::nan("");
  for (ChartKind kind : {ChartKind::kHorizontalBar, ChartKind::kStackedBar, ChartKind::kLine, ChartKind::kSlope,
                         ChartKind::kMatrix, ChartKind::kSmallMultiples, ChartKind::kMap}) {
    SCOPED_TRACE(static_cast<int>(kind));
    Chart empty;
    empty.kind = kind;
    parse_svg(to_svg(empty));
    Chart odd;
    odd.kind = kind;
    odd.title = "Scheef";
    odd.categories = {"één"};
    odd.series = {{"kort", {}}, {"lang", {Value::shown(nan), Value::shown(-3), Value::shown(1e12)}}};
    odd.map.year = 1900;
    odd.map.classes = {{"1", "een"}};
    odd.map.regions = {{"AM13", 7, false, "", ""}};
    std::string svg = to_svg(odd, {.width = 10});
    auto doc = parse_svg(svg);
    EXPECT_EQ(svg.find("nan"), std::string::npos);
    EXPECT_EQ(svg.find("inf"), std::string::npos);
  }
}

}  // namespace
}  // namespace regio::render

namespace regio::render {
namespace {

// No text runs outside the SVG: each <text>'s estimated extent (Noto Sans advance widths, with its
// anchor and the translations of its groups) lies within the viewBox, at phone and page widths.
TEST(Svg, NoTextIsClippedAtTheEdges) {
  static const std::regex translate(R"(translate\(([-0-9.]+) ([-0-9.]+)\))");
  for (double width : {360.0, 640.0}) {
    for (const Chart& c : {testing::sample_bar(), testing::sample_grouped_bar(), testing::sample_stacked(),
                           testing::sample_line(), testing::sample_slope(), testing::sample_matrix(),
                           testing::sample_small_multiples(), testing::sample_map(2020)}) {
      SCOPED_TRACE(c.title + " @" + std::to_string(width));
      auto doc = parse_svg(to_svg(c, {.width = width}));
      double w = doc.child("svg").attribute("width").as_double();
      double h = doc.child("svg").attribute("height").as_double();
      for (auto n : doc.select_nodes("//*[local-name()='text']")) {
        auto t = n.node();
        double ox = 0, oy = 0;
        for (auto p = t.parent(); p; p = p.parent()) {
          std::smatch m;
          std::string tr = p.attribute("transform").value();
          if (std::regex_search(tr, m, translate)) ox += std::stod(m[1]), oy += std::stod(m[2]);
        }
        double size = t.attribute("font-size").as_double();
        double extent =
            internal::text_width(t.child_value(), size, std::string(t.attribute("font-weight").value()) == "bold");
        std::string anchor = t.attribute("text-anchor").value();
        double x = t.attribute("x").as_double() + ox, y = t.attribute("y").as_double() + oy;
        double left = anchor == "end" ? x - extent : anchor == "middle" ? x - extent / 2 : x;
        EXPECT_GE(left, -0.5) << t.child_value();
        EXPECT_LE(left + extent, w + 0.5) << t.child_value();
        EXPECT_GE(y - size, -0.5) << t.child_value();
        EXPECT_LE(y, h) << t.child_value();
      }
    }
  }
}

}  // namespace
}  // namespace regio::render

namespace regio::render {
namespace {

TEST(Svg, StackedCountsPutSuppressedStubsAfterTheBar) {
  Chart c;
  c.kind = ChartKind::kStackedBar;
  c.stack = StackMode::kCount;
  c.title = "Uitstroom";
  c.categories = {"AM21"};
  c.series = {{"Werk", {Value::suppressed()}},
              {"Opleiding", {Value::shown(60)}},
              {"Anders", {Value::suppressed()}},
              {"Onbekend", {Value::missing()}}};
  auto doc = testing::parse_svg(to_svg(c, {.id_prefix = "u"}));
  auto segment = doc.select_node("//*[local-name()='rect'][@height='24'][not(@stroke)]").node();
  ASSERT_TRUE(segment);
  double end = attr(segment, "x") + attr(segment, "width");
  // Two stubs, outlined in the colours of Werk (blue) and Anders (green), both after the bar.
  auto stubs = doc.select_nodes("//*[local-name()='rect'][@height='24'][@stroke]");
  ASSERT_EQ(stubs.size(), 2u);
  EXPECT_STREQ(stubs[0].node().attribute("stroke").value(), "#0072B2");
  EXPECT_STREQ(stubs[1].node().attribute("stroke").value(), "#009E73");
  EXPECT_GE(attr(stubs[0].node(), "x"), end);
  EXPECT_GE(attr(stubs[1].node(), "x"), attr(stubs[0].node(), "x") + attr(stubs[0].node(), "width"));
  EXPECT_TRUE(has_text(doc, "60"));
  EXPECT_TRUE(has_text(doc, "."));
  std::string desc = doc.child("svg").child("desc").child_value();
  EXPECT_TRUE(has_text(doc, "geen gegevens: Onbekend"));
  EXPECT_NE(desc.find("AM21: Werk ., Opleiding 60, Anders ., Onbekend geen gegevens."), std::string::npos) << desc;
}

TEST(Svg, EverySeriesHasItsOwnColourAndPatternOrMarker) {
  auto bars = testing::parse_svg(to_svg(testing::sample_grouped_bar()));
  EXPECT_EQ(count(bars, "//*[local-name()='rect'][@fill='#0072B2']"), 4u);  // 3 bars + legend swatch
  EXPECT_EQ(count(bars, "//*[local-name()='pattern']"), 1u);                // series 2: vermillion, hatched
  EXPECT_EQ(count(bars, "//*[local-name()='rect'][@fill='#D55E00']"), 1u);  // inside the pattern
  EXPECT_TRUE(has_text(bars, "Landelijk gemiddelde"));
  auto lines = testing::parse_svg(to_svg(testing::sample_line()));
  EXPECT_GE(count(lines, "//*[local-name()='circle'][@fill='#0072B2']"), 5u);  // Nederland: circles
  EXPECT_GE(count(lines, "//*[local-name()='rect'][@fill='#D55E00']"), 3u);    // AM13: squares
}

}  // namespace
}  // namespace regio::render
