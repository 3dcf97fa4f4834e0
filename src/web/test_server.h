// Test support: the web application on port 0 in this process, on a given store, with a manual
// clock; users with a known password.
#pragma once

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <span>
#include <sstream>
#include <thread>

#include "regions/registry.h"
#include "web/accounts.h"
#include "web/app.h"
#include "web/dispatch.h"
#include "web/server.h"
#include "web/test_client.h"

namespace regio::web::testing {

inline constexpr const char* kPassword = "geheim-wachtwoord";
inline constexpr std::int64_t kStart = 1795824000;  // 2026-11-28T00:00:00Z

// A hash of kPassword, made once (argon2id is slow on purpose).
inline const std::string& password_hash() {
  static const std::string hash = hash_password(kPassword).value();
  return hash;
}

// beheerder, onderzoeker, regio-am13, lezer-am13, regio-am01 with kPassword.
inline void add_test_users(store::Store& store) {
  const std::vector<std::array<const char*, 3>> users{{"beheerder", "beheerder", ""},
                                                      {"onderzoeker", "onderzoeker", ""},
                                                      {"regio-am13", "regio", "AM13"},
                                                      {"lezer-am13", "lezer", "AM13"},
                                                      {"regio-am01", "regio", "AM01"}};
  for (const auto& [name, role, region] : users)
    ASSERT_TRUE(store.add_user({name, role, region, password_hash(), false, "2026-11-28T00:00:00Z"},
                               {0, "2026-11-28T00:00:00Z", "test", "cli", "gebruiker toegevoegd", name}));
}

class TestServer {
 public:
  TestServer(store::Store& store, ServerOptions options = {}, WebOptions web = {},
             std::span<const Route> table = routes())
      : registry_(regions::Registry::load_embedded().value()),
        clock_(kStart),
        sessions_(store, clock_),
        services_({store, day_, registry_}),
        app_{store, sessions_, clock_, registry_, web, services_},
        dispatcher_(app_, table),
        server_(with_upload_routes((options.port = 0, options), table),
                [this](Request& r) { return dispatcher_.handle(r); }, log_) {
    auto port = server_.listen();
    EXPECT_TRUE(port.has_value());
    port_ = port.value_or(0);
    runner_ = std::thread([this] { server_.run(); });
  }
  ~TestServer() { stop(); }
  void stop() {
    if (runner_.joinable()) {
      server_.shutdown();
      runner_.join();
    }
  }

  unsigned short port() const { return port_; }
  ManualWallClock& clock() { return clock_; }
  Server& server() { return server_; }
  std::string log() const { return log_.str(); }
  service::Services& services() { return services_; }
  FixedClock& today() { return day_; }

  // Logs in through the form; returns the session cookie value ("" when refused).
  std::string login(const std::string& name, const std::string& password = kPassword) {
    auto form = http(port_, "GET", "/inloggen");
    const std::string token = form.cookie("regio_csrf");
    auto res = http(port_, "POST", "/inloggen", form_body({{"naam", name}, {"wachtwoord", password}, {"csrf", token}}),
                    {{"Content-Type", "application/x-www-form-urlencoded"}, {"Cookie", "regio_csrf=" + token}});
    return res.cookie("regio_sessie");
  }

 private:
  static ServerOptions with_upload_routes(ServerOptions options, std::span<const Route> table) {
    if (!options.is_upload)
      options.is_upload = [table](std::string_view m, std::string_view p) { return upload_route(table, m, p); };
    return options;
  }
  regions::Registry registry_;
  ManualWallClock clock_;
  Sessions sessions_;
  FixedClock day_{from_civil({2026, 11, 28})};
  service::Services services_;
  AppContext app_;
  Dispatcher dispatcher_;
  std::ostringstream log_;
  Server server_;
  unsigned short port_ = 0;
  std::thread runner_;
};

// The CSRF token of a session, from /api/v1/sessie ("" when not logged in).
inline std::string csrf_of(unsigned short port, const std::string& session) {
  auto res = http(port, "GET", "/api/v1/sessie", "", {{"Cookie", "regio_sessie=" + session}});
  if (res.status != 200) return {};
  return nlohmann::json::parse(res.body).value("csrf", "");
}

}  // namespace regio::web::testing
