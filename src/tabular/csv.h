// Reading and writing CSV the way Excel (Dutch and English), LibreOffice and survey tools do.
//
// Reading detects: a UTF-8 byte order mark, the separator (',' or ';', from the header line:
// whichever occurs more outside quotes), LF or CRLF line ends, RFC 4180 quoting (fields in double
// quotes, "" for a quote, line breaks inside quotes). Invalid UTF-8 and an unterminated quote are
// errors that name the file and line.
//
//   auto sheet = tabular::read_csv_file("trajecten.csv");
//   if (!sheet) { print(sheet.error().describe()); return; }
//   for (const auto& row : sheet->rows) ...
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "base/error.h"
#include "tabular/table.h"

namespace regio::tabular {

struct CsvDialect {
  char separator = ',';
  char decimal = '.';  // used by writers of numbers; the CSV layer itself never rewrites cells
  bool bom = false;
  bool crlf = false;

  static CsvDialect plain() { return {',', '.', false, false}; }
  // As Dutch Excel writes it: ';', decimal comma, BOM, CRLF.
  static CsvDialect dutch_excel() { return {';', ',', true, true}; }
};

// Parses CSV text. `source` names the file in messages and becomes Sheet::source; Sheet::name is
// the stem of `source`. Returns kInvalidData with a Problem (file, line) on malformed input, and
// for an empty file ("bestand is leeg").
Result<Sheet> parse_csv(std::string_view text, std::string source, CsvDialect* detected = nullptr);

// Reads and parses a file; kUnavailable when it cannot be read.
Result<Sheet> read_csv_file(const std::filesystem::path& path, CsvDialect* detected = nullptr);

// Writes header and rows; quotes a cell only when it contains the separator, a quote, or a line
// break, and also when it contains ',' or ';' in the header line or in a one-column sheet (so
// parse_csv detects the same separator). parse_csv(write_csv(s, d)) gives back s's header and
// cells for any sheet with a trimmed, non-empty header and no all-empty rows. Does not rewrite
// decimals: callers format numbers for the dialect they chose.
std::string write_csv(const Sheet& sheet, const CsvDialect& dialect);

}  // namespace regio::tabular
