#include "analysis/format.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace regio::analysis {
namespace {

using ::testing::HasSubstr;

NationalAnalysis sample() {
  forms::Response r;
  r.region = "AM13";
  r.wave = "w";
  r.status = forms::ResponseStatus::kIngediend;
  r.answers = {{"niveau", "3"},
               {"niveau_beoogd", "4"},
               {"product_convenant", "gerealiseerd"},
               {"product_werkwijze", "gepland"},
               {"product_casusoverleg", "gepland"}};
  AnalysisInput in;
  in.wave = {"w", "Meting; test", parse_date("2020-12-01").value(), "standaard"};
  in.responses = {r};
  return analyse(in).value();
}

TEST(FormatJson, HasTheDocumentedTopLevelKeys) {
  const auto j = nlohmann::json::parse(to_json(sample()));
  for (const char* key :
       {"wave", "regions", "levels", "embedding_classes", "transitions", "aimed_vs_reached", "elements", "stakeholders",
        "products", "goals", "activities", "bottlenecks", "patterns", "level5_flags", "per_region", "notes"})
    EXPECT_TRUE(j.contains(key)) << key;
  EXPECT_EQ(j["wave"], "w");
  EXPECT_EQ(j["regions"], 1);
  EXPECT_EQ(j["levels"].size(), 5u);
  EXPECT_EQ(j["levels"]["3"], 1);
  EXPECT_EQ(j["embedding_classes"].size(), 4u);
  EXPECT_EQ(j["embedding_classes"]["kwetsbaar"], 0);
  EXPECT_TRUE(j["transitions"].is_null());
  EXPECT_NEAR(j["products"]["share_realised"].get<double>(), 1.0 / 3.0, 1e-12);
}

TEST(FormatCsv, DutchExcelLongFormat) {
  const std::string csv = to_csv(sample());
  EXPECT_EQ(csv.rfind("\xEF\xBB\xBFsectie;sleutel;subsleutel;waarde\r\n", 0), 0u);
  EXPECT_THAT(csv, HasSubstr("\r\nniveaus;3;;1\r\n"));
  EXPECT_THAT(csv, HasSubstr("\r\nregios;aantal;;1\r\n"));
  // 1/3 with a decimal comma; a value with ';' is quoted.
  EXPECT_THAT(csv, HasSubstr("\r\nproducten;totaal;aandeel_gerealiseerd;0,333333"));
  EXPECT_THAT(csv, HasSubstr("\r\nmeetmoment;naam;;\"Meting; test\"\r\n"));
  EXPECT_THAT(csv, HasSubstr("\r\nregio;AM13;verschil;1\r\n"));
}

TEST(FormatTable, ReadableDutch) {
  const std::string t = to_table(sample());
  EXPECT_THAT(t, HasSubstr("Landelijke analyse meetmoment w"));
  EXPECT_THAT(t, HasSubstr("Operationele samenwerking"));
  EXPECT_THAT(t, HasSubstr("1 van 3 (33 %)"));
  EXPECT_THAT(t, HasSubstr("Geen signaleringen."));
}

}  // namespace
}  // namespace regio::analysis
