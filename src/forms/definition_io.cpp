#include "forms/definition_io.h"

#include <string_view>

#include <fmt/format.h>

#include "tabular/csv.h"
#include "tabular/xlsx.h"

namespace regio::forms {
namespace internal {
// Defined by regio_embed (see CMakeLists.txt): the bytes of a file of src/forms/default.
std::string_view resource(std::string_view name);
}  // namespace internal

namespace {

constexpr std::string_view kSheets[] = {"survey", "choices", "settings"};

}  // namespace

tabular::Workbook default_workbook() {
  tabular::Workbook book;
  for (std::string_view name : kSheets) {
    const std::string file = std::string(name) + ".csv";
    auto sheet = tabular::parse_csv(internal::resource(file), "standaard/" + file);
    // The shipped files are checked by forms_test; a failure here is a build defect, and an
    // empty sheet then makes load_definition report it instead of crashing.
    if (!sheet) continue;
    sheet->name = std::string(name);
    book.sheets.push_back(std::move(*sheet));
  }
  return book;
}

Result<Definition> default_definition() { return load_definition(default_workbook()); }

Result<tabular::Workbook> read_definition_file(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec))
    return fail(ErrorCode::kNotFound, fmt::format("vragenlijstbestand {} bestaat niet", path.string()));
  if (!std::filesystem::is_directory(path, ec) && tabular::looks_like_xlsx(path)) return tabular::read_xlsx(path);

  std::filesystem::path dir = path;
  std::string prefix;
  if (!std::filesystem::is_directory(path, ec)) {
    dir = path.parent_path();
    const std::string stem = path.stem().string();
    if (stem.size() < 6 || stem.compare(stem.size() - 6, 6, "survey") != 0) {
      return fail(ErrorCode::kInvalidArgument,
                  fmt::format("{}: geef een .xlsx-bestand, een map met survey.csv of het bestand survey.csv zelf",
                              path.string()));
    }
    prefix = stem.substr(0, stem.size() - 6);
  }
  tabular::Workbook book;
  for (std::string_view name : kSheets) {
    const std::filesystem::path file = dir / (prefix + std::string(name) + ".csv");
    if (name != "survey" && !std::filesystem::exists(file, ec)) continue;
    auto sheet = tabular::read_csv_file(file);
    if (!sheet) return std::unexpected(sheet.error());
    sheet->name = std::string(name);
    book.sheets.push_back(std::move(*sheet));
  }
  return book;
}

}  // namespace regio::forms
