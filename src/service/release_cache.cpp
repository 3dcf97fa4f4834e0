#include "service/release_cache.h"

namespace regio::service {

std::shared_ptr<const CachedRelease> ReleaseCache::find(const std::string& peildatum) const {
  std::lock_guard lock(mutex_);
  auto it = releases_.find(peildatum);
  return it == releases_.end() ? nullptr : it->second;
}

std::shared_ptr<const CachedRelease> ReleaseCache::add(const std::string& peildatum, outcomes::Release release) {
  // The table is built outside the lock: a second thread decoding the same release meanwhile
  // only wastes its own work.
  outcomes::DisclosedTable table = outcomes::table_of(release);
  auto entry = std::make_shared<const CachedRelease>(CachedRelease{std::move(release), std::move(table)});
  std::lock_guard lock(mutex_);
  auto [it, inserted] = releases_.emplace(peildatum, entry);
  return it->second;
}

std::size_t ReleaseCache::size() const {
  std::lock_guard lock(mutex_);
  return releases_.size();
}

}  // namespace regio::service
