#include "forms/definition_io.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace regio::forms {
namespace {

const std::string kTestdata = std::string(REGIO_SOURCE_DIR) + "/src/forms/testdata";

struct Expected {
  std::string name;
  QuestionType type;
  std::string list;
};

// Written by hand from docs/QUESTION_NAMES.md, the contract with the analysis module.
std::vector<Expected> contract() {
  using T = QuestionType;
  std::vector<Expected> e = {
      {"niveau", T::kSelectOne, "ladder"},
      {"niveau_beoogd", T::kSelectOne, "ladder"},
      {"partijen", T::kSelectMultiple, "partij"},
      {"doelen", T::kBeginRepeat, ""},
      {"doel_omschrijving", T::kText, ""},
      {"doel_type", T::kSelectOne, "doeltype"},
      {"doel_kwantitatief", T::kSelectOne, "janee"},
      {"doel_indicator", T::kText, ""},
      {"doel_streefwaarde", T::kDecimal, ""},
      {"doel_datum", T::kDate, ""},
      {"doel_status", T::kSelectOne, "doelstatus"},
      {"doelgroep", T::kSelectMultiple, "doelgroep"},
      {"activiteiten_clienten", T::kSelectMultiple, "clientactiviteit"},
      {"ervaringsdeskundigen_rol", T::kSelectMultiple, "edrol"},
      {"clientenraad_geraadpleegd", T::kSelectOne, "janee"},
      {"financiering", T::kSelectMultiple, "financieringsbron"},
      {"financiering_structureel", T::kSelectOne, "janeedeels"},
      {"effect_bereikt", T::kInteger, ""},
      {"effect_werk", T::kInteger, ""},
      {"effect_werk_6m", T::kInteger, ""},
      {"knelpunten", T::kSelectMultiple, "knelpunt"},
      {"knelpunten_toelichting", T::kText, ""},
      {"succesfactoren", T::kText, ""},
  };
  for (const char* n : {"werkgevers", "zorgverzekeraar", "ervaringsdeskundigen", "clientorganisatie"})
    e.push_back({std::string("betrokken_") + n, T::kSelectOne, "betrokkenheid"});
  for (const char* n : {"convenant", "werkwijze", "casusoverleg", "sociale_kaart", "verwijsprotocol", "scholing",
                        "contactpersonen", "registratie", "anders"})
    e.push_back({std::string("product_") + n, T::kSelectOne, "productstatus"});
  for (const char* n : {"scholing", "intervisie", "casusoverleg", "kennismaking", "contactpersonen", "spreekuur", "anders"})
    e.push_back({std::string("prof_") + n, T::kSelectOne, "activiteitstatus"});
  for (const char* n : {"ips", "jobcoaching", "uitkeringsadvies", "reintegratie", "ervaringsdeskundige", "dagbesteding", "anders"})
    e.push_back({std::string("bereik_") + n, T::kInteger, ""});
  for (const char* n : {"continuiteit", "olievlek", "inbedding", "bereik", "commitment", "structureel"}) {
    e.push_back({std::string("borging_") + n, T::kSelectOne, "borgingsscore"});
    e.push_back({std::string("borging_") + n + "_toelichting", T::kText, ""});
  }
  return e;
}

std::vector<std::string> choice_names(const Definition& d, const std::string& list) {
  std::vector<std::string> out;
  for (const auto& c : d.list(list)->choices) out.push_back(c.name);
  return out;
}

TEST(DefaultQuestionnaire, LoadsWithoutProblems) {
  auto def = default_definition();
  ASSERT_TRUE(def) << def.error().describe();
  EXPECT_EQ(def->settings.default_language, "nl");
  EXPECT_EQ(default_workbook().sheets.size(), 3u);
}

TEST(DefaultQuestionnaire, UsesTheNamesOfTheContract) {
  auto def = default_definition();
  ASSERT_TRUE(def);
  for (const auto& e : contract()) {
    const Question* q = def->question(e.name);
    ASSERT_NE(q, nullptr) << e.name;
    EXPECT_EQ(q->type, e.type) << e.name;
    EXPECT_EQ(q->list, e.list) << e.name;
    EXPECT_FALSE(q->label.get().empty()) << e.name;
    EXPECT_EQ(q->repeat, e.name.rfind("doel", 0) == 0 && e.name != "doelgroep" ? "doelen" : "") << e.name;
  }
  using V = std::vector<std::string>;
  EXPECT_EQ(choice_names(*def, "ladder"), (V{"1", "2", "3", "4", "5"}));
  EXPECT_EQ(choice_names(*def, "partij"), (V{"gemeente", "uwv", "ggz", "ribw", "sw_bedrijf", "wsp", "werkgevers",
                                             "zorgverzekeraar", "clientorganisatie", "ervaringsdeskundigen", "huisarts",
                                             "onderwijs", "anders"}));
  EXPECT_EQ(choice_names(*def, "betrokkenheid"), (V{"niet", "incidenteel", "structureel", "trekker"}));
  EXPECT_EQ(choice_names(*def, "productstatus"), (V{"niet_gepland", "gepland", "in_uitvoering", "gerealiseerd"}));
  EXPECT_EQ(choice_names(*def, "doeltype"), (V{"samenwerking", "professionals", "clienten", "verankering"}));
  EXPECT_EQ(choice_names(*def, "janee"), (V{"ja", "nee"}));
  EXPECT_EQ(choice_names(*def, "doelstatus"), (V{"behaald", "deels", "niet_behaald", "nog_niet"}));
  EXPECT_EQ(choice_names(*def, "doelgroep"), (V{"epa", "cmd", "bijstand", "ww", "wia_wajong", "niet_uitkeringsgerechtigd",
                                                "jongeren", "statushouders", "anders"}));
  EXPECT_EQ(choice_names(*def, "activiteitstatus"), (V{"geen", "gepland", "gerealiseerd"}));
  EXPECT_EQ(choice_names(*def, "clientactiviteit"), (V{"ips", "jobcoaching", "uitkeringsadvies", "reintegratie",
                                                       "ervaringsdeskundige", "dagbesteding", "anders"}));
  EXPECT_EQ(choice_names(*def, "edrol"), (V{"ontwerp", "uitvoering", "evaluatie"}));
  EXPECT_EQ(choice_names(*def, "borgingsscore"), (V{"1", "2", "3", "4"}));
  EXPECT_EQ(choice_names(*def, "financieringsbron"), (V{"impulsgelden", "gemeente", "uwv", "ggz", "zorgverzekeraar", "anders"}));
  EXPECT_EQ(choice_names(*def, "janeedeels"), (V{"ja", "nee", "deels"}));
  EXPECT_EQ(choice_names(*def, "knelpunt"), (V{"prioriteit", "privacy", "financiering", "personeelsverloop", "cultuur",
                                               "wachtlijsten", "anders"}));
  EXPECT_EQ(def->list("ladder")->choices[4].label.get().rfind("5 Resultaatgericht", 0), 0u);
}

TEST(DefaultQuestionnaire, RelevanceFollowsTheContract) {
  auto def = default_definition();
  ASSERT_TRUE(def);
  EXPECT_EQ(def->question("bereik_ips")->relevant->references(), (std::vector<std::string>{"activiteiten_clienten"}));
  EXPECT_EQ(def->question("doel_streefwaarde")->relevant->references(), (std::vector<std::string>{"doel_kwantitatief"}));
  // Each theme A–L is a group.
  int groups = 0;
  for (const auto& q : def->questions) groups += q.type == QuestionType::kBeginGroup;
  EXPECT_EQ(groups, 12);
}

TEST(DefinitionFile, DirectoryOrSurveyFileWithSiblings) {
  for (const std::string& path : {kTestdata + "/mini", kTestdata + "/mini/survey.csv"}) {
    auto book = read_definition_file(path);
    ASSERT_TRUE(book) << book.error().describe();
    ASSERT_EQ(book->sheets.size(), 3u);
    auto def = load_definition(*book);
    ASSERT_TRUE(def) << def.error().describe();
    EXPECT_EQ(def->settings.form_id, "mini");
    EXPECT_EQ(def->question("niveau")->line, 3u);
  }
}

TEST(DefinitionFile, MissingPathAndUnrecognisedFile) {
  auto missing = read_definition_file(kTestdata + "/bestaat_niet");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
  auto other = read_definition_file(kTestdata + "/antwoorden.csv");
  ASSERT_FALSE(other);
  EXPECT_EQ(other.error().code, ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace regio::forms
