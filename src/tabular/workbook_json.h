// Workbooks as JSON, so a questionnaire definition can be stored in the database exactly as it
// was uploaded and read back with the same line numbers for messages.
//
//   {"sheets": [{"name": "vragen", "source": "vragenlijst.xlsx[vragen]",
//                "header": ["naam", "type"],
//                "rows": [{"line": 2, "cells": ["leeftijd", "getal"]}]}]}
//
//   std::string stored = tabular::workbook_to_json(book);
//   auto again = tabular::workbook_from_json(stored);   // equal to `book`
#pragma once

#include <string>
#include <string_view>

#include "base/error.h"
#include "tabular/table.h"

namespace regio::tabular {

// The workbook in the shape above. Cells that are not valid UTF-8 are stored with U+FFFD in
// place of the bad bytes (readers of this module never produce such cells).
std::string workbook_to_json(const Workbook& book);

// Parses what workbook_to_json wrote. Returns kInvalidData naming what is wrong (not JSON, a
// missing or mistyped field, a row whose cell count differs from its sheet's header).
Result<Workbook> workbook_from_json(std::string_view json);

}  // namespace regio::tabular
