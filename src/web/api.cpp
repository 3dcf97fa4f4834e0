// The JSON API (/api/v1/...): the same roles and checks as the pages.
#include <nlohmann/json.hpp>

#include "web/accounts.h"
#include "web/json_body.h"
#include "web/pages.h"
#include "web/problem.h"

namespace regio::web {
namespace {

nlohmann::json user_json(const store::UserRecord& u) {
  return {{"naam", u.name}, {"rol", u.role}, {"regio", u.region}, {"geblokkeerd", u.disabled}};
}

}  // namespace

Response api_session(AppContext& app, Request& r) {
  (void)app;
  nlohmann::json body{{"naam", r.actor.name},
                      {"rol", std::string(role_name(r.actor.role))},
                      {"regio", r.actor.region},
                      {"csrf", r.csrf_token}};
  return json_response(200, body.dump());
}

Response api_users(AppContext& app, Request& r) {
  auto users = app.store.users();
  if (!users) return problem(users.error());
  nlohmann::json list = nlohmann::json::array();
  for (const auto& u : *users) list.push_back(user_json(u));
  (void)r;
  return json_response(200, nlohmann::json{{"gebruikers", list}}.dump());
}

Response api_users_add(AppContext& app, Request& r) {
  auto parsed = json_object_body(r, "een JSON-object met naam, rol, regio en wachtwoord");
  if (!parsed) return problem(parsed.error());
  const nlohmann::json& body = *parsed;
  auto field = [&](const char* key) {
    auto it = body.find(key);
    return it != body.end() && it->is_string() ? it->get<std::string>() : std::string{};
  };
  NewUser u{field("naam"), field("rol"), field("regio"), field("wachtwoord")};
  auto s = create_user(app.store, u, PasswordRule::kStrict, r.actor, iso_time(app.clock.now()),
                       [&](const std::string& code) { return app.registry.is_known_region(code); });
  if (!s) return problem(s.error());
  auto stored = app.store.user(u.name);
  if (!stored) return problem(stored.error());
  return json_response(201, user_json(*stored).dump());
}

Response api_region_users(AppContext& app, Request& r) {
  const std::string& region = r.params["region"];
  if (!app.registry.is_known_region(region)) return problem(404, "Regio " + region + " bestaat niet.");
  auto users = app.store.users();
  if (!users) return problem(users.error());
  nlohmann::json list = nlohmann::json::array();
  for (const auto& u : *users)
    if (u.region == region) list.push_back({{"naam", u.name}, {"rol", u.role}});
  return json_response(200, nlohmann::json{{"regio", region}, {"gebruikers", list}}.dump());
}

}  // namespace regio::web
