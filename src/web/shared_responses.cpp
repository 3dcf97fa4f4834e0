#include "web/shared_responses.h"

#include <algorithm>
#include <array>
#include <memory>

namespace regio::web {
namespace {

// The routes whose anonymous page depends only on the request target and the data (no clock, no
// account, no session): add a route here only when that holds.
constexpr std::array<std::string_view, 2> kShared{"/dashboard", "/dashboard.csv"};

bool keepable(const Response& r) {
  return r.status == 200 &&
         std::none_of(r.headers.begin(), r.headers.end(), [](const auto& h) { return h.first == "Set-Cookie"; });
}

}  // namespace

bool SharedResponses::applies(const Route& route, const Request& request) {
  return (request.method == "GET" || request.method == "HEAD") && route.permission == Permission::kPublic &&
         request.actor.role == Role::kPubliek && request.session_hash.empty() &&
         std::find(kShared.begin(), kShared.end(), route.pattern) != kShared.end();
}

Response SharedResponses::get(store::Store& store, const Request& request, const std::function<Response()>& render) {
  auto generation = store.data_generation();
  if (!generation) return render();
  if (auto hit = kept_.find(request.target, *generation)) return *hit;  // the body is shared, not copied
  Response fresh = render();
  if (!keepable(fresh)) return fresh;
  if (!fresh.shared_body) fresh.shared_body = std::make_shared<const std::string>(std::move(fresh.body));
  fresh.body.clear();
  kept_.put(request.target, *generation, std::make_shared<const Response>(fresh));
  return fresh;
}

}  // namespace regio::web
