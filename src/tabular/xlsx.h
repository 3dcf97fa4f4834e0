// Reading and writing .xlsx workbooks (Office Open XML), as Excel and LibreOffice save them.
//
// Reading renders every cell as text: shared and inline strings as they are, booleans as
// "TRUE"/"FALSE", numbers in their shortest form with '.' ("3", "2.5"), and numbers in a cell
// whose number format is a date (built-in formats 14–22, 45–47 or a custom format with d/m/y/h/s
// outside quotes) as "YYYY-MM-DD" (or "YYYY-MM-DD HH:MM" when a time part is present). The
// first row of a sheet is its header. A file that is not a valid xlsx gives kInvalidData naming
// the file ("geen geldig xlsx-bestand").
//
// Writing uses libxlsxwriter; cells that look like numbers may be written as numbers when the
// caller asks for it per column.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "base/error.h"
#include "tabular/table.h"

namespace regio::tabular {

Result<Workbook> read_xlsx(const std::filesystem::path& path);

struct XlsxWriteOptions {
  // Per sheet name, the header names of columns to write as numbers when the cell parses as a
  // number ('.' decimal). Other cells are written as strings.
  std::vector<std::pair<std::string, std::vector<std::string>>> numeric_columns;
};

Status write_xlsx(const std::filesystem::path& path, const Workbook& book, const XlsxWriteOptions& options = {});

// True when the file starts with the ZIP signature (how we tell xlsx from CSV by content).
bool looks_like_xlsx(const std::filesystem::path& path);

}  // namespace regio::tabular
