// The paths every outcome figure takes. Callers get a DisclosedTable and nothing else, so no
// command or page can print an unprotected figure by accident:
// - released_outcomes: the protected figures, always from a published release (decoded once per
//   peildatum and kept in a ReleaseCache: releases are immutable);
// - unsuppressed_outcomes: exact figures on any peildatum, only for the roles policy allows
//   (recomputed from the deliveries);
// - publish_release: computes, protects (audited against every earlier release) and freezes.
// These are the building blocks of service::Outcomes (outcomes_service.h), which adds the actor.
#pragma once

#include <memory>
#include <optional>
#include <span>
#include <set>
#include <string>
#include <vector>

#include "base/actor.h"
#include "base/date.h"
#include "base/error.h"
#include "outcomes/disclosure.h"
#include "outcomes/extract.h"
#include "outcomes/release.h"
#include "service/release_cache.h"
#include "store/store.h"

namespace regio::service {

struct OutcomeTable {
  outcomes::DisclosedTable table;
  Date peildatum;
  bool fictional = false;  // the demo's delivery is among the data: say so wherever shown
};

// Id of the demo's delivery; its presence marks figures as fictional.
inline constexpr const char* kDemoDelivery = "demo-fictief";
// The line printed above human-readable output that contains demo data.
inline constexpr const char* kFictionalNotice =
    "Let op: deze cijfers bevatten FICTIEVE demogegevens (levering demo-fictief), geen echte cliënten.\n";

struct ComputedOutcomes {
  std::vector<outcomes::IndicatorRow> rows;  // true figures: never print these directly
  Date peildatum;
  bool fictional = false;
};

// Loads every delivery, merges them and computes the indicators on `peildatum` (default: the
// latest extraction date of the stored deliveries). kFailedPrecondition when no delivery is stored.
Result<ComputedOutcomes> compute_outcomes(store::Store& store, std::optional<Date> peildatum);

// Exact figures on `peildatum`: kPermissionDenied unless policy lets `actor` see them.
Result<OutcomeTable> unsuppressed_outcomes(store::Store& store, const Actor& actor, std::optional<Date> peildatum);

// The published table of the release with that peildatum (default: the latest release), from
// the stored release (never recomputed), decoded once through `cache` when given.
// kFailedPrecondition when nothing is published yet; kNotFound for an unknown release.
// `regions`: only the rows of these codes (all when empty), taken from the kept table without
// copying the rest (the web asks one region's rows of a national table per request).
Result<OutcomeTable> released_outcomes(store::Store& store, std::optional<Date> release, ReleaseCache* cache = nullptr,
                                       std::span<const std::string> regions = {});

// Every release, oldest peildatum first.
Result<std::vector<outcomes::Release>> all_releases(store::Store& store, ReleaseCache* cache = nullptr);

// The installation's disclosure settings (defaults when never set).
Result<outcomes::DisclosureSettings> disclosure_settings(store::Store& store);
Status put_disclosure_settings(store::Store& store, const Actor& actor, const outcomes::DisclosureSettings& s);

struct PublishRequest {
  std::optional<Date> peildatum;  // default: the latest stored date
  std::string note;
  std::optional<int> threshold;      // at least the installation's
  std::string published_at;          // ISO 8601 UTC
  outcomes::AuditProgress progress;  // optional: the audit's progress
};
Result<outcomes::Release> publish_release(store::Store& store, const Actor& actor, const PublishRequest& request,
                                          ReleaseCache* cache = nullptr);

// Regions whose outcome goals are measured: a goal is registered for the region and the
// latest release holds a row for its group. These count as the quantitative, measured goals
// of ladder level 5. Empty when no goal or no release exists.
Result<std::set<std::string>> regions_with_measured_goals(store::Store& store, ReleaseCache* cache = nullptr);

// The current time as ISO 8601 UTC ("2026-11-28T07:30:14Z"), for records of who did what when.
std::string now_utc_iso();

// Parses a date option; kInvalidArgument naming the option when it is not a date.
Result<std::optional<Date>> parse_date_option(const std::string& text, const char* option);
inline Result<std::optional<Date>> parse_peildatum(const std::string& text) {
  return parse_date_option(text, "--peildatum");
}

}  // namespace regio::service
