#include "report/dutch.h"

#include <gtest/gtest.h>

namespace regio::report {
namespace {

TEST(Dutch, RegionsPhraseUsesGeenAlleAndTheSingular) {
  EXPECT_EQ(regions_phrase(0, 31), "geen enkele regio");
  EXPECT_EQ(regions_phrase(1, 31), "1 regio");
  EXPECT_EQ(regions_phrase(1, 1), "1 regio");  // "alle 1 regio's" is never written
  EXPECT_EQ(regions_phrase(15, 31), "15 regio's");
  EXPECT_EQ(regions_phrase(31, 31), "alle 31 regio's");
  EXPECT_EQ(regions_phrase(31), "31 regio's");
  EXPECT_EQ(regions_count(1), "1 regio");
  EXPECT_EQ(regions_count(0), "0 regio's");
}

TEST(Dutch, ClausesAgreeInNumberAndInvertAfterAnAdverbial) {
  const VerbPhrase samen{"werkt", "werken", "operationeel samen"};
  EXPECT_EQ(clause(1, 31, samen), "1 regio werkt operationeel samen");
  EXPECT_EQ(clause(3, 31, samen), "3 regio's werken operationeel samen");
  EXPECT_EQ(clause(0, 31, samen), "geen enkele regio werkt operationeel samen");
  EXPECT_EQ(clause_inverted(31, 31, {"overlegt", "overleggen", "regelmatig"}), "overleggen alle 31 regio's regelmatig");
}

TEST(Dutch, NumbersHaveADecimalCommaAndThousandsDot) {
  EXPECT_EQ(format_count(0), "0");
  EXPECT_EQ(format_count(999), "999");
  EXPECT_EQ(format_count(1000), "1.000");
  EXPECT_EQ(format_count(1234567), "1.234.567");
  EXPECT_EQ(format_count(-4321), "-4.321");
  EXPECT_EQ(format_percent(38.26, 1), "38,3%");
  EXPECT_EQ(format_percent(48.0, 0), "48%");
}

TEST(Dutch, ListsPeriodsAndCapitals) {
  EXPECT_EQ(join_dutch({}), "");
  EXPECT_EQ(join_dutch({"a"}), "a");
  EXPECT_EQ(join_dutch({"a", "b"}), "a en b");
  EXPECT_EQ(join_dutch({"a", "b", "c"}), "a, b en c");
  EXPECT_EQ(join_dutch({"a", "b"}, " of "), "a of b");
  EXPECT_EQ(period_phrase(from_civil({2020, 12, 1})), "Eind 2020");
  EXPECT_EQ(period_phrase(from_civil({2017, 7, 1})), "Medio 2017");
  EXPECT_EQ(period_phrase(from_civil({2018, 4, 30})), "Begin 2018");
  EXPECT_EQ(lower_first("Werkgevers"), "werkgevers");
  EXPECT_EQ(lower_first("IPS"), "IPS");
  EXPECT_EQ(upper_first("van de"), "Van de");
}

}  // namespace
}  // namespace regio::report
