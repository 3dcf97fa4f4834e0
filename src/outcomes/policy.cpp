#include "outcomes/policy.h"

#include <fmt/format.h>

namespace regio::outcomes {
namespace {

bool research_or_operator(const Actor& a) { return a.role == Role::kBeheerder || a.role == Role::kOnderzoeker; }

Status denied(const Actor& a, std::string_view what, std::string_view who) {
  return fail(ErrorCode::kPermissionDenied,
              fmt::format("geen toestemming: {} is alleen voor {} (u werkt als {})", what, who, role_name(a.role)));
}

}  // namespace

bool may_see_unsuppressed(const Actor& actor) { return research_or_operator(actor); }
bool may_publish_release(const Actor& actor) { return research_or_operator(actor); }
bool may_change_disclosure_settings(const Actor& actor) { return actor.role == Role::kBeheerder; }

Status require_unsuppressed(const Actor& actor) {
  if (may_see_unsuppressed(actor)) return {};
  return denied(actor, "cijfers zonder onthullingsbeveiliging", "onderzoekers en beheerders");
}

Status require_publish(const Actor& actor) {
  if (may_publish_release(actor)) return {};
  return denied(actor, "een release publiceren", "onderzoekers en beheerders");
}

Status require_settings_change(const Actor& actor) {
  if (may_change_disclosure_settings(actor)) return {};
  return denied(actor, "de instellingen van de onthullingsbeveiliging wijzigen", "beheerders");
}

Status validate_settings(const DisclosureSettings& s) {
  if (s.threshold < kMinimumThreshold || s.threshold > 1000)
    return fail(ErrorCode::kInvalidArgument,
                fmt::format("drempel {} is niet toegestaan: kies {} tot en met 1000", s.threshold, kMinimumThreshold));
  if (s.rounding < 1 || s.rounding > s.threshold)
    return fail(ErrorCode::kInvalidArgument,
                fmt::format("afronding {} is niet toegestaan: kies 1 tot en met de drempel ({})", s.rounding,
                            s.threshold));
  return {};
}

Result<DisclosureSettings> settings_for_release(const DisclosureSettings& installation, std::optional<int> requested) {
  DisclosureSettings out = installation;
  if (requested) {
    if (*requested < installation.threshold)
      return fail(ErrorCode::kInvalidArgument,
                  fmt::format("--threshold {} is lager dan de drempel van deze installatie ({}); een lagere drempel "
                              "kan niet per opdracht worden gekozen",
                              *requested, installation.threshold));
    out.threshold = *requested;
  }
  if (auto st = validate_settings(out); !st) return std::unexpected(st.error());
  return out;
}

}  // namespace regio::outcomes
