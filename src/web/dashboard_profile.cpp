// The dashboard's parts on the regions' profile: embedding classes and elements, stakeholder
// involvement and goals met per type. Charts and tables are the national report's
// (reports/charts.h, reports/blocks.h), summaries its generated sentences (report/findings.h).
#include "report/findings.h"
#include "reports/blocks.h"
#include "reports/charts.h"
#include "web/internal/dashboard_parts.h"

namespace regio::web::internal {
namespace {

void add(DashboardFigures& f, std::string id, render::Chart chart, std::string title, std::string summary) {
  DashboardPart& part = f.parts.emplace_back();
  part.id = std::move(id);
  part.table = figure_table(reports::chart_table(chart), std::move(title), std::move(summary));
  part.chart = std::move(chart);
}

}  // namespace

void add_profile_parts(DashboardFigures& f, const analysis::NationalAnalysis& a, const analysis::Config& config,
                       const std::string& source) {
  add(f, "borging", reports::embedding_chart(a, source), "Borging: regio's per klasse",
      report::embedding_classes(a).text);
  add(f, "elementen", reports::elements_chart(a, source), "Borging: de zwakste elementen",
      report::weakest_elements(a).text);
  add(f, "betrokkenheid", reports::stakeholders_chart(a, config, source), "Betrokkenheid van partijen",
      report::stakeholder_involvement(a, config).text);
  add(f, "doelen", reports::goals_chart(a, source), "Doelen behaald per type", report::goals_met(a).text);
}

}  // namespace regio::web::internal
