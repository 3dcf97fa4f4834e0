// Reading and writing CSV the way Excel (Dutch and English), LibreOffice and survey tools do.
//
// Reading detects: a UTF-8 byte order mark, the separator (',' or ';', from the header line:
// whichever occurs more outside quotes), LF or CRLF line ends, RFC 4180 quoting (fields in double
// quotes, "" for a quote, line breaks inside quotes). Invalid UTF-8 (with a hint when the file
// is probably Latin-1 / Windows-1252), a UTF-16 file, an unterminated quote, a NUL byte and a
// field or record above the limits below are errors that name the file and line (and the column
// where there is one).
//
//   auto sheet = tabular::read_csv_file("trajecten.csv");
//   if (!sheet) { print(sheet.error().describe()); return; }
//   for (const auto& row : sheet->rows) ...
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

#include "base/error.h"
#include "tabular/table.h"

namespace regio::tabular {

// Limits of the CSV reader (questionnaires, responses, goals; the outcome extracts have their
// own scanner). Far above any real file, low enough that a crafted one cannot exhaust memory.
inline constexpr std::size_t kMaxCsvFileBytes = std::size_t{256} << 20;
inline constexpr std::size_t kMaxCsvFieldBytes = std::size_t{128} << 10;  // like an XLSX cell
inline constexpr std::size_t kMaxCsvRecordBytes = std::size_t{1} << 20;

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

// Reads and parses a file; kUnavailable when it cannot be read, kInvalidData when it is larger
// than kMaxCsvFileBytes (checked before reading).
Result<Sheet> read_csv_file(const std::filesystem::path& path, CsvDialect* detected = nullptr);

// Writes header and rows; quotes a cell only when it contains the separator, a quote, or a line
// break, and also when it contains ',' or ';' in the header line or in a one-column sheet (so
// parse_csv detects the same separator). parse_csv(write_csv(s, d)) gives back s's header and
// cells for any sheet with a trimmed, non-empty header and no all-empty rows. Does not rewrite
// decimals: callers format numbers for the dialect they chose.
std::string write_csv(const Sheet& sheet, const CsvDialect& dialect);

}  // namespace regio::tabular
