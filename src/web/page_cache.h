// The main part of signed-in pages, and the bodies of JSON answers, that depend only on the
// request target, the visitor's role and region, and the data: kept per data generation (service/generation_cache.h),
// so that every regio-am13 asking /regio/AM13 gets the same figures without the analysis, the release, the advice and
// the charts being gathered and drawn again. The layout around it (the visitor's name, the CSRF token of the logout
// form) is added per request by html_page.
//
// What may be kept: a page whose main part is a function of (target, role, region, data) alone
// — every decision in it is service::allowed/authorize on the actor, which look at role and
// region only; no clock, no account name, no session, no CSRF token inside the main part. Not
// the unsuppressed figures (?ongefilterd=1): without a peildatum they are of today (the clock). The key
// holds role and region, so a lezer never gets a beheerder's page. Only successes are kept; a
// refusal (403/404) is built each time. Every data write bumps the generation, so the next
// request after a write (from any process on the database, or the CLI) builds afresh.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "base/error.h"
#include "service/generation_cache.h"
#include "store/store.h"
#include "web/html.h"
#include "web/http_types.h"

namespace regio::web {

struct CachedPage {
  std::string title;
  Html main;
};

class PageCache {
 public:
  explicit PageCache(std::size_t max_entries = 256) : kept_(max_entries), bodies_(max_entries) {}

  // The kept main part for this request's target, role and region, or `build()`'s.
  Result<std::shared_ptr<const CachedPage>> get(store::Store& store, const Request& request,
                                                const std::function<Result<CachedPage>()>& build);

  // The same for the body of a JSON answer.
  Result<std::shared_ptr<const std::string>> get_body(store::Store& store, const Request& request,
                                                      const std::function<Result<std::string>()>& build);

  // The key: role, region and target (exposed for the test).
  static std::string key(const Request& request);

  std::size_t size() const { return kept_.size() + bodies_.size(); }

 private:
  service::GenerationCache<CachedPage> kept_;
  service::GenerationCache<std::string> bodies_;
};

}  // namespace regio::web
