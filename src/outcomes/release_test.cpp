#include "outcomes/release.h"

#include <stdexcept>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace regio::outcomes {
namespace {

Date day(int y, int m, int d) { return from_civil({y, m, d}); }

// One region, one start year, two interventions, with its totals. Consistent with the
// definitions at a peildatum of 2022 (start year 2020 complete: werk_12m_noemer = starters,
// duurzaam_noemer = werk_12m_teller), as compute_indicators gives them.
std::vector<IndicatorRow> small_table() {
  IndicatorRow ips{"AM01", 2020, Interventie::kIps};
  ips.starters = 40;
  ips.werk_12m_noemer = 40;
  ips.werk_12m_teller = 12;
  ips.dagen_tot_werk_mediaan = 44;
  ips.duurzaam_noemer = 12;
  ips.uren_gem = 22.5;
  ips.uren_bekend = 12;
  IndicatorRow jc{"AM01", 2020, Interventie::kJobcoaching};
  jc.starters = 25;
  jc.werk_12m_noemer = 25;
  jc.werk_12m_teller = 3;  // primary
  jc.duurzaam_noemer = 3;  // primary
  IndicatorRow year{"AM01", 2020, std::nullopt};
  year.starters = 65;
  year.werk_12m_noemer = 65;
  year.werk_12m_teller = 15;
  year.duurzaam_noemer = 15;
  IndicatorRow region = year;
  region.jaar = std::nullopt;
  IndicatorRow nl_year = year;
  nl_year.regio = "NL";
  IndicatorRow nl = region;
  nl.regio = "NL";
  return {region, year, ips, jc, nl, nl_year};
}

Release published(Date peildatum, std::span<const Release> earlier = {}) {
  auto r = make_release(small_table(), peildatum, {10, 5}, earlier, "anna", "kwartaal 4", "2023-01-05T10:00:00Z");
  if (!r) throw std::runtime_error("make_release failed: " + r.error().message);  // fails the test
  return *r;
}

TEST(Release, EncodeDecodeRoundTripIsEqual) {
  Release r = published(day(2022, 12, 31));
  r.fictional = true;
  const std::string text = encode_release(r);
  auto back = decode_release(text);
  ASSERT_TRUE(back.has_value()) << back.error().message;
  EXPECT_EQ(back->peildatum, r.peildatum);
  EXPECT_EQ(back->published_at, "2023-01-05T10:00:00Z");
  EXPECT_EQ(back->published_by, "anna");
  EXPECT_EQ(back->note, "kwartaal 4");
  EXPECT_EQ(back->settings.threshold, 10);
  EXPECT_EQ(back->settings.rounding, 5);
  EXPECT_TRUE(back->fictional);
  EXPECT_EQ(back->rows, r.rows);
  EXPECT_EQ(back->suppressed, r.suppressed);
  EXPECT_EQ(back->audit.suppressed_cells, r.audit.suppressed_cells);
  EXPECT_EQ(back->audit.added, r.audit.added);
  EXPECT_EQ(back->audit.solves, r.audit.solves);
  EXPECT_EQ(encode_release(*back), text);
  // The published table is rebuilt identically from the stored text.
  const DisclosedTable a = table_of(r), b = table_of(*back);
  ASSERT_EQ(a.rows().size(), b.rows().size());
  for (std::size_t i = 0; i < a.rows().size(); ++i) EXPECT_EQ(a.rows()[i].figures, b.rows()[i].figures);
}

TEST(Release, DecodeRefusesDamagedTextAndUnknownVersions) {
  const std::string text = encode_release(published(day(2022, 12, 31)));
  for (const std::string& bad : {text.substr(0, text.size() / 2), std::string("[]"), std::string("")}) {
    auto r = decode_release(bad);
    ASSERT_FALSE(r.has_value()) << bad;
    EXPECT_EQ(r.error().code, ErrorCode::kInvalidData);
    EXPECT_NE(r.error().message.find("release in de database is onleesbaar"), std::string::npos) << r.error().message;
  }
  auto doc = nlohmann::json::parse(text);
  doc["versie"] = 2;
  auto newer = decode_release(doc.dump());
  ASSERT_FALSE(newer.has_value());
  EXPECT_EQ(newer.error().code, ErrorCode::kInvalidData);
  EXPECT_NE(newer.error().message.find("onbekende versie"), std::string::npos) << newer.error().message;
  doc = nlohmann::json::parse(text);
  doc["rijen"][0]["tellingen"].erase(0);  // seven counts instead of eight
  auto short_row = decode_release(doc.dump());
  ASSERT_FALSE(short_row.has_value());
  EXPECT_EQ(short_row.error().code, ErrorCode::kInvalidData);
}

TEST(Release, ARepeatedPeildatumIsRefused) {
  const std::vector<Release> earlier = {published(day(2022, 6, 30)), published(day(2022, 12, 31))};
  auto again = make_release(small_table(), day(2022, 12, 31), {10, 5}, earlier, "bob", "", "2023-02-01T09:00:00Z");
  ASSERT_FALSE(again.has_value());
  EXPECT_EQ(again.error().code, ErrorCode::kAlreadyExists);
  EXPECT_NE(again.error().message.find("er is al een release met peildatum 2022-12-31"), std::string::npos)
      << again.error().message;
  EXPECT_NE(again.error().message.find("anna"), std::string::npos) << again.error().message;
  EXPECT_TRUE(make_release(small_table(), day(2023, 3, 31), {10, 5}, earlier, "bob", "", "x").has_value());
}

TEST(Release, PrimarySuppressionAndTheAuditAreKeptInTheRelease) {
  const Release r = published(day(2022, 12, 31));
  ASSERT_EQ(r.rows.size(), r.suppressed.size());
  // jobcoaching's werk_12m_teller 3 is primary; the totals 15 = 12 + 3 would give it away, so
  // the audit hides at least one more cell of the relation 15 = 12 + 3.
  EXPECT_TRUE(r.suppressed[3][2]);
  const bool more = r.suppressed[1][2] || r.suppressed[2][2];
  EXPECT_TRUE(more) << "the audit left 3 = total − ips";
  EXPECT_GE(r.audit.added, 1u);
}

// A release written by hand (no audit): table_of shows exactly its decisions, rounded.
Release hand_release(std::vector<IndicatorRow> rows, std::vector<CountFlags> flags) {
  Release r;
  r.peildatum = day(2022, 12, 31);
  r.published_at = "2023-01-05T10:00:00Z";
  r.published_by = "anna";
  r.settings = {10, 5};
  r.rows = std::move(rows);
  r.suppressed = std::move(flags);
  return r;
}

TEST(Release, TableOfRoundsShownCountsToMultiplesOfTheRounding) {
  // Counts in disclosure_model order: starters 27, werk_12m_noemer 27, werk_12m_teller 13,
  // duurzaam_noemer 12, duurzaam_teller 3, werkend_12m_teller 0, uitkering 0 and 0.
  IndicatorRow a{"AM01", std::nullopt, std::nullopt};
  a.starters = 27;
  a.werk_12m_noemer = 27;
  a.werk_12m_teller = 13;
  a.dagen_tot_werk_mediaan = 44;
  a.duurzaam_noemer = 12;
  a.duurzaam_teller = 3;
  a.uren_gem = 24.5;
  a.uren_bekend = 9;  // fewer than 10 known hours: uren_gem hidden although its teller shows
  IndicatorRow b = a;
  b.regio = "AM02";
  b.uren_bekend = 10;
  CountFlags primary{};
  primary[4] = true;  // duurzaam_teller
  const DisclosedTable t = table_of(hand_release({a, b}, {primary, primary}));
  EXPECT_EQ(t.threshold(), 10);
  EXPECT_EQ(t.rounding(), 5);
  EXPECT_EQ(t.mode(), DisclosureMode::kSuppressed);
  EXPECT_TRUE(t.source().release);
  EXPECT_EQ(t.source().peildatum, day(2022, 12, 31));
  EXPECT_EQ(t.source().published_by, "anna");
  const DisclosedRow& r = t.rows()[0];
  EXPECT_EQ(r[Column::kStarters], (Figure{false, 25.0}));        // 27 -> 25
  EXPECT_EQ(r[Column::kWerk12mNoemer], (Figure{false, 25.0}));   // 27 -> 25
  EXPECT_EQ(r[Column::kWerk12mTeller], (Figure{false, 15.0}));   // 13 -> 15
  EXPECT_EQ(r[Column::kDuurzaamNoemer], (Figure{false, 10.0}));  // 12 -> 10
  EXPECT_EQ(r[Column::kDuurzaamTeller], (Figure{true, std::nullopt}));
  EXPECT_EQ(r[Column::kWerkend12mTeller], (Figure{false, 0.0}));  // 0 stays 0
  EXPECT_EQ(r[Column::kUitkeringNoemer], (Figure{false, 0.0}));
  EXPECT_EQ(r[Column::kDagenTotWerkMediaan], (Figure{false, 44.0}));
  EXPECT_EQ(r[Column::kWerk12mPct], (Figure{false, 60.0}));            // 15 / 25, not 13 / 27 = 48.1
  EXPECT_EQ(r[Column::kWerkend12mPct], (Figure{false, 0.0}));          // 0 / 25
  EXPECT_TRUE(r[Column::kDuurzaamPct].suppressed);                     // its teller is hidden
  EXPECT_EQ(r[Column::kUitstroomPct], (Figure{false, std::nullopt}));  // denominator 0: empty
  EXPECT_TRUE(r[Column::kUrenGem].suppressed);
  EXPECT_EQ(t.rows()[1][Column::kUrenGem], (Figure{false, 24.5}));  // 10 known hours
}

TEST(Release, StoredFlagsCannotUnsuppressASmallCount) {
  // A damaged record whose flags say "shown" for counts 3 and 9: still suppressed.
  IndicatorRow a{"AM01", std::nullopt, std::nullopt};
  a.starters = 3;
  a.werk_12m_noemer = 9;
  a.werk_12m_teller = 0;
  a.uitkering_noemer = 10;
  const DisclosedTable t = table_of(hand_release({a}, {CountFlags{}}));
  const DisclosedRow& r = t.rows()[0];
  EXPECT_EQ(r[Column::kStarters], (Figure{true, std::nullopt}));
  EXPECT_EQ(r[Column::kWerk12mNoemer], (Figure{true, std::nullopt}));
  EXPECT_EQ(r[Column::kWerk12mTeller], (Figure{false, 0.0}));
  EXPECT_EQ(r[Column::kUitkeringNoemer], (Figure{false, 10.0}));
  EXPECT_TRUE(t.decisions()[0][0]);
  EXPECT_TRUE(t.decisions()[0][1]);
  EXPECT_FALSE(t.decisions()[0][2]);
}

TEST(Release, AuditTableOfAReleaseIsNotEditable) {
  const Release r = published(day(2022, 12, 31));
  const AuditTable t = as_audit_table(r);
  EXPECT_FALSE(t.editable);
  EXPECT_EQ(t.peildatum, r.peildatum);
  ASSERT_EQ(t.truth.size(), r.rows.size());
  EXPECT_EQ(t.truth[2], counts_of(r.rows[2]));
  EXPECT_EQ(t.suppressed, r.suppressed);
}

}  // namespace
}  // namespace regio::outcomes
