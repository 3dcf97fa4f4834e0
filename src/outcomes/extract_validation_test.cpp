// Every import rule of DESIGN §3.7: file, line, column, rule and message of each problem.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "outcomes/extract_reader.h"

namespace regio::outcomes {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

const regions::Registry& registry() {
  static const regions::Registry r = regions::Registry::load_embedded().value();
  return r;
}

constexpr std::string_view kHeader =
    "traject_id,persoon_id,regio,gemeente,interventie,verwijzer,uitkering_start,startdatum,einddatum\n";

std::vector<Problem> problems(std::string_view text, std::string_view file = "trajecten.csv", std::size_t limit = 200) {
  ImportOptions options;
  options.max_problems = limit;
  auto r = read_extract_csv_text(text, file, registry(), options);
  if (r) return {};
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidData);
  return r.error().problems;
}

std::vector<Problem> trajectory(std::string_view row) {
  return problems(std::string(kHeader) + std::string(row) + "\n");
}

void expect_one(const std::vector<Problem>& found, std::string_view file, std::size_t line, std::string_view column,
                std::string_view rule, std::string_view message_part) {
  ASSERT_EQ(found.size(), 1u) << (found.empty() ? "" : describe(found[0]));
  EXPECT_EQ(found[0].file, file);
  EXPECT_EQ(found[0].line, line);
  EXPECT_EQ(found[0].column, column);
  EXPECT_EQ(found[0].rule, rule);
  EXPECT_THAT(found[0].message, HasSubstr(message_part));
}

TEST(ExtractValidation, MissingRequiredColumn) {
  expect_one(problems("persoon_id,einddatum\np1,\n", "werk.csv"), "werk.csv", 1, "startdatum", "kolom-ontbreekt",
             "verplichte kolom 'startdatum' ontbreekt");
}

TEST(ExtractValidation, UnknownColumnNamesTheAllowedOnes) {
  expect_one(problems("persoon_id,soort,startdatum,bsn\np1,ww,2019-01-01,\n", "uitkeringen.csv"), "uitkeringen.csv", 1,
             "bsn", "onbekende-kolom", "toegestaan zijn: persoon_id, soort, startdatum, einddatum");
}

TEST(ExtractValidation, EmptyFile) {
  expect_one(problems("", "werk.csv"), "werk.csv", 0, "", "leeg-bestand", "leeg");
  expect_one(problems("\xEF\xBB\xBF\n\n", "werk.csv"), "werk.csv", 0, "", "leeg-bestand", "leeg");
}

TEST(ExtractValidation, BadDate) {
  expect_one(trajectory("t1,p1,AM13,,ips,,geen,2019-02-30,"), "trajecten.csv", 2, "startdatum", "datum",
             "'2019-02-30' is geen geldige datum");
}

TEST(ExtractValidation, MissingRequiredValue) {
  expect_one(trajectory("t1,p1,AM13,,,,geen,2019-02-01,"), "trajecten.csv", 2, "interventie", "verplicht",
             "interventie is verplicht");
}

TEST(ExtractValidation, BadCodes) {
  expect_one(trajectory("t1,p1,AM13,,ipz,,geen,2019-02-01,"), "trajecten.csv", 2, "interventie", "onbekende-code",
             "'ipz' is geen interventie; toegestaan: ips, jobcoaching");
  expect_one(trajectory("t1,p1,AM13,,ips,buurman,geen,2019-02-01,"), "trajecten.csv", 2, "verwijzer", "onbekende-code",
             "'buurman' is geen verwijzer");
  expect_one(trajectory("t1,p1,AM13,,ips,,aow,2019-02-01,"), "trajecten.csv", 2, "uitkering_start", "onbekende-code",
             "'aow' is geen uitkering_start");
  expect_one(problems("persoon_id,startdatum,contract\np1,2019-01-01,vast\np1,2019-01-01,flex\n", "werk.csv"),
             "werk.csv", 3, "contract", "onbekende-code", "'flex' is geen contractsoort");
  expect_one(problems("persoon_id,soort,startdatum\np1,aow,2019-01-01\n", "uitkeringen.csv"), "uitkeringen.csv", 2,
             "soort", "onbekende-code", "'aow' is geen uitkeringssoort");
}

TEST(ExtractValidation, EndBeforeStart) {
  expect_one(trajectory("t1,p1,AM13,,ips,,geen,2019-02-01,31-01-2019"), "trajecten.csv", 2, "einddatum",
             "einddatum-voor-startdatum", "einddatum ligt vóór startdatum");
}

TEST(ExtractValidation, DuplicateTrajectIdNamesTheFirstLine) {
  const std::string text = std::string(kHeader) +
                           "t1,p1,AM13,,ips,,geen,2019-02-01,\n"
                           "t2,p1,AM13,,ips,,geen,2019-02-01,\n"
                           "t1,p2,AM13,,ips,,geen,2019-02-01,\n";
  expect_one(problems(text), "trajecten.csv", 4, "traject_id", "dubbel-traject-id",
             "traject_id komt al voor op regel 2");
}

// 111222333 passes the eleven-test (checked by hand in bsn_test.cpp).
TEST(ExtractValidation, ProbableBsnIsRefusedWithoutEchoingIt) {
  const auto found = trajectory("t1,111222333,AM13,,ips,,geen,2019-02-01,");
  expect_one(found, "trajecten.csv", 2, "persoon_id", "waarschijnlijk-bsn", "elfproef");
  EXPECT_THAT(found[0].message, Not(HasSubstr("111222333")));
  EXPECT_THAT(describe(found[0]), Not(HasSubstr("111222333")));
  // Nine digits failing the test are an acceptable pseudonym.
  EXPECT_TRUE(trajectory("t1,123456789,AM13,,ips,,geen,2019-02-01,").empty());
}

// 12345672 is 012345672 without its leading zero; 123456782 passes the test (bsn_test.cpp).
TEST(ExtractValidation, BsnWithoutLeadingZeroOrWithSeparatorsIsRefusedWithoutEchoingIt) {
  for (const std::string id : {"12345672", "123-456-782", "123.456.782", "123 456 782"}) {
    const auto found = trajectory("t1," + id + ",AM13,,ips,,geen,2019-02-01,");
    expect_one(found, "trajecten.csv", 2, "persoon_id", "waarschijnlijk-bsn", "elfproef");
    EXPECT_THAT(describe(found[0]), Not(HasSubstr(id))) << id;
    EXPECT_THAT(describe(found[0]), Not(HasSubstr("456"))) << id;
  }
  // The same in werk.csv and uitkeringen.csv.
  expect_one(problems("persoon_id,startdatum,einddatum\n12345672,2019-01-01,\n", "werk.csv"), "werk.csv", 2,
             "persoon_id", "waarschijnlijk-bsn", "voorloopnul");
  // Eight digits that fail the test with a zero in front are an acceptable pseudonym.
  EXPECT_TRUE(trajectory("t1,12345678,AM13,,ips,,geen,2019-02-01,").empty());
}

TEST(ExtractValidation, BadPseudonym) {
  expect_one(trajectory("t1,p 1,AM13,,ips,,geen,2019-02-01,"), "trajecten.csv", 2, "persoon_id", "persoon-id",
             "1 tot 64 tekens");
  expect_one(trajectory("t1," + std::string(65, 'a') + ",AM13,,ips,,geen,2019-02-01,"), "trajecten.csv", 2,
             "persoon_id", "persoon-id", "1 tot 64 tekens");
  EXPECT_TRUE(trajectory("t1," + std::string(64, 'a') + ",AM13,,ips,,geen,2019-02-01,").empty());
}

TEST(ExtractValidation, RegionMustExistInTheClassificationOfTheStartYear) {
  expect_one(trajectory("t1,p1,AM99,,ips,,geen,2021-02-01,"), "trajecten.csv", 2, "regio", "regio",
             "'AM99' is geen arbeidsmarktregio in de indeling van 2020 (die geldt voor startjaar 2021)");
  expect_one(trajectory("t1,p1,AM04,,ips,,geen,2016-02-01,"), "trajecten.csv", 2, "regio", "regio",
             "'AM04' is geen arbeidsmarktregio in de indeling van 2017 (die geldt voor startjaar 2016)");
}

// GM1966 Het Hogeland exists from the 2020 classification on; GM0005 Bedum only in 2017.
TEST(ExtractValidation, MunicipalityMustExistInThatYearAndBelongToTheRegion) {
  EXPECT_TRUE(trajectory("t1,p1,AM01,GM1966,ips,,geen,2021-02-01,").empty());
  expect_one(trajectory("t1,p1,AM01,GM1966,ips,,geen,2018-02-01,"), "trajecten.csv", 2, "gemeente", "gemeente-regio",
             "gemeente GM1966 bestaat niet in de indeling van 2017");
  expect_one(trajectory("t1,p1,AM01,GM0005,ips,,geen,2021-02-01,"), "trajecten.csv", 2, "gemeente", "gemeente-regio",
             "gemeente GM0005 bestaat niet in de indeling van 2020");
  expect_one(trajectory("t1,p1,AM18,GM0344,ips,,geen,2019-02-01,"), "trajecten.csv", 2, "gemeente", "gemeente-regio",
             "gemeente GM0344 hoort in de indeling van 2017 bij AM13, niet bij AM18");
  expect_one(trajectory("t1,p1,AM13,G0344,ips,,geen,2019-02-01,"), "trajecten.csv", 2, "gemeente", "gemeente",
             "geen gemeentecode");
}

TEST(ExtractValidation, HoursBetweenZeroAndEighty) {
  const std::string_view header = "persoon_id,startdatum,uren_per_week\n";
  EXPECT_TRUE(
      problems(std::string(header) + "p1,2019-01-01,0\np1,2019-01-01,80\np1,2019-01-01,\"7,5\"\n", "werk.csv").empty());
  expect_one(problems(std::string(header) + "p1,2019-01-01,80.5\n", "werk.csv"), "werk.csv", 2, "uren_per_week", "uren",
             "van 0 tot en met 80");
  expect_one(problems(std::string(header) + "p1,2019-01-01,-1\n", "werk.csv"), "werk.csv", 2, "uren_per_week", "uren",
             "van 0 tot en met 80");
  expect_one(problems(std::string(header) + "p1,2019-01-01,veel\n", "werk.csv"), "werk.csv", 2, "uren_per_week", "uren",
             "'veel' is geen geldig aantal uren");
}

TEST(ExtractValidation, TooManyFields) {
  expect_one(problems("persoon_id,startdatum\np1,2019-01-01,x\n", "werk.csv"), "werk.csv", 2, "", "aantal-velden",
             "de regel heeft 3 velden, de kopregel 2");
}

TEST(ExtractValidation, UnterminatedQuote) {
  expect_one(problems("persoon_id,startdatum\n\"p1,2019-01-01\n", "werk.csv"), "werk.csv", 2, "", "csv",
             "aanhalingsteken niet afgesloten");
}

TEST(ExtractValidation, LineNumbersCountLineBreaksInsideQuotes) {
  const std::string text = std::string(kHeader) +
                           "\"t\n1\",p1,AM13,,ips,,geen,2019-02-01,\n"
                           "t2,p1,AM13,,ips,,geen,2019-13-01,\n";
  expect_one(problems(text), "trajecten.csv", 4, "startdatum", "datum", "geen geldige datum");
}

TEST(ExtractValidation, CollectsEveryProblemUpToTheLimitAndCountsTheRest) {
  std::string text(kHeader);
  for (int i = 0; i < 5; ++i) text += "t" + std::to_string(i) + ",p1,AM13,,ips,,geen,nooit,\n";
  ImportOptions options;
  options.max_problems = 3;
  auto r = read_extract_csv_text(text, "trajecten.csv", registry(), options);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().problems.size(), 3u);
  EXPECT_EQ(r.error().problems_omitted, 2u);
  EXPECT_EQ(r.error().problems[2].line, 4u);
  EXPECT_THAT(r.error().message, HasSubstr("5 fouten"));
}

TEST(ExtractValidation, SeveralProblemsOnOneRowAreAllReported) {
  const auto found = trajectory(",,AM77,,x,,y,z,");
  std::vector<std::string> columns;
  for (const auto& p : found) columns.push_back(p.column);
  EXPECT_THAT(columns, ::testing::UnorderedElementsAre("traject_id", "persoon_id", "startdatum", "regio", "interventie",
                                                       "uitkering_start"));
}

}  // namespace
}  // namespace regio::outcomes
