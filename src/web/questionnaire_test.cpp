// The questionnaire online through the real server on port 0: a wrong value, drafts and
// versions, submitting, locking, reopening, another region, two editors of one draft, relevance
// and repeat rows without JavaScript, and the JSON API. Expected values follow from the small
// questionnaire below, worked out by hand.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "forms/test_workbook.h"
#include "web/questionnaire_fixture.h"

namespace regio::web {
namespace {

using testing::contains;
using testing::form_body;
using testing::http;

constexpr const char* kTooLow = "Het beoogde niveau kan niet lager zijn dan het huidige niveau.";

tabular::Workbook questionnaire() {
  tabular::Workbook b;
  b.sheets.push_back(forms::testing::sheet("survey",
                                           "type|name|label|required|relevant|constraint|constraint_message\n"
                                           "begin_group|thema_a|A. Niveau|||||\n"
                                           "select_one ladder|niveau|Niveau nu|yes||||\n"
                                           "select_one ladder|beoogd|Beoogd niveau|yes||. >= ${niveau}|" +
                                               std::string(kTooLow) +
                                               "\n"
                                               "end_group||||||\n"
                                               "integer|fte|Aantal fte|||. <= 10|Hoogstens 10 fte.\n"
                                               "text|toelichting|Waarom zoveel fte?||${fte} > 5||\n"
                                               "begin_repeat|doelen|Doel|||||\n"
                                               "text|omschrijving|Omschrijving|yes||||\n"
                                               "end_repeat||||||\n"));
  b.sheets.push_back(
      forms::testing::sheet("choices", "list_name|name|label\nladder|1|Een\nladder|2|Twee\nladder|3|Drie\n"));
  return b;
}

class QuestionnaireTest : public testing::QuestionnaireFixture {
 protected:
  void SetUp() override { start(questionnaire()); }
};

TEST_F(QuestionnaireTest, TheFormIsGeneratedFromTheDefinition) {
  auto s = login("regio-am13");
  auto page = get(s, kPath);
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_TRUE(contains(page.body, "<h2>A. Niveau</h2>"));
  // select_one with three choices: radio buttons in a fieldset with a legend.
  EXPECT_TRUE(contains(page.body, "<legend>Niveau nu (verplicht)</legend>"));
  EXPECT_TRUE(contains(page.body, R"(<input type="radio" id="veld-niveau" name="v/niveau" value="1">)"));
  EXPECT_TRUE(contains(page.body, R"(<label for="veld-fte">Aantal fte</label>)"));
  // fte is unanswered, so "${fte} > 5" is false: the follow-up question is there but hidden.
  EXPECT_TRUE(contains(page.body, R"(id="vraag-toelichting" data-veld="toelichting" hidden="hidden")"));
  EXPECT_TRUE(contains(page.body, R"(name="versie" value="0")"));
  EXPECT_TRUE(contains(page.body, "Nog geen rijen."));
  EXPECT_TRUE(contains(page.body, R"(data-controle="/api/v1/vragenlijsten/2020-eind/AM13/controle")"));
  auto overview = get(s, "/vragenlijst");
  ASSERT_EQ(overview.status, 200);
  EXPECT_TRUE(contains(overview.body, R"(href="/vragenlijst/2020-eind/AM13")"));
  EXPECT_TRUE(contains(overview.body, "Nog niet begonnen"));
}

TEST_F(QuestionnaireTest, AWrongValueGetsTheDefinitionsMessageNextToTheFieldAndNothingIsStored) {
  auto s = login("regio-am13");
  auto res = post(s, kPath, {{"versie", "0"}, {"actie", "concept"}, {"v/niveau", "3"}, {"v/beoogd", "1"}});
  EXPECT_EQ(res.status, 422);
  EXPECT_TRUE(contains(res.body, std::string(R"(<p class="field-message" id="fout-beoogd">)") + kTooLow + "</p>"))
      << res.body;
  EXPECT_TRUE(contains(res.body, R"(aria-describedby="fout-beoogd")"));
  EXPECT_TRUE(contains(res.body, R"(name="v/beoogd" value="1" checked="checked" aria-invalid="true")"));
  EXPECT_TRUE(contains(res.body, R"(role="alert")"));
  EXPECT_TRUE(contains(res.body, std::string(R"(<a href="#veld-beoogd">Beoogd niveau — )") + kTooLow));
  // The user's other answer is still selected.
  EXPECT_TRUE(contains(res.body, R"(name="v/niveau" value="3" checked="checked")"));
  EXPECT_EQ(stored().version, 0);
  // Not a number: the type message, also nothing stored.
  auto text = post(s, kPath, {{"versie", "0"}, {"actie", "concept"}, {"v/fte", "veel"}});
  EXPECT_EQ(text.status, 422);
  EXPECT_TRUE(contains(text.body, R"(id="fout-fte")"));
  EXPECT_TRUE(contains(text.body, R"(value="veel")"));
  EXPECT_EQ(stored().version, 0);
}

TEST_F(QuestionnaireTest, AnIncompleteDraftIsSavedAndEachSaveRaisesTheVersion) {
  auto s = login("regio-am13");
  auto first = post(s, kPath, {{"versie", "0"}, {"actie", "concept"}, {"v/niveau", "2"}});
  EXPECT_EQ(first.status, 303) << first.body;
  EXPECT_EQ(first.header("Location"), std::string(kPath) + "?melding=opgeslagen");
  EXPECT_EQ(stored().version, 1);
  EXPECT_EQ(stored().response.answer("niveau"), "2");
  EXPECT_EQ(stored().response.status, forms::ResponseStatus::kConcept);
  auto second = post(s, kPath, {{"versie", "1"}, {"actie", "concept"}, {"v/niveau", "2"}, {"v/fte", "4"}});
  EXPECT_EQ(second.status, 303);
  EXPECT_EQ(stored().version, 2);
  EXPECT_EQ(stored().response.answer("fte"), "4");
  auto page = get(s, std::string(kPath) + "?melding=opgeslagen");
  EXPECT_TRUE(contains(page.body, "Het concept is opgeslagen."));
  EXPECT_TRUE(contains(page.body, R"(name="versie" value="2")"));
  EXPECT_TRUE(contains(page.body, R"(name="v/fte" aria-describedby="fout-fte" value="4")"));
}

TEST_F(QuestionnaireTest, SubmittingWithMissingRequiredAnswersGivesTheirMessages) {
  auto s = login("regio-am13");
  auto res = post(s, kPath, {{"versie", "0"}, {"actie", "indienen"}, {"v/niveau", "2"}});
  EXPECT_EQ(res.status, 422);
  EXPECT_TRUE(contains(res.body, "Niet ingediend"));
  EXPECT_TRUE(contains(res.body, R"(id="fout-beoogd">antwoord ontbreekt, deze vraag is verplicht</p>)")) << res.body;
  EXPECT_FALSE(contains(res.body, R"(id="fout-niveau">antwoord)"));
  EXPECT_EQ(stored().version, 0);
}

TEST_F(QuestionnaireTest, ASubmittedResponseIsLockedUntilAnOnderzoekerReopensIt) {
  auto s = login("regio-am13");
  auto res = post(s, kPath,
                  {{"versie", "0"},
                   {"actie", "indienen"},
                   {"v/niveau", "2"},
                   {"v/beoogd", "3"},
                   {"rijen/doelen", "1"},
                   {"v/doelen/1/omschrijving", "100 IPS-trajecten"}});
  EXPECT_EQ(res.status, 303) << res.body;
  EXPECT_EQ(stored().response.status, forms::ResponseStatus::kIngediend);
  EXPECT_EQ(stored().response.repeats.at("doelen").at(0).at("omschrijving"), "100 IPS-trajecten");
  auto page = get(s, kPath);
  EXPECT_TRUE(contains(page.body, "is ingediend en kan niet meer worden gewijzigd"));
  EXPECT_FALSE(contains(page.body, "class=\"questionnaire\""));
  EXPECT_TRUE(contains(page.body, "100 IPS-trajecten"));
  EXPECT_TRUE(contains(page.body, "Drie"));        // beoogd shown by its choice label
  EXPECT_FALSE(contains(page.body, "Heropenen"));  // a regio may not reopen
  auto again = post(s, kPath, {{"versie", "1"}, {"actie", "concept"}, {"v/niveau", "1"}});
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(stored().response.answer("niveau"), "2");
  EXPECT_EQ(post(s, std::string(kPath) + "/heropenen", {{"versie", "1"}}).status, 403);

  auto o = login("onderzoeker");
  auto overview = get(o, "/vragenlijst");
  EXPECT_TRUE(contains(overview.body, "/vragenlijst/2020-eind/AM13/heropenen"));
  auto reopened = post(o, std::string(kPath) + "/heropenen", {{"versie", "1"}});
  EXPECT_EQ(reopened.status, 303);
  EXPECT_EQ(stored().version, 2);
  EXPECT_EQ(stored().response.status, forms::ResponseStatus::kConcept);
  EXPECT_EQ(post(s, kPath, {{"versie", "2"}, {"actie", "concept"}, {"v/niveau", "1"}}).status, 303);
  EXPECT_EQ(stored().response.answer("niveau"), "1");
}

TEST_F(QuestionnaireTest, ARegioUserCannotReadOrChangeAnotherRegionsDraft) {
  auto other = login("regio-am01");
  ASSERT_EQ(
      post(other, "/vragenlijst/2020-eind/AM01", {{"versie", "0"}, {"actie", "concept"}, {"v/niveau", "1"}}).status,
      303);
  auto s = login("regio-am13");
  EXPECT_EQ(get(s, "/vragenlijst/2020-eind/AM01").status, 403);
  EXPECT_EQ(post(s, "/vragenlijst/2020-eind/AM01", {{"versie", "1"}, {"actie", "concept"}, {"v/niveau", "3"}}).status,
            403);
  EXPECT_EQ(get(s, "/api/v1/vragenlijsten/2020-eind/AM01", "application/json").status, 403);
  EXPECT_EQ(api(s, "PUT", "/api/v1/vragenlijsten/2020-eind/AM01", R"({"versie":1,"antwoorden":{"niveau":"3"}})").status,
            403);
  EXPECT_EQ(stored("AM01").version, 1);
  EXPECT_EQ(stored("AM01").response.answer("niveau"), "1");
  // The lezer of AM13 reads its own region's form as text, and may not write.
  auto l = login("lezer-am13");
  auto page = get(l, kPath);
  EXPECT_EQ(page.status, 200);
  EXPECT_FALSE(contains(page.body, "class=\"questionnaire\""));
  EXPECT_EQ(post(l, kPath, {{"versie", "0"}, {"actie", "concept"}}).status, 403);
}

TEST_F(QuestionnaireTest, TheSecondOfTwoSavesFromOneVersionGetsAConflictAndKeepsItsAnswers) {
  auto a = login("regio-am13");
  auto b = login("beheerder");
  EXPECT_EQ(post(a, kPath, {{"versie", "0"}, {"actie", "concept"}, {"v/fte", "3"}}).status, 303);
  auto late = post(b, kPath, {{"versie", "0"}, {"actie", "concept"}, {"v/fte", "7"}, {"v/toelichting", "Groot team"}});
  EXPECT_EQ(late.status, 409);
  EXPECT_TRUE(contains(late.body, "Dit antwoord is intussen door iemand anders opgeslagen (versie 1)")) << late.body;
  EXPECT_TRUE(contains(late.body, R"(value="7")"));  // the second editor's own answers are still in the form
  EXPECT_TRUE(contains(late.body, "Groot team"));
  EXPECT_TRUE(contains(late.body, R"(name="versie" value="0")"));
  EXPECT_TRUE(contains(late.body, R"(href="/vragenlijst/2020-eind/AM13">Nieuwste versie laden)"));
  EXPECT_EQ(stored().response.answer("fte"), "3");  // the first save stands
  // Knowingly saving over the newer version.
  auto over = post(b, kPath,
                   {{"versie", "0"},
                    {"nieuwste", "1"},
                    {"actie", "overschrijven"},
                    {"v/fte", "7"},
                    {"v/toelichting", "Groot team"}});
  EXPECT_EQ(over.status, 303);
  EXPECT_EQ(stored().version, 2);
  EXPECT_EQ(stored().response.answer("fte"), "7");
}

TEST_F(QuestionnaireTest, RelevanceAndRepeatRowsWorkWithoutJavaScript) {
  auto s = login("regio-am13");
  // Adding a row keeps every answer and shows one more row.
  auto added = post(s, kPath, {{"versie", "0"}, {"actie", "rij-toevoegen/doelen"}, {"v/fte", "7"}, {"v/niveau", "2"}});
  EXPECT_EQ(added.status, 200);
  EXPECT_TRUE(contains(added.body, "<legend>Doel 1</legend>"));
  EXPECT_TRUE(contains(added.body, R"(name="rijen/doelen" value="1")"));
  EXPECT_TRUE(contains(added.body, R"(name="v/niveau" value="2" checked="checked")"));
  // fte 7 > 5: the follow-up question is shown now.
  EXPECT_TRUE(contains(added.body, R"(id="vraag-toelichting" data-veld="toelichting">)"));
  auto two = post(s, kPath,
                  {{"versie", "0"},
                   {"actie", "rij-toevoegen/doelen"},
                   {"rijen/doelen", "1"},
                   {"v/doelen/1/omschrijving", "eerste"}});
  EXPECT_TRUE(contains(two.body, "<legend>Doel 2</legend>"));
  auto removed = post(s, kPath,
                      {{"versie", "0"},
                       {"actie", "rij-verwijderen/doelen/1"},
                       {"rijen/doelen", "2"},
                       {"v/doelen/1/omschrijving", "eerste"},
                       {"v/doelen/2/omschrijving", "tweede"}});
  EXPECT_TRUE(contains(removed.body, R"(name="rijen/doelen" value="1")"));
  EXPECT_TRUE(contains(removed.body, ">tweede</textarea>"));
  EXPECT_FALSE(contains(removed.body, ">eerste</textarea>"));
  EXPECT_EQ(stored().version, 0);  // rows are added and removed in the page, not stored
  // An answer to a question that is not relevant (fte 3) is not saved.
  auto saved = post(s, kPath, {{"versie", "0"}, {"actie", "concept"}, {"v/fte", "3"}, {"v/toelichting", "weg"}});
  EXPECT_EQ(saved.status, 303) << saved.body;
  EXPECT_EQ(stored().response.answer("fte"), "3");
  EXPECT_EQ(stored().response.answer("toelichting"), "");
}

TEST_F(QuestionnaireTest, TheJsonApiReadsSavesChecksAndAnswersAConflictWith409) {
  auto s = login("regio-am13");
  const std::string path = "/api/v1/vragenlijsten/2020-eind/AM13";
  auto empty = get(s, path, "application/json");
  ASSERT_EQ(empty.status, 200);
  EXPECT_EQ(nlohmann::json::parse(empty.body)["versie"], 0);
  EXPECT_EQ(nlohmann::json::parse(empty.body)["status"], "leeg");
  auto saved = api(s, "PUT", path, R"({"versie":0,"antwoorden":{"niveau":"2","fte":4}})");
  ASSERT_EQ(saved.status, 200) << saved.body;
  auto body = nlohmann::json::parse(saved.body);
  EXPECT_EQ(body["versie"], 1);
  EXPECT_EQ(body["status"], "concept");
  EXPECT_EQ(body["antwoorden"]["fte"], "4");
  auto stale = api(s, "PUT", path, R"({"versie":0,"antwoorden":{"niveau":"3"}})");
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(nlohmann::json::parse(stale.body)["type"], "version-conflict");
  auto invalid = api(s, "PUT", path, R"({"versie":1,"antwoorden":{"niveau":"3","beoogd":"1"}})");
  EXPECT_EQ(invalid.status, 422);
  EXPECT_EQ(stored().version, 1);
  auto check = api(s, "POST", path + "/controle", R"({"antwoorden":{"niveau":"3","beoogd":"1","fte":"2"}})");
  ASSERT_EQ(check.status, 200) << check.body;
  auto c = nlohmann::json::parse(check.body);
  EXPECT_EQ(c["geldig"], false);
  EXPECT_EQ(c["meldingen"]["beoogd"][0], kTooLow);
  EXPECT_EQ(c["verborgen"], nlohmann::json::array({"toelichting"}));
  // The form page's own fields (what static/questionnaire.js sends) are understood too.
  auto from_form = http(server_->port(), "POST", path + "/controle", form_body({{"csrf", s.csrf}, {"v/fte", "8"}}),
                        {{"Content-Type", kForm}, {"Cookie", s.cookie}});
  ASSERT_EQ(from_form.status, 200) << from_form.body;
  EXPECT_EQ(nlohmann::json::parse(from_form.body)["verborgen"], nlohmann::json::array());
  EXPECT_EQ(nlohmann::json::parse(from_form.body)["geldig"], true);
}

}  // namespace
}  // namespace regio::web
