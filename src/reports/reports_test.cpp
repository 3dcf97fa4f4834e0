// The assembly of the report documents on the demo's responses and a real release (the demo's
// release of 01-01-2025 reduced to NL, AM13 and AM19; see demo_input_test_support.h).
#include <set>
#include <variant>

#include <gtest/gtest.h>

#include "document/html_writer.h"
#include "report/patterns.h"
#include "reports/demo_input_test_support.h"
#include "reports/fact_sheet.h"
#include "reports/national_report.h"

namespace regio::reports {
namespace {

using testing::demo_input;

std::set<std::string> anchors(const document::Document& d) {
  std::set<std::string> out;
  for (const auto& b : d.blocks)
    if (const auto* h = std::get_if<document::Heading>(&b)) out.insert(h->anchor);
  return out;
}

TEST(NationalReport, HasEverySectionOfTheIssue) {
  const auto doc = national_report(demo_input(true));
  ASSERT_TRUE(document::validate(doc).has_value()) << document::validate(doc).error().message;
  const auto a = anchors(doc);
  for (const char* s :
       {"samenvatting", "niveaus", "overgangen", "beoogd", "borging", "betrokkenheid", "producten", "doelen",
        "activiteiten", "knelpunten", "uitkomsten", "patronen", "vooruit", "advies", "methoden", "colofon"})
    EXPECT_TRUE(a.contains(s)) << s;
  EXPECT_NE(doc.running_text.find("FICTIEVE DEMODATA"), std::string::npos);
}

TEST(NationalReport, EveryFigureHasAltTextAndIsFollowedByItsTable) {
  const auto doc = national_report(demo_input(true));
  int figures = 0;
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const auto* f = std::get_if<document::Figure>(&doc.blocks[i]);
    if (!f) continue;
    ++figures;
    EXPECT_GT(f->alt.size(), f->caption.size()) << f->caption;  // the alt text lists the figures
    ASSERT_LT(i + 1, doc.blocks.size());
    const auto* t = std::get_if<document::Table>(&doc.blocks[i + 1]);
    ASSERT_NE(t, nullptr) << f->caption;
    EXPECT_EQ(t->caption, f->caption);
  }
  EXPECT_GE(figures, 10);
}

TEST(NationalReport, LevelTableCountsEqualTheAnalysis) {
  const auto in = demo_input(false);
  const auto doc = national_report(in);
  const document::Table* levels = nullptr;
  for (const auto& b : doc.blocks)
    if (const auto* t = std::get_if<document::Table>(&b); t && t->caption == "Regio's per samenwerkingsniveau")
      levels = t;
  ASSERT_NE(levels, nullptr);
  ASSERT_EQ(levels->rows.size(), in.analysis.ladder.size());
  int total = 0;
  for (std::size_t i = 0; i < levels->rows.size(); ++i) {
    EXPECT_EQ(levels->rows[i][1].text, std::to_string(in.analysis.levels.at(static_cast<int>(i) + 1)));
    total += std::stoi(levels->rows[i][1].text);
  }
  EXPECT_EQ(total, 31);  // the demo's 31 regions
}

TEST(NationalReport, SuppressedOutcomeCellsAreDotsAndShownOnesEqualTheRelease) {
  const auto in = demo_input(true);
  const auto doc = national_report(in);
  int hidden = 0, shown = 0;
  for (const auto& b : doc.blocks) {
    const auto* t = std::get_if<document::Table>(&b);
    if (!t || !t->caption.starts_with("Uitkomsten per")) continue;
    for (const auto& row : t->rows) {
      for (const auto& c : row) {
        if (c.suppressed) {
          ++hidden;
          EXPECT_TRUE(c.text.empty());  // the writers print "." for it
        }
      }
      if (row[0].text == "Nederland" || row[0].text == "AM13" || row[0].text == "AM19") ++shown;
    }
  }
  EXPECT_GT(hidden, 0);
  EXPECT_EQ(shown, 3);
  auto html = document::to_html(doc);
  ASSERT_TRUE(html.has_value());
}

TEST(NationalReport, WithoutReleaseTheOutcomesSayNoneIsPublished) {
  const auto doc = national_report(demo_input(false));
  auto html = document::to_html(doc).value();
  EXPECT_NE(html.find("nog geen release van uitkomstcijfers gepubliceerd"), std::string::npos);
}

TEST(NationalReport, WithoutRegionDetailRefersToTheFactSheets) {
  auto in = demo_input(true);
  in.region_detail = false;
  const auto html = document::to_html(national_report(in)).value();
  EXPECT_NE(html.find("ze staan in de factsheet van elke regio"), std::string::npos);
  EXPECT_EQ(html.find("Kwantitatieve doelen: projectie en status"), std::string::npos);
  EXPECT_EQ(html.find("AM13 wil voor de starters"), std::string::npos);
}

TEST(FactSheet, HasTheRegionsPartsAndValidates) {
  const auto in = demo_input(true);
  const auto doc = fact_sheet(in, "AM13", "Midden-Utrecht");
  ASSERT_TRUE(document::validate(doc).has_value()) << document::validate(doc).error().message;
  EXPECT_EQ(doc.metadata.title, "Factsheet Midden-Utrecht (AM13)");
  const auto a = anchors(doc);
  for (const char* s :
       {"stand", "niveau", "borging", "betrokkenheid", "producten", "doelen", "uitkomsten", "vooruit", "advies"})
    EXPECT_TRUE(a.contains(s)) << s;
  for (const auto& b : doc.blocks)
    if (const auto* f = std::get_if<document::Figure>(&b)) EXPECT_FALSE(f->alt.empty());
}

}  // namespace
}  // namespace regio::reports
