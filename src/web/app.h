// What the web application's handlers get: the store, the sessions, the clock, the region
// data, the options and the service layer. Made by `serve` (cli) or a test; handlers never pick adapters.
#pragma once

#include <span>
#include <string_view>

#include "regions/registry.h"
#include "service/services.h"
#include "store/store.h"
#include "web/authorization.h"
#include "web/http_types.h"
#include "web/page_cache.h"
#include "web/sessions.h"
#include "web/wall_clock.h"

namespace regio::web {

struct WebOptions {
  bool secure_cookies = false;  // always mark cookies Secure (the site is served over HTTPS)
  bool trust_proxy = false;     // a reverse proxy in front: X-Forwarded-Proto https also marks them Secure
  bool demo_logins = false;     // show on the login page that the demo's logins are insecure
};

struct AppContext {
  store::Store& store;  // accounts and sessions; everything else through `services`
  Sessions& sessions;
  const WallClock& clock;
  const regions::Registry& registry;
  WebOptions options;
  service::Services& services;  // the use cases (service/services.h), one per process
  // Main parts of signed-in pages kept per data generation (page_cache.h); shared by the threads.
  std::shared_ptr<PageCache> pages = std::make_shared<PageCache>();
};

using Handler = Response (*)(AppContext&, Request&);

// One route: method, path pattern ("/beheer/gebruikers/{name}/blokkeren"; a `{x}` segment
// matches one non-empty segment and lands in Request::params), the permission it needs
// (authorization.h), the handler. A `{region}` segment is the region authorization looks at.
// How large a request body a route accepts: ServerOptions::body_limit (small), or
// ServerOptions::upload_limit with a longer read timeout (file uploads).
enum class BodySize { kSmall, kUpload };

struct Route {
  std::string_view method;
  std::string_view pattern;
  Permission permission;
  Handler handler;
  BodySize body = BodySize::kSmall;
};

// The application's routes: the one table, in routes.cpp.
std::span<const Route> routes();

// The embedded static files (static/), by base name; empty when unknown.
std::string_view asset(std::string_view name);

}  // namespace regio::web
