// The dashboard is kept per data generation (shared_responses.h for anonymous visitors,
// service/waves.h for the analysis behind every visitor's page): a repeated request is answered
// without reading the responses again, a write through the service layer (as another process or
// the CLI makes it) shows on the very next request, and a signed-in visitor never gets a kept
// page.
#include <gtest/gtest.h>

#include <atomic>
#include <map>

#include "demo/responses.h"
#include "forms/definition_io.h"
#include "forms/layout.h"
#include "store/audit_testing.h"
#include "store/memory/memory_store.h"
#include "tabular/workbook_json.h"
#include "web/test_server.h"

namespace regio::web {
namespace {

using testing::TestServer;

constexpr const char* kWave = "2020-vervolg";
constexpr const char* kLadderCsv = "/dashboard.csv?meetmoment=2020-vervolg&onderdeel=ladder";

// Counts the reads of responses, the analysis' expensive input.
class CountingStore : public store::MemoryStore {
 public:
  Result<std::vector<forms::Response>> responses(const std::string& wave) override {
    ++reads;
    return MemoryStore::responses(wave);
  }
  std::atomic<int> reads{0};
};

class SharedResponsesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const store::QuestionnaireRecord q{"standaard", tabular::workbook_to_json(forms::default_workbook())};
    ASSERT_TRUE(store_.add_wave_with_questionnaire(demo_.waves[0], q, store::test_audit()));
    for (std::size_t i = 1; i < demo_.waves.size(); ++i) ASSERT_TRUE(store_.add_wave(demo_.waves[i], store::test_audit()));
    // Every 2020-vervolg response but the first, which a test adds later.
    for (const auto& r : demo_.responses) {
      if (r.wave != kWave) continue;
      if (!held_back_) {
        held_back_ = r;
        continue;
      }
      stored_.push_back(r);
    }
    ASSERT_TRUE(held_back_);
    ASSERT_FALSE(held_back_->answer("niveau").empty());
    ASSERT_TRUE(store_.replace_responses(kWave, stored_, store::test_audit()));
    testing::add_test_users(store_);
  }

  // The count the ladder CSV should show for `level` ("3"), worked out from the responses.
  int by_hand(const std::string& level) const {
    int n = 0;
    for (const auto& r : stored_) n += r.answer("niveau") == level;
    return n;
  }

  // The ladder CSV's count on the line of `level`.
  static std::string shown(const std::string& csv, const std::string& level) {
    const auto at = csv.find("\"" + level + " ");
    if (at == std::string::npos) return "(geen regel)";
    const std::string line = csv.substr(at, csv.find("\r\n", at) - at);
    const auto comma = line.rfind(",\"");
    return line.substr(comma + 2, line.size() - comma - 3);
  }

  // Stores the held-back response through the service layer's import, as a second process or the
  // CLI would: this process' caches are not told.
  void import_held_back() {
    service::Services other({store_, day_, registry_});
    auto def = forms::default_definition();
    ASSERT_TRUE(def);
    auto imported = other.responses.import(Actor{"beheerder", Role::kBeheerder, ""}, kWave,
                                           forms::write_responses(*def, {*held_back_}));
    ASSERT_TRUE(imported) << imported.error().message;
  }

  regions::Registry registry_ = regions::Registry::load_embedded().value();
  demo::DemoResponses demo_ = demo::generate_demo_responses(registry_);
  FixedClock day_{from_civil({2026, 11, 28})};
  CountingStore store_;
  std::vector<forms::Response> stored_;
  std::optional<forms::Response> held_back_;
};

TEST_F(SharedResponsesTest, ARepeatedRequestIsAnsweredWithoutReadingTheResponsesAgain) {
  TestServer server(store_);
  auto first = testing::http(server.port(), "GET", kLadderCsv);
  ASSERT_EQ(first.status, 200) << first.body;
  const int reads = store_.reads;
  EXPECT_GT(reads, 0);
  auto second = testing::http(server.port(), "GET", kLadderCsv);
  ASSERT_EQ(second.status, 200);
  EXPECT_EQ(second.body, first.body);
  EXPECT_EQ(store_.reads, reads);
  // A signed-in visitor's page is built for them, from the analysis the service layer kept.
  const std::string session = server.login("onderzoeker");
  ASSERT_FALSE(session.empty());
  auto researcher = testing::http(server.port(), "GET", kLadderCsv, "", {{"Cookie", "regio_sessie=" + session}});
  ASSERT_EQ(researcher.status, 200);
  EXPECT_EQ(researcher.body, first.body);
  EXPECT_EQ(store_.reads, reads);
}

TEST_F(SharedResponsesTest, AWriteThroughTheServiceShowsOnTheNextRequest) {
  TestServer server(store_);
  const std::string level = held_back_->answer("niveau");
  const std::string session = server.login("onderzoeker");
  ASSERT_FALSE(session.empty());
  const std::vector<std::pair<std::string, std::string>> signed_in{{"Cookie", "regio_sessie=" + session}};
  for (int i = 0; i < 2; ++i) {  // the second round comes from the caches
    auto anonymous = testing::http(server.port(), "GET", kLadderCsv);
    ASSERT_EQ(anonymous.status, 200) << anonymous.body;
    EXPECT_EQ(shown(anonymous.body, level), std::to_string(by_hand(level)));
    auto researcher = testing::http(server.port(), "GET", kLadderCsv, "", signed_in);
    ASSERT_EQ(researcher.status, 200) << researcher.body;
    EXPECT_EQ(shown(researcher.body, level), std::to_string(by_hand(level)));
  }

  import_held_back();
  stored_.push_back(*held_back_);

  auto anonymous = testing::http(server.port(), "GET", kLadderCsv);
  ASSERT_EQ(anonymous.status, 200) << anonymous.body;
  EXPECT_EQ(shown(anonymous.body, level), std::to_string(by_hand(level)));
  auto researcher = testing::http(server.port(), "GET", kLadderCsv, "", signed_in);
  ASSERT_EQ(researcher.status, 200) << researcher.body;
  EXPECT_EQ(shown(researcher.body, level), std::to_string(by_hand(level)));
}

TEST_F(SharedResponsesTest, ASignedInVisitorNeverGetsAKeptPage) {
  TestServer server(store_);
  const std::string page = std::string("/dashboard?meetmoment=") + kWave;
  auto anonymous = testing::http(server.port(), "GET", page);
  ASSERT_EQ(anonymous.status, 200) << anonymous.body;
  EXPECT_EQ(anonymous.body.find("regio-am13"), std::string::npos);

  const std::string session = server.login("regio-am13");
  ASSERT_FALSE(session.empty());
  auto signed_in = testing::http(server.port(), "GET", page, "", {{"Cookie", "regio_sessie=" + session}});
  ASSERT_EQ(signed_in.status, 200) << signed_in.body;
  EXPECT_NE(signed_in.body.find("regio-am13"), std::string::npos);
  const std::string token = testing::csrf_of(server.port(), session);
  ASSERT_FALSE(token.empty());
  EXPECT_NE(signed_in.body.find(token), std::string::npos);  // the form in the header carries it

  auto anonymous_again = testing::http(server.port(), "GET", page);
  EXPECT_EQ(anonymous_again.body, anonymous.body);
}

}  // namespace
}  // namespace regio::web
