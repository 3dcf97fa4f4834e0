// Writes .xlsx with libxlsxwriter: one worksheet per Sheet, a bold header row, and numbers only
// in the columns the caller names, so codes like "0363" stay text unless asked otherwise.
#include <fmt/format.h>
#include <xlsxwriter.h>

#include <charconv>
#include <cmath>
#include <optional>

#include "tabular/internal/file_bytes.h"
#include "tabular/xlsx.h"

namespace regio::tabular {
namespace {

// '.' decimal only, the whole cell: "2.5", "-3", "1e3"; not "2,5", "inf" or "12 kg".
std::optional<double> strict_number(const std::string& text) {
  double value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) {
    return std::nullopt;
  }
  return value;
}

std::vector<bool> numeric_mask(const Sheet& sheet, const XlsxWriteOptions& options) {
  std::vector<bool> mask(sheet.header.size(), false);
  for (const auto& [sheet_name, columns] : options.numeric_columns) {
    if (sheet_name != sheet.name) continue;
    for (const auto& column : columns) {
      if (const int index = sheet.column(column); index >= 0) mask[static_cast<std::size_t>(index)] = true;
    }
  }
  return mask;
}

lxw_error write_cells(lxw_worksheet* worksheet, lxw_row_t row, const std::vector<std::string>& cells,
                      const std::vector<bool>& numeric, lxw_format* format) {
  for (std::size_t column = 0; column < cells.size(); ++column) {
    const std::string& text = cells[column];
    if (text.empty()) continue;
    const auto col = static_cast<lxw_col_t>(column);
    const auto number = column < numeric.size() && numeric[column] ? strict_number(text) : std::nullopt;
    const lxw_error error = number ? worksheet_write_number(worksheet, row, col, *number, format)
                                   : worksheet_write_string(worksheet, row, col, text.c_str(), format);
    if (error != LXW_NO_ERROR) return error;
  }
  return LXW_NO_ERROR;
}

// Adds one worksheet; returns a Dutch reason on failure.
std::optional<std::string> write_sheet(lxw_workbook* workbook, const Sheet& sheet, const XlsxWriteOptions& options,
                                       lxw_format* bold) {
  if (!sheet.name.empty() && workbook_validate_sheet_name(workbook, sheet.name.c_str()) != LXW_NO_ERROR) {
    return fmt::format("ongeldige of dubbele bladnaam '{}' (max. 31 tekens, geen []:*?/\\)", sheet.name);
  }
  lxw_worksheet* worksheet = workbook_add_worksheet(workbook, sheet.name.empty() ? nullptr : sheet.name.c_str());
  if (worksheet == nullptr) return fmt::format("blad '{}' kan niet worden toegevoegd", sheet.name);
  lxw_error error = write_cells(worksheet, 0, sheet.header, {}, bold);
  const auto numeric = numeric_mask(sheet, options);
  for (std::size_t i = 0; i < sheet.rows.size() && error == LXW_NO_ERROR; ++i) {
    error = write_cells(worksheet, static_cast<lxw_row_t>(i + 1), sheet.rows[i].cells, numeric, nullptr);
  }
  if (error != LXW_NO_ERROR) return fmt::format("blad '{}': {}", sheet.name, lxw_strerror(error));
  return std::nullopt;
}

}  // namespace

Status write_xlsx(const std::filesystem::path& path, const Workbook& book, const XlsxWriteOptions& options) {
  const std::string display = display_name(path);
  lxw_workbook* workbook = workbook_new(path.c_str());
  if (workbook == nullptr) {
    return fail(ErrorCode::kUnavailable, fmt::format("{}: bestand kan niet worden aangemaakt", display));
  }
  lxw_format* bold = workbook_add_format(workbook);
  format_set_bold(bold);
  std::optional<std::string> problem;
  for (const auto& sheet : book.sheets) {
    problem = write_sheet(workbook, sheet, options, bold);
    if (problem) break;
  }
  // An xlsx without sheets is not valid; Excel refuses to open it.
  if (book.sheets.empty() && workbook_add_worksheet(workbook, nullptr) == nullptr) problem = "geen werkblad";
  const lxw_error closed = workbook_close(workbook);
  if (problem) {
    std::error_code ignored;
    std::filesystem::remove(path, ignored);
    return fail(ErrorCode::kInvalidArgument, fmt::format("{}: kan niet worden geschreven: {}", display, *problem));
  }
  if (closed != LXW_NO_ERROR) {
    return fail(ErrorCode::kUnavailable,
                fmt::format("{}: kan niet worden geschreven ({})", display, lxw_strerror(closed)));
  }
  return {};
}

}  // namespace regio::tabular
