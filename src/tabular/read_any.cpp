#include "tabular/read_any.h"

#include "tabular/csv.h"
#include "tabular/internal/file_bytes.h"
#include "tabular/xlsx.h"

namespace regio::tabular {

Result<Workbook> read_table_file(const std::filesystem::path& path) {
  auto bytes = read_file_bytes(path);
  if (!bytes) return std::unexpected(bytes.error());
  if (bytes->starts_with(std::string_view("PK\x03\x04", 4))) return read_xlsx(path);
  auto sheet = parse_csv(*bytes, display_name(path));
  if (!sheet) return std::unexpected(sheet.error());
  return Workbook{{std::move(*sheet)}};
}

}  // namespace regio::tabular
