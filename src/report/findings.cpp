#include "report/findings.h"

#include <fmt/format.h>

namespace regio::report {

std::vector<Sentence> main_findings(const analysis::NationalAnalysis& a, const analysis::Config& config) {
  if (a.regions == 0)
    return {{"geen_gegevens",
             fmt::format("Voor meetmoment {} zijn geen ingediende antwoorden; er zijn nog geen bevindingen.",
                         a.wave.name.empty() ? a.wave.code : a.wave.name),
             {}}};
  return {level_thresholds(a),  level_distribution(a), level_transitions(a), aimed_vs_reached(a),
          top_level_check(a),   embedding_classes(a),  weakest_elements(a),  stakeholder_involvement(a, config),
          products_realised(a), goals_met(a),          client_activities(a), bottlenecks(a)};
}

}  // namespace regio::report
