// The time of day for sessions and throttling, injected so tests can move it (idle expiry).
#pragma once

#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace regio::web {

class WallClock {
 public:
  virtual ~WallClock() = default;
  virtual std::int64_t now() const = 0;  // seconds since 1970-01-01 UTC
};

class SystemWallClock final : public WallClock {
 public:
  std::int64_t now() const override;
};

// For tests: a clock that only moves when told.
class ManualWallClock final : public WallClock {
 public:
  explicit ManualWallClock(std::int64_t start) : now_(start) {}
  std::int64_t now() const override { return now_.load(); }
  void advance(std::int64_t seconds) { now_ += seconds; }

 private:
  std::atomic<std::int64_t> now_;
};

// "2026-11-28T09:30:00Z": the form the store keeps times in (sorts as text).
std::string iso_time(std::int64_t seconds);
// The inverse of iso_time; nullopt when `text` is not in that form.
std::optional<std::int64_t> parse_iso_time(std::string_view text);

}  // namespace regio::web
