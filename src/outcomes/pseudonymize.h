// Turning BSNs into pseudonyms at the source (DESIGN §3.7), before an extract leaves the
// organisation.
//
// pseudonym = the first 16 bytes of HMAC-SHA256(key, BSN) as 32 lowercase hex characters. The
// key is held by a trusted third party and is the same for every organisation, so deliveries of
// GGZ, UWV and municipalities link on the same pseudonym while nobody holding only the data can
// recover a BSN.
//
// Rules, decided here:
// - The key file's bytes are the key (trailing line breaks and spaces are dropped); shorter than
//   32 bytes is refused.
// - A value is trimmed; a value of exactly 8 digits gets its leading zero back first (Excel drops
//   it from BSNs such as 012345672), so both spellings give the same pseudonym.
// - A value that does not pass the eleven-test is still pseudonymised (it may be a valid
//   client number of the organisation, and leaving rows out would silently change the
//   extract), but its LINE is reported so the organisation can check it at the source. Values
//   are never reported.
// - Empty values stay empty.
// - A row with a different number of fields than the header (XLSX: a value beyond the header's
//   columns) is refused by its line number: the column would be shifted and a BSN written in
//   clear. A missing column is refused without echoing the header, which is data when the file
//   has no header row. On any error nothing is written (the output is a temporary file renamed
//   on success).
//
//   PseudonymizeReport report;
//   auto s = pseudonymize_file("sleutel.bin", "persoon_id", "trajecten.csv", "uit.csv", &report);
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "base/error.h"

namespace regio::outcomes {

struct PseudonymizeReport {
  std::size_t values = 0;  // values replaced
  std::size_t empty = 0;   // empty values left empty
  // Lines (CSV: line in the file; XLSX: "sheet:row" is not needed, row numbers of the sheet)
  // whose value fails the eleven-test; pseudonymised anyway (see the file comment).
  std::vector<std::size_t> failed_elfproef_lines;
  std::vector<std::string> sheets;  // XLSX: the sheets that had the column
};

inline constexpr std::size_t kMinimumKeyBytes = 32;

// The pseudonym of one (already normalised) value. REQUIRES: key.size() >= kMinimumKeyBytes.
std::string pseudonym(std::string_view key, std::string_view value);

// Reads `in` (CSV in any dialect the extract reader accepts, or .xlsx), replaces the values of
// `column` and writes `out`: CSV keeps its dialect (BOM, separator, line ends, quoting of the
// other cells, byte for byte); XLSX replaces the column in every sheet that has it (the cells
// are rewritten as text through tabular::write_xlsx). Errors: kInvalidArgument for a short or
// unreadable key, or a column that does not exist (naming the number of columns found, never
// their text); kUnavailable when a file cannot be read or written; kInvalidData for malformed
// CSV or rows of the wrong width (line numbers only). `report` may be null.
Status pseudonymize_file(const std::filesystem::path& key_file, const std::string& column,
                         const std::filesystem::path& in, const std::filesystem::path& out, PseudonymizeReport* report);

}  // namespace regio::outcomes
