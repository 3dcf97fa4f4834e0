// Decoded releases, kept per peildatum. A release is immutable once published (the store
// refuses to replace one), so a decoded release and its table never go stale: the web decodes
// each release once instead of on every request. Safe to use from several threads.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "outcomes/disclosure.h"
#include "outcomes/release.h"

namespace regio::service {

struct CachedRelease {
  outcomes::Release release;
  outcomes::DisclosedTable table;  // table_of(release)
};

class ReleaseCache {
 public:
  // nullptr when `peildatum` ("YYYY-MM-DD") was not decoded yet.
  std::shared_ptr<const CachedRelease> find(const std::string& peildatum) const;
  // Keeps `release` (and builds its table) unless another thread was first; returns the kept one.
  std::shared_ptr<const CachedRelease> add(const std::string& peildatum, outcomes::Release release);
  std::size_t size() const;

 private:
  mutable std::mutex mutex_;
  std::map<std::string, std::shared_ptr<const CachedRelease>> releases_;
};

}  // namespace regio::service
