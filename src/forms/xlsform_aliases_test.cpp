// Every column alias and type spelling pyxform accepts is honoured when a response is validated
// (one case per spelling; pyxform's aliases.py and question_type_dictionary.py).
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

Definition load(const tabular::Workbook& b) {
  auto def = load_definition(b);
  EXPECT_TRUE(def) << def.error().describe();
  return def ? *def : Definition{};
}

class RelevantAlias : public ::testing::TestWithParam<const char*> {};
TEST_P(RelevantAlias, SkipsTheQuestion) {
  const Definition def =
      load(form(fmt::format("type|name|label|{}\ninteger|a|A|\ninteger|b|B|${{a}} > 1", GetParam())));
  EXPECT_THAT(check(def, {{"a", "1"}, {"b", "5"}}), ElementsAre(HasSubstr("niet-van-toepassing:b")));
  EXPECT_THAT(check(def, {{"a", "2"}, {"b", "5"}}), IsEmpty());
}
INSTANTIATE_TEST_SUITE_P(Spellings, RelevantAlias, ::testing::Values("relevant", "relevance", "Relevance", "RELEVANT"));

class ConstraintMessageAlias : public ::testing::TestWithParam<const char*> {};
TEST_P(ConstraintMessageAlias, IsTheMessage) {
  const Definition def =
      load(form(fmt::format("type|name|label|constraint|{}\ninteger|a|A|. < 10|Te groot", GetParam())));
  EXPECT_THAT(check(def, {{"a", "12"}}), ElementsAre("voorwaarde:a: vraag a: Te groot"));
}
INSTANTIATE_TEST_SUITE_P(Spellings, ConstraintMessageAlias,
                         ::testing::Values("constraint_message", "constraint message", "Constraint Message",
                                           "constraining_message", "jr:constraintMsg"));

class RequiredMessageAlias : public ::testing::TestWithParam<const char*> {};
TEST_P(RequiredMessageAlias, IsTheMessage) {
  const Definition def = load(form(fmt::format("type|name|label|required|{}\ninteger|a|A|yes|Vul a in", GetParam())));
  EXPECT_THAT(check(def, {}), ElementsAre("verplicht:a: vraag a: Vul a in"));
}
INSTANTIATE_TEST_SUITE_P(Spellings, RequiredMessageAlias,
                         ::testing::Values("required_message", "required message", "requiredMsg", "jr:requiredMsg"));

class ListNameAlias : public ::testing::TestWithParam<const char*> {};
TEST_P(ListNameAlias, ChecksTheChoice) {
  const Definition def =
      load(form("type|name|label\nselect_one kleur|k|K", fmt::format("{}|name|label\nkleur|rood|Rood", GetParam())));
  EXPECT_THAT(check(def, {{"k", "rood"}}), IsEmpty());
  EXPECT_THAT(check(def, {{"k", "blauw"}}), ElementsAre(HasSubstr("keuzelijst:k")));
}
INSTANTIATE_TEST_SUITE_P(Spellings, ListNameAlias,
                         ::testing::Values("list_name", "list name", "List Name", "LIST_NAME"));

TEST(XlsformAliases, ValueIsTheChoiceNameAndCaptionTheLabel) {
  const Definition def =
      load(form("type|name|caption\nselect_one kleur|k|Kleur", "list name|value|caption\nkleur|rood|Rood"));
  EXPECT_EQ(def.question("k")->label.get(), "Kleur");
  EXPECT_EQ(def.list("kleur")->choices.at(0).label.get(), "Rood");
  EXPECT_THAT(check(def, {{"k", "geel"}}), ElementsAre(HasSubstr("keuzelijst:k")));
}

TEST(XlsformAliases, CommandIsTypeAndTagIsName) {
  const Definition def = load(form("command|tag|label|constraint\ninteger|a|A|. > 0"));
  EXPECT_THAT(check(def, {{"a", "x"}}), ElementsAre(HasSubstr("type:a")));
  EXPECT_THAT(check(def, {{"a", "0"}}), ElementsAre(HasSubstr("voorwaarde:a")));
}

TEST(XlsformAliases, CalculateColumnIsTheCalculation) {
  const Definition def = load(form("type|name|label|calculate\ninteger|a|A|\ncalculate|dubbel||${a} * 2"));
  Response out;
  EXPECT_THAT(check(def, {{"a", "4"}}, {}, &out), IsEmpty());
  EXPECT_EQ(out.answer("dubbel"), "8");
}

class ReadOnlyAlias : public ::testing::TestWithParam<const char*> {};
TEST_P(ReadOnlyAlias, RefusesAnotherValue) {
  const Definition def = load(form(fmt::format("type|name|label|{}|default\ninteger|a|A|yes|3", GetParam())));
  EXPECT_THAT(check(def, {{"a", "4"}}), ElementsAre(HasSubstr("alleen-lezen:a")));
  EXPECT_THAT(check(def, {{"a", "3"}}), IsEmpty());
}
INSTANTIATE_TEST_SUITE_P(Spellings, ReadOnlyAlias, ::testing::Values("read_only", "readonly", "Read Only"));

class RepeatCountAlias : public ::testing::TestWithParam<const char*> {};
TEST_P(RepeatCountAlias, FixesTheNumberOfRows) {
  const Definition def = load(form(
      fmt::format("type|name|label|{}\ninteger|n|N|\nbegin repeat|r|R|${{n}}\ntext|t|T|\nend repeat||", GetParam())));
  EXPECT_THAT(check(def, {{"n", "2"}}, {{"r", {{{"t", "x"}}}}}),
              ElementsAre("aantal-rijen:r: herhaling r heeft 1 rij(en), repeat_count ${n} vraagt er 2"));
  EXPECT_THAT(check(def, {{"n", "1"}}, {{"r", {{{"t", "x"}}}}}), IsEmpty());
}
INSTANTIATE_TEST_SUITE_P(Spellings, RepeatCountAlias,
                         ::testing::Values("repeat_count", "repeat count", "count", "jr:count"));

TEST(XlsformAliases, HintGuidanceHintAndMediaAreTextsNotWarnings) {
  auto def =
      load_definition(form("type|name|label::nl|hint::nl|guidance_hint|image|media::audio::nl|video|big-image\n"
                           "integer|a|A|Hint|Uitleg|a.png|a.mp3|a.mp4|a-groot.png"));
  ASSERT_TRUE(def) << def.error().describe();
  const Question& q = *def->question("a");
  EXPECT_EQ(q.hint.get(), "Hint");
  EXPECT_EQ(q.guidance_hint.get(), "Uitleg");
  EXPECT_EQ(q.media.at("image").get(), "a.png");
  EXPECT_EQ(q.media.at("audio").get("nl"), "a.mp3");
  EXPECT_EQ(q.media.at("video").get(), "a.mp4");
  EXPECT_EQ(q.media.at("big-image").get(), "a-groot.png");
  EXPECT_THAT(def->warnings, IsEmpty());
}

TEST(XlsformAliases, SingleColonLanguagesWhenNoHeaderUsesDoubleColons) {
  auto def =
      load_definition(form("type|name|label:English|label:Dutch|constraint|constraint_message:Dutch\n"
                           "integer|a|A|Aantal|. < 3|Minder dan 3"));
  ASSERT_TRUE(def) << def.error().describe();
  EXPECT_EQ(def->question("a")->label.get("en"), "A");
  EXPECT_EQ(def->question("a")->label.get(), "Aantal");
  EXPECT_THAT(check(*def, {{"a", "5"}}), ElementsAre("voorwaarde:a: vraag a: Minder dan 3"));
}

class SelectOneSpelling : public ::testing::TestWithParam<const char*> {};
TEST_P(SelectOneSpelling, ChecksOneChoice) {
  const Definition def = load(form(fmt::format("type|name|label\n{} kleur|k|K", GetParam()),
                                   "list_name|name|label\nkleur|rood|Rood\nkleur|geel|Geel"));
  EXPECT_EQ(def.question("k")->type, QuestionType::kSelectOne);
  EXPECT_THAT(check(def, {{"k", "rood"}}), IsEmpty());
  EXPECT_THAT(check(def, {{"k", "rood geel"}}), ElementsAre(HasSubstr("keuzelijst:k")));
}
INSTANTIATE_TEST_SUITE_P(Spellings, SelectOneSpelling,
                         ::testing::Values("select_one", "select one", "select one from", "select1", "Select_One",
                                           "add select one prompt using", "select one using", "q select1"));

class SelectMultipleSpelling : public ::testing::TestWithParam<const char*> {};
TEST_P(SelectMultipleSpelling, ChecksEveryChoice) {
  const Definition def = load(form(fmt::format("type|name|label\n{} kleur|k|K", GetParam()),
                                   "list_name|name|label\nkleur|rood|Rood\nkleur|geel|Geel"));
  EXPECT_EQ(def.question("k")->type, QuestionType::kSelectMultiple);
  Response out;
  EXPECT_THAT(check(def, {{"k", "geel rood"}}, {}, &out), IsEmpty());
  EXPECT_EQ(out.answer("k"), "rood geel");
  EXPECT_THAT(check(def, {{"k", "rood paars"}}), ElementsAre(HasSubstr("keuzelijst:k")));
}
INSTANTIATE_TEST_SUITE_P(Spellings, SelectMultipleSpelling,
                         ::testing::Values("select_multiple", "select all that apply", "select all that apply from",
                                           "select multiple from", "add select multiple prompt using",
                                           "select multiple using", "q select"));

class GroupSpelling : public ::testing::TestWithParam<std::pair<const char*, const char*>> {};
TEST_P(GroupSpelling, GroupRelevanceReachesItsQuestions) {
  const auto [begin, end] = GetParam();
  const Definition def =
      load(form(fmt::format("type|name|label|relevant\ninteger|a|A|\n{}|g|G|${{a}} = 1\n"
                            "integer|b|B|\n{}|||",
                            begin, end)));
  EXPECT_THAT(check(def, {{"a", "2"}, {"b", "3"}}), ElementsAre(HasSubstr("niet-van-toepassing:b")));
}
INSTANTIATE_TEST_SUITE_P(Spellings, GroupSpelling,
                         ::testing::Values(std::pair{"begin group", "end group"}, std::pair{"begin_group", "end_group"},
                                           std::pair{"Begin Group", "End Group"}));

class RepeatSpelling : public ::testing::TestWithParam<std::pair<const char*, const char*>> {};
TEST_P(RepeatSpelling, RowsAreValidated) {
  const auto [begin, end] = GetParam();
  const Definition def = load(form(fmt::format("type|name|label\n{}|r|R\ninteger|n|N\n{}||", begin, end)));
  EXPECT_EQ(def.repeat_names(), std::vector<std::string>{"r"});
  EXPECT_THAT(check(def, {}, {{"r", {{{"n", "x"}}}}}), ElementsAre(HasSubstr("type:n")));
}
INSTANTIATE_TEST_SUITE_P(Spellings, RepeatSpelling,
                         ::testing::Values(std::pair{"begin repeat", "end repeat"},
                                           std::pair{"begin_repeat", "end_repeat"},
                                           std::pair{"begin lgroup", "end lgroup"},
                                           std::pair{"begin looped group", "end looped group"}));

TEST(XlsformAliases, SettingsAliases) {
  auto def = load_definition(form("type|name|label\ninteger|a|A", {},
                                  "set_form_id|set_form_title|version|default_language\nf1|Titel|7|English (en)"));
  ASSERT_TRUE(def) << def.error().describe();
  EXPECT_EQ(def->settings.form_id, "f1");
  EXPECT_EQ(def->settings.form_title, "Titel");
  EXPECT_EQ(def->settings.default_language, "en");
}

}  // namespace
}  // namespace regio::forms
