#include "tabular/table.h"

#include "base/text.h"

namespace regio::tabular {

int Sheet::column(std::string_view name) const {
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (header[i] == name) return static_cast<int>(i);
  }
  return -1;
}

const Sheet* Workbook::find(std::string_view name) const {
  const std::string wanted = to_lower_ascii(name);
  for (const auto& sheet : sheets) {
    if (to_lower_ascii(sheet.name) == wanted) return &sheet;
  }
  return nullptr;
}

}  // namespace regio::tabular
