// Writers of a NationalAnalysis: JSON for the API and reports, CSV for spreadsheets, and a
// readable Dutch table for the terminal. The formats are documented in docs/ANALYSIS_FORMAT.md.
#pragma once

#include <string>

#include "analysis/national.h"

namespace regio::analysis {

// The full analysis as a JSON document (pretty-printed, 2 spaces). Empty values are null.
std::string to_json(const NationalAnalysis& analysis);

// Long format, one figure per row: header `sectie;sleutel;subsleutel;waarde`, separator ';',
// decimal comma, UTF-8 with BOM, CRLF line ends (as Dutch Excel reads it). Empty values are
// empty cells. The rows per section are listed in docs/ANALYSIS_FORMAT.md.
std::string to_csv(const NationalAnalysis& analysis);

// A readable Dutch text report for the terminal.
std::string to_table(const NationalAnalysis& analysis);

}  // namespace regio::analysis
