// The audit entries the use cases write (service/audit.h): who, from which channel, and what in
// Dutch, one per write; none for a write that is refused. Expected texts worked out by hand from
// the inputs.
#include <gtest/gtest.h>

#include "forms/test_workbook.h"
#include "regions/registry.h"
#include "service/services.h"
#include "store/memory/memory_store.h"

namespace regio::service {
namespace {

tabular::Workbook questionnaire() {
  tabular::Workbook b;
  b.sheets.push_back(
      forms::testing::sheet("survey", "type|name|label|required\nselect_one ladder|niveau|Niveau|yes\n"));
  b.sheets.push_back(forms::testing::sheet("choices", "list_name|name|label\nladder|1|Een\nladder|2|Twee\n"));
  return b;
}

class ServiceAuditTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto registry = regions::Registry::load_embedded();
    ASSERT_TRUE(registry);
    registry_ = std::make_unique<regions::Registry>(std::move(*registry));
    services_ = std::make_unique<Services>(Deps{store_, clock_, *registry_});
  }
  std::vector<store::AuditEntry> log() { return store_.audit_log({.limit = 100}).value(); }
  forms::Response answers(forms::Answers a) {
    forms::Response r;
    r.answers = std::move(a);
    return r;
  }

  store::MemoryStore store_;
  FixedClock clock_{*parse_iso_date("2021-01-15")};
  std::unique_ptr<regions::Registry> registry_;
  std::unique_ptr<Services> services_;
  const Actor beheerder_cli_{"beheer", Role::kBeheerder, "", Channel::kCli};
  const Actor onderzoeker_web_{"onderzoeker", Role::kOnderzoeker, "", Channel::kWeb};
  const Actor regio_web_{"regio-am13", Role::kRegio, "AM13", Channel::kWeb};
  const Actor lezer_web_{"lezer-am13", Role::kLezer, "AM13", Channel::kWeb};
};

TEST_F(ServiceAuditTest, AQuestionnaireRoundTripLeavesOneEntryPerWrite) {
  Responses& rs = services_->responses;
  ASSERT_TRUE(
      services_->waves.add(beheerder_cli_, {"2020-eind", "Eind 2020", *parse_iso_date("2020-12-31"), questionnaire()}));
  ASSERT_TRUE(rs.save_draft(regio_web_, "2020-eind", "AM13", answers({}), 0));
  // Refused: a stale version, an incomplete submit, a reader. None of them is recorded.
  EXPECT_FALSE(rs.save_draft(regio_web_, "2020-eind", "AM13", answers({}), 0));
  EXPECT_FALSE(rs.submit(regio_web_, "2020-eind", "AM13", answers({}), 1));
  EXPECT_FALSE(rs.save_draft(lezer_web_, "2020-eind", "AM13", answers({}), 1));
  ASSERT_TRUE(rs.submit(regio_web_, "2020-eind", "AM13", answers({{"niveau", "2"}}), 1));
  ASSERT_TRUE(rs.reopen(onderzoeker_web_, "2020-eind", "AM13", 2));

  const auto entries = log();
  ASSERT_EQ(entries.size(), 4u);
  const std::vector<std::array<std::string, 4>> expected{
      // newest first: who, via, what, object
      {"onderzoeker", "web", "antwoord heropend", "meetmoment 2020-eind, regio AM13 (versie 3)"},
      {"regio-am13", "web", "antwoord ingediend", "meetmoment 2020-eind, regio AM13 (versie 2)"},
      {"regio-am13", "web", "concept opgeslagen", "meetmoment 2020-eind, regio AM13 (versie 1)"},
      {"beheer", "cli", "meetmoment toegevoegd", "2020-eind (Eind 2020, vragenlijst 2020-eind)"}};
  for (std::size_t i = 0; i < expected.size(); ++i) {
    SCOPED_TRACE(i);
    EXPECT_EQ(entries[i].actor, expected[i][0]);
    EXPECT_EQ(entries[i].channel, expected[i][1]);
    EXPECT_EQ(entries[i].action, expected[i][2]);
    EXPECT_EQ(entries[i].target, expected[i][3]);
    EXPECT_EQ(entries[i].at.size(), 20u);  // "2026-12-01T10:00:00Z"
  }
}

TEST_F(ServiceAuditTest, GoalsSettingsAndDeliveriesSayWhatChanged) {
  auto id = services_->goals.add(regio_web_, {0, "AM13", "werk_12m_pct", 40.5, 2022, "ips", "Meer werk"});
  ASSERT_TRUE(id) << id.error().describe();
  EXPECT_FALSE(services_->goals.add(regio_web_, {0, "AM14", "starters", 10, 2022, "*", ""}));  // other region
  ASSERT_TRUE(services_->goals.remove(regio_web_, *id));
  ASSERT_TRUE(services_->outcomes.change_settings(beheerder_cli_, 15, std::nullopt));
  EXPECT_FALSE(services_->outcomes.change_settings(onderzoeker_web_, 20, std::nullopt));  // beheerder only
  EXPECT_FALSE(services_->deliveries.remove(onderzoeker_web_, "bestaat-niet"));

  const auto entries = log();
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries[0].action, "onthullingsinstellingen gewijzigd");
  EXPECT_EQ(entries[0].target, "drempel 15, afronding 5");  // the rounding stays the default
  EXPECT_EQ(entries[0].channel, "cli");
  EXPECT_EQ(entries[1].action, "doel verwijderd");
  EXPECT_EQ(entries[1].target, "doel 1 van regio AM13");
  EXPECT_EQ(entries[2].action, "doel toegevoegd");
  EXPECT_EQ(entries[2].target, "regio AM13: werk_12m_pct 40,5 in 2022 (ips)");
  EXPECT_EQ(entries[2].actor, "regio-am13");
  EXPECT_EQ(entries[2].channel, "web");
}

}  // namespace
}  // namespace regio::service
