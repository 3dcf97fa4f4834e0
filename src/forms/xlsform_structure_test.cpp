// XLSForm structure as pyxform builds it: begin loop expanded per choice; external data and
// pyxform's include refused naming the feature; metadata filled in by the product.
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

constexpr std::string_view kToilets =
    "list_name|name|label::Nederlands (nl)|label::English (en)\n"
    "toilet|put|Put|Pit\n"
    "toilet|emmer|Emmer|Bucket\n"
    "toilet|none|Geen|None";

TEST(XlsformLoop, ExpandsIntoOneGroupPerChoiceWithRenamedQuestions) {
  auto def =
      load_definition(form("type|name|label::Nederlands (nl)|label::English (en)|constraint\n"
                           "begin loop over toilet|lus|||\n"
                           "integer|aantal|Hoeveel %(label)s?|How many %(label)s?|\n"
                           "integer|kapot|Kapot (%(name)s)||. <= ${aantal}\n"
                           "end loop||||",
                           kToilets));
  ASSERT_TRUE(def) << def.error().describe();
  // pyxform: /data/lus/put/aantal; flat as ODK Central names the column: lus-put-aantal.
  std::vector<std::string> names;
  for (const auto& q : def->questions) names.push_back(q.name + ":" + to_string(q.type));
  EXPECT_THAT(names,
              ElementsAre("lus:begin_group", "lus-put:begin_group", "lus-put-aantal:integer", "lus-put-kapot:integer",
                          "lus-put:end_group", "lus-emmer:begin_group", "lus-emmer-aantal:integer",
                          "lus-emmer-kapot:integer", "lus-emmer:end_group", "lus:end_group"));
  EXPECT_EQ(def->question("lus-emmer")->label.get("nl"), "Emmer");
  EXPECT_EQ(def->question("lus-emmer-aantal")->label.get("nl"), "Hoeveel Emmer?");
  EXPECT_EQ(def->question("lus-emmer-aantal")->label.get("en"), "How many Bucket?");
  EXPECT_EQ(def->question("lus-put-kapot")->label.get("nl"), "Kapot (put)");
  EXPECT_EQ(def->question("lus-put-kapot")->line, 4u);  // the template's row
  // ${aantal} in a copy is the copy of the same choice.
  EXPECT_THAT(check(*def, {{"lus-put-aantal", "2"}, {"lus-emmer-aantal", "0"}, {"lus-put-kapot", "2"}}), IsEmpty());
  EXPECT_THAT(check(*def, {{"lus-put-aantal", "5"}, {"lus-emmer-aantal", "1"}, {"lus-emmer-kapot", "2"}}),
              ElementsAre(HasSubstr("voorwaarde:lus-emmer-kapot")));
}

TEST(XlsformLoop, UnknownListIsNamed) {
  auto def = load_definition(form("type|name|label\nbegin loop over kleur|l|L\ninteger|n|N\nend loop||", kToilets));
  ASSERT_FALSE(def);
  EXPECT_THAT(refusals(def.error()), ElementsAre("keuzelijst:2:type"));
  EXPECT_THAT(def.error().describe(), HasSubstr("keuzelijst kleur van begin loop l"));
}

TEST(XlsformLoop, MissingEndIsReported) {
  auto def = load_definition(form("type|name|label\nbegin loop over toilet|l|L\ninteger|n|N", kToilets));
  ASSERT_FALSE(def);
  EXPECT_THAT(refusals(def.error()), ElementsAre("groepen:2:type"));
}

TEST(XlsformNames, SameNameInDifferentGroupsIsNamedAfterItsGroup) {
  auto def =
      load_definition(form("type|name|label|constraint\n"
                           "integer|aantal|Totaal|\n"
                           "begin group|thuis|Thuis|\ninteger|aantal|Thuis|. <= ${max}\n"
                           "integer|max|Max|\nend group||\n"
                           "begin group|werk|Werk|\ninteger|aantal|Werk|\nbegin group|werk|Binnen|\n"
                           "integer|aantal|Binnen|\nend group||\nend group||"));
  ASSERT_TRUE(def) << def.error().describe();
  std::vector<std::string> names;
  for (const auto& q : def->questions)
    if (q.holds_answer()) names.push_back(q.name);
  // As ODK Central names the export columns: the nearest group's (own) name, '-', the name.
  EXPECT_THAT(names, ElementsAre("aantal", "thuis-aantal", "max", "werk-aantal", "werk-werk-aantal"));
  EXPECT_FALSE(def->warnings.empty());
  EXPECT_THAT(check(*def, {{"thuis-aantal", "3"}, {"max", "2"}}), ElementsAre(HasSubstr("voorwaarde:thuis-aantal")));
  EXPECT_THAT(check(*def, {{"thuis-aantal", "3"}, {"max", "5"}, {"werk-werk-aantal", "1"}}), IsEmpty());
}

TEST(XlsformNames, SameNameInTheSameGroupAndAmbiguousReferencesAreRefused) {
  auto def =
      load_definition(form("type|name|label|relevant\n"
                           "begin group|g|G|\ninteger|a|A|\ninteger|a|A2|\nend group||\n"
                           "begin group|h|H|\ninteger|b|B|\nend group||\ninteger|b|B|\n"
                           "text|c|C ${b}|${b} > 1"));
  ASSERT_FALSE(def);
  EXPECT_THAT(refusals(def.error()),
              ElementsAre("dubbele-naam:4:name", "verwijzing:10:relevant", "verwijzing:10:label"));
  EXPECT_THAT(def.error().describe(), HasSubstr("${b} is dubbelzinnig"));
}

TEST(XlsformExternalData, PulldataIsRefusedAsUnanswerableNamingTheFile) {
  auto def =
      load_definition(form("type|name|label|calculation\n"
                           "calculate|prijs||pulldata('fruits', 'price', 'name', 'mango')\n"
                           "integer|n|N ${prijs}|"));
  ASSERT_FALSE(def);
  // No follow-on error for ${prijs}.
  EXPECT_THAT(refusals(def.error()), ElementsAre("type-niet-beantwoordbaar:2:calculation"));
  EXPECT_THAT(def.error().describe(), HasSubstr("pulldata() in 'pulldata('fruits'"));
  EXPECT_THAT(def.error().describe(), HasSubstr("externe bestand fruits.csv"));
  // In quoted text it is no call.
  EXPECT_TRUE(load_definition(form("type|name|label|calculation\ncalculate|c||concat('pulldata(', 'x')")));
}

TEST(XlsformExternalData, SearchAppearanceIsRefusedAsUnanswerable) {
  auto def = load_definition(form("type|name|label|appearance\nselect_one fruits|fruit|Fruit|search('fruits')",
                                  "list_name|name|label\nfruits|name_key|name"));
  ASSERT_FALSE(def);
  EXPECT_THAT(refusals(def.error()), ElementsAre("type-niet-beantwoordbaar:2:appearance"));
  EXPECT_THAT(def.error().describe(), HasSubstr("search('fruits')"));
  // Other appearances stay a warning.
  EXPECT_TRUE(load_definition(form("type|name|label|appearance\nselect_one fruits|fruit|Fruit|minimal",
                                   "list_name|name|label\nfruits|appel|Appel")));
}

TEST(XlsformExternalData, SelectFromFileIsRefusedNamingTheType) {
  auto def = load_definition(form("type|name|label\nselect_one_from_file regio.csv|r2|R"));
  ASSERT_FALSE(def);
  EXPECT_THAT(refusals(def.error()), ElementsAre("type-niet-beantwoordbaar:2:type"));
  EXPECT_THAT(def.error().describe(), HasSubstr("select_one_from_file regio.csv"));
}

TEST(XlsformInclude, IncludeIsRefusedNamingTheFeature) {
  auto def = load_definition(form("type|name|label\ntext|a|A\ninclude|ander_formulier|Sectie"));
  ASSERT_FALSE(def);
  EXPECT_THAT(refusals(def.error()), ElementsAre("niet-ondersteund:3:type"));
  EXPECT_THAT(def.error().describe(), HasSubstr("type include"));
  EXPECT_THAT(def.error().describe(), HasSubstr("voegt het formulier ander_formulier in, een apart bestand"));
}

constexpr std::string_view kClasses = "list_name|name|label\nklasse|1|Laag\nklasse|2|Midden\nklasse|3|Hoog";

TEST(XlsformChoiceInstance, LabelOfAChoiceThroughTheListsOwnInstance) {
  auto def =
      load_definition(form("type|name|label|calculation\n"
                           "select_one klasse|k|K|\n"
                           "calculate|a||jr:itext(instance('klasse')/root/item[name = ${k}]/itextId)\n"
                           "calculate|b||concat('klasse: ', instance(\"klasse\")/root/item[name=${k}]/label)",
                           kClasses));
  ASSERT_TRUE(def) << def.error().describe();
  Response out;
  EXPECT_THAT(check(*def, {{"k", "2"}}, {}, &out), IsEmpty());
  EXPECT_EQ(out.answer("a"), "Midden");
  EXPECT_EQ(out.answer("b"), "klasse: Midden");
}

TEST(XlsformChoiceInstance, UnknownListAndOtherPredicatesAreRefused) {
  auto def =
      load_definition(form("type|name|label|calculation\n"
                           "select_one klasse|k|K|\n"
                           "calculate|a||instance('soort')/root/item[name = ${k}]/label\n"
                           "calculate|b||instance('klasse')/root/item[label = 'Hoog']/name",
                           kClasses));
  ASSERT_FALSE(def);
  EXPECT_THAT(refusals(def.error()), ElementsAre("keuzelijst:3:calculation", "expressie:4:calculation"));
}

TEST(XlsformMetadata, FilledInByTheProduct) {
  auto def =
      load_definition(form("type|name|label\nstart|begin|\nend|eind|\ntoday|dag|\nusername|wie|\n"
                           "deviceid|apparaat|\naudit|audit|\ninteger|n|N"));
  ASSERT_TRUE(def) << def.error().describe();
  Response raw;
  raw.answers = {{"n", "1"}};
  ResponseSource source;
  source.now = "2020-06-15T10:30:00";
  source.username = "Anna de Vries";
  auto r = validate_response(*def, raw, *parse_date("2020-06-15"), source);
  ASSERT_TRUE(r) << r.error().describe();
  EXPECT_EQ(r->answer("begin"), "2020-06-15T10:30:00");
  EXPECT_EQ(r->answer("eind"), "2020-06-15T10:30:00");
  EXPECT_EQ(r->answer("dag"), "2020-06-15");
  EXPECT_EQ(r->answer("wie"), "Anna de Vries");
  EXPECT_EQ(r->answer("apparaat"), "regiomonitor");
  EXPECT_EQ(r->answer("audit"), "");  // an audit log is a file from ODK Collect: kept as given
  // Without a time: today at 00:00; values that came with the response (an ODK export) are kept.
  raw.answers["begin"] = "2020-06-14T09:00:00";
  r = validate_response(*def, raw, *parse_date("2020-06-15"));
  ASSERT_TRUE(r) << r.error().describe();
  EXPECT_EQ(r->answer("begin"), "2020-06-14T09:00:00");
  EXPECT_EQ(r->answer("eind"), "2020-06-15T00:00:00");
  EXPECT_EQ(r->answer("wie"), "");
}

TEST(XlsformMetadata, EndIsRenewedOnEverySaveStartIsKept) {
  // ODK sets end when the form is saved again; start stays the moment it was first opened.
  auto def = load_definition(form("type|name|label\nstart|begin|\nend|eind|\ninteger|n|N"));
  ASSERT_TRUE(def) << def.error().describe();
  Response raw;
  raw.answers = {{"n", "1"}, {"begin", "2020-06-14T09:00:00.000+02:00"}, {"eind", "2020-06-14T09:10:00.000+02:00"}};
  ResponseSource source;
  source.now = "2020-06-15T10:30:00.000+02:00";  // base::odk_now() in the service
  auto r = validate_response(*def, raw, *parse_date("2020-06-15"), source);
  ASSERT_TRUE(r) << r.error().describe();
  EXPECT_EQ(r->answer("begin"), "2020-06-14T09:00:00.000+02:00");
  EXPECT_EQ(r->answer("eind"), "2020-06-15T10:30:00.000+02:00");
}

TEST(XlsformExpressions, Survey123FunctionsAreRefusedByName) {
  // version() and property() are ArcGIS Survey123's, not XLSForm's or ODK's (xlsform2qgis'
  // survey_individual_assistance_pda uses both).
  auto def = load_definition(form("type|name|label|calculation\ncalculate|v||version()\n"
                                  "calculate|wie||concat(property('username'), '!')"));
  ASSERT_FALSE(def);
  EXPECT_THAT(refusals(def.error()), ElementsAre("expressie:2:calculation", "expressie:3:calculation"));
  EXPECT_THAT(def.error().describe(), HasSubstr("functie version() op positie 1 is een functie van ArcGIS Survey123"));
  EXPECT_THAT(def.error().describe(), HasSubstr("functie property() op positie 8 is een functie van ArcGIS Survey123"));
}

}  // namespace
}  // namespace regio::forms
