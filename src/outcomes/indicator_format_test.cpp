#include "outcomes/indicator_format.h"

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
  IndicatorRow b{"AM02", std::nullopt, std::nullopt};
  b.starters = 5;
  return *disclose(std::vector<IndicatorRow>{a, b}, {.mode = mode});
}

constexpr const char* kHeader =
    "regio,jaar,interventie,starters,werk_12m_noemer,werk_12m_teller,dagen_tot_werk_mediaan,"
    "duurzaam_noemer,duurzaam_teller,werkend_12m_teller,uitkering_noemer,"
    "uitkering_uitstroom_teller,uren_gem";

TEST(IndicatorFormat, Csv) {
  EXPECT_EQ(format_indicators(sample(), IndicatorFormat::kCsv), std::string(kHeader) + "\n" +
                                                                    "AM01,2019,ips,12,10,10,44,10,0,.,0,0,24.3\n"
                                                                    "AM02,*,*,.,0,0,,0,0,0,0,0,\n");
}

TEST(IndicatorFormat, CsvWithPercentages) {
  // werk_12m_pct 10/10 = 100.0; duurzaam_pct 0/10 = 0.0; werkend_12m_pct has a suppressed
  // teller; uitstroom_pct has denominator 0 (empty). AM02 has only zero denominators.
  EXPECT_EQ(format_indicators(sample(), IndicatorFormat::kCsv, {.percentages = true}),
            std::string(kHeader) + ",werk_12m_pct,duurzaam_pct,werkend_12m_pct,uitstroom_pct\n" +
                "AM01,2019,ips,12,10,10,44,10,0,.,0,0,24.3,100.0,0.0,.,\n"
                "AM02,*,*,.,0,0,,0,0,0,0,0,,,,,\n");
}

TEST(IndicatorFormat, DutchCsvHasBomSemicolonsDecimalCommaAndCrlf) {
  const std::string text = format_indicators(sample(), IndicatorFormat::kCsvNl);
  ASSERT_TRUE(text.starts_with("\xEF\xBB\xBFregio;jaar;interventie;starters;"));
  EXPECT_NE(text.find("uren_gem\r\nAM01;2019;ips;12;10;10;44;10;0;.;0;0;24,3\r\n"), std::string::npos);
  EXPECT_TRUE(text.ends_with("AM02;*;*;.;0;0;;0;0;0;0;0;\r\n"));
}

TEST(IndicatorFormat, JsonUsesNullAndListsSuppressedFields) {
  const auto rows = nlohmann::json::parse(format_indicators(sample(), IndicatorFormat::kJson));
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0]["jaar"], 2019);
  EXPECT_EQ(rows[0]["interventie"], "ips");
  EXPECT_EQ(rows[0]["starters"], 12);
  EXPECT_TRUE(rows[0]["werkend_12m_teller"].is_null());
  EXPECT_EQ(rows[0]["uren_gem"], 24.3);
  EXPECT_EQ(rows[0]["werk_12m_pct"], 100.0);
  EXPECT_EQ(rows[0]["onderdrukt"], nlohmann::json({"werkend_12m_teller", "werkend_12m_pct"}));
  EXPECT_EQ(rows[1]["jaar"], "*");
  EXPECT_TRUE(rows[1]["starters"].is_null());
  EXPECT_TRUE(rows[1]["dagen_tot_werk_mediaan"].is_null());  // undefined, not suppressed
  EXPECT_EQ(rows[1]["onderdrukt"], nlohmann::json({"starters"}));
}

TEST(IndicatorFormat, TerminalTableIsAlignedWithALegend) {
  const std::string text = format_indicators(sample(), IndicatorFormat::kTable);
  EXPECT_TRUE(text.starts_with("regio  jaar  interventie  starters"));
  EXPECT_NE(text.find("\nAM01   2019  ips                12"), std::string::npos);
  EXPECT_NE(text.find("24,3"), std::string::npos);
  EXPECT_NE(text.find(". = onderdrukt (minder dan 10"), std::string::npos);
}

TEST(IndicatorFormat, UnsuppressedTableShowsTheSmallCounts) {
  EXPECT_NE(format_indicators(sample(DisclosureMode::kUnsuppressed), IndicatorFormat::kCsv).find("AM02,*,*,5,"),
            std::string::npos);
}

TEST(IndicatorFormat, RegionFilterAfterDisclosure) {
  const std::vector<std::string> only = {"AM02"};
  EXPECT_EQ(format_indicators(sample().only_regions(only), IndicatorFormat::kCsv),
            std::string(kHeader) + "\nAM02,*,*,.,0,0,,0,0,0,0,0,\n");
}

TEST(IndicatorFormat, ParsesFormatNames) {
  EXPECT_EQ(parse_indicator_format("csv-nl").value(), IndicatorFormat::kCsvNl);
  auto bad = parse_indicator_format("xml");
  ASSERT_FALSE(bad.has_value());
  EXPECT_NE(bad.error().message.find("csv, csv-nl, json, table"), std::string::npos);
}

}  // namespace
}  // namespace regio::outcomes
