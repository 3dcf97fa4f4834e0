#include "service/policy.h"

#include <fmt/format.h>

#include "outcomes/policy.h"

namespace regio::service {
namespace {

bool national(const Actor& a) { return a.role == Role::kBeheerder || a.role == Role::kOnderzoeker; }
bool own_region(const Actor& a, std::string_view region) { return !region.empty() && a.region == region; }
bool regional(const Actor& a, std::string_view region) {
  return (a.role == Role::kRegio || a.role == Role::kLezer) && own_region(a, region);
}

std::string who(const Actor& a) {
  if (a.region.empty()) return std::string(role_name(a.role));
  return fmt::format("{} van {}", role_name(a.role), a.region);
}

// For whom an action is, in the message of a refusal.
std::string_view allowed_text(Action action) {
  switch (action) {
    case Action::kReadPublished:
      return "iedereen";
    case Action::kReadRegion:
      return "de eigen regio, onderzoekers en beheerders";
    case Action::kEditResponse:
      return "de coördinator van de eigen regio en beheerders";
    case Action::kManageGoals:
      return "de coördinator van de eigen regio, onderzoekers en beheerders";
    case Action::kChangeSettings:
    case Action::kManageUsers:
      return "beheerders";
    default:
      return "onderzoekers en beheerders";
  }
}

}  // namespace

bool allowed(const Actor& actor, Action action, std::string_view region) {
  switch (action) {
    case Action::kReadPublished:
      return true;
    case Action::kReadRegion:
      return national(actor) || regional(actor, region);
    case Action::kEditResponse:
      return actor.role == Role::kBeheerder || (actor.role == Role::kRegio && own_region(actor, region));
    case Action::kManageGoals:
      return national(actor) || (actor.role == Role::kRegio && own_region(actor, region));
    case Action::kReadAllRegions:
    case Action::kReopenResponse:
    case Action::kImportResponses:
    case Action::kManageWaves:
    case Action::kManageDeliveries:
      return national(actor);
    case Action::kSeeUnsuppressed:
      return outcomes::may_see_unsuppressed(actor);
    case Action::kPublishRelease:
      return outcomes::may_publish_release(actor);
    case Action::kChangeSettings:
      return outcomes::may_change_disclosure_settings(actor);
    case Action::kManageUsers:
      return actor.role == Role::kBeheerder;
  }
  return false;
}

std::string action_text(Action action, std::string_view region) {
  const std::string of = region.empty() ? std::string() : fmt::format(" van regio {}", region);
  switch (action) {
    case Action::kReadPublished:
      return "gepubliceerde cijfers lezen";
    case Action::kReadRegion:
      return fmt::format("de gegevens{} lezen", of);
    case Action::kReadAllRegions:
      return "de gegevens van alle regio's lezen";
    case Action::kEditResponse:
      return fmt::format("de vragenlijst{} invullen of indienen", of);
    case Action::kReopenResponse:
      return fmt::format("een ingediende vragenlijst{} heropenen", of);
    case Action::kImportResponses:
      return "antwoorden importeren";
    case Action::kManageWaves:
      return "meetmomenten en vragenlijsten beheren";
    case Action::kManageDeliveries:
      return "leveringen met cliëntgegevens beheren";
    case Action::kManageGoals:
      return fmt::format("doelen{} beheren", of);
    case Action::kSeeUnsuppressed:
      return "cijfers zonder onthullingsbeveiliging";
    case Action::kPublishRelease:
      return "een release publiceren";
    case Action::kChangeSettings:
      return "de instellingen van de onthullingsbeveiliging wijzigen";
    case Action::kManageUsers:
      return "gebruikers beheren";
  }
  return "dit";
}

Status authorize(const Actor& actor, Action action, std::string_view region) {
  if (allowed(actor, action, region)) return {};
  // The outcome rules keep their own (tested) wording.
  Status outcome_rule;
  if (action == Action::kSeeUnsuppressed) outcome_rule = outcomes::require_unsuppressed(actor);
  if (action == Action::kPublishRelease) outcome_rule = outcomes::require_publish(actor);
  if (action == Action::kChangeSettings) outcome_rule = outcomes::require_settings_change(actor);
  if (!outcome_rule) {
    Error e = outcome_rule.error();
    e.reason = "permission-denied";
    return std::unexpected(std::move(e));
  }
  return fail(ErrorCode::kPermissionDenied, "permission-denied",
              fmt::format("geen toestemming: {} is alleen voor {} (u werkt als {})", action_text(action, region),
                          allowed_text(action), who(actor)));
}

}  // namespace regio::service
