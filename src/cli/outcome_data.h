// The path every outcome figure takes in the CLI: all stored deliveries, merged by pseudonym,
// through the indicator engine and then through disclosure control. Commands get a
// DisclosedTable and nothing else, so no command can print an unprotected figure.
#pragma once

#include <optional>
#include <set>
#include <string>

#include "base/date.h"
#include "base/error.h"
#include "cli/context.h"
#include "outcomes/disclosure.h"
#include "outcomes/extract.h"
#include "store/store.h"

namespace regio::cli {

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

// Loads every delivery, merges them, computes the indicators on `peildatum` (default: the latest
// extraction date of the stored deliveries) and applies disclosure control with `options`.
// kFailedPrecondition when no delivery is stored.
Result<OutcomeTable> disclosed_outcomes(store::Store& store, std::optional<Date> peildatum,
                                        const outcomes::DisclosureOptions& options);

// Regions whose outcome goals are measured: a goal is registered for the region and the
// indicator data hold a figure for its group. These count as the quantitative, measured goals
// of ladder level 5. Empty when no goal or no delivery exists.
Result<std::set<std::string>> regions_with_measured_goals(store::Store& store);

// Parses --peildatum; kInvalidArgument naming the option when it is not a date.
Result<std::optional<Date>> parse_peildatum(const std::string& text);

}  // namespace regio::cli
