#include "web/page_cache.h"

#include <fmt/format.h>

namespace regio::web {
namespace {

// Unsuppressed figures (?ongefilterd=...) without a peildatum are of today (the clock), not of
// the data alone: never kept (page_cache.h).
bool keepable(const Request& request) { return !request.query.contains("ongefilterd"); }

template <class V, class Build>
Result<std::shared_ptr<const V>> kept_or_built(service::GenerationCache<V>& cache, store::Store& store,
                                               const Request& request, const Build& build) {
  if (keepable(request)) return cache.get(store, PageCache::key(request), build);
  auto built = build();
  if (!built) return std::unexpected(built.error());
  return std::make_shared<const V>(std::move(*built));
}

}  // namespace

std::string PageCache::key(const Request& request) {
  // '\n' cannot occur in a role name, a region code or a request target.
  return fmt::format("{}\n{}\n{}", role_name(request.actor.role), request.actor.region, request.target);
}

Result<std::shared_ptr<const CachedPage>> PageCache::get(store::Store& store, const Request& request,
                                                         const std::function<Result<CachedPage>()>& build) {
  return kept_or_built(kept_, store, request, build);
}

Result<std::shared_ptr<const std::string>> PageCache::get_body(store::Store& store, const Request& request,
                                                               const std::function<Result<std::string>()>& build) {
  return kept_or_built(bodies_, store, request, build);
}

}  // namespace regio::web
