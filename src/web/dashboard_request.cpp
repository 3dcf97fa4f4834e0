#include "web/internal/dashboard_request.h"

#include <algorithm>

#include <fmt/format.h>

#include "analysis/config.h"
#include "service/services.h"

namespace regio::web::internal {

Result<DashboardFigures> load_dashboard(AppContext& app, const Request& r, std::vector<service::WaveSummary>& waves) {
  auto listed = app.services.waves.list(r.actor);
  if (!listed) return std::unexpected(listed.error());
  waves = std::move(*listed);
  std::sort(waves.begin(), waves.end(), [](const auto& a, const auto& b) { return a.wave.date < b.wave.date; });
  if (waves.empty()) return fail(ErrorCode::kNotFound, "no-waves", "Er is nog geen meetmoment ingevoerd.");
  std::string wave = waves.back().wave.code;
  if (auto it = r.query.find("meetmoment"); it != r.query.end() && !it->second.empty()) wave = it->second;
  std::optional<std::string> compare;
  if (auto it = r.query.find("vergelijk"); it != r.query.end() && !it->second.empty()) compare = it->second;
  if (compare && *compare == wave)
    return fail(ErrorCode::kInvalidArgument, "compare-same-wave",
                "Kies bij 'Vergelijken met' een ander meetmoment dan het getoonde.");
  const analysis::Config config = analysis::default_config();
  auto a = app.services.waves.analyse(r.actor, wave, compare, config);
  if (!a) return std::unexpected(a.error());
  // Outcome figures only from the latest release (never recomputed, never unsuppressed here).
  std::optional<service::OutcomeTable> release;
  if (auto t = app.services.outcomes.indicators(r.actor, {}); t)
    release = std::move(*t);
  else if (t.error().reason != "no-release")
    return std::unexpected(t.error());
  return dashboard_figures(*a, config, release);
}

std::string dashboard_query(const DashboardFigures& f) {
  std::string q = "?meetmoment=" + f.wave.code;
  if (f.compare) q += "&vergelijk=" + f.compare->code;
  return q;
}

Result<std::vector<const DashboardPart*>> selected_parts(const DashboardFigures& f, const Request& r) {
  const auto it = r.query.find("onderdeel");
  const std::string part = it == r.query.end() ? "" : it->second;
  std::vector<const DashboardPart*> out;
  std::vector<std::string> names;
  for (const auto& p : f.parts) {
    if (p.table.header.empty()) continue;  // no figures (e.g. no release yet)
    names.push_back(p.id);
    if (part.empty() || part == p.id) out.push_back(&p);
  }
  if (out.empty() && f.find(part))
    return fail(ErrorCode::kNotFound, "part-without-figures",
                fmt::format("Onderdeel '{}' heeft (nog) geen cijfers: {}", part, f.find(part)->table.summary));
  if (out.empty())
    return fail(ErrorCode::kInvalidArgument, "unknown-part",
                fmt::format("Onbekend onderdeel '{}': kies {}.", part, fmt::join(names, ", ")));
  return out;
}

}  // namespace regio::web::internal
