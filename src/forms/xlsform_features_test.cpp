// XLSForm features as pyxform and ODK honour them, each shown in the validation of a response;
// types that cannot be answered are refused naming the type and the row; messages.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "forms/xlsform_test_util.h"

namespace regio::forms {
namespace {

using testing::check;
using ::testing::ElementsAre;
using testing::form;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using testing::refusals;

Definition load(const tabular::Workbook& b) {
  auto def = load_definition(b);
  EXPECT_TRUE(def) << def.error().describe();
  return def ? *def : Definition{};
}

constexpr std::string_view kCascade =
    "list_name|name|label|state\n"
    "states|texas|Texas|\nstates|washington|Washington|\n"
    "counties|harris|Harris|texas\ncounties|king|King|washington\n";

TEST(XlsformFeatures, ChoiceFilterRefusesACountyOfAnotherState) {
  const Definition def =
      load(form("type|name|label|choice_filter\nselect_one states|state|State|\n"
                "select_one counties|county|County|state=${state}",
                kCascade));
  EXPECT_THAT(check(def, {{"state", "texas"}, {"county", "harris"}}), IsEmpty());
  EXPECT_THAT(check(def, {{"state", "texas"}, {"county", "king"}}),
              ElementsAre("keuzelijst:county: vraag county: waarde king valt buiten de keuzes die choice_filter "
                          "state=${state} toelaat (harris)"));
}

TEST(XlsformFeatures, OrOtherAddsTheChoiceAndTheSpecifyQuestion) {
  for (const char* spelling : {"or_other", "or specify other"}) {
    const Definition def = load(form(fmt::format("type|name|label\nselect_one kleur {}|k|K", spelling),
                                     "list_name|name|label\nkleur|rood|Rood"));
    ASSERT_NE(def.question("k_other"), nullptr) << spelling;
    EXPECT_THAT(check(def, {{"k", "other"}, {"k_other", "paars"}}), IsEmpty());
    EXPECT_THAT(check(def, {{"k", "rood"}, {"k_other", "paars"}}),
                ElementsAre(HasSubstr("niet-van-toepassing:k_other")));
  }
}

TEST(XlsformFeatures, ReferencesInMessagesAreFilledIn) {
  const Definition def =
      load(form("type|name|label|constraint|constraint_message|required|required_message\n"
                "integer|max|Max||||\n"
                "integer|a|A|. <= ${max}|Hoogstens ${max}, niet ${a}||\n"
                "text|b|B|||yes|Vul b in (max ${max})"));
  EXPECT_THAT(check(def, {{"max", "3"}, {"a", "5"}}),
              ElementsAre("voorwaarde:a: vraag a: Hoogstens 3, niet 5", "verplicht:b: vraag b: Vul b in (max 3)"));
}

TEST(XlsformFeatures, DefaultIsTheAnswerUntilChanged) {
  const Definition def = load(form("type|name|label|default|constraint\ninteger|a|A|3|. < 3\ndate|d|D|today()|"));
  Response out;
  EXPECT_THAT(check(def, {}, {}, &out), ElementsAre(HasSubstr("voorwaarde:a")));  // the default 3 is checked
  EXPECT_EQ(out.answer("d"), "2020-06-15");
  EXPECT_THAT(check(def, {{"a", "2"}}, {}, &out), IsEmpty());
  EXPECT_EQ(out.answer("a"), "2");
}

TEST(XlsformFeatures, TriggerKeepsTheValueSetWhenTheTriggerChanged) {
  const Definition def =
      load(form("type|name|label|calculation|trigger\ninteger|a|A||\n"
                "calculate|bij_a||${a} * 2|${a}\ncalculate|nu||${a} * 2|"));
  Response out;
  EXPECT_THAT(check(def, {{"a", "5"}, {"bij_a", "4"}, {"nu", "4"}}, {}, &out), IsEmpty());
  EXPECT_EQ(out.answer("bij_a"), "4");  // set when a was 2
  EXPECT_EQ(out.answer("nu"), "10");    // recomputed
}

TEST(XlsformFeatures, RangeParameters) {
  const Definition def = load(form("type|name|label|parameters\nrange|r|R|start=0 end=10 step=2.5"));
  EXPECT_THAT(check(def, {{"r", "7,5"}}), IsEmpty());
  EXPECT_THAT(check(def, {{"r", "7"}}), ElementsAre(HasSubstr("schaal 0 tot 10 in stappen van 2.5")));
  EXPECT_THAT(check(def, {{"r", "12.5"}}), ElementsAre(HasSubstr("voorwaarde:r")));
}

TEST(XlsformFeatures, MoreTypes) {
  const Definition def =
      load(form("type|name|label\ntime|t|T\ndateTime|dt|DT\ngeopoint|p|P\nrank kleur|rk|RK\nacknowledge|ok|OK\n"
                "hidden|h|H\nstring|s|S\nint|i|I\ntoday|vandaag|\nstart|begin|\ndeviceid|apparaat|",
                "list_name|name|label\nkleur|rood|Rood\nkleur|geel|Geel"));
  Response out;
  EXPECT_THAT(check(def,
                    {{"t", "9:30"},
                     {"dt", "2020-06-15 09:30"},
                     {"p", "52.1 5.1 3 4"},
                     {"rk", "geel rood"},
                     {"ok", "ok"},
                     {"h", "x"},
                     {"s", "y"},
                     {"i", "4"},
                     {"begin", "2020-06-15T09:00:00"},
                     {"apparaat", "abc"}},
                    {}, &out),
              IsEmpty());
  EXPECT_EQ(out.answer("rk"), "geel rood");  // a rank keeps its order
  EXPECT_EQ(out.answer("ok"), "OK");
  EXPECT_EQ(out.answer("dt"), "2020-06-15T09:30:00");
  EXPECT_EQ(out.answer("vandaag"), "2020-06-15");  // metadata today is filled in
  EXPECT_THAT(check(def, {{"t", "25:00"}, {"dt", "morgen"}, {"p", "95 5"}, {"i", "4.5"}}),
              ::testing::UnorderedElementsAre(HasSubstr("type:t"), HasSubstr("type:dt"), HasSubstr("type:p"),
                                              HasSubstr("type:i")));
}

class UnanswerableType : public ::testing::TestWithParam<const char*> {};
TEST_P(UnanswerableType, IsRefusedNamingTypeAndRowWithoutFollowOnErrors) {
  auto def =
      load_definition(form(fmt::format("type|name|label|relevant\ninteger|a|A|\n{}|foto|F|\n"
                                       "text|b|B|${{foto}} != ''",
                                       GetParam())));
  ASSERT_FALSE(def);
  EXPECT_THAT(refusals(def.error()), ElementsAre("type-niet-beantwoordbaar:3:type"));  // nothing about row 4
  EXPECT_THAT(def.error().describe(), HasSubstr(fmt::format("type '{}' van vraag foto", GetParam())));
}
INSTANTIATE_TEST_SUITE_P(Types, UnanswerableType,
                         ::testing::Values("image", "photo", "audio", "video", "file", "barcode", "geoshape",
                                           "geotrace", "background-audio", "select_one_from_file regios.csv",
                                           "select_one_external regios"));

TEST(XlsformFeatures, CleansCellsAsPyxform) {
  // A non-breaking space after the list name, curly quotes in an expression.
  const Definition def =
      load(form("type|name|label|relevant\nselect_one reden\xC2\xA0|r|R|\n"
                "text|t|T|${r} = \xE2\x80\x98"
                "anders\xE2\x80\x99",
                "list_name|name|label\nreden|anders|Anders\nreden|geen|Geen"));
  EXPECT_THAT(check(def, {{"r", "geen"}, {"t", "x"}}), ElementsAre(HasSubstr("niet-van-toepassing:t")));
  EXPECT_THAT(check(def, {{"r", "anders"}, {"t", "x"}}), IsEmpty());
}

TEST(XlsformFeatures, YesNoSpellingsInRuleColumns) {
  const Definition def = load(form("type|name|label|relevant|required\ninteger|a|A|FALSE|\ninteger|b|B||TRUE"));
  EXPECT_THAT(check(def, {{"a", "1"}}), ElementsAre(HasSubstr("niet-van-toepassing:a"), HasSubstr("verplicht:b")));
}

TEST(XlsformFeatures, UnnamedNoteIsNamedAsPyxformNamesIt) {
  auto def = load_definition(form("type|name|label\nnote||Welkom\ninteger|a|A"));
  ASSERT_TRUE(def) << def.error().describe();
  EXPECT_NE(def->question("generated_note_name_2"), nullptr);
  ASSERT_EQ(def->warnings.size(), 1u);
  EXPECT_EQ(def->warnings[0].line, 2u);
}

TEST(XlsformFeatures, IgnoredColumnsAreWarnings) {
  auto def =
      load_definition(form("type|name|label|appearance|opmerking\ninteger|a|A|minimal|voor de vertaler\n"
                           "integer|b|B||"));
  ASSERT_TRUE(def) << def.error().describe();
  ASSERT_EQ(def->warnings.size(), 2u);
  EXPECT_EQ(def->warnings[0].column, "appearance");
  EXPECT_EQ(def->warnings[1].column, "opmerking");
  EXPECT_THAT(def->warnings[1].message, HasSubstr("onbekende kolom"));
}

TEST(XlsformFeatures, LanguageDefaultSettingThenDutchThenUntaggedThenColumnOrder) {
  const std::string survey =
      "type|name|label::en|label::zh|constraint|constraint_message::en|constraint_message::zh\n"
      "integer|a|A|甲|. < 3|Too big|太大";
  auto def = load(form(survey));
  EXPECT_EQ(def.question("a")->label.get(def.settings.default_language), "A");  // en is the first column
  EXPECT_THAT(check(def, {{"a", "5"}}), ElementsAre("voorwaarde:a: vraag a: Too big"));
  def = load(form("type|name|label::zh|label::en\ninteger|a|甲|A"));
  EXPECT_EQ(def.question("a")->label.get(def.settings.default_language), "甲");  // the first column
  def = load(form("type|name|label::zh|label\ninteger|a|甲|A"));
  EXPECT_EQ(def.question("a")->label.get(def.settings.default_language), "A");  // untagged before other languages
  def = load(form("type|name|label::zh|label|label::nl\ninteger|a|甲|A|Een"));
  EXPECT_EQ(def.question("a")->label.get(def.settings.default_language), "Een");  // Dutch first
  def = load(form("type|name|label::zh|label::nl\ninteger|a|甲|Een", {}, "default_language\nzh"));
  EXPECT_EQ(def.question("a")->label.get(def.settings.default_language), "甲");  // the setting wins
}

TEST(XlsformFeatures, DuplicateChoicesWhenTheSettingAllowsThem) {
  const std::string_view choices = "list_name|name|label\nk|a|A\nk|a|A2";
  EXPECT_FALSE(load_definition(form("type|name|label\nselect_one k|q|Q", choices)));
  EXPECT_TRUE(load_definition(form("type|name|label\nselect_one k|q|Q", choices, "allow_choice_duplicates\nyes")));
}

TEST(XlsformMessages, MissingSurveySheetNamesFileAndSheetsFound) {
  tabular::Workbook b;
  b.sheets.push_back(testing::sheet("Sheet1", "a|b\n1|2", "vragen.xlsx[Sheet1]"));
  b.sheets.push_back(testing::sheet("choices", "list_name|name\nk|a", "vragen.xlsx[choices]"));
  auto def = load_definition(b);
  ASSERT_FALSE(def);
  EXPECT_EQ(def.error().describe(),
            "Vragenlijst vragen.xlsx ongeldig: 1 fout\n"
            "  - vragen.xlsx: de vragenlijst heeft geen blad 'survey' (gevonden: Sheet1, choices) [blad-ontbreekt]");
}

TEST(XlsformMessages, ExpressionErrorIsOneLineWithACharacterPositionAndWholeCharacters) {
  tabular::Workbook b = form("type|name|label|relevant\ninteger|a|A|\ninteger|b|B|x");
  b.sheets[0].rows[1].cells[3] = "${a} =\n ’é’ § 1";  // a cell of two lines
  auto def = load_definition(b);
  ASSERT_FALSE(def);
  ASSERT_EQ(def.error().problems.size(), 1u);
  // "${a} =", the line break and a space, then 'é' and a space: § is the 13th character (byte 15).
  EXPECT_EQ(def.error().problems[0].message,
            "ongeldige expressie '${a} =  'é' § 1': onverwacht teken '§' op positie 13");
}

TEST(XlsformMessages, NoFollowOnErrorsForReferencesToARefusedRow) {
  auto def =
      load_definition(form("type|name|label|relevant|constraint|calculation\n"
                           "onzin|x|X|||\ninteger|a|A|${x} = 1|. > ${x}|\ncalculate|c||||${x} + 1"));
  ASSERT_FALSE(def);
  EXPECT_THAT(refusals(def.error()), ElementsAre("onbekend-type:2:type"));
}

}  // namespace
}  // namespace regio::forms

namespace regio::forms {
namespace {

TEST(XlsformFeatures, FilteredChoicesForAWebFormAndChoiceNames) {
  const Definition def =
      load(form("type|name|label|choice_filter|calculation\nselect_one states|state|State||\n"
                "select_one counties|county|County|state=${state}|\n"
                "calculate|naam|||jr:choice-name(${county}, '${county}')",
                kCascade));
  const Answers main{{"state", "washington"}};
  EXPECT_EQ(filtered_choices(def, *def.question("county"), {.main = &main}), std::vector<std::string>{"king"});
  EXPECT_EQ(filtered_choices(def, *def.question("state"), {.main = &main}),
            (std::vector<std::string>{"texas", "washington"}));
  Response out;
  EXPECT_THAT(check(def, {{"state", "washington"}, {"county", "king"}}, {}, &out), IsEmpty());
  EXPECT_EQ(out.answer("naam"), "King");
}

TEST(XlsformFeatures, PositionAndIndexedRepeatInRepeats) {
  const Definition def =
      load(form("type|name|label|calculation|constraint\nbegin repeat|r|R||\n"
                "calculate|nr||position(..)|\ninteger|n|N||. > 0\nend repeat|||\n"
                "calculate|tweede||indexed-repeat(${n}, ${r}, 2)|\ncalculate|totaal||sum(${n})|"));
  Response out;
  EXPECT_THAT(check(def, {}, {{"r", {{{"n", "4"}}, {{"n", "6"}}}}}, &out), IsEmpty());
  EXPECT_EQ(out.repeats.at("r").at(1).at("nr"), "2");
  EXPECT_EQ(out.answer("tweede"), "6");
  EXPECT_EQ(out.answer("totaal"), "10");
}

}  // namespace
}  // namespace regio::forms
