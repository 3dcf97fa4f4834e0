// The import/export layout of responses, the way survey tools export them.
//
// One main table with one row per region: column `regio` (CBS code, e.g. AM13), optional column
// `status` (concept / ingediend; empty or absent = ingediend) and one column per answer-holding
// question of the main part, in survey order (no notes or groups; calculate columns are written
// on export and recomputed on import, a value given for them is ignored). select_multiple cells
// hold the choice names separated by spaces. Each repeat has its own sheet (xlsx) or file (CSV)
// named after the repeat: the sheet `doelen`, or a CSV file whose stem is `doelen` or ends in
// `_doelen`; its rows carry the column `regio` and the repeat's questions, in order.
//
//   auto book = tabular::read_table_file("antwoorden.xlsx");        // or several CSV sheets
//   auto rs = forms::read_responses(def, *book, "2019-eind", registry.for_year(2019));
//   if (!rs) { print(rs.error().describe()); return; }              // every problem, nothing kept
//   tabular::Workbook out = forms::write_responses(def, *rs);       // the same layout back
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/error.h"
#include "forms/definition.h"
#include "forms/response.h"
#include "regions/registry.h"
#include "tabular/table.h"

namespace regio::forms {

// Reads the responses of `wave` from `workbook`: the main sheet is the first sheet with a
// `regio` column whose name is not a repeat's; repeat sheets are recognised by name (see above);
// other sheets are ignored. Checks every value (forms/validate.h, with today() = `today`, the
// system date when not given), unknown or duplicate columns, a missing `regio` column, region
// codes not in `regions`, a region twice, a repeat row for a region without a main row, and an
// empty workbook. All problems are collected and returned as one kInvalidData Error (no
// responses then); otherwise the responses in the order of the main rows, in canonical form.
Result<std::vector<Response>> read_responses(const Definition& definition, const tabular::Workbook& workbook,
                                             const std::string& wave, const regions::Classification& regions,
                                             std::optional<Date> today = std::nullopt);

// The repeats of `definition` (e.g. "doelen") for which `workbook` has no sheet or file at all, in
// definition order. An import without a repeat's sheet says nothing about that repeat: the
// caller keeps what is stored for it (a sheet with only its header row does replace it).
std::vector<std::string> missing_repeat_sheets(const Definition& definition, const tabular::Workbook& workbook);

// Writes `responses` in the layout above: a main sheet "antwoorden" (source "antwoorden.csv")
// and one sheet per repeat named after it (source "antwoorden_<repeat>.csv"), present even when
// empty. Reading the result back gives the same responses.
tabular::Workbook write_responses(const Definition& definition, const std::vector<Response>& responses);

}  // namespace regio::forms
