// Values built from the store's data, kept until the data change: each entry remembers the data
// generation (store/store.h, data_generation()) read BEFORE it was built, and is used only while
// the store still reports that generation. Every data write bumps the generation in its own
// transaction, also from another `serve` process or the CLI on the same database, so the next
// request after a write builds afresh. Only successes are kept. Safe to use from several threads.
//
//   GenerationCache<analysis::NationalAnalysis> cache;
//   auto a = cache.get(store, key, [&]() -> Result<analysis::NationalAnalysis> { ... });
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "base/error.h"
#include "store/store.h"

namespace regio::service {

template <class V>
class GenerationCache {
 public:
  // At most `max_entries` keys are kept (a request cannot grow it without bound: the keys come
  // from URLs); when full, everything is dropped and built again as asked.
  explicit GenerationCache(std::size_t max_entries = 64) : max_entries_(max_entries) {}

  // The value of `key` at the store's current generation: the kept one, or `build()` (a
  // Result<V>), kept when it succeeds. Two threads that miss at once both build; one is kept.
  template <class Build>
  Result<std::shared_ptr<const V>> get(store::Store& store, const std::string& key, Build&& build) {
    auto generation = store.data_generation();
    if (!generation) return std::unexpected(generation.error());
    if (auto hit = find(key, *generation)) return hit;
    auto built = build();
    if (!built) return std::unexpected(built.error());
    auto value = std::make_shared<const V>(std::move(*built));
    put(key, *generation, value);
    return value;
  }

  // The parts of get(), for a caller that decides after building whether to keep the value:
  // the value kept for `key` at `generation` (nullptr when none), and keeping one.
  std::shared_ptr<const V> find(const std::string& key, std::int64_t generation) const {
    std::lock_guard lock(mutex_);
    auto it = entries_.find(key);
    return it != entries_.end() && it->second.generation == generation ? it->second.value : nullptr;
  }

  void put(const std::string& key, std::int64_t generation, std::shared_ptr<const V> value) {
    std::lock_guard lock(mutex_);
    if (generation < newest_) return;  // built from data that changed meanwhile
    if (generation > newest_) {
      entries_.clear();  // every kept value is older than the data now
      newest_ = generation;
    }
    if (entries_.size() >= max_entries_ && !entries_.contains(key)) entries_.clear();
    entries_[key] = Entry{generation, std::move(value)};
  }

  std::size_t size() const {
    std::lock_guard lock(mutex_);
    return entries_.size();
  }

 private:
  struct Entry {
    std::int64_t generation = 0;
    std::shared_ptr<const V> value;
  };

  std::size_t max_entries_;
  mutable std::mutex mutex_;
  std::int64_t newest_ = 0;
  std::map<std::string, Entry> entries_;
};

}  // namespace regio::service
