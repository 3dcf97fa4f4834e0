#include "forms/definition_io.h"

#include <unistd.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "forms/validate.h"
#include "tabular/xlsx.h"

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
  for (const char* n :
       {"scholing", "intervisie", "casusoverleg", "kennismaking", "contactpersonen", "spreekuur", "anders"})
    e.push_back({std::string("prof_") + n, T::kSelectOne, "activiteitstatus"});
  for (const char* n :
       {"ips", "jobcoaching", "uitkeringsadvies", "reintegratie", "ervaringsdeskundige", "dagbesteding", "anders"})
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
  EXPECT_EQ(choice_names(*def, "partij"),
            (V{"gemeente", "uwv", "ggz", "ribw", "sw_bedrijf", "wsp", "werkgevers", "zorgverzekeraar",
               "clientorganisatie", "ervaringsdeskundigen", "huisarts", "onderwijs", "anders"}));
  EXPECT_EQ(choice_names(*def, "betrokkenheid"), (V{"niet", "incidenteel", "structureel", "trekker"}));
  EXPECT_EQ(choice_names(*def, "productstatus"), (V{"niet_gepland", "gepland", "in_uitvoering", "gerealiseerd"}));
  EXPECT_EQ(choice_names(*def, "doeltype"), (V{"samenwerking", "professionals", "clienten", "verankering"}));
  EXPECT_EQ(choice_names(*def, "janee"), (V{"ja", "nee"}));
  EXPECT_EQ(choice_names(*def, "doelstatus"), (V{"behaald", "deels", "niet_behaald", "nog_niet"}));
  EXPECT_EQ(choice_names(*def, "doelgroep"), (V{"epa", "cmd", "bijstand", "ww", "wia_wajong",
                                                "niet_uitkeringsgerechtigd", "jongeren", "statushouders", "anders"}));
  EXPECT_EQ(choice_names(*def, "activiteitstatus"), (V{"geen", "gepland", "gerealiseerd"}));
  EXPECT_EQ(choice_names(*def, "clientactiviteit"), (V{"ips", "jobcoaching", "uitkeringsadvies", "reintegratie",
                                                       "ervaringsdeskundige", "dagbesteding", "anders"}));
  EXPECT_EQ(choice_names(*def, "edrol"), (V{"ontwerp", "uitvoering", "evaluatie"}));
  EXPECT_EQ(choice_names(*def, "borgingsscore"), (V{"1", "2", "3", "4"}));
  EXPECT_EQ(choice_names(*def, "financieringsbron"),
            (V{"impulsgelden", "gemeente", "uwv", "ggz", "zorgverzekeraar", "anders"}));
  EXPECT_EQ(choice_names(*def, "janeedeels"), (V{"ja", "nee", "deels"}));
  EXPECT_EQ(choice_names(*def, "knelpunt"),
            (V{"prioriteit", "privacy", "financiering", "personeelsverloop", "cultuur", "wachtlijsten", "anders"}));
  EXPECT_EQ(def->list("ladder")->choices[4].label.get().rfind("5 Resultaatgericht", 0), 0u);
}

TEST(DefaultQuestionnaire, RelevanceFollowsTheContract) {
  auto def = default_definition();
  ASSERT_TRUE(def);
  EXPECT_EQ(def->question("bereik_ips")->relevant->references(), (std::vector<std::string>{"activiteiten_clienten"}));
  EXPECT_EQ(def->question("doel_streefwaarde")->relevant->references(),
            (std::vector<std::string>{"doel_kwantitatief"}));
  // Each theme A–L is a group.
  int groups = 0;
  for (const auto& q : def->questions) groups += q.type == QuestionType::kBeginGroup;
  EXPECT_EQ(groups, 12);
}

// A submitted response answering every required question of the default questionnaire.
Response complete_response() {
  Response r;
  r.region = "AM13";
  r.status = ResponseStatus::kIngediend;
  r.answers = {{"niveau", "3"},
               {"niveau_beoogd", "4"},
               {"partijen", "gemeente uwv ggz"},
               {"doelgroep", "epa bijstand"},
               {"clientenraad_geraadpleegd", "ja"},
               {"financiering", "impulsgelden"},
               {"financiering_structureel", "deels"},
               {"activiteiten_clienten", "ips"},
               {"bereik_ips", "30"},
               {"effect_bereikt", "50"},
               {"effect_werk", "20"},
               {"effect_werk_6m", "15"}};
  for (const char* n : {"werkgevers", "zorgverzekeraar", "ervaringsdeskundigen", "clientorganisatie"})
    r.answers[std::string("betrokken_") + n] = "incidenteel";
  for (const char* n : {"convenant", "werkwijze", "casusoverleg", "sociale_kaart", "verwijsprotocol", "scholing",
                        "contactpersonen", "registratie", "anders"})
    r.answers[std::string("product_") + n] = "gepland";
  for (const char* n :
       {"scholing", "intervisie", "casusoverleg", "kennismaking", "contactpersonen", "spreekuur", "anders"})
    r.answers[std::string("prof_") + n] = "geen";
  for (const char* n : {"continuiteit", "olievlek", "inbedding", "bereik", "commitment", "structureel"})
    r.answers[std::string("borging_") + n] = "2";
  r.repeats["doelen"] = {{{"doel_omschrijving", "Liaisons"},
                          {"doel_type", "samenwerking"},
                          {"doel_kwantitatief", "nee"},
                          {"doel_status", "behaald"}}};
  return r;
}

TEST(DefaultQuestionnaire, AcceptsACompleteResponseAndChecksItsRules) {
  auto def = default_definition();
  ASSERT_TRUE(def);
  const Date today = *parse_date("2020-06-15");
  auto ok = validate_response(*def, complete_response(), today);
  ASSERT_TRUE(ok) << ok.error().describe();

  Response bad = complete_response();
  bad.answers["niveau_beoogd"] = "2";       // below niveau 3
  bad.answers["effect_werk"] = "60";        // more than reached (50)
  bad.answers["bereik_jobcoaching"] = "5";  // jobcoaching not selected
  bad.answers.erase("borging_olievlek");
  auto r = validate_response(*def, bad, today);
  ASSERT_FALSE(r);
  std::vector<std::string> got;
  for (const auto& p : r.error().problems) got.push_back(p.column + ":" + p.rule);
  EXPECT_THAT(got,
              ::testing::UnorderedElementsAre("niveau_beoogd:voorwaarde", "effect_werk:voorwaarde",
                                              "bereik_jobcoaching:niet-van-toepassing", "borging_olievlek:verplicht"));
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

TEST(DefinitionFile, XlsxWorkbook) {
  const auto path = std::filesystem::temp_directory_path() / ("forms_test_" + std::to_string(::getpid()) + ".xlsx");
  ASSERT_TRUE(tabular::write_xlsx(path, default_workbook()));
  auto book = read_definition_file(path);
  std::filesystem::remove(path);
  ASSERT_TRUE(book) << book.error().describe();
  auto def = load_definition(*book);
  ASSERT_TRUE(def) << def.error().describe();
  auto shipped = default_definition();
  ASSERT_TRUE(shipped);
  EXPECT_EQ(def->questions.size(), shipped->questions.size());
  EXPECT_EQ(def->question("niveau_beoogd")->constraint->text(), ". >= ${niveau}");
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
