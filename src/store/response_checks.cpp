#include "store/response_checks.h"

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

}  // namespace regio::store
