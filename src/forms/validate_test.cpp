#include "forms/validate.h"

#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "forms/test_workbook.h"

namespace regio::forms {
namespace {

using ::testing::ElementsAre;
using ::testing::UnorderedElementsAre;

Definition test_definition() {
  tabular::Workbook b;
  b.sheets.push_back(testing::sheet(
      "survey",
      "type|name|label|required|relevant|constraint|constraint_message|calculation\n"
      "select_one ladder|niveau|Niveau|yes||||\n"
      "select_one ladder|niveau_beoogd|Beoogd|||. >= ${niveau}|Het beoogde niveau is lager dan het huidige|\n"
      "select_multiple partij|partijen|Partijen|yes|||| \n"
      "begin_group|uwv_groep|UWV||selected(${partijen}, 'uwv')|||\n"
      "integer|uwv_fte|Fte UWV|yes||. <= 10||\n"
      "end_group|||||||\n"
      "decimal|budget|Budget|||. > 0||\n"
      "date|startdatum|Start|||. <= today()||\n"
      "text|opmerking|Opmerking|||||\n"
      "calculate|budget_dubbel||||||${budget} * 2\n"
      "begin_repeat|doelen|Doelen||${niveau} >= 2|||\n"
      "text|doel_omschrijving|Omschrijving|yes||||\n"
      "select_one janee|doel_kwantitatief|Kwantitatief|yes||||\n"
      "decimal|doel_streefwaarde|Streefwaarde|${doel_kwantitatief} = 'ja'|${doel_kwantitatief} = 'ja'|||\n"
      "end_repeat|||||||\n"));
  b.sheets.push_back(testing::sheet(
      "choices",
      "list_name|name|label\n"
      "ladder|1|Kennismaken\nladder|2|Overleg\nladder|3|Operationeel\nladder|4|Beleid\nladder|5|Resultaat\n"
      "partij|gemeente|Gemeente\npartij|uwv|UWV\npartij|ggz|GGZ\n"
      "janee|ja|Ja\njanee|nee|Nee\n"));
  auto def = load_definition(b);
  EXPECT_TRUE(def) << def.error().describe();
  return *def;
}

const Date kToday = *parse_date("2020-06-15");

struct Outcome {
  Response response;
  std::vector<Problem> problems;
};

Outcome run(const Response& raw) {
  static const Definition def = test_definition();
  ProblemList problems;
  ResponseSource source{{"antwoorden.csv", 7}, {{"doelen", {{"doelen.csv", 3}, {"doelen.csv", 4}}}}};
  Response r = validate_response(def, raw, source, kToday, problems);
  return {r, problems.problems()};
}

Response base() {
  Response r;
  r.region = "AM13";
  r.wave = "2019-eind";
  r.status = ResponseStatus::kIngediend;
  r.answers = {{"niveau", "3"}, {"partijen", "ggz gemeente"}};
  return r;
}

std::vector<std::string> summary(const std::vector<Problem>& ps) {
  std::vector<std::string> out;
  for (const auto& p : ps) out.push_back(fmt::format("{}:{}:{}:{}", p.file, p.line, p.column, p.rule));
  return out;
}

TEST(Validate, NormalisesValidAnswers) {
  Response raw = base();
  raw.answers["budget"] = " 2,50 ";
  raw.answers["startdatum"] = "31-12-2019";
  raw.answers["opmerking"] = "";
  auto out = run(raw);
  EXPECT_TRUE(out.problems.empty()) << out.problems.at(0).message;
  EXPECT_EQ(out.response.answers, (Answers{{"niveau", "3"},
                                           {"partijen", "gemeente ggz"},  // list order
                                           {"budget", "2.5"},
                                           {"startdatum", "2019-12-31"},
                                           {"budget_dubbel", "5"}}));
  EXPECT_EQ(out.response.region, "AM13");
  EXPECT_EQ(out.response.wave, "2019-eind");
}

TEST(Validate, ChoiceOutsideTheListNamesRegionQuestionAndList) {
  Response raw = base();
  raw.answers["niveau"] = "9";
  auto out = run(raw);
  ASSERT_EQ(out.problems.size(), 1u);
  const Problem& p = out.problems[0];
  EXPECT_EQ(p.file, "antwoorden.csv");
  EXPECT_EQ(p.line, 7u);
  EXPECT_EQ(p.column, "niveau");
  EXPECT_EQ(p.rule, "keuzelijst");
  EXPECT_EQ(p.message, "regio AM13, vraag niveau: waarde 9 staat niet in keuzelijst ladder (1–5)");
}

TEST(Validate, SelectMultipleUnknownAndDuplicateValues) {
  Response raw = base();
  raw.answers["partijen"] = "uwv werkgevers uwv";
  auto out = run(raw);
  EXPECT_THAT(summary(out.problems),
              ElementsAre("antwoorden.csv:7:partijen:keuzelijst", "antwoorden.csv:7:partijen:keuzelijst"));
  EXPECT_EQ(out.problems[0].message,
            "regio AM13, vraag partijen: waarde werkgevers staat niet in keuzelijst partij (gemeente, uwv, ggz)");
  EXPECT_EQ(out.problems[1].message, "regio AM13, vraag partijen: waarde uwv is twee keer gekozen");
}

TEST(Validate, TypeErrors) {
  Response raw = base();
  raw.answers["budget"] = "veel";
  raw.answers["startdatum"] = "2019-02-30";
  raw.answers["partijen"] = "uwv";
  raw.answers["uwv_fte"] = "2.5";
  auto out = run(raw);
  EXPECT_THAT(summary(out.problems),
              UnorderedElementsAre("antwoorden.csv:7:budget:type", "antwoorden.csv:7:startdatum:type",
                                   "antwoorden.csv:7:uwv_fte:type"));
  // uwv_fte is required and relevant, but its wrong answer is reported once, as a type error.
  EXPECT_EQ(out.response.answers.count("uwv_fte"), 0u);
}

TEST(Validate, RequiredOnlyWhenRelevantAndOnlyForSubmittedResponses) {
  Response raw = base();
  raw.answers.erase("niveau");
  raw.answers["partijen"] = "uwv";  // makes the group, and its required uwv_fte, relevant
  auto out = run(raw);
  EXPECT_THAT(summary(out.problems),
              UnorderedElementsAre("antwoorden.csv:7:niveau:verplicht", "antwoorden.csv:7:uwv_fte:verplicht"));
  EXPECT_EQ(out.problems[0].message, "regio AM13, vraag niveau: antwoord ontbreekt, deze vraag is verplicht");

  raw.answers["partijen"] = "ggz";  // group not relevant: uwv_fte not required
  EXPECT_THAT(summary(run(raw).problems), ElementsAre("antwoorden.csv:7:niveau:verplicht"));

  raw.status = ResponseStatus::kConcept;
  EXPECT_TRUE(run(raw).problems.empty());
}

TEST(Validate, AnswerToNonRelevantQuestionIsAnError) {
  Response raw = base();
  raw.answers["uwv_fte"] = "3";  // partijen lacks uwv
  auto out = run(raw);
  EXPECT_THAT(summary(out.problems), ElementsAre("antwoorden.csv:7:uwv_fte:niet-van-toepassing"));
  EXPECT_THAT(out.problems[0].message, ::testing::HasSubstr("selected(${partijen}, 'uwv')"));
  EXPECT_EQ(out.response.answers.count("uwv_fte"), 0u);
}

TEST(Validate, ConstraintWithOwnMessageOrDefaultText) {
  Response raw = base();
  raw.answers["niveau_beoogd"] = "2";  // below niveau 3
  raw.answers["budget"] = "0";
  auto out = run(raw);
  EXPECT_THAT(summary(out.problems),
              UnorderedElementsAre("antwoorden.csv:7:niveau_beoogd:voorwaarde", "antwoorden.csv:7:budget:voorwaarde"));
  for (const auto& p : out.problems) {
    if (p.column == "niveau_beoogd") {
      EXPECT_EQ(p.message, "regio AM13, vraag niveau_beoogd: Het beoogde niveau is lager dan het huidige");
    } else {
      EXPECT_EQ(p.message, "regio AM13, vraag budget: waarde 0 voldoet niet aan de voorwaarde . > 0");
    }
  }
  raw.answers["niveau_beoogd"] = "3";  // equal is fine
  raw.answers["budget"] = "1";
  EXPECT_TRUE(run(raw).problems.empty());
}

TEST(Validate, TodayIsInjected) {
  Response raw = base();
  raw.answers["startdatum"] = "2020-06-16";  // one day after kToday
  EXPECT_THAT(summary(run(raw).problems), ElementsAre("antwoorden.csv:7:startdatum:voorwaarde"));
  raw.answers["startdatum"] = "15-06-2020";
  EXPECT_TRUE(run(raw).problems.empty());
}

TEST(Validate, CalculationReplacesAGivenValueAndIsEmptyWithoutInput) {
  Response raw = base();
  raw.answers["budget_dubbel"] = "99";
  auto out = run(raw);
  EXPECT_TRUE(out.problems.empty());
  EXPECT_EQ(out.response.answers.count("budget_dubbel"), 0u);  // '' * 2 is NaN: unanswered
  raw.answers["budget"] = "1,25";
  EXPECT_EQ(run(raw).response.answers.at("budget_dubbel"), "2.5");
}

TEST(Validate, RepeatRowsResolveSiblingsFirstAndReportTheirOwnLine) {
  Response raw = base();
  raw.repeats["doelen"] = {
      {{"doel_omschrijving", "Meer IPS"}, {"doel_kwantitatief", "ja"}, {"doel_streefwaarde", "40"}},
      {{"doel_omschrijving", "Liaisons"}, {"doel_kwantitatief", "nee"}, {"doel_streefwaarde", "5"}},
  };
  auto out = run(raw);
  EXPECT_THAT(summary(out.problems), ElementsAre("doelen.csv:4:doel_streefwaarde:niet-van-toepassing"));
  EXPECT_THAT(out.problems[0].message, ::testing::StartsWith("regio AM13, doelen rij 2, vraag doel_streefwaarde:"));
  ASSERT_EQ(out.response.repeats.at("doelen").size(), 2u);
  EXPECT_EQ(out.response.repeats.at("doelen")[0].at("doel_streefwaarde"), "40");

  raw.repeats["doelen"][1].erase("doel_streefwaarde");
  raw.repeats["doelen"][0].erase("doel_streefwaarde");  // required when kwantitatief = ja
  EXPECT_THAT(summary(run(raw).problems), ElementsAre("doelen.csv:3:doel_streefwaarde:verplicht"));
}

TEST(Validate, RepeatNotRelevantAndUnknownNames) {
  Response raw = base();
  raw.answers["niveau"] = "1";  // doelen relevant only from niveau 2
  raw.answers["onbekend"] = "x";
  raw.repeats["doelen"] = {{{"doel_omschrijving", "x"}, {"doel_kwantitatief", "nee"}}};
  raw.repeats["acties"] = {{{"a", "b"}}};
  auto out = run(raw);
  EXPECT_THAT(summary(out.problems),
              UnorderedElementsAre("antwoorden.csv:7:onbekend:type", "antwoorden.csv:0:acties:type",
                                   "doelen.csv:3:doelen:niet-van-toepassing"));
  EXPECT_TRUE(out.response.repeats.empty());
}

TEST(Validate, ResultFormCollectsEveryProblem) {
  static const Definition def = test_definition();
  Response raw = base();
  raw.answers["niveau"] = "0";
  raw.answers["budget"] = "x";
  auto r = validate_response(def, raw, kToday);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidData);
  EXPECT_EQ(r.error().problems.size(), 2u);
  EXPECT_TRUE(validate_response(def, base(), kToday).has_value());
}

}  // namespace
}  // namespace regio::forms

namespace regio::forms {
namespace {

// The form state of the web questionnaire: hidden fields and messages keyed per field, from the
// same validation (worked out from test_definition by hand).
TEST(FormStateTest, HiddenFieldsAndMessagesPerFieldFromTheSameValidation) {
  const Definition def = test_definition();
  Response raw;
  raw.region = "AM13";
  raw.answers = {{"niveau", "3"}, {"niveau_beoogd", "2"}, {"partijen", "gemeente"}, {"budget", "abc"}};
  raw.repeats["doelen"] = {{{"doel_omschrijving", "Meer banen"}, {"doel_kwantitatief", "nee"}},
                           {{"doel_kwantitatief", "ja"}, {"doel_streefwaarde", "x"}}};
  const FormState state = evaluate_form(def, raw, kToday);
  // No UWV among the parties: its group and its question are hidden; in row 1 the target value
  // (only for a quantitative goal) too, in row 2 not.
  EXPECT_THAT(state.hidden, UnorderedElementsAre("uwv_groep", "uwv_fte", "doelen/1/doel_streefwaarde"));
  // The definition's own message, without the "regio AM13, vraag ...:" prefix of the import.
  EXPECT_THAT(state.messages.at("niveau_beoogd"), ElementsAre("Het beoogde niveau is lager dan het huidige"));
  EXPECT_EQ(state.messages.count("budget"), 1u);
  EXPECT_EQ(state.messages.count("doelen/2/doel_streefwaarde"), 1u);
  EXPECT_EQ(state.messages.count("doelen/2/doel_omschrijving"), 0u);  // a concept may be incomplete
  EXPECT_EQ(state.problems, 3u);
  EXPECT_EQ(state.clean.answer("niveau"), "3");
  // Submitted, the missing description of row 2 is reported there.
  raw.status = ResponseStatus::kIngediend;
  const FormState submitted = evaluate_form(def, raw, kToday);
  EXPECT_THAT(submitted.messages.at("doelen/2/doel_omschrijving"),
              ElementsAre("antwoord ontbreekt, deze vraag is verplicht"));
  // A level below 2 makes the whole repeat irrelevant.
  raw.answers["niveau"] = "1";
  raw.answers["niveau_beoogd"] = "1";
  raw.status = ResponseStatus::kConcept;
  EXPECT_TRUE(evaluate_form(def, raw, kToday).hidden.contains("doelen"));
  EXPECT_EQ(field_key("doelen", 2, "x"), "doelen/2/x");
  EXPECT_EQ(field_key("", 0, "x"), "x");
}

}  // namespace
}  // namespace regio::forms
