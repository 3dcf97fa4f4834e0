#include "service/outcomes_service.h"

#include "service/policy.h"

namespace regio::service {

Result<OutcomeTable> Outcomes::indicators(const Actor& actor, const IndicatorQuery& q) {
  if (q.unsuppressed) {
    if (auto st = authorize(actor, Action::kSeeUnsuppressed); !st) return std::unexpected(st.error());
  } else if (auto st = authorize(actor, Action::kReadPublished); !st) {
    return std::unexpected(st.error());
  }
  auto data = q.unsuppressed ? unsuppressed_outcomes(deps_.store, actor, q.peildatum)
                             : released_outcomes(deps_.store, q.release, &cache_);
  if (!data) return data;
  if (!q.regions.empty()) data->table = data->table.only_regions(q.regions);
  return data;
}

Result<outcomes::Release> Outcomes::publish(const Actor& actor, const PublishRequest& request) {
  return publish_release(deps_.store, actor, request, &cache_);
}

Result<std::vector<store::ReleaseInfo>> Outcomes::releases(const Actor& actor) {
  if (auto st = authorize(actor, Action::kReadPublished); !st) return std::unexpected(st.error());
  return deps_.store.releases();
}

Result<outcomes::DisclosureSettings> Outcomes::settings(const Actor& actor) {
  if (auto st = authorize(actor, Action::kReadPublished); !st) return std::unexpected(st.error());
  return disclosure_settings(deps_.store);
}

Result<outcomes::DisclosureSettings> Outcomes::change_settings(const Actor& actor, std::optional<int> threshold,
                                                               std::optional<int> rounding) {
  auto current = settings(actor);
  if (!current || (!threshold && !rounding)) return current;
  outcomes::DisclosureSettings next = *current;
  if (threshold) next.threshold = *threshold;
  if (rounding) next.rounding = *rounding;
  if (auto st = put_disclosure_settings(deps_.store, actor, next); !st) return std::unexpected(st.error());
  return next;
}

}  // namespace regio::service
