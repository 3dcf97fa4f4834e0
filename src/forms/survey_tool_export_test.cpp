// ODK Central and KoboToolbox exports, built by hand from their documented layouts, import to
// the same responses as the product's own layout.
#include "forms/survey_tool_export.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "forms/layout.h"
#include "forms/test_workbook.h"

namespace regio::forms {
namespace {

using testing::sheet;

class SurveyToolExport : public ::testing::Test {
 protected:
  void SetUp() override {
    auto registry = regions::Registry::load_embedded();
    ASSERT_TRUE(registry) << registry.error().describe();
    registry_ = std::move(*registry);
    tabular::Workbook form;
    form.sheets.push_back(sheet("survey",
                                "type|name|label\ntext|regio|Regio\nbegin group|thema|Thema\n"
                                "select_one ladder|niveau|Niveau\nselect_multiple partij|partijen|Partijen\n"
                                "end group||\nbegin repeat|doelen|Doelen\ntext|doel|Doel\ninteger|aantal|Aantal\n"
                                "end repeat||"));
    form.sheets.push_back(sheet("choices",
                                "list_name|name|label\nladder|1|L1\nladder|2|L2\nladder|3|L3\n"
                                "partij|gemeente|Gemeente\npartij|uwv|UWV\npartij|ggz|GGZ"));
    auto def = load_definition(form);
    ASSERT_TRUE(def) << def.error().describe();
    def_ = std::move(*def);
  }

  Result<std::vector<Response>> read(const tabular::Workbook& book) {
    return read_responses(def_, book, "2019-eind", registry_.for_year(2019), *parse_date("2020-06-15"));
  }

  // The same two regions in the product's own layout.
  std::vector<Response> own() {
    tabular::Workbook book;
    book.sheets.push_back(sheet("antwoorden",
                                "regio|status|niveau|partijen\nAM13|ingediend|3|ggz uwv\n"
                                "AM07|ingediend|1|gemeente"));
    book.sheets.push_back(sheet("doelen", "regio|doel|aantal\nAM13|Meer werk|5\nAM13|Scholing|2\nAM07|Kennis|1"));
    auto r = read(book);
    EXPECT_TRUE(r) << r.error().describe();
    return r ? *r : std::vector<Response>{};
  }

  regions::Registry registry_;
  Definition def_;
};

bool same(const std::vector<Response>& a, const std::vector<Response>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i].region != b[i].region || a[i].answers != b[i].answers || a[i].repeats != b[i].repeats ||
        a[i].status != b[i].status)
      return false;
  return true;
}

TEST_F(SurveyToolExport, OdkCentralCsvWithRepeatFile) {
  // ODK Central: group paths joined by '-', meta columns, the repeat in its own file
  // "<form>-<repeat>.csv" whose PARENT_KEY is the KEY of the main row.
  tabular::Workbook book;
  book.sheets.push_back(sheet("regiomonitor-doelen",
                              "doel|aantal|PARENT_KEY|KEY\nMeer werk|5|uuid:a|uuid:a/doelen[1]\n"
                              "Scholing|2|uuid:a|uuid:a/doelen[2]\nKennis|1|uuid:b|uuid:b/doelen[1]"));
  book.sheets.push_back(sheet("regiomonitor",
                              "SubmissionDate|regio|thema-niveau|thema-partijen|meta-instanceID|SubmitterID|"
                              "SubmitterName|AttachmentsPresent|AttachmentsExpected|Status|ReviewState|DeviceID|"
                              "Edits|FormVersion|KEY\n"
                              "2020-06-01T10:00:00Z|AM13|3|uwv ggz|uuid:a|5|Anna|0|0||approved||0|1|uuid:a\n"
                              "2020-06-02T10:00:00Z|AM07|1|gemeente|uuid:b|5|Anna|0|0||||0|1|uuid:b"));
  auto r = read(book);
  ASSERT_TRUE(r) << r.error().describe();
  ASSERT_EQ(r->size(), 2u);
  EXPECT_EQ(r->at(0).repeats.at("doelen").size(), 2u);
  EXPECT_EQ(r->at(0).answer("partijen"), "uwv ggz");
  EXPECT_TRUE(same(*r, own()));
}

TEST_F(SurveyToolExport, KoboToolboxXlsxWithChoiceColumnsAndRepeatSheet) {
  // KoboToolbox: group paths joined by '/', select_multiple also as one 0/1 column per choice,
  // meta columns starting with '_', repeat sheet named after the repeat, joined by _parent_index.
  tabular::Workbook book;
  book.sheets.push_back(sheet("Regiomonitor",
                              "regio|thema/niveau|thema/partijen|thema/partijen/gemeente|thema/partijen/uwv|"
                              "thema/partijen/ggz|_id|_uuid|_submission_time|_validation_status|_index\n"
                              "AM13|3|uwv ggz|0|1|1|101|u-a|2020-06-01T10:00:00|validation_status_approved|1\n"
                              "AM07|1|gemeente|1|0|0|102|u-b|2020-06-02T10:00:00||2"));
  book.sheets.push_back(sheet("doelen",
                              "doelen/doel|doelen/aantal|_index|_parent_table_name|_parent_index|_submission__id\n"
                              "Meer werk|5|1|Regiomonitor|1|101\nScholing|2|2|Regiomonitor|1|101\n"
                              "Kennis|1|3|Regiomonitor|2|102"));
  auto r = read(book);
  ASSERT_TRUE(r) << r.error().describe();
  ASSERT_EQ(r->size(), 2u);
  EXPECT_EQ(r->at(0).repeats.at("doelen").size(), 2u);
  EXPECT_EQ(r->at(0).answer("partijen"), "uwv ggz");
  EXPECT_TRUE(same(*r, own()));
}

TEST_F(SurveyToolExport, ChoiceColumnsAloneAreJoinedInListOrder) {
  tabular::Workbook book;
  book.sheets.push_back(sheet("data",
                              "regio|thema/niveau|thema/partijen/ggz|thema/partijen/uwv|_uuid|_index\n"
                              "AM13|3|1|1|u-a|1"));
  auto r = read(book);
  ASSERT_TRUE(r) << r.error().describe();
  ASSERT_EQ(r->size(), 1u);
  EXPECT_EQ(r->at(0).answer("partijen"), "uwv ggz");
}

TEST_F(SurveyToolExport, BadChoiceCellAndRepeatRowWithoutParentAreRefused) {
  tabular::Workbook book;
  book.sheets.push_back(sheet("data", "regio|thema/niveau|thema/partijen/uwv|_uuid|_index\nAM13|3|ja|u-a|1"));
  book.sheets.push_back(sheet("doelen", "doelen/doel|_parent_index\nX|9"));
  auto r = read(book);
  ASSERT_FALSE(r);
  ASSERT_EQ(r.error().problems.size(), 2u);
  EXPECT_EQ(r.error().problems[0].rule, "type");
  EXPECT_EQ(r.error().problems[1].rule, "geen-hoofdrij");
}

TEST_F(SurveyToolExport, OwnLayoutIsLeftAlone) {
  tabular::Workbook book;
  book.sheets.push_back(sheet("antwoorden", "regio|niveau\nAM13|3"));
  auto out = from_survey_tool_export(def_, book);
  ASSERT_TRUE(out);
  EXPECT_EQ(out->sheets.at(0).header, (std::vector<std::string>{"regio", "niveau"}));
}

TEST(SurveyToolExportLoop, LoopCopiesAreFoundByTheirGroupPath) {
  // A begin loop's copies are named lus-put-aantal (definition_loop.cpp): ODK Central writes that
  // name, KoboToolbox writes the path lus/put/aantal.
  tabular::Workbook form;
  form.sheets.push_back(sheet("survey", "type|name|label\nbegin loop over t|lus|\ninteger|aantal|A\nend loop||"));
  form.sheets.push_back(sheet("choices", "list_name|name|label\nt|put|Put\nt|emmer|Emmer"));
  auto def = load_definition(form);
  ASSERT_TRUE(def) << def.error().describe();
  for (const char* header : {"lus/put/aantal|lus/emmer/aantal|_uuid", "lus-put-aantal|lus-emmer-aantal|KEY"}) {
    tabular::Workbook book;
    book.sheets.push_back(sheet("data", std::string(header) + "\n3|1|u-a"));
    auto out = from_survey_tool_export(*def, book);
    ASSERT_TRUE(out) << out.error().describe();
    EXPECT_THAT(out->sheets.at(0).header, ::testing::IsSupersetOf({"lus-put-aantal", "lus-emmer-aantal"})) << header;
  }
}

}  // namespace
}  // namespace regio::forms
