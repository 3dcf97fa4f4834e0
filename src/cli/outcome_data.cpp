#include "cli/outcome_data.h"

#include <fmt/format.h>

#include "outcomes/goals.h"
#include "outcomes/indicators.h"
#include "outcomes/merge.h"
#include "outcomes/serialize.h"

namespace regio::cli {

Result<std::optional<Date>> latest_stored_date(store::Store& store) {
  auto infos = store.deliveries();
  if (!infos) return std::unexpected(infos.error());
  std::optional<Date> latest;
  for (const auto& d : *infos)
    if (auto date = parse_iso_date(d.last_date); date && (!latest || *date > *latest)) latest = date;
  return latest;
}

Result<OutcomeTable> disclosed_outcomes(store::Store& store, std::optional<Date> peildatum,
                                        const outcomes::DisclosureOptions& options) {
  if (!peildatum) {
    auto latest = latest_stored_date(store);
    if (!latest) return std::unexpected(latest.error());
    peildatum = *latest;
  }
  auto records = store.load_deliveries();
  if (!records) return std::unexpected(records.error());
  if (records->empty())
    return fail(ErrorCode::kFailedPrecondition,
                "er zijn nog geen leveringen met cliëntgegevens: importeer er een met 'outcomes import'");
  if (!peildatum) return fail(ErrorCode::kFailedPrecondition, "de leveringen bevatten geen datums");
  std::vector<outcomes::Extract> parts;
  parts.reserve(records->size());
  bool fictional = false;
  for (auto& r : *records) {
    fictional |= r.info.id == kDemoDelivery;
    auto e = outcomes::deserialize(r.payload);
    if (!e) {
      Error err = e.error();
      err.message = fmt::format("levering {} is beschadigd: {}", r.info.id, err.message);
      return std::unexpected(std::move(err));
    }
    r.payload.clear();
    r.payload.shrink_to_fit();
    parts.push_back(std::move(*e));
  }
  const outcomes::Extract all = outcomes::merge(std::move(parts));
  const auto rows = outcomes::compute_indicators(all, *peildatum);
  auto table = outcomes::disclose(rows, options);
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
  auto data = disclosed_outcomes(store, std::nullopt,
                                 {.threshold = 10, .mode = outcomes::DisclosureMode::kUnsuppressed});
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
