// Test support for the questionnaire online: a memory store with the test users and one wave
// (kWave, "2020-eind") with a given definition, the real server on port 0, and requests as a
// logged-in user (form posts with the CSRF token, JSON API calls).
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "service/services.h"
#include "store/memory/memory_store.h"
#include "web/test_server.h"

namespace regio::web::testing {

using Fields = std::vector<std::pair<std::string, std::string>>;

class QuestionnaireFixture : public ::testing::Test {
 protected:
  static constexpr const char* kForm = "application/x-www-form-urlencoded";
  static constexpr const char* kWave = "2020-eind";
  static constexpr const char* kPath = "/vragenlijst/2020-eind/AM13";

  // Adds the wave with `definition` and starts the server; call from SetUp.
  void start(tabular::Workbook definition) {
    add_test_users(store_);
    FixedClock clock{from_civil({2026, 11, 28})};
    auto registry = regions::Registry::load_embedded();
    ASSERT_TRUE(registry);
    service::Services services({store_, clock, *registry});
    auto w = services.waves.add(Actor{"b", Role::kBeheerder, ""},
                                {kWave, "Eindmeting 2020", *parse_iso_date("2020-12-31"), std::move(definition)});
    ASSERT_TRUE(w) << w.error().describe();
    server_ = std::make_unique<TestServer>(store_);
  }

  struct Session {
    std::string cookie;
    std::string csrf;
  };
  Session login(const std::string& name) {
    Session s{"regio_sessie=" + server_->login(name), ""};
    s.csrf = csrf_of(server_->port(), s.cookie.substr(13));
    EXPECT_FALSE(s.csrf.empty()) << name;
    return s;
  }
  HttpResult post(const Session& s, const std::string& path, Fields fields) {
    fields.emplace_back("csrf", s.csrf);
    return http(server_->port(), "POST", path, form_body(fields),
                {{"Content-Type", kForm}, {"Cookie", s.cookie}, {"Accept", "text/html"}});
  }
  HttpResult get(const Session& s, const std::string& path, const std::string& accept = "text/html") {
    return http(server_->port(), "GET", path, "", {{"Cookie", s.cookie}, {"Accept", accept}});
  }
  HttpResult api(const Session& s, const std::string& method, const std::string& path, const std::string& body) {
    return http(server_->port(), method, path, body,
                {{"Content-Type", "application/json"}, {"Cookie", s.cookie}, {"X-CSRF-Token", s.csrf}});
  }
  store::StoredResponse stored(const std::string& region = "AM13") { return store_.response(kWave, region).value(); }

  store::MemoryStore store_;
  std::unique_ptr<TestServer> server_;
};

inline bool contains(const std::string& body, const std::string& part) { return body.find(part) != std::string::npos; }

}  // namespace regio::web::testing
