#include "service/outcomes_service.h"

#include "service/policy.h"

namespace regio::service {

Result<OutcomeTable> Outcomes::indicators(const Actor& actor, const IndicatorQuery& q) {
  // Protected figures exist only per release: never for a peildatum someone picks.
  if (q.peildatum && !q.unsuppressed)
    return fail(ErrorCode::kInvalidArgument, "peildatum-needs-unsuppressed",
                "een peildatum geldt alleen voor niet beveiligde cijfers: beveiligde cijfers komen altijd uit een "
                "release");
  if (q.release && q.unsuppressed)
    return fail(ErrorCode::kInvalidArgument, "release-or-unsuppressed",
                "kies een release (beveiligd) of niet beveiligde cijfers met een peildatum, niet beide");
  if (q.unsuppressed) {
    if (auto st = authorize(actor, Action::kSeeUnsuppressed); !st) return std::unexpected(st.error());
  } else if (auto st = authorize(actor, Action::kReadPublished); !st) {
    return std::unexpected(st.error());
  }
  if (!q.unsuppressed) return released_outcomes(deps_.store, q.release, &cache_, q.regions);
  auto data = unsuppressed_outcomes(deps_.store, actor, q.peildatum);
  if (data && !q.regions.empty()) data->table = data->table.only_regions(q.regions);
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
