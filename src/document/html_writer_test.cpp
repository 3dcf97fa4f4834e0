#include "document/html_writer.h"

#include <gtest/gtest.h>

#include <pugixml.hpp>

#include "document/sample_document_test_support.h"

namespace regio::document {
namespace {

constexpr const char* kHostileTitle = "<script>alert(\"x\")</script> & Co's";

Document hostile() {
  Document d = testing::sample_document(1, 10);
  d.metadata.title = kHostileTitle;
  d.running_text = "<b>niet vet</b>";
  d.blocks.push_back(Paragraph{{Run{"<img src=x onerror=alert(1)> &amp; \"citaat\""}}});
  d.blocks.push_back(Paragraph{{Run{std::string("nul\0bel\a", 8)}}});
  d.blocks.push_back(Table{
      "<i>tabel</i>", {{Cell::label("A&B"), Cell::number("<n>")}}, {{Cell::label("</td><td>"), Cell::hidden()}}, ""});
  return d;
}

pugi::xml_document parse(const std::string& html) {
  pugi::xml_document doc;
  pugi::xml_parse_result r = doc.load_string(html.c_str());
  EXPECT_TRUE(r) << r.description() << " at " << r.offset << ": " << html.substr(r.offset, 80);
  return doc;
}

TEST(HtmlWriterTest, HostileTextStaysText) {
  auto html = to_html(hostile());
  ASSERT_TRUE(html.has_value()) << html.error().message;
  pugi::xml_document doc = parse(*html);
  EXPECT_FALSE(doc.select_node("//script"));
  EXPECT_FALSE(doc.select_node("//img"));
  EXPECT_FALSE(doc.select_node("//b"));
  EXPECT_FALSE(doc.select_node("//i"));
  EXPECT_STREQ(doc.select_node("/html/head/title").node().child_value(), kHostileTitle);
  EXPECT_STREQ(doc.select_node("//h1").node().child_value(), kHostileTitle);
  EXPECT_STREQ(doc.select_node("//footer").node().child_value(), "<b>niet vet</b>");
  EXPECT_TRUE(doc.select_node("//p[text()='<img src=x onerror=alert(1)> &amp; \"citaat\"']"));
  EXPECT_TRUE(doc.select_node("//th[text()='</td><td>']"));
  EXPECT_TRUE(
      doc.select_node("//p[text()='nul\xEF\xBF\xBD"
                      "bel\xEF\xBF\xBD']"));
  EXPECT_TRUE(doc.select_node("//caption[text()='Tabel 2. <i>tabel</i>']"));
  EXPECT_STREQ(doc.select_node("/html").node().attribute("lang").value(), "nl");
}

TEST(HtmlWriterTest, HeadingsInOrderWithAnchorsTheTocLinksTo) {
  auto html = to_html(testing::sample_document());
  ASSERT_TRUE(html.has_value());
  pugi::xml_document doc = parse(*html);
  int previous = 0;
  std::vector<std::string> ids;
  for (pugi::xpath_node n : doc.select_nodes("//*[self::h1 or self::h2 or self::h3 or self::h4]")) {
    const int level = n.node().name()[1] - '0';
    EXPECT_LE(level, previous + 1) << n.node().child_value();
    if (previous == 0) EXPECT_EQ(level, 1);
    previous = level;
    if (!n.node().attribute("id").empty()) ids.emplace_back(n.node().attribute("id").value());
  }
  std::vector<std::string> links;
  for (pugi::xpath_node a : doc.select_nodes("//nav//a")) links.emplace_back(a.node().attribute("href").value());
  // Table of contents: the level 1 and 2 headings, in order.
  EXPECT_EQ(links, (std::vector<std::string>{"#samenvatting", "#niveaus", "#verdeling", "#per-regio", "#overgangen",
                                             "#methoden"}));
  for (const std::string& l : links) EXPECT_NE(std::find(ids.begin(), ids.end(), l.substr(1)), ids.end()) << l;
}

TEST(HtmlWriterTest, TablesHaveCaptionAndScopedHeaders) {
  auto html = to_html(testing::sample_document(1, 10));
  ASSERT_TRUE(html.has_value());
  pugi::xml_document doc = parse(*html);
  EXPECT_STREQ(doc.select_node("//table/caption").node().child_value(),
               "Tabel 1. Niveau op de samenwerkingsladder per arbeidsmarktregio");
  EXPECT_EQ(doc.select_nodes("//thead/tr/th[@scope='col']").size(), 7u);
  EXPECT_EQ(doc.select_nodes("//tbody/tr/th[@scope='row']").size(), 10u);  // AM01..AM10
  EXPECT_TRUE(doc.select_nodes("//th[not(@scope)]").empty());
  // AM07's client count is suppressed: a dot that says what it means.
  pugi::xpath_node dot = doc.select_node("//tr[th='AM07']/td[last()]/abbr");
  ASSERT_TRUE(dot);
  EXPECT_STREQ(dot.node().child_value(), ".");
  EXPECT_STREQ(dot.node().attribute("title").value(), "geheimgehouden");
  EXPECT_STREQ(doc.select_node("//tr[th='AM10']/td[last()]").node().child_value(), "2.370");
}

TEST(HtmlWriterTest, FiguresAreInlineSvgWithTextAlternative) {
  Document d = testing::sample_document();
  auto html = to_html(d);
  ASSERT_TRUE(html.has_value());
  pugi::xml_document doc = parse(*html);
  pugi::xpath_node_set charts = doc.select_nodes("//figure/div[@role='img']");
  ASSERT_EQ(charts.size(), 2u);
  EXPECT_STREQ(charts[0].node().attribute("aria-label").value(), std::get<Figure>(d.blocks[9]).alt.c_str());
  EXPECT_STREQ(charts[0].node().first_child().name(), "svg");
  EXPECT_STREQ(doc.select_node("//figure/figcaption").node().child_value(),
               "Figuur 1. Regio's per niveau van de samenwerkingsladder, eind 2020");
  EXPECT_EQ(html->find("<?xml"), std::string::npos);  // the SVG's prolog is not repeated inside HTML
}

TEST(HtmlWriterTest, FragmentForStrictCspHasNoInlineStyle) {
  auto parts = to_html_parts(hostile());
  ASSERT_TRUE(parts.has_value());
  pugi::xml_document doc = parse(parts->main);
  EXPECT_STREQ(doc.first_child().name(), "main");
  EXPECT_TRUE(doc.select_nodes("//style").empty());
  EXPECT_TRUE(doc.select_nodes("//*[@style]").empty());
  EXPECT_FALSE(doc.select_node("//script"));
  EXPECT_NE(parts->css.find(".rd-doc"), std::string::npos);
}

TEST(HtmlWriterTest, InvalidDocumentIsRefused) {
  Document d = testing::sample_document();
  d.metadata.title.clear();
  EXPECT_EQ(to_html(d).error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(to_html_parts(d).error().code, ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace regio::document
