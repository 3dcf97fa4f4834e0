// What the adapters share to let several threads use the database at once: a pool of up to
// `limit` connections, each lent to one thread at a time. Connections are opened when first
// needed (by `open`); a thread that finds them all lent waits until one is given back.
//
//   ConnectionPool<Connection> pool([&] { return Connection::open(file); }, 4);
//   auto lease = pool.acquire();
//   if (!lease) return std::unexpected(lease.error());
//   lease->connection().query(...);   // given back when `lease` goes out of scope
#pragma once

#include <condition_variable>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "base/error.h"

namespace regio::store {

template <class C>
class ConnectionPool {
 public:
  using Opener = std::function<Result<C>()>;

  ConnectionPool(Opener open, std::size_t limit) : open_(std::move(open)), limit_(limit) {}

  // A connection lent to the calling thread until the Lease is destroyed.
  class Lease {
   public:
    Lease(ConnectionPool* pool, std::unique_ptr<C> connection) : pool_(pool), connection_(std::move(connection)) {}
    Lease(Lease&& other) noexcept = default;
    Lease& operator=(Lease&&) = delete;
    ~Lease() {
      if (connection_) pool_->give_back(std::move(connection_));
    }
    C& connection() { return *connection_; }

   private:
    ConnectionPool* pool_;
    std::unique_ptr<C> connection_;
  };

  // Hands an already open connection to the pool (it counts towards the limit).
  void adopt(std::unique_ptr<C> connection) {
    {
      std::lock_guard lock(mutex_);
      ++open_count_;
      idle_.push_back(std::move(connection));
    }
    returned_.notify_one();
  }

  // An idle connection, a new one while fewer than `limit` are open, or (all lent) the next
  // one given back. Errors: those of `open`.
  Result<Lease> acquire() {
    std::unique_lock lock(mutex_);
    returned_.wait(lock, [this] { return !idle_.empty() || open_count_ < limit_; });
    if (!idle_.empty()) {
      std::unique_ptr<C> c = std::move(idle_.back());
      idle_.pop_back();
      return Lease(this, std::move(c));
    }
    ++open_count_;  // reserve the slot, then open without holding the lock
    lock.unlock();
    auto opened = open_();
    if (!opened) {
      lock.lock();
      --open_count_;
      lock.unlock();
      returned_.notify_one();
      return std::unexpected(opened.error());
    }
    return Lease(this, std::make_unique<C>(std::move(*opened)));
  }

  std::size_t open_connections() const {
    std::lock_guard lock(mutex_);
    return open_count_;
  }

 private:
  void give_back(std::unique_ptr<C> connection) {
    {
      std::lock_guard lock(mutex_);
      idle_.push_back(std::move(connection));
    }
    returned_.notify_one();
  }

  Opener open_;
  std::size_t limit_;
  mutable std::mutex mutex_;
  std::condition_variable returned_;
  std::vector<std::unique_ptr<C>> idle_;
  std::size_t open_count_ = 0;  // idle + lent
};

}  // namespace regio::store
