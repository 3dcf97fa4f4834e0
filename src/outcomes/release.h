// Releases: the protected outcome table of one peildatum, computed once and frozen.
//
// Figures under disclosure control are never computed for an arbitrary peildatum (two
// peildatums one day apart would reveal the persons of that day). An onderzoeker publishes a
// release; every protected output (CLI, goal status, and later the web, API and reports) reads
// releases. A release keeps the true counts and the suppression decided when it was published,
// so its table is rebuilt identically on every read (table_of) and later releases are audited
// against it (as_audit_table): the audit of a new release includes every earlier one, so the
// differences between releases reveal no small count either.
//
//   auto release = make_release(rows, peildatum, {10, 5}, earlier, "anna", "kwartaal 4", now);
//   store.add_release(encode_release(*release), audit);
//   DisclosedTable shown = table_of(*release);
#pragma once

#include <span>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/error.h"
#include "outcomes/disclosure.h"
#include "outcomes/disclosure_audit.h"

namespace regio::outcomes {

struct DisclosureSettings {
  int threshold = 10;  // counts below it are suppressed
  int rounding = 5;    // shown counts are multiples of it
};

struct Release {
  Date peildatum{};
  std::string published_at;  // ISO 8601 UTC
  std::string published_by;
  std::string note;
  DisclosureSettings settings;
  std::vector<IndicatorRow> rows;      // the true figures (compute_indicators at peildatum)
  std::vector<CountFlags> suppressed;  // per row, per count (disclosure_model.h order)
  // Per row: uren_gem hidden because an earlier release showed it over a base 1..T-1 apart.
  std::vector<bool> means_hidden;
  AuditReport audit;       // what the audit did when the release was made
  bool fictional = false;  // made from the demo's fictional data
};

// Protects `rows` (true figures on `peildatum`) against an attacker who also holds `earlier`.
// Errors: kAlreadyExists when an earlier release has the same peildatum; those of disclose().
Result<Release> make_release(std::span<const IndicatorRow> rows, Date peildatum, const DisclosureSettings& settings,
                             std::span<const Release> earlier, std::string published_by, std::string note,
                             std::string published_at, const AuditProgress& progress = {});

// The table as published (rounded, suppressed), with its source filled in.
DisclosedTable table_of(const Release& release);

// The release as the audit sees it (not editable).
AuditTable as_audit_table(const Release& release);

// JSON text kept by the store (versioned; see docs/FORMATS.md "Releases").
std::string encode_release(const Release& release);
// kInvalidData naming the problem when the text is not a release of a known version.
Result<Release> decode_release(std::string_view json);

}  // namespace regio::outcomes
