#include "store/response_checks.h"

#include <chrono>
#include <ctime>
#include <set>

#include <fmt/format.h>

namespace regio::store {

Status check_responses_of_wave(const std::string& wave, const std::vector<forms::Response>& rs) {
  std::set<std::string> regions;
  for (const auto& r : rs) {
    if (!r.wave.empty() && r.wave != wave) {
      return fail(ErrorCode::kInvalidArgument,
                  fmt::format("Antwoord van regio {} hoort bij meetmoment {}, niet bij {}", r.region, r.wave, wave));
    }
    if (!regions.insert(r.region).second) {
      return fail(ErrorCode::kInvalidArgument,
                  fmt::format("Regio {} komt twee keer voor in meetmoment {}", r.region, wave));
    }
  }
  return {};
}

Status check_single_response(const forms::Response& r, std::int64_t expected_version) {
  if (r.wave.empty() || r.region.empty())
    return fail(ErrorCode::kInvalidArgument, "Een antwoord opslaan vraagt een meetmoment en een regio");
  if (expected_version < 0)
    return fail(ErrorCode::kInvalidArgument, fmt::format("Versie {} bestaat niet", expected_version));
  return {};
}

Error version_conflict(std::int64_t stored_version) {
  return Error{ErrorCode::kFailedPrecondition,
               fmt::format("Dit antwoord is intussen door iemand anders opgeslagen (versie {}). Laad het opnieuw, "
                           "bekijk de wijzigingen en sla uw aanpassingen daarna opnieuw op.",
                           stored_version),
               {},
               0,
               "version-conflict",
               {}};
}

std::string now_iso_utc() {
  const auto now = std::chrono::system_clock::now();
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  const std::time_t t = std::chrono::system_clock::to_time_t(now);
  std::tm tm{};
  gmtime_r(&t, &tm);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                     tm.tm_hour, tm.tm_min, tm.tm_sec, ms);
}

}  // namespace regio::store
