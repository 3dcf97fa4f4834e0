// The corpus of real XLSForms (tests/testdata/xlsform-corpus, see SOURCES.md there): every form
// is loaded with the product's definition loader and its outcome is compared with
// expected.tsv, one line per form:
//   <file>\tlaadt                 the form loads;
//   <file>\tgeweigerd: <words>\t<rules>
//                                 the form is refused, the error names <words> (e.g. the
//                                 unanswerable type "image") and its problems have exactly the
//                                 rules <rules> (comma-separated), so nothing else is wrong.
// REGIO_CORPUS_REPORT=<path> writes the actual outcomes (first problem of a refusal) there, for
// reviewing a change by hand.
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>

#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "base/text.h"
#include "forms/definition.h"
#include "forms/definition_io.h"
#include "forms/validate.h"

namespace regio::forms {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

const std::filesystem::path kCorpus = std::filesystem::path(REGIO_SOURCE_DIR) / "tests/testdata/xlsform-corpus";

std::map<std::string, std::string> read_expected() {
  std::map<std::string, std::string> out;
  std::ifstream in(kCorpus / "expected.tsv");
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const auto tab = line.find('\t');
    if (tab == std::string::npos) continue;
    out[line.substr(0, tab)] = line.substr(tab + 1);
  }
  return out;
}

std::vector<std::string> corpus_files() {
  std::vector<std::string> out;
  for (const auto& e : std::filesystem::recursive_directory_iterator(kCorpus))
    if (e.is_regular_file() && e.path().extension() == ".xlsx")
      out.push_back(std::filesystem::relative(e.path(), kCorpus).generic_string());
  std::sort(out.begin(), out.end());
  return out;
}

struct Outcome {
  bool loads = false;
  std::string text;   // describe() of the error
  std::string first;  // first problem or the message
  std::string rules;  // the distinct rules of the problems, sorted, comma-separated
};

Outcome load(const std::string& file) {
  Outcome o;
  auto book = read_definition_file(kCorpus / file);
  if (!book) {
    o.text = book.error().describe();
    o.first = book.error().message;
    return o;
  }
  auto def = load_definition(*book);
  if (def) {
    o.loads = true;
    return o;
  }
  o.text = def.error().describe();
  o.first = def.error().problems.empty() ? def.error().message : describe(def.error().problems.front());
  std::set<std::string> rules;
  for (const auto& p : def.error().problems) rules.insert(p.rule);
  for (const auto& r : rules) o.rules += (o.rules.empty() ? "" : ",") + r;
  return o;
}

TEST(FormsCorpus, EveryFormHasThePinnedOutcome) {
  const auto expected = read_expected();
  const auto files = corpus_files();
  ASSERT_GE(files.size(), 40u);
  std::ofstream report;
  if (const char* path = std::getenv("REGIO_CORPUS_REPORT")) report.open(path);
  std::size_t loaded = 0;
  for (const auto& file : files) {
    SCOPED_TRACE(file);
    const Outcome o = load(file);
    loaded += o.loads;
    if (std::getenv("REGIO_CORPUS_FULL") && !o.loads) std::printf("== %s\n%s\n", file.c_str(), o.text.c_str());
    if (report.is_open())
      report << file << '\t' << (o.loads ? "laadt" : "geweigerd: " + o.first + "\t" + o.rules) << '\n';
    auto it = expected.find(file);
    if (it == expected.end()) {
      ADD_FAILURE() << "no line in expected.tsv";
      continue;
    }
    if (it->second == "laadt") {
      EXPECT_TRUE(o.loads) << o.text;
    } else {
      EXPECT_TRUE(it->second.starts_with("geweigerd: ")) << it->second;
      EXPECT_FALSE(o.loads);
      const auto tab = it->second.find('\t');
      const std::string words = it->second.substr(11, tab == std::string::npos ? std::string::npos : tab - 11);
      EXPECT_NE(o.text.find(words), std::string::npos) << o.text;
      if (tab != std::string::npos) {
        EXPECT_EQ(o.rules, it->second.substr(tab + 1)) << o.text;
      }
    }
  }
  EXPECT_EQ(expected.size(), files.size()) << "expected.tsv names a form that is not in the corpus";
  std::printf("corpus: %zu of %zu forms load\n", loaded, files.size());
}

}  // namespace
}  // namespace regio::forms

namespace regio::forms {
namespace {

// Responses worked out by hand against real forms of the corpus (status concept, so only the
// rules under test speak, not missing required answers).
std::vector<std::string> check_corpus(const std::string& file, Answers answers, Response* out = nullptr,
                                      std::map<std::string, std::vector<Answers>> repeats = {}) {
  auto book = read_definition_file(kCorpus / file);
  EXPECT_TRUE(book);
  auto def = load_definition(*book);
  EXPECT_TRUE(def) << def.error().describe();
  Response raw;
  raw.status = ResponseStatus::kConcept;
  raw.answers = std::move(answers);
  raw.repeats = std::move(repeats);
  ProblemList problems;
  Response r = validate_response(*def, raw, ResponseSource{}, *parse_date("2020-06-15"), problems);
  if (out) *out = r;
  std::vector<std::string> lines;
  for (const auto& p : problems.problems()) lines.push_back(fmt::format("{}:{}: {}", p.rule, p.column, p.message));
  return lines;
}

TEST(FormsCorpusResponses, PyxformCascadingSelectHonoursChoiceFilter) {
  // choices: texas → king, cameron; washington → king, pierce; king → dumont, finney, seattle,
  // redmond; pierce → tacoma, puyallup; cameron → brownsville, harlingen.
  const std::string f = "pyxform/choice_filter_test.xlsx";
  EXPECT_THAT(check_corpus(f, {{"state", "texas"}, {"county", "cameron"}, {"city", "harlingen"}}), IsEmpty());
  EXPECT_THAT(check_corpus(f, {{"state", "washington"}, {"county", "pierce"}, {"city", "seattle"}}),
              ElementsAre("keuzelijst:city: vraag city: waarde seattle valt buiten de keuzes die choice_filter "
                          "${county}=cf toelaat (tacoma, puyallup)"));
  EXPECT_THAT(check_corpus(f, {{"state", "washington"}, {"county", "cameron"}}),
              ElementsAre(HasSubstr("keuzelijst:county: vraag county: waarde cameron valt buiten")));
}

TEST(FormsCorpusResponses, SprayingSurveyRelevantConstraintsCalculationAndFilter) {
  // xlsform2qgis/survey_spraying.xlsx: health facility 8 is in district 1, 3 in district 2;
  // non_spray_structure_type is relevant only when sprayable_structure = 'no'; populations < 20;
  // total_pop = male + female when was_sprayed = 'yes'; pregnant_women <= female_population.
  const std::string f = "xlsform2qgis/survey_spraying.xlsx";
  Response out;
  EXPECT_THAT(check_corpus(f,
                           {{"district", "1"},
                            {"health_facility", "8"},
                            {"sprayable_structure", "yes"},
                            {"was_sprayed", "yes"},
                            {"male_population", "3"},
                            {"female_population", "4"},
                            {"pregnant_women", "1"}},
                           &out),
              IsEmpty());
  EXPECT_EQ(out.answer("total_pop"), "7");
  EXPECT_EQ(out.answer("today"), "2020-06-15");
  EXPECT_THAT(check_corpus(f, {{"district", "1"},
                               {"health_facility", "3"},
                               {"sprayable_structure", "yes"},
                               {"non_spray_structure_type", "school"},
                               {"was_sprayed", "yes"},
                               {"male_population", "25"},
                               {"female_population", "4"},
                               {"pregnant_women", "5"}}),
              ::testing::UnorderedElementsAre(
                  HasSubstr("keuzelijst:health_facility: vraag health_facility: waarde 3 valt buiten"),
                  HasSubstr("niet-van-toepassing:non_spray_structure_type"),
                  "voorwaarde:male_population: vraag male_population: Must be less than 20",
                  "voorwaarde:pregnant_women: vraag pregnant_women: Must be equal to or less than Female population"));
}

TEST(FormsCorpusResponses, SocioEconomicSurveyRulesInsideTheRepeat) {
  // odk-web-forms/socio-economic-survey: per household member (repeat familyMembers) the facility
  // is asked when healthVisit = 1 and the reason for no visit when healthVisit = 2; each select
  // has constraint count-selected(.)<=3 with the message "Up to 3 options can be selected".
  const std::string f = "odk-web-forms/socio-economic-survey-v20240515.xlsx";
  Response out;
  EXPECT_THAT(check_corpus(f, {}, &out,
                           {{"familyMembers",
                             {{{"firstNameFM", "Amina"}, {"gender", "2"}, {"healthVisit", "1"}, {"healthFacility", "6 2"}},
                              {{"firstNameFM", "Bilal"},
                               {"gender", "1"},
                               {"healthVisit", "2"},
                               {"reasonForNoHealthVisit", "3 2"}}}}}),
              IsEmpty());
  EXPECT_EQ(out.repeats.at("familyMembers").at(0).at("healthFacility"), "2 6");  // stored in list order
  EXPECT_THAT(check_corpus(f, {}, nullptr,
                           {{"familyMembers",
                             {{{"healthVisit", "1"}, {"healthFacility", "1 2 3 4"}},
                              {{"healthVisit", "2"}, {"healthFacility", "2"}, {"reasonForNoHealthVisit", "1 2 3"}}}}}),
              ElementsAre("voorwaarde:healthFacility: familyMembers rij 1, vraag healthFacility: Up to 3 options can "
                          "be selected",
                          "niet-van-toepassing:healthFacility: familyMembers rij 2, vraag healthFacility: vraag is niet "
                          "van toepassing (relevant: ${healthVisit} = 1), laat het antwoord leeg"));
}

}  // namespace
}  // namespace regio::forms
