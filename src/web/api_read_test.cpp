// The JSON API's read routes through the real server: waves, the national analysis, the outcome
// indicators (released by default, never an unsuppressed figure for anonymous/regio/lezer) and
// the advice (region detail: the policy on ?regio=). Expected values come from the domain
// modules directly (analysis, outcomes release, advice), not from the service layer the
// handlers call.
#include <gtest/gtest.h>

#include <map>
#include <memory>

#include "advice/format.h"
#include "advice/rules.h"
#include "advice/wave_advice.h"
#include "analysis/format.h"
#include "demo/responses.h"
#include "outcomes/indicator_format.h"
#include "outcomes/release.h"
#include "outcomes/serialize.h"
#include "outcomes/synthetic.h"
#include "service/outcome_data.h"
#include "store/memory/memory_store.h"
#include "store/audit_testing.h"
#include "web/test_demo.h"
#include "web/test_problem.h"
#include "web/test_server.h"

namespace regio::web {
namespace {

using nlohmann::json;
using testing::expect_problem;
using testing::http;
using testing::TestServer;

constexpr const char* kPeildatum = "2025-01-01";

// One store for the suite: the demo's waves and responses, a synthetic outcome delivery and a
// release of it (publishing audits the release: done once).
class ApiReadTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    store_ = new store::MemoryStore;
    registry_ = new regions::Registry(regions::Registry::load_embedded().value());
    demo_ = new demo::DemoResponses(demo::generate_demo_responses(*registry_));
    testing::add_demo_responses(*store_, *demo_);
    testing::add_test_users(*store_);
    store::DeliveryRecord d;
    d.info = {"test-levering", "2025-01-02T00:00:00Z", 0, 0, 0, "2016-01-01", kPeildatum, kPeildatum};
    d.payload = outcomes::serialize_and_release(outcomes::generate_extract(*registry_, {.persons = 3000, .seed = 11}));
    ASSERT_TRUE(store_->put_delivery(d, store::test_audit()));
    auto release = service::publish_release(*store_, Actor{"onderzoeker", Role::kOnderzoeker, ""},
                                            {parse_iso_date(kPeildatum), "test", std::nullopt, "2025-01-03T00:00:00Z"});
    ASSERT_TRUE(release) << release.error().describe();
  }
  static void TearDownTestSuite() {
    delete demo_;
    delete registry_;
    delete store_;
  }
  static store::MemoryStore* store_;
  static regions::Registry* registry_;
  static demo::DemoResponses* demo_;

  static std::string cookie(const std::string& session) { return "regio_sessie=" + session; }
};

store::MemoryStore* ApiReadTest::store_ = nullptr;
regions::Registry* ApiReadTest::registry_ = nullptr;
demo::DemoResponses* ApiReadTest::demo_ = nullptr;

TEST_F(ApiReadTest, WavesListEveryWaveWithItsResponsesCountedByHand) {
  TestServer server(*store_);
  auto res = http(server.port(), "GET", "/api/v1/meetmomenten");
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_EQ(res.header("Content-Type"), "application/json");
  const auto list = json::parse(res.body)["meetmomenten"];
  ASSERT_EQ(list.size(), demo_->waves.size());
  for (const auto& w : demo_->waves) {
    std::size_t all = 0, submitted = 0;
    for (const auto& r : demo_->responses)
      if (r.wave == w.code) {
        ++all;
        submitted += r.status == forms::ResponseStatus::kIngediend ? 1 : 0;
      }
    auto it = std::find_if(list.begin(), list.end(), [&](const json& j) { return j["code"] == w.code; });
    ASSERT_NE(it, list.end()) << w.code;
    EXPECT_EQ((*it)["antwoorden"], all) << w.code;
    EXPECT_EQ((*it)["ingediend"], submitted) << w.code;
    EXPECT_EQ((*it)["datum"], format_iso(w.date));
  }
}

TEST_F(ApiReadTest, AnalysisEqualsTheAnalysisModulesOwnJson) {
  analysis::AnalysisInput in;
  in.registry = registry_;
  in.wave = store_->wave("2020-vervolg").value();
  in.responses = store_->responses("2020-vervolg").value();
  in.compare_wave = store_->wave("2019-eind").value();
  in.compare_responses = store_->responses("2019-eind").value();
  auto expected = analysis::analyse(in);  // no goals stored: no region has measured goals
  ASSERT_TRUE(expected) << expected.error().describe();

  TestServer server(*store_);
  const std::string target = "/api/v1/meetmomenten/2020-vervolg/analyse?vergelijk=2019-eind";
  auto full = http(server.port(), "GET", target, "", {{"Cookie", "regio_sessie=" + server.login("onderzoeker")}});
  ASSERT_EQ(full.status, 200) << full.body;
  EXPECT_EQ(full.header("Content-Type"), "application/json");
  EXPECT_EQ(full.body, analysis::to_json(*expected));
  EXPECT_FALSE(json::parse(full.body)["compare_wave"].is_null());  // the comparison is in it

  // One region's scores are region details: an anonymous visitor gets none, regio-am13 its own.
  ASSERT_GT(expected->per_region.size(), 1u);
  auto own = *expected;
  std::erase_if(own.per_region, [](const analysis::RegionResult& r) { return r.scores.region != "AM13"; });
  ASSERT_EQ(own.per_region.size(), 1u);
  auto regio = http(server.port(), "GET", target, "", {{"Cookie", "regio_sessie=" + server.login("regio-am13")}});
  EXPECT_EQ(regio.body, analysis::to_json(own));
  auto national = *expected;
  national.per_region.clear();
  auto res = http(server.port(), "GET", target);
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_EQ(res.body, analysis::to_json(national));
  EXPECT_TRUE(json::parse(res.body)["per_region"].empty());

  expect_problem(http(server.port(), "GET", "/api/v1/meetmomenten/bestaat-niet/analyse"), 404);
  expect_problem(http(server.port(), "GET", "/api/v1/meetmomenten/2020-vervolg/analyse?vergelijk=nee"), 404);
}

TEST_F(ApiReadTest, AnonymousIndicatorsAreTheStoredReleaseWithEverySuppressedCellNull) {
  auto stored = store_->release(kPeildatum);
  ASSERT_TRUE(stored);
  auto release = outcomes::decode_release(stored->body);
  ASSERT_TRUE(release) << release.error().describe();
  const std::string expected = outcomes::format_indicators(outcomes::table_of(*release), outcomes::IndicatorFormat::kJson,
                                                           {.fictional = release->fictional});
  TestServer server(*store_);
  auto res = http(server.port(), "GET", "/api/v1/indicatoren");
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_EQ(res.body, expected);
  const json released = json::parse(res.body);
  EXPECT_EQ(released["meta"]["beveiligd"], true);
  EXPECT_EQ(released["meta"]["bron"], "release");

  // The true figures, keyed by row: every cell the release suppresses is null in the answer.
  auto exact = service::unsuppressed_outcomes(*store_, Actor{"o", Role::kOnderzoeker, ""}, parse_iso_date(kPeildatum));
  ASSERT_TRUE(exact) << exact.error().describe();
  const json truth = json::parse(outcomes::format_indicators(exact->table, outcomes::IndicatorFormat::kJson));
  std::map<std::string, json> true_rows;
  for (const auto& row : truth["rijen"])
    true_rows[row["regio"].dump() + row["jaar"].dump() + row["interventie"].dump()] = row;
  std::size_t suppressed = 0, hidden_nonzero = 0;
  for (const auto& row : released["rijen"]) {
    const auto& t = true_rows.at(row["regio"].dump() + row["jaar"].dump() + row["interventie"].dump());
    for (const auto& name : row["onderdrukt"]) {
      ++suppressed;
      EXPECT_TRUE(row[name.get<std::string>()].is_null()) << row.dump();
      if (t[name.get<std::string>()].is_number() && t[name.get<std::string>()] != 0) ++hidden_nonzero;
    }
  }
  EXPECT_GT(suppressed, 0u);       // the synthetic data is small enough to need suppression
  EXPECT_GT(hidden_nonzero, 0u);   // and the suppressed cells hold true values that must not show
  EXPECT_EQ(released["rijen"].size(), truth["rijen"].size());

  // Same for regio and lezer; one region with ?regio=.
  TestServer again(*store_);
  const std::string lezer = again.login("lezer-am13");
  auto as_lezer = http(again.port(), "GET", "/api/v1/indicatoren", "", {{"Cookie", cookie(lezer)}});
  EXPECT_EQ(as_lezer.body, expected);
  auto one = json::parse(http(again.port(), "GET", "/api/v1/indicatoren?regio=am13").body);
  ASSERT_FALSE(one["rijen"].empty());
  for (const auto& row : one["rijen"]) EXPECT_EQ(row["regio"], "AM13");
  auto by_release = http(again.port(), "GET", std::string("/api/v1/indicatoren?release=") + kPeildatum);
  EXPECT_EQ(by_release.body, expected);
}

TEST_F(ApiReadTest, UnfilteredIndicatorsOnlyForResearchers) {
  TestServer server(*store_);
  const std::string lezer = server.login("lezer-am13");
  const std::string regio = server.login("regio-am13");
  const std::string onderzoeker = server.login("onderzoeker");
  auto refused = http(server.port(), "GET", "/api/v1/indicatoren?ongefilterd=1", "", {{"Cookie", cookie(lezer)}});
  expect_problem(refused, 403);
  EXPECT_EQ(refused.body.find("\"rijen\""), std::string::npos);
  expect_problem(http(server.port(), "GET", "/api/v1/indicatoren?ongefilterd=1", "", {{"Cookie", cookie(regio)}}), 403);
  expect_problem(http(server.port(), "GET", "/api/v1/indicatoren?ongefilterd=1"), 403);
  expect_problem(http(server.port(), "GET", std::string("/api/v1/indicatoren?peildatum=") + kPeildatum), 400);

  auto exact = http(server.port(), "GET", std::string("/api/v1/indicatoren?ongefilterd=1&peildatum=") + kPeildatum, "",
                    {{"Cookie", cookie(onderzoeker)}});
  ASSERT_EQ(exact.status, 200) << exact.body;
  const json body = json::parse(exact.body);
  EXPECT_EQ(body["meta"]["beveiligd"], false);
  EXPECT_EQ(body["meta"]["bron"], "berekend");
  for (const auto& row : body["rijen"]) EXPECT_TRUE(row["onderdrukt"].empty()) << row.dump();

  expect_problem(http(server.port(), "GET", "/api/v1/indicatoren?release=gisteren"), 400);
  expect_problem(http(server.port(), "GET", "/api/v1/indicatoren?regio=AM99"), 400);
  expect_problem(http(server.port(), "GET", "/api/v1/indicatoren?release=2020-01-01"), 404);
  expect_problem(http(server.port(), "GET", "/api/v1/indicatoren?ongefilterd=ja"), 400);
}

TEST_F(ApiReadTest, AdviceIsRegionDetailUnderThePolicy) {
  // The advice module's own answer for AM13 in 2020-vervolg.
  const auto waves = store_->waves().value();
  advice::WaveAdviceInput in{.wave = store_->wave("2020-vervolg").value(), .registry = registry_};
  in.responses = store_->responses("2020-vervolg").value();
  in.previous_wave = advice::previous_wave(waves, "2020-vervolg");
  ASSERT_TRUE(in.previous_wave);
  in.previous_responses = store_->responses(in.previous_wave->code).value();
  const advice::Catalogue catalogue(in.config);
  auto expected = advice::advise_wave(in, advice::default_rules(catalogue).value(), catalogue);
  ASSERT_TRUE(expected) << expected.error().describe();
  std::erase_if(expected->regions, [](const advice::RegionAdvice& a) { return a.region != "AM13"; });
  ASSERT_EQ(expected->regions.size(), 1u);

  TestServer server(*store_);
  const std::string target = "/api/v1/meetmomenten/2020-vervolg/advies";
  const std::string regio = server.login("regio-am13");
  const std::string lezer = server.login("lezer-am13");
  const std::string onderzoeker = server.login("onderzoeker");
  auto own = http(server.port(), "GET", target + "?regio=am13", "", {{"Cookie", cookie(regio)}});
  ASSERT_EQ(own.status, 200) << own.body;
  EXPECT_EQ(own.body, advice::to_json(*expected));
  EXPECT_EQ(http(server.port(), "GET", target + "?regio=AM13", "", {{"Cookie", cookie(lezer)}}).body, own.body);

  // Anonymous: log in first. Another region, or every region, is refused to regio and lezer.
  expect_problem(http(server.port(), "GET", target + "?regio=AM13"), 401);
  auto other = http(server.port(), "GET", target + "?regio=AM01", "", {{"Cookie", cookie(regio)}});
  expect_problem(other, 403);
  EXPECT_EQ(other.body.find("adviezen"), std::string::npos);
  expect_problem(http(server.port(), "GET", target, "", {{"Cookie", cookie(lezer)}}), 403);

  auto all = http(server.port(), "GET", target, "", {{"Cookie", cookie(onderzoeker)}});
  ASSERT_EQ(all.status, 200) << all.body;
  EXPECT_GT(json::parse(all.body)["regios"].size(), 1u);
  expect_problem(http(server.port(), "GET", target + "?regio=XX1", "", {{"Cookie", cookie(onderzoeker)}}), 400);
  expect_problem(http(server.port(), "GET", "/api/v1/meetmomenten/nee/advies", "", {{"Cookie", cookie(onderzoeker)}}),
                 404);
}

}  // namespace
}  // namespace regio::web
