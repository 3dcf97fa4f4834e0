#include "outcomes/indicator_format.h"

#include <stdexcept>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace regio::outcomes {
namespace {

// Two unrelated rows (no totals, so only primary suppression applies):
// AM01 2019 ips: werkend_12m_teller 3 is suppressed; AM02 *: starters 5 is suppressed.
DisclosedTable sample(DisclosureMode mode = DisclosureMode::kSuppressed) {
  IndicatorRow a{"AM01", 2019, Interventie::kIps};
  a.starters = 12;
  a.werk_12m_noemer = 10;
  a.werk_12m_teller = 10;
  a.dagen_tot_werk_mediaan = 44;
  a.duurzaam_noemer = 10;
  a.werkend_12m_teller = 3;
  a.uren_gem = 24.3;
  a.uren_bekend = 10;  // the base of uren_gem reaches the threshold
  IndicatorRow b{"AM02", std::nullopt, std::nullopt};
  b.starters = 5;
  auto t = disclose(std::vector<IndicatorRow>{a, b}, {.mode = mode, .peildatum = from_civil({2022, 12, 31})});
  if (!t) throw std::runtime_error(t.error().message);
  return *t;
}

// What a protected table computed on a peildatum (not a release) says about itself.
constexpr const char* kPreambleLines[] = {
    "Regiomonitor uitkomstindicatoren; aantallen zijn trajecten (een persoon kan meer trajecten hebben).",
    "Bron: beveiligd berekend op peildatum 2022-12-31 (geen release).",
    "Beveiligd: aantallen van 1 tot en met 9 en cellen waaruit die af te leiden zijn, zijn onderdrukt ('.'); de overige "
    "aantallen zijn afgerond op veelvouden van 5; percentages zijn berekend uit de afgeronde aantallen."};

std::string preamble(const char* eol = "\n") {
  std::string out;
  for (const char* line : kPreambleLines) out += std::string("# ") + line + eol;
  return out;
}

constexpr const char* kHeader =
    "regio,jaar,interventie,starters,werk_12m_noemer,werk_12m_teller,dagen_tot_werk_mediaan,"
    "duurzaam_noemer,duurzaam_teller,werkend_12m_teller,uitkering_noemer,"
    "uitkering_uitstroom_teller,uren_gem";

TEST(IndicatorFormat, Csv) {
  // Counts rounded to multiples of 5 (12 -> 10), small ones suppressed.
  EXPECT_EQ(format_indicators(sample(), IndicatorFormat::kCsv), preamble() + kHeader + "\n" +
                                                                    "AM01,2019,ips,10,10,10,44,10,0,.,0,0,24.3\n"
                                                                    "AM02,*,*,.,0,0,,0,0,0,0,0,\n");
}

TEST(IndicatorFormat, CsvWithPercentages) {
  // werk_12m_pct 10/10 = 100.0; duurzaam_pct 0/10 = 0.0; werkend_12m_pct has a suppressed
  // teller; uitstroom_pct has denominator 0 (empty). AM02 has only zero denominators.
  EXPECT_EQ(format_indicators(sample(), IndicatorFormat::kCsv, {.percentages = true}),
            preamble() + kHeader + ",werk_12m_pct,duurzaam_pct,werkend_12m_pct,uitstroom_pct\n" +
                "AM01,2019,ips,10,10,10,44,10,0,.,0,0,24.3,100.0,0.0,.,\n"
                "AM02,*,*,.,0,0,,0,0,0,0,0,,,,,\n");
}

TEST(IndicatorFormat, DutchCsvHasBomSemicolonsDecimalCommaAndCrlf) {
  const std::string text = format_indicators(sample(), IndicatorFormat::kCsvNl);
  ASSERT_TRUE(text.starts_with("\xEF\xBB\xBF" + preamble("\r\n") + "regio;jaar;interventie;starters;")) << text;
  EXPECT_NE(text.find("uren_gem\r\nAM01;2019;ips;10;10;10;44;10;0;.;0;0;24,3\r\n"), std::string::npos);
  EXPECT_TRUE(text.ends_with("AM02;*;*;.;0;0;;0;0;0;0;0;\r\n"));
}

TEST(IndicatorFormat, JsonHasMetaAndRows) {
  const auto doc = nlohmann::json::parse(format_indicators(sample(), IndicatorFormat::kJson));
  const auto& meta = doc["meta"];
  EXPECT_EQ(meta["bron"], "berekend");
  EXPECT_EQ(meta["peildatum"], "2022-12-31");
  EXPECT_EQ(meta["beveiligd"], true);
  EXPECT_EQ(meta["drempel"], 10);
  EXPECT_EQ(meta["afronding"], 5);
  EXPECT_EQ(meta["fictief"], false);
  EXPECT_EQ(meta["uitleg"],
            nlohmann::json(std::vector<std::string>(std::begin(kPreambleLines), std::end(kPreambleLines))));
  EXPECT_FALSE(meta.contains("gepubliceerd_door"));  // not a release
  const auto raw = nlohmann::json::parse(
      format_indicators(sample(DisclosureMode::kUnsuppressed), IndicatorFormat::kJson, {.fictional = true}))["meta"];
  EXPECT_EQ(raw["beveiligd"], false);
  EXPECT_TRUE(raw["drempel"].is_null());
  EXPECT_TRUE(raw["afronding"].is_null());
  EXPECT_EQ(raw["fictief"], true);
}

TEST(IndicatorFormat, JsonUsesNullAndListsSuppressedFields) {
  const auto rows = nlohmann::json::parse(format_indicators(sample(), IndicatorFormat::kJson))["rijen"];
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0]["jaar"], 2019);
  EXPECT_EQ(rows[0]["interventie"], "ips");
  EXPECT_EQ(rows[0]["starters"], 10);  // 12 rounded
  EXPECT_TRUE(rows[0]["werkend_12m_teller"].is_null());
  EXPECT_EQ(rows[0]["uren_gem"], 24.3);
  EXPECT_EQ(rows[0]["werk_12m_pct"], 100.0);
  EXPECT_EQ(rows[0]["onderdrukt"], nlohmann::json({"werkend_12m_teller", "werkend_12m_pct"}));
  EXPECT_EQ(rows[1]["jaar"], "*");
  EXPECT_TRUE(rows[1]["starters"].is_null());
  EXPECT_TRUE(rows[1]["dagen_tot_werk_mediaan"].is_null());  // undefined, not suppressed
  EXPECT_EQ(rows[1]["onderdrukt"], nlohmann::json({"starters"}));
}

TEST(IndicatorFormat, TerminalTableSaysWhatItIsAboveAlignedFigures) {
  const std::string text = format_indicators(sample(), IndicatorFormat::kTable);
  std::string above;
  for (const char* line : kPreambleLines) above += std::string(line) + "\n";
  EXPECT_TRUE(text.starts_with(above + "\nregio  jaar  interventie  starters")) << text;
  EXPECT_NE(text.find("\nAM01   2019  ips                10"), std::string::npos) << text;
  EXPECT_NE(text.find("24,3"), std::string::npos);
}

TEST(IndicatorFormat, UnsuppressedTableShowsTheSmallCountsAndSaysItIsUnprotected) {
  const std::string text = format_indicators(sample(DisclosureMode::kUnsuppressed), IndicatorFormat::kCsv);
  EXPECT_TRUE(text.starts_with(std::string("# ") + kPreambleLines[0] +
                               "\n# Bron: berekend op peildatum 2022-12-31.\n# NIET BEVEILIGD: exacte cijfers"))
      << text;
  EXPECT_NE(text.find("\nAM01,2019,ips,12,10,10,44,10,0,3,0,0,24.3\n"), std::string::npos) << text;
  EXPECT_NE(text.find("\nAM02,*,*,5,"), std::string::npos) << text;
}

TEST(IndicatorFormat, FictionalDataIsSaid) {
  const std::string text = format_indicators(sample(), IndicatorFormat::kCsv, {.fictional = true});
  EXPECT_TRUE(
      text.starts_with(std::string("# ") + kPreambleLines[0] + "\n# FICTIEVE demogegevens: geen echte cliënten.\n"))
      << text;
}

TEST(IndicatorFormat, RegionFilterAfterDisclosure) {
  const std::vector<std::string> only = {"AM02"};
  EXPECT_EQ(format_indicators(sample().only_regions(only), IndicatorFormat::kCsv),
            preamble() + kHeader + "\nAM02,*,*,.,0,0,,0,0,0,0,0,\n");
}

TEST(IndicatorFormat, ParsesFormatNames) {
  EXPECT_EQ(parse_indicator_format("csv-nl").value(), IndicatorFormat::kCsvNl);
  auto bad = parse_indicator_format("xml");
  ASSERT_FALSE(bad.has_value());
  EXPECT_NE(bad.error().message.find("csv, csv-nl, json, table"), std::string::npos);
}

}  // namespace
}  // namespace regio::outcomes
