// Sentences on client outcomes (DESIGN §3.7–§3.9) from a disclosed table — in the report always
// a release's table (outcomes::table_of), so every figure has passed disclosure control.
// A suppressed figure never appears in a sentence: the sentence says it is not published.
//
//   const auto table = outcomes::table_of(release);
//   for (const Sentence& s : report::national_outcomes(table)) print(s.text);
//   // "Binnen 12 maanden aan het werk (landelijk): 35,1% (2018) en 38,2% (2019); over 2020 is
//   //  het cijfer niet gepubliceerd (onthullingsbeveiliging); voor 2021 is het nog te vroeg."
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "outcomes/disclosure.h"
#include "report/sentence.h"

namespace regio::report {

// The values of one column per start year for one group (region or "NL", intervention or all),
// oldest first. Only start years complete on the table's peildatum (outcomes::measurable_from)
// are given as figures; suppressed years are named as not published, undefined ones (a rate
// over nothing) as without a figure, incomplete ones as too early. Key
// "uitkomst.<column>.<region>[.<intervention>]"; figures "<column>.<region>.<year>".
Sentence outcome_by_year(const outcomes::DisclosedTable& table, outcomes::Column column, std::string_view region,
                         std::optional<outcomes::Interventie> interventie = std::nullopt);

// Where the figures come from: "Bron: release van <date> (peildatum <date>), cellen onder 10
// onderdrukt, aantallen afgerond op veelvouden van 5." or, for a table that is not protected,
// that it is not protected. Key "uitkomst.bron".
Sentence outcome_source(const outcomes::DisclosedTable& table);

// The source, then national starters, werk_12m_pct, werkend_12m_pct, duurzaam_pct and
// uitstroom_pct per start year.
std::vector<Sentence> national_outcomes(const outcomes::DisclosedTable& table);

}  // namespace regio::report
