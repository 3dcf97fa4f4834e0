// The summary of main findings of the national report: generated Dutch sentences with the
// figures in them, from the national analysis of one wave (analysis/national.h).
//
//   auto a = analysis::analyse(input);
//   for (const Sentence& s : report::main_findings(*a, input.config)) print(s.text);
//
// Every function returns one sentence (report/sentence.h) and handles the empty cases itself
// (0 regions, nothing answered, no compare wave); none of them fails. Wording rules are those
// of report/dutch.h; percentages of products and goals are whole percents, means one decimal.
// The exact sentences are fixed by the golden cases in src/report/testdata/findings/.
#pragma once

#include <vector>

#include "analysis/config.h"
#include "analysis/national.h"
#include "report/sentence.h"

namespace regio::report {

// "Van de 31 regio's staan er 16 op niveau 2 (Regelmatig overleg), ...; op niveau 1
// (Kennismaken) staat geen enkele regio."  Key "niveaus.verdeling"; figures "niveau.<l>".
Sentence level_distribution(const analysis::NationalAnalysis& a);

// Cumulative: regions at least at each level from 2 up, with a verb phrase per level of the
// default ladder ("Eind 2020 overleggen alle 31 regio's regelmatig; 15 regio's werken
// operationeel samen; ..."). "alle" refers to the regions with a known level. Key
// "niveaus.drempels"; figures "niveau_ten_minste.<l>".
Sentence level_thresholds(const analysis::NationalAnalysis& a);

// Up / same / down since the compare wave, or that there is no compare wave. Key
// "niveaus.overgangen"; figures "overgangen.stijgers", ".gelijk", ".dalers", ".regios".
Sentence level_transitions(const analysis::NationalAnalysis& a);

// Mean gap between aimed and current level, and the most aimed-at level. Key
// "niveaus.beoogd"; figures "beoogd.gemiddeld_verschil", "beoogd.regios", "beoogd.<l>",
// "bereikt.<l>".
Sentence aimed_vs_reached(const analysis::NationalAnalysis& a);

// Claims of the top level without a measured quantitative goal (DESIGN §3.4). Key
// "niveaus.top_controle"; figures "top.claims", "top.zonder_gemeten_doel".
Sentence top_level_check(const analysis::NationalAnalysis& a);

// Regions per embedding class. Key "borging.klassen"; figures "borging.<class>", "borging.onbekend".
Sentence embedding_classes(const analysis::NationalAnalysis& a);

// The element most often weakest and the element with the lowest mean (1 decimal). Key
// "borging.elementen"; figures "zwakste.<question>", "gemiddelde.<question>".
Sentence weakest_elements(const analysis::NationalAnalysis& a);

// Stakeholders most and least often structurally involved — degrees whose weight is more than
// half the highest weight (default structureel, trekker) — and most often not involved (weight
// 0). Key "betrokkenheid"; figures "structureel.<question>", "niet.<question>".
Sentence stakeholder_involvement(const analysis::NationalAnalysis& a, const analysis::Config& config);

// Share of planned products realised (pooled) and the product realised in most regions. Key
// "producten"; figures "producten.gepland", "producten.gerealiseerd", "producten.aandeel_pct",
// "gerealiseerd.<question>".
Sentence products_realised(const analysis::NationalAnalysis& a);

// Goals met per goal type over the goals that can be judged (deels counts as not met; nog_niet
// is left out). Key "doelen"; figures "doelen.<type>.behaald", ".beoordeeld", ".pct", "doelen.open".
Sentence goals_met(const analysis::NationalAnalysis& a);

// The client activity offered in most regions and the reach summed over activities. Key
// "activiteiten"; figures "activiteit.<choice>.regios", ".bereik", "activiteiten.bereik_totaal".
Sentence client_activities(const analysis::NationalAnalysis& a);

// The bottlenecks named most often (top 3, ties at the third place included). Key
// "knelpunten"; figures "knelpunt.<choice>".
Sentence bottlenecks(const analysis::NationalAnalysis& a);

// All of the above in report order; for a wave without submitted responses only the sentence
// that says so (key "geen_gegevens").
std::vector<Sentence> main_findings(const analysis::NationalAnalysis& a, const analysis::Config& config);

}  // namespace regio::report
