#include "cli/outcome_data.h"

#include <functional>

#include <fmt/format.h>

#include "outcomes/goals.h"
#include "outcomes/indicators.h"
#include "outcomes/merge.h"
#include "outcomes/serialize.h"

namespace regio::cli {

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
  return fail(ErrorCode::kFailedPrecondition,
              "er zijn nog geen leveringen met cliëntgegevens: importeer er een met 'outcomes import'");
}

}  // namespace

Result<OutcomeTable> disclosed_outcomes(store::Store& store, std::optional<Date> peildatum,
                                        const outcomes::DisclosureOptions& options) {
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
      return std::unexpected(std::move(err));
    }
    parts.push_back(std::move(*e));
    return {};
  });
  if (!visited) return std::unexpected(visited.error());
  if (parts.empty()) return no_deliveries();  // deleted meanwhile
  const outcomes::Extract all = outcomes::merge(std::move(parts));
  const auto rows = outcomes::compute_indicators(all, *peildatum);
  if (!rows) return std::unexpected(rows.error());
  auto table = outcomes::disclose(*rows, options);
  if (!table) return std::unexpected(table.error());
  return OutcomeTable{std::move(*table), *peildatum, fictional};
}

Result<std::set<std::string>> regions_with_measured_goals(store::Store& store) {
  std::set<std::string> out;
  auto goals = store.goals(std::nullopt);
  if (!goals) return std::unexpected(goals.error());
  auto infos = store.deliveries();
  if (!infos) return std::unexpected(infos.error());
  if (goals->empty() || infos->empty()) return out;
  // Whether a goal is measured does not reveal a figure, so the unsuppressed table is used here.
  auto data =
      disclosed_outcomes(store, std::nullopt, {.threshold = 10, .mode = outcomes::DisclosureMode::kUnsuppressed});
  if (!data) return std::unexpected(data.error());
  for (const auto& g : *goals) {
    std::optional<outcomes::Interventie> iv;
    if (g.intervention != "*") iv = outcomes::interventie_from_text(g.intervention);
    if (data->table.find(g.region, g.year, iv) != nullptr) out.insert(g.region);
  }
  return out;
}

Result<std::optional<Date>> parse_peildatum(const std::string& text) {
  if (text.empty()) return std::optional<Date>{};
  auto d = parse_date(text);
  if (!d) return fail(ErrorCode::kInvalidArgument, fmt::format("--peildatum '{}' is geen datum (JJJJ-MM-DD)", text));
  return std::optional<Date>{*d};
}

}  // namespace regio::cli
