#include "service/outcome_data.h"

#include <functional>

#include <fmt/format.h>

#include "outcomes/indicators.h"
#include "outcomes/merge.h"
#include "outcomes/policy.h"
#include "outcomes/serialize.h"
#include "service/policy.h"

namespace regio::service {

namespace {

// The default peildatum: the latest extraction date of the stored deliveries. Not the latest
// date in the data: one implausible end date would move every region's figures (and a delivery
// cannot know about days after it was drawn).
std::optional<Date> latest_date(const std::vector<store::DeliveryInfo>& infos) {
  std::optional<Date> latest;
  for (const auto& d : infos)
    if (auto date = parse_iso_date(d.extraction_date); date && (!latest || *date > *latest)) latest = date;
  return latest;
}

std::unexpected<Error> no_deliveries() {
  return fail(ErrorCode::kFailedPrecondition, "no-deliveries",
              "er zijn nog geen leveringen met cliëntgegevens: importeer er een met 'outcomes import'");
}

}  // namespace

Result<ComputedOutcomes> compute_outcomes(store::Store& store, std::optional<Date> peildatum) {
  auto infos = store.deliveries();
  if (!infos) return std::unexpected(infos.error());
  if (infos->empty()) return no_deliveries();
  if (!peildatum) peildatum = latest_date(*infos);
  if (!peildatum) return fail(ErrorCode::kFailedPrecondition, "de leveringen hebben geen extractiedatum");
  // Each payload is decoded while it is read from the store: no whole copy of ~100 MB first.
  std::vector<outcomes::Extract> parts;
  bool fictional = false;
  auto visited = store.visit_deliveries([&](const store::DeliveryInfo& info, store::PayloadReader& payload) -> Status {
    fictional |= info.id == kDemoDelivery;
    auto e = outcomes::deserialize(outcomes::ByteSource{payload.size, std::ref(payload.read)});
    if (!e) {
      Error err = e.error();
      err.message = fmt::format("levering {} is beschadigd: {}", info.id, err.message);
      err.reason = "delivery-damaged";
      return std::unexpected(std::move(err));
    }
    parts.push_back(std::move(*e));
    return {};
  });
  if (!visited) return std::unexpected(visited.error());
  if (parts.empty()) return no_deliveries();  // deleted meanwhile
  const outcomes::Extract all = outcomes::merge(std::move(parts));
  auto rows = outcomes::compute_indicators(all, *peildatum);
  if (!rows) return std::unexpected(rows.error());
  return ComputedOutcomes{std::move(*rows), *peildatum, fictional};
}

Result<OutcomeTable> unsuppressed_outcomes(store::Store& store, const Actor& actor, std::optional<Date> peildatum) {
  if (auto st = authorize(actor, Action::kSeeUnsuppressed); !st) return std::unexpected(st.error());
  auto computed = compute_outcomes(store, peildatum);
  if (!computed) return std::unexpected(computed.error());
  auto table = outcomes::disclose(computed->rows,
                                  {.mode = outcomes::DisclosureMode::kUnsuppressed, .peildatum = computed->peildatum});
  if (!table) return std::unexpected(table.error());
  return OutcomeTable{std::move(*table), computed->peildatum, computed->fictional};
}

Result<std::optional<Date>> parse_date_option(const std::string& text, const char* option) {
  if (text.empty()) return std::optional<Date>{};
  auto d = parse_date(text);
  if (!d) return fail(ErrorCode::kInvalidArgument, fmt::format("{} '{}' is geen datum (JJJJ-MM-DD)", option, text));
  return std::optional<Date>{*d};
}

}  // namespace regio::service
