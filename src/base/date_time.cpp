#include "base/date_time.h"

#include <chrono>
#include <ctime>

#include <fmt/format.h>

namespace regio {

std::string format_odk_date_time(Date day, std::int64_t milliseconds_of_day, int utc_offset_minutes) {
  const std::int64_t ms = milliseconds_of_day;
  const int offset = utc_offset_minutes < 0 ? -utc_offset_minutes : utc_offset_minutes;
  return fmt::format("{}T{:02}:{:02}:{:02}.{:03}{}{:02}:{:02}", format_iso(day), ms / 3600000, ms / 60000 % 60,
                     ms / 1000 % 60, ms % 1000, utc_offset_minutes < 0 ? '-' : '+', offset / 60, offset % 60);
}

std::string odk_now(const Clock& clock) {
  if (dynamic_cast<const SystemClock*>(&clock) == nullptr) return format_odk_date_time(clock.today(), 0, 0);
  const auto now = std::chrono::system_clock::now();
  const std::time_t seconds = std::chrono::system_clock::to_time_t(now);
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  std::tm local{};
  localtime_r(&seconds, &local);
  const auto day = parse_iso_date(fmt::format("{:04}-{:02}-{:02}", local.tm_year + 1900, local.tm_mon + 1, local.tm_mday));
  const std::int64_t of_day = (local.tm_hour * 3600 + local.tm_min * 60 + local.tm_sec) * 1000LL + ms;
  return format_odk_date_time(day ? *day : clock.today(), of_day, static_cast<int>(local.tm_gmtoff / 60));
}

}  // namespace regio
