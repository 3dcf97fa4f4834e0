// One entry point for user files that may be CSV or Excel: the content decides, not the name.
//
//   auto book = tabular::read_table_file(upload_path);
//   if (!book) return std::unexpected(book.error());
//   const tabular::Sheet* vragen = book->find("vragen");
#pragma once

#include <filesystem>

#include "base/error.h"
#include "tabular/table.h"

namespace regio::tabular {

// A file starting with the ZIP signature is read as .xlsx and gives all its sheets (see
// xlsx.h); anything else is parsed as one CSV sheet named after the file stem (see csv.h).
// Returns kUnavailable, naming the file, when it does not exist or cannot be read, and the
// readers' kInvalidData errors for malformed content.
Result<Workbook> read_table_file(const std::filesystem::path& path);

}  // namespace regio::tabular
