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

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "base/error.h"
#include "tabular/table.h"

namespace regio::tabular {

// Limits of read_xlsx, far above any questionnaire or response workbook and above a regional
// extract, so a crafted file (a zip bomb, one huge shared string referenced by every cell)
// cannot exhaust memory. National extracts are delivered as CSV (docs/FORMATS.md). Each refusal
// is kInvalidData naming the file, the limit and, where known, the part, sheet and cell.
struct XlsxLimits {
  std::uint64_t unpacked_bytes = 128ull << 20;  // the parts read, together, uncompressed
  std::size_t cell_bytes = 128 << 10;           // one cell or shared string (Excel: 32 767 characters)
  std::uint64_t text_bytes = 256ull << 20;      // the text of all cells together
  std::size_t rows = 1'048'576;                 // per sheet (Excel's own maximum)
  std::size_t columns = 16'384;                 // per sheet, up to column XFD (Excel's own maximum)
  std::uint64_t cells = 20'000'000;             // rows × columns, all sheets together
};

Result<Workbook> read_xlsx(const std::filesystem::path& path, const XlsxLimits& limits = {});

struct XlsxWriteOptions {
  // Per sheet name, the header names of columns to write as numbers when the cell parses as a
  // number ('.' decimal). Other cells are written as strings.
  std::vector<std::pair<std::string, std::vector<std::string>>> numeric_columns;
};

Status write_xlsx(const std::filesystem::path& path, const Workbook& book, const XlsxWriteOptions& options = {});
// The same workbook as the bytes of an .xlsx file (for a download), without a file of the caller's.
Result<std::string> xlsx_bytes(const Workbook& book, const XlsxWriteOptions& options = {});

// True when the file starts with the ZIP signature (how we tell xlsx from CSV by content).
bool looks_like_xlsx(const std::filesystem::path& path);

}  // namespace regio::tabular
