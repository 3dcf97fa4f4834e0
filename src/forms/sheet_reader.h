// Private to forms: reads the cells of one XLSForm sheet by canonical column name (see
// xlsform_dialect.h), cleaned as pyxform cleans them.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "forms/definition.h"
#include "forms/xlsform_dialect.h"
#include "tabular/table.h"

namespace regio::forms {

class SheetReader {
 public:
  SheetReader(const tabular::Sheet& sheet, xlsform::SheetKind kind)
      : sheet_(sheet), columns_(xlsform::read_header(sheet.header, kind)) {}

  // Index of the first column with this canonical name, or -1.
  int column(std::string_view name) const {
    for (std::size_t i = 0; i < columns_.size(); ++i)
      if (columns_[i].name == name && columns_[i].ignored.empty()) return static_cast<int>(i);
    return -1;
  }
  static std::string cell(const tabular::Row& row, int column) {
    if (column < 0 || static_cast<std::size_t>(column) >= row.cells.size()) return {};
    return xlsform::clean_cell(row.cells[static_cast<std::size_t>(column)]);
  }
  std::string cell(const tabular::Row& row, std::string_view name) const { return cell(row, column(name)); }

  // The cells of every column with this canonical name, per language, in column order.
  Texts texts(const tabular::Row& row, std::string_view name) const {
    Texts t;
    for (std::size_t i = 0; i < columns_.size(); ++i) {
      if (columns_[i].name != name || !columns_[i].ignored.empty()) continue;
      std::string value = cell(row, static_cast<int>(i));
      if (!value.empty()) t.set(columns_[i].language, std::move(value));
    }
    return t;
  }
  // image / audio / video / big-image columns (also media::image::nl, …).
  std::map<std::string, Texts> media(const tabular::Row& row) const {
    std::map<std::string, Texts> out;
    for (std::size_t i = 0; i < columns_.size(); ++i) {
      if (columns_[i].name != "media") continue;
      std::string value = cell(row, static_cast<int>(i));
      if (!value.empty()) out[columns_[i].media].set(columns_[i].language, std::move(value));
    }
    return out;
  }
  const std::vector<xlsform::Column>& columns() const { return columns_; }
  const tabular::Sheet& sheet() const { return sheet_; }

 private:
  const tabular::Sheet& sheet_;
  std::vector<xlsform::Column> columns_;
};

}  // namespace regio::forms
