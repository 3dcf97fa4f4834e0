#include "document/document.h"

#include <gtest/gtest.h>

#include "document/sample_document_test_support.h"

namespace regio::document {
namespace {

Document minimal() {
  Document d;
  d.metadata.title = "Titel";
  return d;
}

void expect_invalid(const Document& d, std::string_view fragment) {
  Status s = validate(d);
  ASSERT_FALSE(s.has_value());
  EXPECT_EQ(s.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(s.error().message.find(fragment), std::string::npos) << s.error().message;
}

TEST(ValidateTest, SampleDocumentIsValid) { EXPECT_TRUE(validate(testing::sample_document()).has_value()); }

TEST(ValidateTest, RequiresTitle) { expect_invalid(Document{}, "zonder titel"); }

TEST(ValidateTest, HeadingLevelsAndAnchors) {
  Document d = minimal();
  d.blocks.push_back(Heading{4, "Te diep", "diep"});
  expect_invalid(d, "niveau 4");
  d.blocks = {Heading{1, "Kop", "met spatie"}};
  expect_invalid(d, "anker 'met spatie'");
  d.blocks = {Heading{1, "Kop", "a"}, Heading{2, "Nog een", "a"}};
  expect_invalid(d, "Blok 2: anker 'a' komt al eerder");
}

TEST(ValidateTest, TableRowsAsWideAsTheHeader) {
  Document d = minimal();
  d.blocks.push_back(Table{"Tabel", {{Cell::label("a"), Cell::label("b")}}, {{Cell::label("x")}}, ""});
  expect_invalid(d, "rij 2 heeft 1 cellen; de tabel heeft 2 kolommen");
}

TEST(ValidateTest, FigureNeedsAltTextCaptionAndChartSvg) {
  Document d = minimal();
  d.blocks.push_back(Figure{testing::bar_chart_svg(), "", "Bijschrift", ""});
  expect_invalid(d, "figuur 1 ('Bijschrift') heeft geen alternatieve tekst");
  d.blocks = {Figure{"<svg><script>alert(1)</script></svg>", "alt", "Bijschrift", ""}};
  expect_invalid(d, "'<script'");
  d.blocks = {Figure{"geen svg", "alt", "Bijschrift", ""}};
  expect_invalid(d, "geen <svg>");
}

TEST(ValidateTest, TextMustBeUtf8) {
  Document d = minimal();
  d.blocks.push_back(Paragraph{{document::Run{"goed: cliënten"}}});
  EXPECT_TRUE(validate(d).has_value());
  d.blocks.push_back(Paragraph{{document::Run{"fout: cli\xEBnten"}}});  // Latin-1, as an old CSV might give
  expect_invalid(d, "Blok 2: de tekst is geen geldige UTF-8");
  d.blocks = {Table{"Tabel", {}, {{Cell::label("\xC0\x80")}}, ""}};  // overlong NUL
  expect_invalid(d, "Blok 1");
  d.blocks = {Heading{1, "\xED\xA0\x80", "a"}};  // a surrogate
  expect_invalid(d, "Blok 1");
  d.blocks.clear();
  d.metadata.keywords = {"\xF4\x90\x80\x80"};  // above U+10FFFF
  expect_invalid(d, "trefwoord");
}

}  // namespace
}  // namespace regio::document
