#include "tabular/workbook_json.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

namespace regio::tabular {
namespace {

using nlohmann::json;

std::unexpected<Error> invalid(std::string_view what) {
  return fail(ErrorCode::kInvalidData, fmt::format("opgeslagen werkboek is ongeldig: {}", what));
}

bool is_string_array(const json& value) {
  if (!value.is_array()) return false;
  for (const auto& item : value) {
    if (!item.is_string()) return false;
  }
  return true;
}

Result<Sheet> sheet_from_json(const json& value, std::size_t index) {
  const std::string where = fmt::format("blad {}", index + 1);
  if (!value.is_object() || !value.contains("name") || !value["name"].is_string() || !value.contains("header") ||
      !is_string_array(value["header"]) || !value.contains("rows") || !value["rows"].is_array()) {
    return invalid(fmt::format("{} mist name, header of rows", where));
  }
  Sheet sheet;
  sheet.name = value["name"].get<std::string>();
  sheet.source = value.value("source", sheet.name);
  sheet.header = value["header"].get<std::vector<std::string>>();
  for (const auto& row : value["rows"]) {
    if (!row.is_object() || !row.contains("line") || !row["line"].is_number_unsigned() || !row.contains("cells") ||
        !is_string_array(row["cells"])) {
      return invalid(fmt::format("{}: rij {} mist line of cells", where, sheet.rows.size() + 1));
    }
    Row out{row["line"].get<std::size_t>(), row["cells"].get<std::vector<std::string>>()};
    if (out.cells.size() != sheet.header.size()) {
      return invalid(fmt::format("{}, regel {}: {} cellen, de kopregel heeft er {}", where, out.line, out.cells.size(),
                                 sheet.header.size()));
    }
    sheet.rows.push_back(std::move(out));
  }
  return sheet;
}

}  // namespace

std::string workbook_to_json(const Workbook& book) {
  json sheets = json::array();
  for (const auto& sheet : book.sheets) {
    json rows = json::array();
    for (const auto& row : sheet.rows) rows.push_back({{"line", row.line}, {"cells", row.cells}});
    sheets.push_back({{"name", sheet.name}, {"source", sheet.source}, {"header", sheet.header}, {"rows", rows}});
  }
  return json{{"sheets", sheets}}.dump(-1, ' ', false, json::error_handler_t::replace);
}

Result<Workbook> workbook_from_json(std::string_view text) {
  const json document = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (document.is_discarded()) return invalid("geen geldige JSON");
  if (!document.is_object() || !document.contains("sheets") || !document["sheets"].is_array()) {
    return invalid("het veld sheets ontbreekt");
  }
  Workbook book;
  for (const auto& value : document["sheets"]) {
    auto sheet = sheet_from_json(value, book.sheets.size());
    if (!sheet) return std::unexpected(sheet.error());
    book.sheets.push_back(std::move(*sheet));
  }
  return book;
}

}  // namespace regio::tabular
