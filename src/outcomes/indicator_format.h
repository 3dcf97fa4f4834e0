// Writers of disclosed indicator tables: CSV, Dutch-Excel CSV, JSON and a terminal table.
//
// They accept only a DisclosedTable (outcomes/disclosure.h), so nothing unsuppressed can be
// written by accident. Apply a region filter with DisclosedTable::only_regions before writing.
//
//   auto format = parse_indicator_format("csv-nl");
//   std::string text = format_indicators(table, *format, {.percentages = true});
//
// Columns, always in this order: regio,jaar,interventie,starters,werk_12m_noemer,
// werk_12m_teller,dagen_tot_werk_mediaan,duurzaam_noemer,duurzaam_teller,werkend_12m_teller,
// uitkering_noemer,uitkering_uitstroom_teller,uren_gem — then, with `percentages`, werk_12m_pct,
// duurzaam_pct, werkend_12m_pct, uitstroom_pct. '*' means all years / all interventions.
// Counts and the median are integers, uren_gem and percentages have one decimal.
// - csv and csv-nl start with the lines of describe_table, each behind "# ".
// - csv: ',' separator, '.' decimals, LF. Suppressed = "." (the CBS symbol), undefined = empty.
// - csv-nl: as Dutch Excel writes it: UTF-8 BOM, ';', decimal comma, CRLF.
// - json: {"meta": {...}, "rijen": [...]}: meta says bron ("release"/"berekend"), peildatum,
//   beveiligd, drempel, afronding, fictief and uitleg (the sentences of describe_table); rijen
//   is an array of objects with every column (percentages always included); "jaar" is a
//   number or "*"; a suppressed or undefined figure is null, and "onderdrukt" lists the names
//   of the suppressed ones (so null not listed = undefined, e.g. a median of nothing).
// - table: an aligned terminal table with decimal commas, '.' for suppressed, and a legend.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/error.h"
#include "outcomes/disclosure.h"

namespace regio::outcomes {

enum class IndicatorFormat { kCsv, kCsvNl, kJson, kTable };

struct FormatOptions {
  bool percentages = false;  // add the four derived percentage columns (csv, csv-nl, table)
  bool fictional = false;    // the figures come from the demo's fictional data: say so
};

// What the table is, as Dutch sentences: source (release or peildatum), protection (threshold,
// rounding) or "NIET BEVEILIGD", fictional data. Every format carries them: csv and csv-nl as
// leading lines starting with "# ", json as "meta", table above the figures.
std::vector<std::string> describe_table(const DisclosedTable& table, bool fictional);

// "csv", "csv-nl", "json", "table"; kInvalidArgument (naming the valid ones) otherwise.
Result<IndicatorFormat> parse_indicator_format(std::string_view name);

// The whole table as text in the given format.
std::string format_indicators(const DisclosedTable& table, IndicatorFormat format, const FormatOptions& options = {});

}  // namespace regio::outcomes
