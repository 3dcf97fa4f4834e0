#include "service/region_service.h"

#include <algorithm>

#include <fmt/format.h>

#include "service/policy.h"

namespace regio::service {

Result<RegionProfile> Regions::profile(const Actor& actor, const std::string& region,
                                       const std::optional<std::string>& compare, analysis::Config config) {
  for (const std::string* code : {&region, compare ? &*compare : nullptr}) {
    if (!code) continue;
    if (!deps_.registry.is_known_region(*code))
      return fail(ErrorCode::kNotFound, "unknown-region", fmt::format("Regio '{}' bestaat niet.", *code));
    if (auto st = authorize(actor, Action::kReadRegion, *code); !st) return std::unexpected(st.error());
  }
  if (compare && *compare == region)
    return fail(ErrorCode::kInvalidArgument, "compare-same-region",
                "Kies bij 'Vergelijken met' een andere regio dan de getoonde.");
  auto listed = waves_.list(actor);
  if (!listed) return std::unexpected(listed.error());
  std::sort(listed->begin(), listed->end(), [](const auto& a, const auto& b) { return a.wave.date < b.wave.date; });
  RegionProfile p{region, deps_.registry.region_name(region), compare,
                  compare ? deps_.registry.region_name(*compare) : std::string(), {}};
  for (const auto& w : *listed) {
    auto a = waves_.analyse(actor, w.wave.code, std::nullopt, config);
    if (!a) return std::unexpected(a.error());
    p.waves.push_back(std::move(*a));
  }
  return p;
}

}  // namespace regio::service
