// Sheets of text cells as read from CSV files and Excel/LibreOffice workbooks.
//
// Every reader of user files (questionnaire definitions, responses, outcome extracts) works on
// this one shape, so CSV and XLSX are interchangeable for them. Cells are kept as text exactly as
// the user typed them (after XLSX number/date rendering, see xlsx.h); interpretation belongs to
// the module that knows what a column means. Each row remembers where it came from so problems
// can be reported by line.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace regio::tabular {

struct Row {
  std::size_t line = 0;  // 1-based line in the CSV file (of the row's first physical line) or row number in the sheet
  std::vector<std::string> cells;  // same length as the header (short rows are padded with "")
};

struct Sheet {
  std::string name;                 // sheet name (XLSX) or file stem (CSV), e.g. "trajecten"
  std::string source;               // for messages: the file name, e.g. "trajecten.csv" or "extract.xlsx[werk]"
  std::vector<std::string> header;  // first row, trimmed
  std::vector<Row> rows;            // data rows; rows whose cells are all empty are dropped

  // Index of the header cell equal to `name` (exact match), or -1.
  int column(std::string_view name) const;
};

struct Workbook {
  std::vector<Sheet> sheets;

  // The sheet with this name (case-insensitive), or nullptr.
  const Sheet* find(std::string_view name) const;
};

}  // namespace regio::tabular
