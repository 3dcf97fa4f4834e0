// Whole responses of public pages that are the same for every anonymous visitor, kept per data
// generation (service/generation_cache.h): the national dashboard is asked far more often than
// its data change, and building it (analysis, figures, three SVG charts, the page) costs
// milliseconds. Only for the routes in shared_responses.cpp, only for GET/HEAD by a visitor
// without a session, and only a 200 without Set-Cookie is kept; the key is the request target
// (path and query) as sent. A signed-in visitor's page carries their name and CSRF token and is
// never kept. Every data write bumps the store's generation, so the next request after a write
// (from this process, another `serve` process or the CLI) builds the page afresh.
#pragma once

#include <functional>

#include "service/generation_cache.h"
#include "store/store.h"
#include "web/app.h"

namespace regio::web {

class SharedResponses {
 public:
  // Whether `route` answering `request` may be shared (see above; the session is resolved).
  static bool applies(const Route& route, const Request& request);

  // The kept response of `request.target`, or `render()` (kept when it may be). When the store's
  // generation cannot be read, renders without keeping.
  Response get(store::Store& store, const Request& request, const std::function<Response()>& render);

 private:
  service::GenerationCache<Response> kept_{128};
};

}  // namespace regio::web
