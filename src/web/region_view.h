// Everything the region page, its CSV downloads and its JSON API show of one region, gathered
// once through the service layer under the visitor's policy. Parts the visitor may not see or
// that do not exist yet (a compare region of someone else, unsuppressed figures for a lezer, no
// release yet) come with a Dutch message instead of failing the whole page.
#pragma once

#include <optional>
#include <string>

#include "advice/advise.h"
#include "service/goals_service.h"
#include "service/outcome_data.h"
#include "service/region_service.h"
#include "web/app.h"
#include "web/region_figures.h"

namespace regio::web {

struct RegionView {
  service::RegionProfile profile;
  RegionFigures figures;
  std::string compare_message;  // why the asked compare region is not shown ("" when fine)

  std::optional<service::GoalsStatus> goals;
  std::optional<FigureTable> goals_table;
  std::string goals_message;

  std::optional<service::OutcomeTable> outcomes;  // released, or unsuppressed when asked and allowed
  std::optional<FigureTable> outcomes_table;
  bool unsuppressed_asked = false;
  std::string outcomes_message;  // e.g. the refusal of ongefilterd=1 for this role

  std::optional<advice::RegionAdvice> advice;
  std::string advice_wave;  // the wave the advice is about
  std::string advice_message;
};

// Reads the request's filters (vergelijk, ongefilterd, peildatum). Fails only when the region
// itself cannot be shown (unknown: 404; not allowed: 403) or the store fails.
Result<RegionView> load_region_view(AppContext& app, const Request& r);

// The link query of the view's filters ("?vergelijk=AM01&ongefilterd=1"), "" when none.
std::string region_query(const Request& r);

}  // namespace regio::web
