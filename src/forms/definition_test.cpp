#include "forms/definition.h"

#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "forms/test_workbook.h"

namespace regio::forms {
namespace {

using testing::sheet;

constexpr std::string_view kChoices =
    "list_name|name|label::Dutch (nl)|label::en\n"
    "ladder|1|Kennismaken|Getting acquainted\n"
    "ladder|2|Regelmatig overleg|Regular consultation\n"
    "janee|ja|Ja|Yes\n"
    "janee|nee|Nee|No\n";

tabular::Workbook book(std::string_view survey, std::string_view choices = kChoices) {
  tabular::Workbook b;
  b.sheets.push_back(sheet("survey", survey));
  b.sheets.push_back(sheet("choices", choices));
  b.sheets.push_back(sheet("settings", "form_id|version|form_title|default_language\ntest|3|Test|Dutch (nl)"));
  return b;
}

std::vector<std::string> rules_of(const Error& e) {
  std::vector<std::string> out;
  for (const auto& p : e.problems) out.push_back(fmt::format("{}:{}:{}:{}", p.file, p.line, p.column, p.rule));
  return out;
}

TEST(Definition, LoadsTypesLabelsGroupsAndRepeats) {
  auto def = load_definition(
      book("type|name|label::nl|label::en|hint|required|relevant|constraint|constraint_message|appearance\n"
           "begin group|thema_a|Thema A||||||\n"
           "select_one ladder|niveau|Niveau|Level|Kies|yes||||minimal\n"
           "integer|aantal|Aantal||||${niveau} = 2|. >= 0|Minstens 0|\n"
           "end group||||||||\n"
           "begin_repeat|doelen|Doelen||||||\n"
           "text|omschrijving|Omschrijving||||||\n"
           "select_one janee|kwant|Kwantitatief||||||\n"
           "decimal|streef|Streefwaarde|||${kwant} = 'ja'|${kwant} = 'ja'||\n"
           "end_repeat||||||||\n"
           "calculate|dubbel|||||||\n"));
  // calculate without calculation is a problem; check it separately below.
  ASSERT_FALSE(def);
  EXPECT_THAT(rules_of(def.error()), ::testing::ElementsAre("survey.csv:11:calculation:expressie"));

  def = load_definition(
      book("type|name|label::nl|label::en|hint|required|relevant|constraint|constraint_message|calculation\n"
           "begin group|thema_a|Thema A|||||||\n"
           "select_one ladder|niveau|Niveau|Level|Kies|yes||||\n"
           "integer|aantal|Aantal||||${niveau} = 2|. >= 0|Minstens 0|\n"
           "end group|||||||||\n"
           "begin_repeat|doelen|Doelen|||||||\n"
           "text|omschrijving|Omschrijving|||||||\n"
           "select_one janee|kwant|Kwantitatief|||||||\n"
           "decimal|streef|Streefwaarde|||${kwant} = 'ja'|${kwant} = 'ja'|||\n"
           "end_repeat|||||||||\n"
           "calculate|dubbel|||||||| ${aantal} * 2\n"));
  ASSERT_TRUE(def) << def.error().describe();
  EXPECT_EQ(def->settings.form_id, "test");
  EXPECT_EQ(def->settings.default_language, "nl");
  ASSERT_EQ(def->questions.size(), 10u);
  const Question* niveau = def->question("niveau");
  ASSERT_NE(niveau, nullptr);
  EXPECT_EQ(niveau->type, QuestionType::kSelectOne);
  EXPECT_EQ(niveau->list, "ladder");
  EXPECT_TRUE(niveau->required);
  EXPECT_EQ(niveau->label.get("en"), "Level");
  EXPECT_EQ(niveau->label.get("nl"), "Niveau");
  EXPECT_EQ(niveau->hint.get(), "Kies");
  EXPECT_EQ(niveau->groups, (std::vector<std::size_t>{0}));
  EXPECT_EQ(niveau->line, 3u);
  EXPECT_EQ(def->question("aantal")->constraint_message.get(), "Minstens 0");
  EXPECT_TRUE(def->question("streef")->required_if.has_value());
  EXPECT_EQ(def->question("streef")->repeat, "doelen");
  EXPECT_EQ(def->question("dubbel")->repeat, "");
  EXPECT_EQ(def->repeat_names(), (std::vector<std::string>{"doelen"}));
  ASSERT_EQ(def->answer_questions().size(), 3u);  // niveau, aantal, dubbel
  EXPECT_EQ(def->answer_questions("doelen").size(), 3u);
  EXPECT_EQ(def->list("ladder")->choices[1].label.get("en"), "Regular consultation");
  EXPECT_EQ(def->list("ladder")->describe_values(), "1–2");
  EXPECT_EQ(def->list("janee")->describe_values(), "ja, nee");
}

TEST(Definition, ReportsEveryProblemWithRowAndColumn) {
  auto def =
      load_definition(book("type|name|label|relevant|constraint\n"
                           "gps2|plek|Plek||\n"                  // 2 unknown type
                           "select_one kleuren|kleur|Kleur||\n"  // 3 missing list
                           "integer|aantal|Aantal||\n"           // 4
                           "integer|aantal|Nog eens||\n"         // 5 duplicate
                           "integer|x|X|${aantal} >|\n"          // 6 syntax
                           "integer|y|Y||${onbekend} > 1\n"      // 7 unknown ref
                           "integer|regio|Regio||\n"             // 8 reserved
                           "integer|2fout|Fout||\n"              // 9 invalid name
                           "begin_group|g|G||\n"                 // 10 never closed
                           "begin_repeat|r|R||\n"                // 11 closed by end_group
                           "end_group|||\n"                      // 12
                           "end_repeat|||\n"));                  // 13 closes g with end_repeat
  ASSERT_FALSE(def);
  EXPECT_EQ(def.error().code, ErrorCode::kInvalidData);
  EXPECT_THAT(rules_of(def.error()),
              ::testing::UnorderedElementsAre(
                  "survey.csv:2:type:onbekend-type", "survey.csv:3:type:keuzelijst", "survey.csv:5:name:dubbele-naam",
                  "survey.csv:6:relevant:expressie", "survey.csv:7:constraint:verwijzing", "survey.csv:8:name:naam",
                  "survey.csv:9:name:naam", "survey.csv:12:type:groepen", "survey.csv:13:type:groepen"));
  EXPECT_THAT(def.error().describe(), ::testing::HasSubstr("onbekend type 'gps2'"));
  EXPECT_THAT(def.error().describe(), ::testing::HasSubstr("keuzelijst kleuren bestaat niet"));
}

TEST(Definition, UnclosedGroupIsReportedAtItsBeginRow) {
  auto def = load_definition(book("type|name|label\nbegin_group|g|G\ninteger|a|A\n"));
  ASSERT_FALSE(def);
  EXPECT_THAT(rules_of(def.error()), ::testing::ElementsAre("survey.csv:2:type:groepen"));
}

TEST(Definition, RepeatQuestionsAreNotVisibleOutsideTheirRepeat) {
  auto def =
      load_definition(book("type|name|label|relevant\n"
                           "begin_repeat|r|R|\n"
                           "integer|binnen|B|\n"
                           "begin_repeat|r2|R2|\n"
                           "end_repeat|||\n"
                           "end_repeat|||\n"
                           "integer|buiten|B|${binnen} > 1\n"));
  ASSERT_FALSE(def);
  // (the repeat r2 nested in r is allowed, as in ODK)
  EXPECT_THAT(rules_of(def.error()), ::testing::ElementsAre("survey.csv:7:relevant:verwijzing"));
}

TEST(Definition, ChoiceProblems) {
  auto def =
      load_definition(book("type|name|label\nselect_multiple kleur|k|K\n",
                           "list_name|name|label\nkleur|rood|Rood\nkleur|rood|Nog eens rood\nkleur|licht blauw|LB\n"));
  ASSERT_FALSE(def);
  EXPECT_THAT(rules_of(def.error()),
              ::testing::UnorderedElementsAre("choices.csv:3:name:dubbele-naam", "survey.csv:2:type:keuzelijst"));
}

TEST(Definition, MissingSurveySheet) {
  tabular::Workbook b;
  b.sheets.push_back(sheet("choices", kChoices));
  auto def = load_definition(b);
  ASSERT_FALSE(def);
  EXPECT_EQ(def.error().problems.at(0).rule, "blad-ontbreekt");
}

TEST(Definition, RequiredAcceptsXlsFormSpellings) {
  auto def =
      load_definition(book("type|name|required\ninteger|a|TRUE\ninteger|b|no\ninteger|c|${a} > 1\ninteger|d|1\n"));
  ASSERT_TRUE(def) << def.error().describe();
  EXPECT_TRUE(def->question("a")->required);
  EXPECT_FALSE(def->question("b")->required);
  EXPECT_FALSE(def->question("b")->required_if.has_value());
  EXPECT_TRUE(def->question("c")->required_if.has_value());
  EXPECT_TRUE(def->question("d")->required);
}

}  // namespace
}  // namespace regio::forms
