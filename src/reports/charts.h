// The chart descriptions of the national figures, shared by the report documents and the web
// dashboard, so a figure is built by one piece of code wherever it is shown. Each takes the
// source line the caller shows under it ("Bron: …").
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analysis/config.h"
#include "analysis/national.h"
#include "base/date.h"
#include "document/document.h"
#include "outcomes/disclosure.h"
#include "render/chart.h"

namespace regio::reports {

// Regions per embedding class (horizontal bar).
render::Chart embedding_chart(const analysis::NationalAnalysis& a, std::string source);
// Mean score per embedding element, 1–4 (horizontal bar; no mean = missing).
render::Chart elements_chart(const analysis::NationalAnalysis& a, std::string source);
// Regions per degree of involvement, per stakeholder (stacked bar, degrees in configured order).
render::Chart stakeholders_chart(const analysis::NationalAnalysis& a, const analysis::Config& config,
                                 std::string source);
// Share of the judged goals met, per goal type ("type (met van counted)"; none judged = missing).
render::Chart goals_chart(const analysis::NationalAnalysis& a, std::string source);

// Start years in a release's table that are complete for werk_12m_pct on its peildatum.
std::vector<int> complete_years(const outcomes::DisclosedTable& table, Date peildatum);
// "Bron: release met peildatum … (onthullingsbeveiliging: drempel T, afronding op B)".
std::string release_source(const outcomes::DisclosedTable& table, Date peildatum);
// Work within 12 months per start year for `region` ("NL" = landelijk): one line for all
// interventions and one per intervention; suppressed years drawn as suppressed, lines of only
// suppressed years left out. nullopt when nothing is left to draw.
std::optional<render::Chart> work_by_year_chart(const outcomes::DisclosedTable& table, Date peildatum,
                                                const std::string& region, const std::vector<int>& years);
// Starters, work within 12 months and working after 12 months per complete start year for
// `region` ("NL" = landelijk), all interventions; suppressed cells hidden (".").
// (Defined in outcome_sections.cpp, next to the other outcome tables.)
document::Table outcomes_by_year_table(const outcomes::DisclosedTable& table, Date peildatum, const std::string& region,
                                       const std::vector<int>& years);

}  // namespace regio::reports
