// Nested repeats (a repeat inside a repeat, as ODK allows): loading, validation per row of the
// enclosing repeat (relevant, constraint, repeat_count, position(..), count(), sum(),
// indexed-repeat()), the column ouder_rij of the response layout, and the same responses from an
// ODK Central and a KoboToolbox export (built by hand from their documented layouts: ODK Central
// joins a repeat file by PARENT_KEY → KEY, KoboToolbox a repeat sheet by _parent_index → _index).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "forms/layout.h"
#include "forms/xlsform_test_util.h"

namespace regio::forms {
namespace {

using ::testing::ElementsAre;
using testing::form;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using testing::refusals;
using testing::sheet;

// Households with their members; the first member of a household is an adult.
constexpr std::string_view kSurvey =
    "type|name|label|relevant|constraint|constraint_message|calculation|repeat_count\n"
    "text|regio|Regio||||||\n"
    "integer|aantal_huishoudens|Aantal huishoudens||. >= 0|||\n"
    "begin repeat|huishoudens|Huishouden|||||${aantal_huishoudens}\n"
    "text|adres|Adres||||||\n"
    "integer|aantal_leden|Aantal leden||. >= 0|||\n"
    "calculate|nr_huishouden|||||position(..)|\n"
    "begin repeat|leden|Lid|${aantal_leden} > 0||||${aantal_leden}\n"
    "text|naam|Naam||||||\n"
    "integer|leeftijd|Leeftijd||position(..) > 1 or . >= 18|Het eerste lid van ${adres} is volwassen||\n"
    "select_one janee|werkt|Werkt|${leeftijd} >= 15|||\n"
    "calculate|nr_lid|||||position(..)|\n"
    "calculate|code_lid|||||concat(${adres}, '-', position(..))|\n"
    "end repeat|||||||\n"
    "calculate|leden_hier|||||count(${leden})|\n"
    "calculate|leeftijd_hier|||||sum(${leeftijd})|\n"
    "end repeat|||||||\n"
    "calculate|leden_totaal|||||count(${leden})|\n"
    "calculate|tweede_lid_eerste_huis|||||indexed-repeat(${naam}, ${huishoudens}, 1, ${leden}, 2)|";
constexpr std::string_view kChoices = "list_name|name|label\njanee|ja|Ja\njanee|nee|Nee";

Definition households() {
  auto def = load_definition(form(kSurvey, kChoices));
  EXPECT_TRUE(def) << def.error().describe();
  return def ? *def : Definition{};
}

// The raw response of AM13: two households, members given out of household order.
Response am13() {
  Response r;
  r.region = "AM13";
  r.status = ResponseStatus::kIngediend;
  r.answers = {{"regio", "AM13"}, {"aantal_huishoudens", "2"}};
  r.repeats["huishoudens"] = {{{"adres", "Dorpsstraat 1"}, {"aantal_leden", "2"}},
                              {{"adres", "Kerkweg 5"}, {"aantal_leden", "1"}}};
  r.repeats["leden"] = {{{"naam", "Anna"}, {"leeftijd", "40"}, {"werkt", "ja"}},
                        {{"naam", "Piet"}, {"leeftijd", "70"}, {"werkt", "nee"}},
                        {{"naam", "Bram"}, {"leeftijd", "10"}}};
  r.repeat_parents["leden"] = {0, 1, 0};
  return r;
}

std::vector<std::string> problems_of(const Definition& def, const Response& raw, Response* out = nullptr) {
  ProblemList problems;
  Response r = validate_response(def, raw, ResponseSource{}, *parse_date("2020-06-15"), problems);
  if (out) *out = r;
  std::vector<std::string> lines;
  for (const auto& p : problems.problems()) lines.push_back(fmt::format("{}:{}: {}", p.rule, p.column, p.message));
  return lines;
}

TEST(NestedRepeat, LoadsWithTheEnclosingRepeatKnown) {
  const Definition def = households();
  EXPECT_EQ(def.enclosing_repeat("leden"), "huishoudens");
  EXPECT_EQ(def.enclosing_repeat("huishoudens"), "");
  EXPECT_EQ(def.question("naam")->repeat, "leden");
  EXPECT_EQ(def.question("leden_hier")->repeat, "huishoudens");
}

TEST(NestedRepeat, ReferencesIntoANestedRepeatFromOutsideNeedAnAggregate) {
  auto def = load_definition(
      form("type|name|label|relevant\nbegin repeat|bomen|B|\ninteger|hoogte|H|\nbegin repeat|stammen|S|${hoogte} > 2\n"
           "integer|dikte|D|\nend repeat|||\ninteger|x|X|${dikte} > 1\nend repeat|||"));
  ASSERT_FALSE(def);
  EXPECT_THAT(refusals(def.error()), ElementsAre("verwijzing:7:relevant"));  // the nested repeat's relevant is fine
  EXPECT_THAT(def.error().describe(), HasSubstr("${dikte} hoort bij herhaling stammen"));
}

TEST(NestedRepeat, ParentRowColumnNameIsReservedInANestedRepeat) {
  auto def = load_definition(
      form("type|name|label\nbegin repeat|a|A\nbegin repeat|b|B\ninteger|ouder_rij|O\nend repeat||\nend repeat||"));
  ASSERT_FALSE(def);
  EXPECT_THAT(refusals(def.error()), ElementsAre("naam:4:name"));
}

TEST(NestedRepeat, CalculationsPerRowOfTheEnclosingRepeat) {
  const Definition def = households();
  Response out;
  EXPECT_THAT(problems_of(def, am13(), &out), IsEmpty());
  const auto& hh = out.repeats.at("huishoudens");
  const auto& leden = out.repeats.at("leden");
  EXPECT_EQ(out.repeat_parents.at("leden"), (std::vector<std::size_t>{0, 1, 0}));
  // Worked out by hand: Dorpsstraat 1 has Anna (40) and Bram (10), Kerkweg 5 has Piet (70).
  EXPECT_EQ(hh[0].at("nr_huishouden"), "1");
  EXPECT_EQ(hh[0].at("leden_hier"), "2");
  EXPECT_EQ(hh[0].at("leeftijd_hier"), "50");
  EXPECT_EQ(hh[1].at("nr_huishouden"), "2");
  EXPECT_EQ(hh[1].at("leden_hier"), "1");
  EXPECT_EQ(hh[1].at("leeftijd_hier"), "70");
  EXPECT_EQ(leden[0].at("nr_lid"), "1");
  EXPECT_EQ(leden[0].at("code_lid"), "Dorpsstraat 1-1");
  EXPECT_EQ(leden[1].at("nr_lid"), "1");
  EXPECT_EQ(leden[1].at("code_lid"), "Kerkweg 5-1");
  EXPECT_EQ(leden[2].at("nr_lid"), "2");
  EXPECT_EQ(leden[2].at("code_lid"), "Dorpsstraat 1-2");
  EXPECT_FALSE(leden[2].contains("werkt"));
  EXPECT_EQ(out.answer("leden_totaal"), "3");
  EXPECT_EQ(out.answer("tweede_lid_eerste_huis"), "Bram");
}

TEST(NestedRepeat, RulesAreCheckedInTheRowOfTheEnclosingRepeat) {
  const Definition def = households();
  Response raw = am13();
  raw.repeats["leden"][2]["werkt"] = "ja";              // Bram is 10: werkt is not relevant
  raw.repeats["leden"][1]["leeftijd"] = "16";           // Piet is the first (and only) member of Kerkweg 5
  raw.repeats["huishoudens"][1]["aantal_leden"] = "2";  // but only one member is given
  EXPECT_THAT(problems_of(def, raw),
              ElementsAre("niet-van-toepassing:werkt: regio AM13, leden rij 2 in huishoudens rij 1, vraag werkt: vraag "
                          "is niet van toepassing (relevant: ${leeftijd} >= 15), laat het antwoord leeg",
                          "aantal-rijen:leden: regio AM13, herhaling leden in huishoudens rij 2 heeft 1 rij(en), "
                          "repeat_count ${aantal_leden} vraagt er 2",
                          "voorwaarde:leeftijd: regio AM13, leden rij 1 in huishoudens rij 2, vraag leeftijd: Het "
                          "eerste lid van Kerkweg 5 is volwassen"));
}

TEST(NestedRepeat, RowKeysNameTheRowOfTheEnclosingRepeat) {
  const Definition def = households();
  const Response raw = am13();  // leden: Anna (household 1), Piet (household 2), Bram (household 1)
  EXPECT_EQ(row_key(def, raw, "huishoudens", 1), "huishoudens/2");
  EXPECT_EQ(row_key(def, raw, "leden", 0), "huishoudens/1/leden/1");
  EXPECT_EQ(row_key(def, raw, "leden", 1), "huishoudens/2/leden/1");
  EXPECT_EQ(row_key(def, raw, "leden", 2), "huishoudens/1/leden/2");
  Response orphan = raw;
  orphan.repeat_parents["leden"] = {0};
  EXPECT_EQ(row_key(def, orphan, "leden", 1), "");
}

// The form state (what a web form shows next to each field) keys a nested row's fields by its
// row in the enclosing repeat, so they never collide with the enclosing repeat's own fields.
TEST(NestedRepeat, FormStateKeysOfNestedFieldsAndRepeats) {
  const Definition def = households();
  Response raw = am13();
  raw.repeats["leden"][2]["werkt"] = "ja";              // Bram (household 1, member 2) is 10
  raw.repeats["leden"][1]["leeftijd"] = "16";           // Piet, the first member of household 2
  raw.repeats["huishoudens"][1]["aantal_leden"] = "2";  // but only one member is given
  const FormState state = evaluate_form(def, raw, *parse_date("2020-06-15"));
  EXPECT_THAT(state.hidden, ElementsAre("huishoudens/1/leden/2/werkt"));
  std::vector<std::string> keys;
  for (const auto& [key, messages] : state.messages) keys.push_back(key);
  EXPECT_THAT(keys,
              ElementsAre("huishoudens/1/leden/2/werkt", "huishoudens/2/leden", "huishoudens/2/leden/1/leeftijd"));
  EXPECT_THAT(state.messages.at("huishoudens/2/leden/1/leeftijd"),
              ElementsAre("Het eerste lid van Kerkweg 5 is volwassen"));
  // A nested repeat that is not relevant in one row is hidden in that row only.
  raw = am13();
  raw.repeats["huishoudens"][1]["aantal_leden"] = "0";
  raw.repeats["leden"].erase(raw.repeats["leden"].begin() + 1);
  raw.repeat_parents["leden"] = {0, 0};
  // (Bram, 10, the second member of household 1, is not asked whether he works.)
  EXPECT_THAT(evaluate_form(def, raw, *parse_date("2020-06-15")).hidden,
              ElementsAre("huishoudens/1/leden/2/werkt", "huishoudens/2/leden"));
}

TEST(NestedRepeat, RowsOfANestedRepeatThatIsNotRelevantInTheirRow) {
  const Definition def = households();
  Response raw = am13();
  raw.repeats["huishoudens"][1]["aantal_leden"] = "0";  // Kerkweg 5 has no members, yet Piet is given
  EXPECT_THAT(problems_of(def, raw),
              ElementsAre("niet-van-toepassing:leden: regio AM13, herhaling leden in huishoudens rij 2 is niet van "
                          "toepassing (relevant: ${aantal_leden} > 0), laat de rijen weg"));
}

TEST(NestedRepeat, RowWithoutAKnownParentIsRefused) {
  const Definition def = households();
  Response raw = am13();
  raw.repeat_parents["leden"] = {0, 5};
  EXPECT_THAT(problems_of(def, raw),
              ElementsAre("geen-ouderrij:ouder_rij: regio AM13, leden rij 2 hoort bij rij 6 van herhaling huishoudens, "
                          "die er niet is",
                          "geen-ouderrij:ouder_rij: regio AM13, leden rij 3 zegt niet bij welke rij van herhaling "
                          "huishoudens zij hoort",
                          "aantal-rijen:leden: regio AM13, herhaling leden in huishoudens rij 1 heeft 1 rij(en), "
                          "repeat_count ${aantal_leden} vraagt er 2",
                          // Kerkweg 5 asks for one member and now has none
                          "aantal-rijen:leden: regio AM13, herhaling leden in huishoudens rij 2 heeft 0 rij(en), "
                          "repeat_count ${aantal_leden} vraagt er 1"));
}

class NestedRepeatLayout : public ::testing::Test {
 protected:
  void SetUp() override {
    auto registry = regions::Registry::load_embedded();
    ASSERT_TRUE(registry) << registry.error().describe();
    registry_ = std::move(*registry);
    def_ = households();
  }

  Result<std::vector<Response>> read(const tabular::Workbook& book) {
    return read_responses(def_, book, "2019-eind", registry_.for_year(2019), *parse_date("2020-06-15"));
  }

  // AM13 as above and AM07 with one household of one member, in the product's own layout: the
  // members' ouder_rij counts the region's households from 1.
  tabular::Workbook own_layout() {
    tabular::Workbook book;
    book.sheets.push_back(sheet("antwoorden", "regio|status|aantal_huishoudens\nAM13|ingediend|2\nAM07|ingediend|1"));
    book.sheets.push_back(
        sheet("huishoudens", "regio|adres|aantal_leden\nAM13|Dorpsstraat 1|2\nAM13|Kerkweg 5|1\nAM07|Laan 3|1"));
    book.sheets.push_back(sheet("leden",
                                "regio|ouder_rij|naam|leeftijd|werkt\nAM13|1|Anna|40|ja\nAM13|2|Piet|70|nee\n"
                                "AM13|1|Bram|10|\nAM07|1|Kees|30|ja"));
    return book;
  }

  regions::Registry registry_;
  Definition def_;
};

void expect_households(const std::vector<Response>& rs) {
  ASSERT_EQ(rs.size(), 2u);
  EXPECT_EQ(rs[0].region, "AM13");
  EXPECT_EQ(rs[0].repeats.at("leden").size(), 3u);
  EXPECT_EQ(rs[0].repeat_parents.at("leden"), (std::vector<std::size_t>{0, 1, 0}));
  EXPECT_EQ(rs[0].repeats.at("leden")[2].at("code_lid"), "Dorpsstraat 1-2");
  EXPECT_EQ(rs[1].region, "AM07");
  EXPECT_EQ(rs[1].repeat_parents.at("leden"), (std::vector<std::size_t>{0}));
  EXPECT_EQ(rs[1].repeats.at("leden")[0].at("code_lid"), "Laan 3-1");
  EXPECT_EQ(rs[1].answer("leden_totaal"), "1");
}

bool same(const std::vector<Response>& a, const std::vector<Response>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i].region != b[i].region || a[i].answers != b[i].answers || a[i].repeats != b[i].repeats ||
        a[i].repeat_parents != b[i].repeat_parents || a[i].status != b[i].status)
      return false;
  return true;
}

TEST_F(NestedRepeatLayout, OwnLayoutReadsAndWritesTheParentRow) {
  auto rs = read(own_layout());
  ASSERT_TRUE(rs) << rs.error().describe();
  expect_households(*rs);
  const tabular::Workbook out = write_responses(def_, *rs);
  ASSERT_EQ(out.sheets.size(), 3u);
  const tabular::Sheet& leden = out.sheets[2];
  EXPECT_EQ(leden.name, "leden");
  EXPECT_EQ(leden.header,
            (std::vector<std::string>{"regio", "ouder_rij", "naam", "leeftijd", "werkt", "nr_lid", "code_lid"}));
  EXPECT_EQ(leden.rows[1].cells[0], "AM13");
  EXPECT_EQ(leden.rows[1].cells[1], "2");
  EXPECT_EQ(leden.rows[3].cells[1], "1");
  EXPECT_EQ(out.sheets[1].header[1], "adres");  // the repeat of the main part has no ouder_rij
  auto back = read(out);
  ASSERT_TRUE(back) << back.error().describe();
  EXPECT_TRUE(same(*back, *rs));
}

TEST_F(NestedRepeatLayout, MissingOrBadParentRowColumn) {
  tabular::Workbook book = own_layout();
  book.sheets[2] = sheet("leden", "regio|naam\nAM13|Anna");
  auto rs = read(book);
  ASSERT_FALSE(rs);
  // (the members' repeat_count is not met either: the rows were not read)
  EXPECT_THAT(refusals(rs.error()), ::testing::Contains("kolom-ontbreekt:1:ouder_rij"));
  book.sheets[2] = sheet("leden", "regio|ouder_rij|naam|leeftijd\nAM13|x|Anna|40\nAM13|0|Piet|70\nAM13|1|Bram|10");
  rs = read(book);
  ASSERT_FALSE(rs);
  EXPECT_THAT(refusals(rs.error()), ::testing::IsSupersetOf({"type:2:ouder_rij", "type:3:ouder_rij"}));
}

TEST_F(NestedRepeatLayout, OdkCentralExportImportsToTheSameResponses) {
  // ODK Central: a file per repeat, "<form>-<repeat>.csv"; a row's PARENT_KEY is the KEY of the
  // row it belongs to (the submission, or the row of the enclosing repeat).
  tabular::Workbook book;
  book.sheets.push_back(sheet("huishoudens_enquete-leden",
                              "naam|leeftijd|werkt|nr_lid|code_lid|PARENT_KEY|KEY\n"
                              "Anna|40|ja|1|Dorpsstraat 1-1|uuid:a/huishoudens[1]|uuid:a/huishoudens[1]/leden[1]\n"
                              "Piet|70|nee|1|Kerkweg 5-1|uuid:a/huishoudens[2]|uuid:a/huishoudens[2]/leden[1]\n"
                              "Bram|10||2|Dorpsstraat 1-2|uuid:a/huishoudens[1]|uuid:a/huishoudens[1]/leden[2]\n"
                              "Kees|30|ja|1|Laan 3-1|uuid:b/huishoudens[1]|uuid:b/huishoudens[1]/leden[1]"));
  book.sheets.push_back(sheet("huishoudens_enquete-huishoudens",
                              "adres|aantal_leden|nr_huishouden|leden_hier|leeftijd_hier|PARENT_KEY|KEY\n"
                              "Dorpsstraat 1|2|1|2|50|uuid:a|uuid:a/huishoudens[1]\n"
                              "Kerkweg 5|1|2|1|70|uuid:a|uuid:a/huishoudens[2]\n"
                              "Laan 3|1|1|1|30|uuid:b|uuid:b/huishoudens[1]"));
  book.sheets.push_back(sheet("huishoudens_enquete",
                              "SubmissionDate|regio|aantal_huishoudens|leden_totaal|tweede_lid_eerste_huis|"
                              "meta-instanceID|KEY|SubmitterID|SubmitterName|Status|ReviewState|FormVersion\n"
                              "2020-06-01T10:00:00.000Z|AM13|2|3|Bram|uuid:a|uuid:a|5|Anna||approved|1\n"
                              "2020-06-02T10:00:00.000Z|AM07|1|1||uuid:b|uuid:b|5|Anna|||1"));
  auto rs = read(book);
  ASSERT_TRUE(rs) << rs.error().describe();
  expect_households(*rs);
  auto own = read(own_layout());
  ASSERT_TRUE(own) << own.error().describe();
  EXPECT_TRUE(same(*rs, *own));
}

TEST_F(NestedRepeatLayout, KoboToolboxExportImportsToTheSameResponses) {
  // KoboToolbox XLSX: a sheet per repeat; _index numbers the rows of each sheet, _parent_index is
  // the _index of the row in _parent_table_name it belongs to.
  tabular::Workbook book;
  book.sheets.push_back(sheet("Huishoudens enquete",
                              "regio|aantal_huishoudens|leden_totaal|_id|_uuid|_submission_time|_index\n"
                              "AM13|2|3|201|u-a|2020-06-01T10:00:00|1\nAM07|1|1|202|u-b|2020-06-02T10:00:00|2"));
  book.sheets.push_back(sheet("huishoudens",
                              "huishoudens/adres|huishoudens/aantal_leden|_index|_parent_table_name|_parent_index|"
                              "_submission__id\n"
                              "Dorpsstraat 1|2|1|Huishoudens enquete|1|201\nKerkweg 5|1|2|Huishoudens enquete|1|201\n"
                              "Laan 3|1|3|Huishoudens enquete|2|202"));
  book.sheets.push_back(sheet("leden",
                              "huishoudens/leden/naam|huishoudens/leden/leeftijd|huishoudens/leden/werkt|_index|"
                              "_parent_table_name|_parent_index|_submission__id\n"
                              "Anna|40|ja|1|huishoudens|1|201\nPiet|70|nee|2|huishoudens|2|201\n"
                              "Bram|10||3|huishoudens|1|201\nKees|30|ja|4|huishoudens|3|202"));
  auto rs = read(book);
  ASSERT_TRUE(rs) << rs.error().describe();
  expect_households(*rs);
  auto own = read(own_layout());
  ASSERT_TRUE(own) << own.error().describe();
  EXPECT_TRUE(same(*rs, *own));
}

TEST_F(NestedRepeatLayout, ExportRowOfANestedRepeatWithoutItsParentRow) {
  tabular::Workbook book;
  book.sheets.push_back(sheet("data", "regio|aantal_huishoudens|_uuid|_index\nAM13|0|u-a|1"));
  book.sheets.push_back(sheet("leden", "huishoudens/leden/naam|_index|_parent_index\nAnna|1|7"));
  auto rs = read(book);
  ASSERT_FALSE(rs);
  EXPECT_THAT(refusals(rs.error()), ElementsAre("geen-hoofdrij:2:_parent_index"));
  EXPECT_THAT(rs.error().describe(), HasSubstr("rij hoort bij '7', die niet in het blad huishoudens staat"));
}

}  // namespace
}  // namespace regio::forms
