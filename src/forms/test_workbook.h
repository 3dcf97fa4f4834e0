// Test-only: builds tabular sheets from compact text, so forms tests do not depend on the CSV
// reader. Cells are separated by '|', rows by '\n'; the first row is the header (line 1).
#pragma once

#include <string>
#include <string_view>

#include "base/text.h"
#include "tabular/table.h"

namespace regio::forms::testing {

inline tabular::Sheet sheet(std::string name, std::string_view text, std::string source = "") {
  tabular::Sheet s;
  s.name = name;
  s.source = source.empty() ? name + ".csv" : source;
  std::size_t line = 0;
  std::size_t b = 0;
  while (b <= text.size()) {
    auto e = text.find('\n', b);
    if (e == std::string_view::npos) e = text.size();
    std::string_view l = text.substr(b, e - b);
    b = e + 1;
    ++line;
    std::vector<std::string> cells;
    std::size_t cb = 0;
    while (true) {
      auto ce = l.find('|', cb);
      cells.emplace_back(trim(l.substr(cb, ce == std::string_view::npos ? std::string_view::npos : ce - cb)));
      if (ce == std::string_view::npos) break;
      cb = ce + 1;
    }
    if (line == 1) {
      s.header = cells;
      continue;
    }
    bool all_empty = true;
    for (const auto& c : cells) all_empty = all_empty && c.empty();
    if (all_empty) continue;
    cells.resize(s.header.size());
    s.rows.push_back({line, cells});
  }
  return s;
}

}  // namespace regio::forms::testing
