// Who may do what (DESIGN §2), decided in one function. Every use case of the service layer
// calls authorize() with its Actor before it reads or writes anything; the CLI and the web get
// the same answer because they call the same use cases.
//
//   if (auto st = authorize(actor, Action::kEditResponse, "AM13"); !st) return st;
//
// The rules on outcome figures (unsuppressed figures, publishing, disclosure settings) are those
// of outcomes/policy.h, which this table calls rather than repeats. The table, per action:
//
//   action                  beheerder onderzoeker regio        lezer        publiek
//   kReadPublished          yes       yes         yes          yes          yes
//   kReadRegion(r)          yes       yes         own region   own region   no
//   kReadAllRegions         yes       yes         no           no           no
//   kEditResponse(r)        yes       no          own region   no           no
//   kReopenResponse(r)      yes       yes         no           no           no
//   kImportResponses        yes       yes         no           no           no
//   kManageWaves            yes       yes         no           no           no
//   kManageDeliveries       yes       yes         no           no           no
//   kManageGoals(r)         yes       yes         own region   no           no
//   kSeeUnsuppressed        outcomes::may_see_unsuppressed (beheerder, onderzoeker)
//   kPublishRelease         outcomes::may_publish_release (beheerder, onderzoeker)
//   kChangeSettings         outcomes::may_change_disclosure_settings (beheerder)
//   kManageUsers            yes       no          no           no           no
//
// "Region details" (responses, goals, profile of one region) are kReadRegion; national
// aggregates and published releases (always under disclosure control) are kReadPublished.
#pragma once

#include <string_view>

#include "base/actor.h"
#include "base/error.h"

namespace regio::service {

enum class Action {
  kReadPublished,     // national aggregates and releases, under disclosure control
  kReadRegion,        // one region's details: its responses, goals, profile (region required)
  kReadAllRegions,    // every region's details at once (e.g. export all responses)
  kEditResponse,      // save a draft or submit the questionnaire of a region (region required)
  kReopenResponse,    // reopen a submitted response (region required)
  kImportResponses,   // bulk import of responses of any region
  kManageWaves,       // add waves and questionnaires
  kManageDeliveries,  // import, list and delete outcome deliveries
  kManageGoals,       // add or delete a region's goals (region required)
  kSeeUnsuppressed,   // exact outcome figures on any peildatum
  kPublishRelease,    // publish a release of outcome figures
  kChangeSettings,    // change the installation's disclosure settings
  kManageUsers,       // add, list and disable accounts (web and `users` command)
};

// Whether `actor` may do `action` (on `region` for the region-bound actions; an empty region
// there means "not about one region" and is allowed only to the national roles).
bool allowed(const Actor& actor, Action action, std::string_view region = {});

// {} when allowed; otherwise kPermissionDenied, reason "permission-denied", with a Dutch message
// naming what and the actor's role (and region).
Status authorize(const Actor& actor, Action action, std::string_view region = {});

// "cijfers zonder onthullingsbeveiliging", "de vragenlijst van regio AM13 invullen", ...
std::string action_text(Action action, std::string_view region);

}  // namespace regio::service
