// Nested repeats in the questionnaire online, through the real server on port 0: households
// (huishoudens) with their members (leden) inside each household's row. Posting the form without
// JavaScript, adding and removing rows per household, a constraint message next to a member's
// field, relevance inside a member's row, count()/sum() over the members of one household, the
// read-only view, and ouder_rij in the JSON API. Expected values are worked out by hand below.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "forms/test_workbook.h"
#include "web/questionnaire_fixture.h"
#include "web/questionnaire_form.h"
#include "web/repeat_rows.h"

namespace regio::web {
namespace {

using nlohmann::json;
using testing::contains;
using testing::Fields;

constexpr const char* kTooOld = "Een leeftijd is hoogstens 120 jaar.";

// A member's role (rol) is offered by the kind of household (soort) of the row it lies in.
tabular::Workbook households() {
  tabular::Workbook b;
  b.sheets.push_back(forms::testing::sheet(
      "survey",
      "type|name|label|required|relevant|constraint|constraint_message|calculation|choice_filter\n"
      "begin_repeat|huishoudens|Huishouden|||||||\n"
      "text|adres|Adres|yes||||||\n"
      "select_one soort|soort|Soort huishouden|||||||\n"
      "begin_repeat|leden|Lid|||||||\n"
      "text|naam|Naam|||||||\n"
      "integer|leeftijd|Leeftijd|||. <= 120|" +
          std::string(kTooOld) +
          "||\n"
          "select_one janee|werkt|Werkt||${leeftijd} >= 15||||\n"
          "select_one rol|rol|Rol||||||soort = ${soort}\n"
          "end_repeat||||||||\n"
          "calculate|aantal_leden||||||count(${leden})|\n"
          "calculate|leeftijd_samen||||||sum(${leeftijd})|\n"
          "end_repeat||||||||\n"));
  b.sheets.push_back(forms::testing::sheet("choices",
                                           "list_name|name|label|soort\njanee|ja|Ja|\njanee|nee|Nee|\n"
                                           "soort|gezin|Gezin|\nsoort|alleen|Alleenstaand|\n"
                                           "rol|ouder|Ouder|gezin\nrol|kind|Kind|gezin\nrol|bewoner|Bewoner|alleen\n"));
  return b;
}

// Dorpsstraat 1 with Anna (40, werkt) and Bram (10), Kerkweg 5 with Piet (70): the form as the
// page posts it. Bram is too young to be asked whether he works, so his "ja" is not kept.
Fields two_households() {
  return {{"versie", "0"},
          {"rijen/huishoudens", "2"},
          {"v/huishoudens/1/adres", "Dorpsstraat 1"},
          {"rijen/huishoudens/1/leden", "2"},
          {"v/huishoudens/1/leden/1/naam", "Anna"},
          {"v/huishoudens/1/leden/1/leeftijd", "40"},
          {"v/huishoudens/1/leden/1/werkt", "ja"},
          {"v/huishoudens/1/leden/2/naam", "Bram"},
          {"v/huishoudens/1/leden/2/leeftijd", "10"},
          {"v/huishoudens/1/leden/2/werkt", "ja"},
          {"v/huishoudens/2/adres", "Kerkweg 5"},
          {"rijen/huishoudens/2/leden", "1"},
          {"v/huishoudens/2/leden/1/naam", "Piet"},
          {"v/huishoudens/2/leden/1/leeftijd", "70"},
          {"v/huishoudens/2/leden/1/werkt", "nee"}};
}

Fields with(Fields fields, const std::string& name, const std::string& value) {
  fields.emplace_back(name, value);
  return fields;
}

class NestedQuestionnaireTest : public testing::QuestionnaireFixture {
 protected:
  void SetUp() override { start(households()); }
};

TEST_F(NestedQuestionnaireTest, PostedFormIsStoredWithEachMemberInItsHousehold) {
  auto s = login("regio-am13");
  auto saved = post(s, kPath, with(two_households(), "actie", "concept"));
  ASSERT_EQ(saved.status, 303) << saved.body;
  const forms::Response r = stored().response;
  using Rows = std::vector<forms::Answers>;
  EXPECT_EQ(r.repeats.at("huishoudens"),
            (Rows{{{"adres", "Dorpsstraat 1"}, {"aantal_leden", "2"}, {"leeftijd_samen", "50"}},
                  {{"adres", "Kerkweg 5"}, {"aantal_leden", "1"}, {"leeftijd_samen", "70"}}}));
  EXPECT_EQ(r.repeats.at("leden"), (Rows{{{"naam", "Anna"}, {"leeftijd", "40"}, {"werkt", "ja"}},
                                         {{"naam", "Bram"}, {"leeftijd", "10"}},
                                         {{"naam", "Piet"}, {"leeftijd", "70"}, {"werkt", "nee"}}}));
  EXPECT_EQ(r.repeat_parents, (std::map<std::string, std::vector<std::size_t>>{{"leden", {0, 0, 1}}}));
  // The form shows each member inside its household, numbered per household, with the keys the
  // form posts; Bram's "werkt" is there but hidden.
  auto page = get(s, kPath);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page.body, R"(name="rijen/huishoudens/1/leden" value="2")"));
  EXPECT_TRUE(contains(page.body, R"(name="rijen/huishoudens/2/leden" value="1")"));
  EXPECT_TRUE(contains(page.body, R"(name="v/huishoudens/2/leden/1/naam" aria-describedby)"));
  EXPECT_TRUE(contains(page.body, ">Piet</textarea>"));
  EXPECT_TRUE(contains(page.body, R"(data-veld="huishoudens/1/leden/2/werkt" hidden="hidden")"));
  EXPECT_TRUE(contains(page.body, R"(value="rij-toevoegen/huishoudens/2/leden")"));
  EXPECT_TRUE(contains(page.body, R"(value="rij-verwijderen/huishoudens/1/leden/2")"));
  const auto kerkweg = page.body.find(">Kerkweg 5</textarea>");
  EXPECT_LT(page.body.find(">Bram</textarea>"), kerkweg);
  EXPECT_LT(kerkweg, page.body.find(">Piet</textarea>"));
}

TEST_F(NestedQuestionnaireTest, RowsAreAddedAndRemovedPerHouseholdKeepingEveryAnswer) {
  auto s = login("regio-am13");
  auto added = post(s, kPath, with(two_households(), "actie", "rij-toevoegen/huishoudens/2/leden"));
  ASSERT_EQ(added.status, 200) << added.body;
  EXPECT_TRUE(contains(added.body, R"(name="rijen/huishoudens/1/leden" value="2")"));
  EXPECT_TRUE(contains(added.body, R"(name="rijen/huishoudens/2/leden" value="2")"));
  EXPECT_TRUE(contains(added.body, R"(name="v/huishoudens/2/leden/2/naam")"));
  for (const char* kept : {">Anna</textarea>", ">Bram</textarea>", ">Piet</textarea>", ">Kerkweg 5</textarea>"})
    EXPECT_TRUE(contains(added.body, kept)) << kept;
  // Removing Anna: Bram becomes member 1 of household 1; Piet stays member 1 of household 2.
  auto anna_gone = post(s, kPath, with(two_households(), "actie", "rij-verwijderen/huishoudens/1/leden/1"));
  ASSERT_EQ(anna_gone.status, 200) << anna_gone.body;
  EXPECT_FALSE(contains(anna_gone.body, ">Anna</textarea>"));
  EXPECT_TRUE(contains(anna_gone.body, R"(name="rijen/huishoudens/1/leden" value="1")"));
  EXPECT_TRUE(contains(
      anna_gone.body,
      R"(name="v/huishoudens/1/leden/1/leeftijd" aria-describedby="fout-huishoudens/1/leden/1/leeftijd" value="10")"));
  EXPECT_TRUE(contains(
      anna_gone.body,
      R"(name="v/huishoudens/2/leden/1/leeftijd" aria-describedby="fout-huishoudens/2/leden/1/leeftijd" value="70")"));
  // Removing household 1 removes Anna and Bram with it; Kerkweg 5 and Piet move up.
  auto first_gone = post(s, kPath, with(two_households(), "actie", "rij-verwijderen/huishoudens/1"));
  ASSERT_EQ(first_gone.status, 200) << first_gone.body;
  EXPECT_TRUE(contains(first_gone.body, R"(name="rijen/huishoudens" value="1")"));
  EXPECT_TRUE(contains(first_gone.body, R"(name="v/huishoudens/1/adres")"));
  EXPECT_TRUE(contains(first_gone.body, ">Kerkweg 5</textarea>"));
  EXPECT_TRUE(contains(
      first_gone.body,
      R"(name="v/huishoudens/1/leden/1/leeftijd" aria-describedby="fout-huishoudens/1/leden/1/leeftijd" value="70")"));
  EXPECT_FALSE(contains(first_gone.body, "huishoudens/2"));
  EXPECT_FALSE(contains(first_gone.body, ">Bram</textarea>"));
  EXPECT_EQ(stored().version, 0);  // rows are added and removed in the page, not stored
}

TEST_F(NestedQuestionnaireTest, RemovingARowRenumbersTheParentsOfTheRowsAfterIt) {
  auto def = forms::load_definition(households());
  ASSERT_TRUE(def);
  forms::Response r;
  r.repeats["huishoudens"] = {{{"adres", "A"}}, {{"adres", "B"}}, {{"adres", "C"}}};
  r.repeats["leden"] = {{{"naam", "a1"}}, {{"naam", "c1"}}, {{"naam", "b1"}}, {{"naam", "a2"}}};
  r.repeat_parents["leden"] = {0, 2, 1, 0};
  remove_repeat_row(*def, r, "huishoudens/2");  // B and b1
  EXPECT_EQ(r.repeats.at("leden"), (std::vector<forms::Answers>{{{"naam", "a1"}}, {{"naam", "c1"}}, {{"naam", "a2"}}}));
  EXPECT_EQ(r.repeat_parents.at("leden"), (std::vector<std::size_t>{0, 1, 0}));  // C is row 2 now
  add_repeat_row(*def, r, "huishoudens/2/leden");
  EXPECT_EQ(r.repeat_parents.at("leden"), (std::vector<std::size_t>{0, 1, 0, 1}));
  remove_repeat_row(*def, r, "huishoudens/1/leden/2");  // a2
  remove_repeat_row(*def, r, "huishoudens/9/leden/1");  // names nothing: ignored
  EXPECT_EQ(r.repeat_parents.at("leden"), (std::vector<std::size_t>{0, 1, 1}));
  remove_repeat_row(*def, r, "huishoudens/1");
  remove_repeat_row(*def, r, "huishoudens/1");
  EXPECT_FALSE(r.repeats.contains("leden"));
  EXPECT_FALSE(r.repeat_parents.contains("leden"));
  EXPECT_FALSE(r.repeats.contains("huishoudens"));
}

TEST_F(NestedQuestionnaireTest, AMembersChoicesAreFilteredByItsHouseholdsAnswer) {
  auto s = login("regio-am13");
  Fields fields = two_households();
  fields.emplace_back("v/huishoudens/1/soort", "gezin");
  fields.emplace_back("v/huishoudens/2/soort", "alleen");
  auto page = post(s, kPath, with(fields, "actie", "rij-toevoegen/huishoudens/2/leden"));
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_TRUE(contains(page.body, R"(name="v/huishoudens/1/leden/2/rol" value="kind")"));
  EXPECT_FALSE(contains(page.body, R"(name="v/huishoudens/1/leden/2/rol" value="bewoner")"));
  EXPECT_TRUE(contains(page.body, R"(name="v/huishoudens/2/leden/2/rol" value="bewoner")"));
  EXPECT_FALSE(contains(page.body, R"(name="v/huishoudens/2/leden/2/rol" value="ouder")"));
  // What the page offers is what saving accepts.
  fields.emplace_back("v/huishoudens/1/leden/1/rol", "ouder");
  fields.emplace_back("v/huishoudens/2/leden/1/rol", "bewoner");
  auto saved = post(s, kPath, with(fields, "actie", "concept"));
  ASSERT_EQ(saved.status, 303) << saved.body;
  EXPECT_EQ(stored().response.repeats.at("leden")[2].at("rol"), "bewoner");
}

TEST_F(NestedQuestionnaireTest, AConstraintMessageStandsNextToTheMembersField) {
  auto s = login("regio-am13");
  Fields fields = two_households();
  fields[13].second = "130";  // Piet's age
  auto res = post(s, kPath, with(fields, "actie", "concept"));
  EXPECT_EQ(res.status, 422);
  EXPECT_TRUE(contains(res.body, std::string(R"(<p class="field-message" id="fout-huishoudens/2/leden/1/leeftijd">)") +
                                     kTooOld + "</p>"))
      << res.body;
  EXPECT_TRUE(
      contains(res.body, R"(href="#veld-huishoudens/2/leden/1/leeftijd">Leeftijd (huishoudens rij 2, leden rij 1) — )" +
                             std::string(kTooOld)));
  EXPECT_FALSE(contains(res.body, R"(id="fout-huishoudens/1/leden/1/leeftijd">Een)"));
  EXPECT_EQ(stored().version, 0);
  // The live check (static/questionnaire.js posts the form as it stands) uses the same keys.
  fields.emplace_back("csrf", s.csrf);
  auto check = testing::http(server_->port(), "POST", std::string("/api/v1/vragenlijsten/") + kWave + "/AM13/controle",
                             testing::form_body(fields), {{"Content-Type", kForm}, {"Cookie", s.cookie}});
  ASSERT_EQ(check.status, 200) << check.body;
  const json c = json::parse(check.body);
  EXPECT_EQ(c["meldingen"]["huishoudens/2/leden/1/leeftijd"], json::array({kTooOld}));
  // Bram's posted "werkt" (10 years old) is judged in his own row; the page hides it.
  EXPECT_EQ(c["meldingen"].size(), 2u);
  EXPECT_TRUE(c["meldingen"].contains("huishoudens/1/leden/2/werkt"));
  EXPECT_EQ(c["verborgen"], json::array({"huishoudens/1/leden/2/werkt"}));
}

TEST_F(NestedQuestionnaireTest, JsonRowsOfANestedRepeatCarryTheirParentRow) {
  auto s = login("regio-am13");
  const std::string path = std::string("/api/v1/vragenlijsten/") + kWave + "/AM13";
  // Members listed before their households' order: Piet in household 2, Anna in household 1.
  auto saved = api(s, "PUT", path,
                   R"({"versie":0,"herhalingen":{"huishoudens":[{"adres":"A"},{"adres":"B"}],
                       "leden":[{"naam":"Piet","leeftijd":70,"ouder_rij":2},{"naam":"Anna","ouder_rij":"1"}]}})");
  ASSERT_EQ(saved.status, 200) << saved.body;
  EXPECT_EQ(stored().response.repeat_parents.at("leden"), (std::vector<std::size_t>{1, 0}));
  const json expected_leden =
      json::array({{{"naam", "Piet"}, {"leeftijd", "70"}, {"ouder_rij", 2}}, {{"naam", "Anna"}, {"ouder_rij", 1}}});
  EXPECT_EQ(json::parse(saved.body)["herhalingen"]["leden"], expected_leden);
  auto read = get(s, path, "application/json");
  ASSERT_EQ(read.status, 200);
  const json body = json::parse(read.body);
  EXPECT_EQ(body["herhalingen"]["leden"], expected_leden);
  EXPECT_EQ(body["herhalingen"]["huishoudens"][0]["aantal_leden"], "1");
  EXPECT_FALSE(body["herhalingen"]["huishoudens"][0].contains("ouder_rij"));
  // What GET gives can be PUT back unchanged (version 1 now).
  json again = {{"versie", 1}, {"herhalingen", body["herhalingen"]}};
  auto resaved = api(s, "PUT", path, again.dump());
  ASSERT_EQ(resaved.status, 200) << resaved.body;
  EXPECT_EQ(json::parse(resaved.body)["herhalingen"], body["herhalingen"]);
  // The read-only view of the submitted response shows each member under its household.
  ASSERT_EQ(
      api(s, "PUT", path, json{{"versie", 2}, {"indienen", true}, {"herhalingen", body["herhalingen"]}}.dump()).status,
      200);
  auto view = get(s, kPath);
  ASSERT_EQ(view.status, 200);
  const auto at = [&](const std::string& part) { return view.body.find(part); };
  ASSERT_NE(at(">Piet</p>"), std::string::npos) << view.body;
  EXPECT_LT(at(">A</p>"), at(">Anna</p>"));
  EXPECT_LT(at(">Anna</p>"), at(">B</p>"));
  EXPECT_LT(at(">B</p>"), at(">Piet</p>"));
  EXPECT_TRUE(contains(view.body, R"(id="vraag-huishoudens/2/leden/1")"));
}

TEST_F(NestedQuestionnaireTest, APutNamingAMissingParentRowIsRefusedAndNothingStored) {
  auto s = login("regio-am13");
  const std::string path = std::string("/api/v1/vragenlijsten/") + kWave + "/AM13";
  auto missing = api(s, "PUT", path,
                     R"({"versie":0,"herhalingen":{"huishoudens":[{"adres":"A"},{"adres":"B"}],
                         "leden":[{"naam":"Anna","ouder_rij":1},{"naam":"Xander","ouder_rij":3}]}})");
  ASSERT_EQ(missing.status, 422) << missing.body;
  EXPECT_EQ(json::parse(missing.body)["problems"][0]["message"],
            "regio AM13, leden rij 2 hoort bij rij 3 van herhaling huishoudens, die er niet is");
  auto without =
      api(s, "PUT", path, R"({"versie":0,"herhalingen":{"huishoudens":[{"adres":"A"}],"leden":[{"naam":"Anna"}]}})");
  ASSERT_EQ(without.status, 422) << without.body;
  EXPECT_EQ(json::parse(without.body)["problems"][0]["message"],
            "leden rij 1 mist ouder_rij: het nummer (vanaf 1) van de rij van herhaling huishoudens waar zij bij hoort");
  // Another region's user gets the refusal of the edit itself, not a verdict on the rows.
  auto other = login("regio-am01");
  EXPECT_EQ(api(other, "PUT", path, R"({"versie":0,"herhalingen":{"leden":[{"naam":"Anna"}]}})").status, 403);
  // ouder_rij belongs to nested repeats only.
  auto top = api(s, "PUT", path, R"({"versie":0,"herhalingen":{"huishoudens":[{"adres":"A","ouder_rij":1}]}})");
  EXPECT_EQ(top.status, 422) << top.body;
  EXPECT_EQ(stored().version, 0);
}

}  // namespace
}  // namespace regio::web
