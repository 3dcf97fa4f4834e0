#include "forms/layout.h"

#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "forms/definition_io.h"
#include "forms/test_workbook.h"
#include "tabular/csv.h"

namespace regio::forms {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

const std::string kTestdata = std::string(REGIO_SOURCE_DIR) + "/src/forms/testdata";
const Date kToday = *parse_date("2020-06-15");

class LayoutTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto registry = regions::Registry::load_embedded();
    ASSERT_TRUE(registry) << registry.error().describe();
    registry_ = std::move(*registry);
    auto book = read_definition_file(kTestdata + "/mini");
    ASSERT_TRUE(book) << book.error().describe();
    auto def = load_definition(*book);
    ASSERT_TRUE(def) << def.error().describe();
    def_ = std::move(*def);
  }

  Result<std::vector<Response>> read(const tabular::Workbook& book) {
    return read_responses(def_, book, "2019-eind", registry_.for_year(2019), kToday);
  }

  // One main sheet (and optionally a doelen sheet) from compact text; see test_workbook.h.
  Result<std::vector<Response>> read(std::string_view main, std::string_view doelen = "") {
    tabular::Workbook book;
    book.sheets.push_back(testing::sheet("antwoorden", main));
    if (!doelen.empty()) book.sheets.push_back(testing::sheet("antwoorden_doelen", doelen));
    return read(book);
  }

  // The single problem of a failed read, as "file:line:column:rule".
  static std::vector<std::string> problems(const Result<std::vector<Response>>& r) {
    std::vector<std::string> out;
    if (r) return out;
    for (const auto& p : r.error().problems)
      out.push_back(fmt::format("{}:{}:{}:{}", p.file, p.line, p.column, p.rule));
    return out;
  }

  regions::Registry registry_;
  Definition def_;
};

TEST_F(LayoutTest, ReadsDutchExcelCsvWithRepeatFile) {
  tabular::Workbook book;
  for (const char* f : {"antwoorden.csv", "antwoorden_doelen.csv"}) {
    auto sheet = tabular::read_csv_file(kTestdata + "/" + f);
    ASSERT_TRUE(sheet) << sheet.error().describe();
    book.sheets.push_back(std::move(*sheet));
  }
  auto rs = read(book);
  ASSERT_TRUE(rs) << rs.error().describe();
  ASSERT_EQ(rs->size(), 2u);
  const Response& am13 = (*rs)[0];
  EXPECT_EQ(am13.region, "AM13");
  EXPECT_EQ(am13.wave, "2019-eind");
  EXPECT_EQ(am13.status, ResponseStatus::kIngediend);
  EXPECT_EQ(am13.answers, (Answers{{"niveau", "3"},
                                   {"bereik", "12"},
                                   {"budget", "2.5"},             // 2,5
                                   {"peildatum", "2019-12-31"},   // 31-12-2019
                                   {"partijen", "gemeente ggz"},  // list order
                                   {"budget_dubbel", "5"}}));
  ASSERT_EQ(am13.repeats.at("doelen").size(), 2u);
  EXPECT_EQ(am13.repeats.at("doelen")[0], (Answers{{"doel_omschrijving", "Meer IPS-trajecten"},
                                                   {"doel_kwantitatief", "ja"},
                                                   {"doel_streefwaarde", "40.5"}}));
  EXPECT_EQ(am13.repeats.at("doelen")[1],
            (Answers{{"doel_omschrijving", "Vaste contactpersonen"}, {"doel_kwantitatief", "nee"}}));
  const Response& am01 = (*rs)[1];
  EXPECT_EQ(am01.region, "AM01");  // written as am01
  EXPECT_EQ(am01.status, ResponseStatus::kConcept);
  EXPECT_EQ(am01.answers, (Answers{{"niveau", "1"}}));
  EXPECT_TRUE(am01.repeats.empty());
}

TEST_F(LayoutTest, StatusDefaultsToSubmitted) {
  auto rs = read("regio|niveau\nAM13|2");
  ASSERT_TRUE(rs) << rs.error().describe();
  EXPECT_EQ((*rs)[0].status, ResponseStatus::kIngediend);
}

TEST_F(LayoutTest, WrongType) {
  auto rs = read("regio|niveau|bereik\nAM13|2|veel");
  EXPECT_THAT(problems(rs), ElementsAre("antwoorden.csv:2:bereik:type"));
  EXPECT_EQ(rs.error().code, ErrorCode::kInvalidData);
  EXPECT_EQ(rs.error().problems[0].message, "regio AM13, vraag bereik: waarde 'veel' is geen geheel getal");
}

TEST_F(LayoutTest, MissingRequiredAnswer) {
  auto rs = read("regio|niveau|bereik\nAM13|2|1\nAM14||1");
  EXPECT_THAT(problems(rs), ElementsAre("antwoorden.csv:3:niveau:verplicht"));
  EXPECT_THAT(rs.error().problems[0].message, HasSubstr("regio AM14, vraag niveau"));
}

TEST_F(LayoutTest, ViolatedConstraintCarriesItsMessage) {
  auto rs = read("regio|niveau|bereik\nAM13|2|-4");
  EXPECT_THAT(problems(rs), ElementsAre("antwoorden.csv:2:bereik:voorwaarde"));
  EXPECT_EQ(rs.error().problems[0].message, "regio AM13, vraag bereik: Vul 0 of meer in.");
}

TEST_F(LayoutTest, UnknownChoice) {
  auto rs = read("regio|niveau\nAM13|9");
  EXPECT_THAT(problems(rs), ElementsAre("antwoorden.csv:2:niveau:keuzelijst"));
  EXPECT_EQ(rs.error().problems[0].message, "regio AM13, vraag niveau: waarde 9 staat niet in keuzelijst ladder (1–5)");
}

TEST_F(LayoutTest, UnknownRegion) {
  auto rs = read("regio|niveau\nAM13|2\nAM77|2");
  EXPECT_THAT(problems(rs), ElementsAre("antwoorden.csv:3:regio:onbekende-regio"));
  EXPECT_EQ(rs.error().problems[0].message, "regio AM77 bestaat niet in de indeling van 2017");
}

TEST_F(LayoutTest, RegionTwice) {
  auto rs = read("regio|niveau\nAM13|2\nAM14|2\nAM13|3");
  EXPECT_THAT(problems(rs), ElementsAre("antwoorden.csv:4:regio:dubbele-regio"));
  EXPECT_EQ(rs.error().problems[0].message, "regio AM13 staat al op regel 2");
}

TEST_F(LayoutTest, UnknownColumns) {
  auto rs = read("regio|niveau|kleur|uitleg|doel_omschrijving\nAM13|2|||");
  EXPECT_THAT(problems(rs),
              ElementsAre("antwoorden.csv:1:kleur:onbekende-kolom", "antwoorden.csv:1:uitleg:onbekende-kolom",
                          "antwoorden.csv:1:doel_omschrijving:onbekende-kolom"));
  EXPECT_EQ(rs.error().problems[2].message, "de kolom doel_omschrijving hoort bij het blad doelen");
}

TEST_F(LayoutTest, RepeatRowWithoutMainRow) {
  auto rs = read("regio|niveau\nAM13|2", "regio|doel_omschrijving|doel_kwantitatief\nAM13|A|nee\nAM14|B|nee");
  EXPECT_THAT(problems(rs), ElementsAre("antwoorden_doelen.csv:3:regio:geen-hoofdrij"));
}

TEST_F(LayoutTest, ErrorsInRepeatRowsNameTheirFileAndLine) {
  auto rs = read("regio|niveau\nAM13|2",
                 "regio|doel_omschrijving|doel_kwantitatief|doel_streefwaarde\nAM13|A|nee|\nAM13|B|ja|x");
  EXPECT_THAT(problems(rs), ElementsAre("antwoorden_doelen.csv:3:doel_streefwaarde:type"));
  EXPECT_THAT(rs.error().problems[0].message, HasSubstr("regio AM13, doelen rij 2, vraag doel_streefwaarde"));
}

TEST_F(LayoutTest, EmptyWorkbookOrSheet) {
  EXPECT_THAT(problems(read(tabular::Workbook{})), ElementsAre(":0::leeg"));
  EXPECT_THAT(problems(read("regio|niveau")), ElementsAre("antwoorden.csv:0::leeg"));
}

TEST_F(LayoutTest, MissingRegionColumn) {
  EXPECT_THAT(problems(read("niveau\n2")), ElementsAre("antwoorden.csv:1:regio:kolom-ontbreekt"));
}

TEST_F(LayoutTest, CollectsAllProblemsAtOnce) {
  auto rs = read("regio|niveau|bereik|status\nAM13|9|x|klaar\nAM77|2||\nAM13|2||");
  EXPECT_THAT(problems(rs),
              ::testing::UnorderedElementsAre("antwoorden.csv:2:status:type", "antwoorden.csv:2:niveau:keuzelijst",
                                              "antwoorden.csv:2:bereik:type", "antwoorden.csv:3:regio:onbekende-regio",
                                              "antwoorden.csv:4:regio:dubbele-regio"));
}

TEST_F(LayoutTest, ExportThenImportGivesTheSameResponses) {
  Response a;
  a.region = "AM13";
  a.wave = "2019-eind";
  a.status = ResponseStatus::kIngediend;
  a.answers = {{"niveau", "4"},
               {"bereik", "0"},
               {"budget", "1250.75"},
               {"peildatum", "2019-12-01"},
               {"partijen", "gemeente uwv ggz"},
               {"budget_dubbel", "2501.5"}};
  a.repeats["doelen"] = {{{"doel_omschrijving", "Tekst met, komma en \"aanhalingstekens\""},
                          {"doel_kwantitatief", "ja"},
                          {"doel_streefwaarde", "40"}},
                         {{"doel_omschrijving", "Tweede"}, {"doel_kwantitatief", "nee"}}};
  Response b;
  b.region = "AM01";
  b.wave = "2019-eind";
  b.status = ResponseStatus::kConcept;
  const std::vector<Response> original = {a, b};

  const tabular::Workbook book = write_responses(def_, original);
  ASSERT_EQ(book.sheets.size(), 2u);
  EXPECT_EQ(book.sheets[0].header, (std::vector<std::string>{"regio", "status", "niveau", "bereik", "budget",
                                                             "peildatum", "partijen", "budget_dubbel"}));
  EXPECT_EQ(book.sheets[1].name, "doelen");
  auto direct = read(book);
  ASSERT_TRUE(direct) << direct.error().describe();
  ASSERT_EQ(direct->size(), 2u);
  for (std::size_t i = 0; i < 2; ++i) {
    EXPECT_EQ((*direct)[i].region, original[i].region);
    EXPECT_EQ((*direct)[i].wave, original[i].wave);
    EXPECT_EQ((*direct)[i].status, original[i].status);
    EXPECT_EQ((*direct)[i].answers, original[i].answers);
    EXPECT_EQ((*direct)[i].repeats, original[i].repeats);
  }

  // Through CSV text in the Dutch Excel dialect as well.
  tabular::Workbook via_csv;
  for (const auto& sheet : book.sheets) {
    auto again = tabular::parse_csv(tabular::write_csv(sheet, tabular::CsvDialect::dutch_excel()), sheet.source);
    ASSERT_TRUE(again) << again.error().describe();
    via_csv.sheets.push_back(std::move(*again));
  }
  auto through = read(via_csv);
  ASSERT_TRUE(through) << through.error().describe();
  EXPECT_EQ((*through)[0].answers, a.answers);
  EXPECT_EQ((*through)[0].repeats, a.repeats);
}

TEST_F(LayoutTest, DefaultQuestionnaireRoundTrip) {
  auto def = default_definition();
  ASSERT_TRUE(def);
  Response r;
  r.region = "AM13";
  r.wave = "2019-eind";
  r.status = ResponseStatus::kConcept;
  r.answers = {{"niveau", "3"},        {"niveau_beoogd", "4"},   {"activiteiten_clienten", "ips jobcoaching"},
               {"bereik_ips", "25"},   {"effect_bereikt", "40"}, {"effect_werk", "12"},
               {"effect_werk_6m", "9"}};
  r.repeats["doelen"] = {{{"doel_omschrijving", "100 IPS-trajecten per jaar"},
                          {"doel_type", "clienten"},
                          {"doel_kwantitatief", "ja"},
                          {"doel_indicator", "starters"},
                          {"doel_streefwaarde", "100"},
                          {"doel_datum", "2020-12-31"},
                          {"doel_status", "nog_niet"}}};
  auto back = read_responses(*def, write_responses(*def, {r}), "2019-eind", registry_.latest(), kToday);
  ASSERT_TRUE(back) << back.error().describe();
  EXPECT_EQ((*back)[0].answers, r.answers);
  EXPECT_EQ((*back)[0].repeats, r.repeats);
}

}  // namespace
}  // namespace regio::forms
