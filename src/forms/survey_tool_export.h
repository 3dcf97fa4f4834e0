// Responses as ODK Central and KoboToolbox export them (CSV or XLSX), translated to the
// product's own layout (layout.h) before they are read, so both go through the same checks:
//   - their meta columns (SubmissionDate, KEY, PARENT_KEY, meta-instanceID, SubmitterName, …;
//     _id, _uuid, _submission_time, _index, _parent_index, _validation_status, …) are left out;
//   - group paths in column names ("groep/vraag", "groep-vraag", "/data/groep/vraag") name a
//     question by their last step;
//   - select_multiple as one 0/1 column per choice ("vraag/keuze") becomes the space-separated
//     value, unless the export also has the combined column;
//   - the question named `regio` (at any group path) gives the region;
//   - repeat sheets or files ("doelen", "formulier-doelen.csv") get the region of the main row
//     they belong to: PARENT_KEY → KEY (ODK Central), _parent_index → _index (KoboToolbox).
// A workbook in the product's own layout (no meta columns) comes back unchanged.
#pragma once

#include "base/error.h"
#include "forms/definition.h"
#include "tabular/table.h"

namespace regio::forms {

// kInvalidData for a 0/1 choice column with another value or a repeat row whose parent is
// missing; the workbook in the product's layout otherwise.
Result<tabular::Workbook> from_survey_tool_export(const Definition& definition, const tabular::Workbook& workbook);

}  // namespace regio::forms
