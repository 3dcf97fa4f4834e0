#include "regions/registry.h"

#include <gtest/gtest.h>

namespace regio::regions {
namespace {

class RegistryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto r = Registry::load_embedded();
    ASSERT_TRUE(r) << r.error().describe();
    reg_ = std::move(*r);
  }
  Registry reg_;
};

TEST_F(RegistryTest, ShipsThreeYearsOf35Regions) {
  EXPECT_EQ(reg_.years(), (std::vector<int>{2017, 2020, 2025}));
  for (int y : reg_.years()) EXPECT_EQ(reg_.exact_year(y)->regions().size(), 35u) << y;
}

TEST_F(RegistryTest, Am99IsNotARegionButKeepsItsMunicipality) {
  const auto& c2020 = *reg_.exact_year(2020);
  EXPECT_FALSE(c2020.is_region("AM99"));
  ASSERT_NE(c2020.municipality("GM1961"), nullptr);  // Vijfheerenlanden
  EXPECT_EQ(c2020.municipality("GM1961")->region, "AM99");
  EXPECT_EQ(reg_.region_of("GM1961", *parse_date("2021-01-01")), std::nullopt);
  EXPECT_EQ(reg_.region_of("GM1961", *parse_date("2025-06-01")), "AM35");
}

TEST_F(RegistryTest, PicksTheClassificationInForce) {
  EXPECT_EQ(reg_.for_year(2016).year(), 2017);  // earliest for years before it
  EXPECT_EQ(reg_.for_year(2019).year(), 2017);
  EXPECT_EQ(reg_.for_year(2020).year(), 2020);
  EXPECT_EQ(reg_.for_year(2024).year(), 2020);
  EXPECT_EQ(reg_.for_year(2030).year(), 2025);
}

TEST_F(RegistryTest, MunicipalitiesMoveBetweenRegions) {
  // Heerde (GM0246) moved from AM36 (2017) to AM06 (2020), per data/regions/SOURCE.md.
  EXPECT_EQ(reg_.region_of("GM0246", *parse_date("2018-03-01")), "AM36");
  EXPECT_EQ(reg_.region_of("GM0246", *parse_date("2021-03-01")), "AM06");
  EXPECT_EQ(reg_.region_of("GM0363", *parse_date("2019-01-01")), "AM18");  // Amsterdam
  EXPECT_EQ(reg_.region_of("GM9999", *parse_date("2019-01-01")), std::nullopt);
}

TEST_F(RegistryTest, NamesAndKnownCodes) {
  EXPECT_TRUE(reg_.is_known_region("AM13"));
  EXPECT_FALSE(reg_.is_known_region("AM04"));
  EXPECT_FALSE(reg_.is_known_region("AM99"));
  EXPECT_EQ(reg_.region_name("AM06"), "Veluwe Stedendriehoek");  // the 2025 name
  EXPECT_EQ(reg_.exact_year(2017)->region("AM06")->name, "Stedendriehoek en Noordwest Veluwe");
}

TEST_F(RegistryTest, EveryMunicipalityPointsToARegionOfItsYear) {
  for (int y : reg_.years()) {
    const auto& c = *reg_.exact_year(y);
    for (const auto& m : c.municipalities())
      if (m.region != "AM99") {
        EXPECT_TRUE(c.is_region(m.region)) << m.code << " " << y;
      }
  }
}

TEST_F(RegistryTest, ShipsBoundaries) {
  EXPECT_FALSE(embedded_topojson("arbeidsmarktregio", 2025).empty());
  EXPECT_NE(embedded_topojson("gemeente", 2017).find("GM0363"), std::string_view::npos);
  EXPECT_TRUE(embedded_topojson("gemeente", 2019).empty());
}

}  // namespace
}  // namespace regio::regions
