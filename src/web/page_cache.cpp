#include "web/page_cache.h"

#include <fmt/format.h>

namespace regio::web {

std::string PageCache::key(const Request& request) {
  // '\n' cannot occur in a role name, a region code or a request target.
  return fmt::format("{}\n{}\n{}", role_name(request.actor.role), request.actor.region, request.target);
}

Result<std::shared_ptr<const CachedPage>> PageCache::get(store::Store& store, const Request& request,
                                                         const std::function<Result<CachedPage>()>& build) {
  return kept_.get(store, key(request), build);
}

Result<std::shared_ptr<const std::string>> PageCache::get_body(store::Store& store, const Request& request,
                                                               const std::function<Result<std::string>()>& build) {
  return bodies_.get(store, key(request), build);
}

}  // namespace regio::web
