#include "service/deliveries.h"

#include <fmt/format.h>

#include "base/text.h"
#include "outcomes/extract_reader.h"
#include "outcomes/serialize.h"
#include "service/audit.h"
#include "service/delivery_overlap.h"
#include "service/outcome_data.h"
#include "service/policy.h"

namespace regio::service {
namespace {

bool valid_delivery_id(const std::string& id) {
  if (id.empty() || id.size() > 64) return false;
  for (char c : id)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
          c == '.'))
      return false;
  return true;
}

// The plausible-date bounds of an import: [earliest, extraction date], both inclusive.
struct DateBounds {
  Date earliest;
  Date extraction;
};

Result<DateBounds> date_bounds(Date today, const DeliveryImport& o) {
  DateBounds b{outcomes::kDefaultEarliestDate, today};
  if (o.extraction_date) {
    if (*o.extraction_date > today)
      return fail(ErrorCode::kInvalidArgument, "extraction-date-in-future",
                  fmt::format("--extractiedatum {} ligt na vandaag ({}): een levering kan niet uit de toekomst komen",
                              format_iso(*o.extraction_date), format_iso(today)));
    b.extraction = *o.extraction_date;
  }
  if (o.earliest_date) b.earliest = *o.earliest_date;
  if (b.earliest > b.extraction)
    return fail(ErrorCode::kInvalidArgument, "earliest-after-extraction",
                fmt::format("--vroegste-datum {} ligt na de extractiedatum {}", format_iso(b.earliest),
                            format_iso(b.extraction)));
  return b;
}

// A traject_id of the new delivery already in another delivery: refused, naming that delivery
// and the first such row.
Error overlap_error(const DeliveryImport& o, const outcomes::ImportedExtract& imported, const Overlap& overlap) {
  const std::size_t line = overlap.row < imported.trajecten_lines.size() ? imported.trajecten_lines[overlap.row] : 0;
  Error e{ErrorCode::kAlreadyExists,
          fmt::format("Levering {} geweigerd: {} {} al in een andere levering; er is niets opgeslagen. Een traject "
                      "hoort in precies één levering: werk de trajecten van een bron bij door haar hele bestand "
                      "opnieuw te leveren onder haar eigen leverings-id (zelfde id = vervangen).",
                      o.delivery, overlap.rows, overlap.rows == 1 ? "traject staat" : "trajecten staan"),
          {},
          0,
          "traject-in-other-delivery",
          {}};
  e.problems.push_back(Problem{imported.trajecten_file, line, "traject_id", "traject-in-andere-levering",
                               fmt::format("dit traject_id staat al in levering {}", overlap.delivery)});
  return e;
}

}  // namespace

Result<DeliveryImported> Deliveries::import(const Actor& actor, const DeliveryImport& o) {
  if (auto st = authorize(actor, Action::kManageDeliveries); !st) return std::unexpected(st.error());
  if (!valid_delivery_id(o.delivery))
    return fail(ErrorCode::kInvalidArgument, "invalid-delivery-id",
                fmt::format("ongeldig leverings-id '{}': 1–64 tekens uit A-Z, a-z, 0-9, '-', '_' en '.'", o.delivery));
  auto bounds = date_bounds(deps_.clock.today(), o);
  if (!bounds) return std::unexpected(bounds.error());
  outcomes::ImportOptions options;
  options.earliest_date = bounds->earliest;
  options.latest_date = bounds->extraction;
  options.progress = o.progress;
  auto imported = outcomes::read_extract(o.paths, deps_.registry, options);
  if (o.read_done) o.read_done();
  // The reader's error already says that nothing was stored (all or nothing).
  if (!imported) return std::unexpected(imported.error());
  const bool has_rows = imported->trajecten + imported->werk + imported->uitkeringen > 0;
  if (!has_rows && !o.allow_empty)
    return fail(ErrorCode::kInvalidData, "empty-delivery",
                fmt::format("levering {} bevat geen rijen; gebruik --leeg om bewust een lege levering op te slaan "
                            "(die een bestaande levering {} vervangt). Er is niets opgeslagen.",
                            o.delivery, o.delivery));
  auto overlap = find_overlap(deps_.store, o.delivery, imported->extract.trajecten.traject_id);
  if (!overlap) return std::unexpected(overlap.error());
  if (*overlap) return std::unexpected(overlap_error(o, *imported, **overlap));
  store::DeliveryRecord record;
  record.info.id = o.delivery;
  record.info.imported_at = now_utc_iso();
  record.info.trajecten = static_cast<std::int64_t>(imported->trajecten);
  record.info.werk = static_cast<std::int64_t>(imported->werk);
  record.info.uitkeringen = static_cast<std::int64_t>(imported->uitkeringen);
  record.info.first_date = has_rows ? format_iso(imported->first) : "";
  record.info.last_date = has_rows ? format_iso(imported->last) : "";
  record.info.extraction_date = format_iso(bounds->extraction);
  const std::size_t persons = imported->persons;
  // Frees each column as soon as it is copied: the extract and its payload never both exist whole.
  record.payload = outcomes::serialize_and_release(std::move(imported->extract));
  auto existed = deps_.store.deliveries();
  if (!existed) return std::unexpected(existed.error());
  bool replaced = false;
  for (const auto& d : *existed) replaced |= d.id == o.delivery;
  const auto audit = audit_entry(
      actor, replaced ? "levering vervangen" : "levering ingelezen",
      fmt::format("{} ({} personen, {} trajecten, extractiedatum {})", o.delivery,
                  format_grouped_nl(static_cast<double>(persons), 0),
                  format_grouped_nl(static_cast<double>(record.info.trajecten), 0), record.info.extraction_date));
  if (auto st = deps_.store.put_delivery(record, audit); !st) return std::unexpected(st.error());
  return DeliveryImported{std::move(record.info), persons, replaced};
}

Result<std::vector<store::DeliveryInfo>> Deliveries::list(const Actor& actor) {
  if (auto st = authorize(actor, Action::kManageDeliveries); !st) return std::unexpected(st.error());
  return deps_.store.deliveries();
}

Status Deliveries::remove(const Actor& actor, const std::string& id) {
  if (auto st = authorize(actor, Action::kManageDeliveries); !st) return st;
  if (auto st = deps_.store.delete_delivery(id, audit_entry(actor, "levering verwijderd", id)); !st) {
    if (st.error().code == ErrorCode::kNotFound)
      return fail(ErrorCode::kNotFound, "delivery-not-found",
                  fmt::format("levering '{}' bestaat niet (zie 'outcomes deliveries')", id));
    return st;
  }
  return {};
}

}  // namespace regio::service
