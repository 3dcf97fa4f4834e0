#include "service/goals_service.h"

#include <fmt/format.h>

#include "base/text.h"
#include "service/audit.h"
#include "service/policy.h"

namespace regio::service {
namespace {

outcomes::Goal to_goal(const store::GoalRecord& g) {
  return outcomes::Goal{g.region, g.indicator, g.target, g.year, g.intervention, g.description};
}

}  // namespace

Result<std::int64_t> Goals::add(const Actor& actor, const store::GoalRecord& g) {
  if (!deps_.registry.is_known_region(g.region))
    return fail(ErrorCode::kInvalidArgument, "unknown-region",
                fmt::format("--region '{}' is geen arbeidsmarktregio (AM-code)", g.region));
  if (auto st = authorize(actor, Action::kManageGoals, g.region); !st) return std::unexpected(st.error());
  if (auto st = outcomes::validate_goal(to_goal(g)); !st) return std::unexpected(st.error());
  const auto audit =
      audit_entry(actor, "doel toegevoegd",
                  fmt::format("regio {}: {} {} in {} ({})", g.region, g.indicator, format_number_nl(g.target), g.year,
                              g.intervention == "*" ? "alle interventies" : g.intervention));
  return deps_.store.add_goal(g, audit);
}

Result<GoalsStatus> Goals::status(const Actor& actor, const std::optional<std::string>& region,
                                  const IndicatorQuery& source) {
  std::optional<std::string> of = region;
  if (!of && !actor.region.empty() && !allowed(actor, Action::kReadAllRegions)) of = actor.region;
  if (auto st = of ? authorize(actor, Action::kReadRegion, *of) : authorize(actor, Action::kReadAllRegions); !st)
    return std::unexpected(st.error());
  if (source.unsuppressed)  // refuse before any work when the role may not
    if (auto st = authorize(actor, Action::kSeeUnsuppressed); !st) return std::unexpected(st.error());
  auto records = deps_.store.goals(of);
  if (!records) return std::unexpected(records.error());
  GoalsStatus out{std::move(*records), {}, std::nullopt};
  if (out.records.empty()) return out;
  auto data = Outcomes(deps_, cache_).indicators(actor, source);
  if (!data) return std::unexpected(data.error());
  std::vector<outcomes::Goal> goals;
  for (const auto& r : out.records) goals.push_back(to_goal(r));
  auto evaluations = outcomes::evaluate_goals(goals, data->table, data->peildatum);
  if (!evaluations) return std::unexpected(evaluations.error());
  out.evaluations = std::move(*evaluations);
  out.data = std::move(*data);
  return out;
}

Status Goals::remove(const Actor& actor, std::int64_t id) {
  auto all = deps_.store.goals(std::nullopt);
  if (!all) return std::unexpected(all.error());
  std::string region;
  for (const auto& g : *all)
    if (g.id == id) region = g.region;
  // An unknown id is the store's kNotFound, after the check whether the actor may manage goals
  // at all (a regional actor learns nothing about other regions' ids).
  if (auto st = authorize(actor, Action::kManageGoals, region.empty() ? actor.region : region); !st) return st;
  return deps_.store.delete_goal(
      id, audit_entry(actor, "doel verwijderd",
                      region.empty() ? fmt::format("doel {}", id) : fmt::format("doel {} van regio {}", id, region)));
}

}  // namespace regio::service
