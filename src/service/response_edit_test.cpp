// The web questionnaire's use cases on a MemoryStore: versions, draft / submit / reopen, and who
// may do what. Expected values follow from the rules (store.h, policy.h), worked out by hand.
#include <gtest/gtest.h>

#include "forms/test_workbook.h"
#include "regions/registry.h"
#include "service/services.h"
#include "store/memory/memory_store.h"
#include "tabular/workbook_json.h"

namespace regio::service {
namespace {

tabular::Workbook questionnaire() {
  tabular::Workbook b;
  b.sheets.push_back(forms::testing::sheet("survey",
                                           "type|name|label|required|constraint|constraint_message\n"
                                           "select_one ladder|niveau|Niveau|yes||\n"
                                           "integer|fte|Fte||. <= 10|Hoogstens 10 fte\n"));
  b.sheets.push_back(forms::testing::sheet("choices", "list_name|name|label\nladder|1|Een\nladder|2|Twee\n"));
  return b;
}

class ResponseEditTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto registry = regions::Registry::load_embedded();
    ASSERT_TRUE(registry);
    registry_ = std::make_unique<regions::Registry>(std::move(*registry));
    services_ = std::make_unique<Services>(Deps{store_, clock_, *registry_});
    auto w =
        services_->waves.add(beheerder_, {"2020-eind", "Eind 2020", *parse_iso_date("2020-12-31"), questionnaire()});
    ASSERT_TRUE(w) << w.error().describe();
  }
  forms::Response answers(forms::Answers a) {
    forms::Response r;
    r.answers = std::move(a);
    return r;
  }

  store::MemoryStore store_;
  FixedClock clock_{*parse_iso_date("2021-01-15")};
  std::unique_ptr<regions::Registry> registry_;
  std::unique_ptr<Services> services_;
  const Actor beheerder_{"b", Role::kBeheerder, ""};
  const Actor onderzoeker_{"o", Role::kOnderzoeker, ""};
  const Actor regio_{"r", Role::kRegio, "AM13"};
  const Actor lezer_{"l", Role::kLezer, "AM13"};
};

TEST_F(ResponseEditTest, TwoEditorsOfOneDraftGetAConflictNotAnOverwrite) {
  Responses& rs = services_->responses;
  auto start = rs.response(regio_, "2020-eind", "AM13");
  ASSERT_TRUE(start) << start.error().describe();
  EXPECT_EQ(start->version, 0);
  // A draft may be incomplete: niveau (required) is missing.
  auto first = rs.save_draft(regio_, "2020-eind", "AM13", answers({{"fte", "3"}}), 0);
  ASSERT_TRUE(first) << first.error().describe();
  EXPECT_EQ(first->version, 1);
  auto second = rs.save_draft(beheerder_, "2020-eind", "AM13", answers({{"fte", "4"}}), 0);
  ASSERT_FALSE(second);
  EXPECT_EQ(second.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_EQ(second.error().reason, "version-conflict");
  EXPECT_NE(second.error().message.find("(versie 1)"), std::string::npos) << second.error().message;
  auto read = rs.response(lezer_, "2020-eind", "AM13");
  ASSERT_TRUE(read);
  EXPECT_EQ(read->response.answer("fte"), "3");
}

TEST_F(ResponseEditTest, SubmitValidatesEverythingLocksAndReopenUnlocks) {
  Responses& rs = services_->responses;
  ASSERT_TRUE(rs.save_draft(regio_, "2020-eind", "AM13", answers({{"fte", "3"}}), 0));
  // A draft with a value that breaks its constraint is refused as well: nothing stored.
  auto invalid = rs.save_draft(regio_, "2020-eind", "AM13", answers({{"fte", "12"}}), 1);
  ASSERT_FALSE(invalid);
  EXPECT_EQ(invalid.error().code, ErrorCode::kInvalidData);
  ASSERT_EQ(invalid.error().problems.size(), 1u);
  EXPECT_EQ(invalid.error().problems[0].column, "fte");
  // Submitting without the required niveau: refused, version unchanged.
  auto incomplete = rs.submit(regio_, "2020-eind", "AM13", answers({{"fte", "3"}}), 1);
  ASSERT_FALSE(incomplete);
  EXPECT_EQ(incomplete.error().code, ErrorCode::kInvalidData);
  EXPECT_EQ(incomplete.error().reason, "response-incomplete");
  EXPECT_EQ(rs.response(regio_, "2020-eind", "AM13")->version, 1);

  auto submitted = rs.submit(regio_, "2020-eind", "AM13", answers({{"fte", "3"}, {"niveau", "2"}}), 1);
  ASSERT_TRUE(submitted) << submitted.error().describe();
  EXPECT_EQ(submitted->version, 2);
  EXPECT_EQ(submitted->response.status, forms::ResponseStatus::kIngediend);
  auto change = rs.save_draft(regio_, "2020-eind", "AM13", answers({{"fte", "5"}}), 2);
  ASSERT_FALSE(change);
  EXPECT_EQ(change.error().reason, "response-submitted");
  // Only the national roles reopen.
  EXPECT_EQ(rs.reopen(regio_, "2020-eind", "AM13", 2).error().code, ErrorCode::kPermissionDenied);
  auto reopened = rs.reopen(onderzoeker_, "2020-eind", "AM13", 2);
  ASSERT_TRUE(reopened) << reopened.error().describe();
  EXPECT_EQ(reopened->version, 3);
  EXPECT_EQ(reopened->response.status, forms::ResponseStatus::kConcept);
  EXPECT_EQ(reopened->response.answer("niveau"), "2");
  EXPECT_TRUE(rs.save_draft(regio_, "2020-eind", "AM13", answers({{"fte", "5"}}), 3));
}

TEST_F(ResponseEditTest, MetadataQuestionsAreFilledInWithWhoSavesAndToday) {
  tabular::Workbook form;
  form.sheets.push_back(
      forms::testing::sheet("survey", "type|name|label\nusername|wie|\ntoday|dag|\ndeviceid|apparaat|\ninteger|n|N"));
  auto w = services_->waves.add(beheerder_, {"2021-eind", "Eind 2021", *parse_iso_date("2021-12-31"), form});
  ASSERT_TRUE(w) << w.error().describe();
  auto r =
      services_->responses.check(regio_, "2021-eind", "AM13", answers({{"n", "1"}}), forms::ResponseStatus::kConcept);
  ASSERT_TRUE(r) << r.error().describe();
  EXPECT_EQ(r->answer("wie"), "r");
  EXPECT_EQ(r->answer("dag"), "2021-01-15");
  EXPECT_EQ(r->answer("apparaat"), "regiomonitor");
}

TEST_F(ResponseEditTest, CheckingStoresNothingAndUsesTheSameRules) {
  Responses& rs = services_->responses;
  auto bad = rs.check(regio_, "2020-eind", "AM13", answers({{"fte", "12"}}), forms::ResponseStatus::kConcept);
  ASSERT_FALSE(bad);
  ASSERT_EQ(bad.error().problems.size(), 1u);
  EXPECT_NE(bad.error().problems[0].message.find("Hoogstens 10 fte"), std::string::npos)
      << bad.error().problems[0].message;
  auto good = rs.check(regio_, "2020-eind", "AM13", answers({{"niveau", "1"}, {"fte", "2"}}),
                       forms::ResponseStatus::kIngediend);
  ASSERT_TRUE(good) << good.error().describe();
  EXPECT_EQ(good->answer("niveau"), "1");
  EXPECT_EQ(store_.response("2020-eind", "AM13")->version, 0);
  EXPECT_EQ(rs.check(lezer_, "2020-eind", "AM13", answers({}), forms::ResponseStatus::kConcept).error().code,
            ErrorCode::kPermissionDenied);
  auto form = rs.definition(Actor{"p", Role::kPubliek, ""}, "2020-eind");
  ASSERT_TRUE(form);
  EXPECT_NE(form->definition.question("fte"), nullptr);
}

TEST_F(ResponseEditTest, ARegionEditsOnlyItsOwnAndReadersOnlyRead) {
  Responses& rs = services_->responses;
  auto other = rs.save_draft(regio_, "2020-eind", "AM14", answers({{"fte", "1"}}), 0);
  ASSERT_FALSE(other);
  EXPECT_EQ(other.error().code, ErrorCode::kPermissionDenied);
  EXPECT_EQ(rs.response(regio_, "2020-eind", "AM14").error().code, ErrorCode::kPermissionDenied);
  EXPECT_EQ(rs.save_draft(lezer_, "2020-eind", "AM13", answers({}), 0).error().code, ErrorCode::kPermissionDenied);
  EXPECT_EQ(rs.response(Actor{"p", Role::kPubliek, ""}, "2020-eind", "AM13").error().code,
            ErrorCode::kPermissionDenied);
  EXPECT_EQ(store_.response("2020-eind", "AM14")->version, 0);  // nothing stored by the refusals
  auto unknown = rs.response(beheerder_, "2030", "AM13");
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().reason, "wave-not-found");
}

}  // namespace
}  // namespace regio::service
