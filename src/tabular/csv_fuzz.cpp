// libFuzzer target for the CSV reader (built only with -DREGIO_FUZZ=ON and clang):
//   cmake -S . -B build-fuzz -G Ninja -DREGIO_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++
//   cmake --build build-fuzz --target csv_fuzz && ./build-fuzz/src/tabular/csv_fuzz -max_total_time=60
// Checks the same invariants as csv_fuzz_smoke_test.cpp and that accepted input survives a
// write_csv -> parse_csv round trip in the detected dialect.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "tabular/csv.h"

using regio::tabular::CsvDialect;
using regio::tabular::parse_csv;
using regio::tabular::write_csv;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  CsvDialect dialect;
  auto sheet = parse_csv(text, "fuzz.csv", &dialect);
  if (!sheet) {
    if (sheet.error().problems.empty()) std::abort();
    return 0;
  }
  std::size_t previous_line = 0;
  for (const auto& row : sheet->rows) {
    if (row.cells.size() != sheet->header.size() || row.line <= previous_line) std::abort();
    previous_line = row.line;
  }
  auto again = parse_csv(write_csv(*sheet, dialect), "fuzz.csv");
  if (!again || again->header != sheet->header || again->rows.size() != sheet->rows.size()) std::abort();
  for (std::size_t i = 0; i < sheet->rows.size(); ++i) {
    if (again->rows[i].cells != sheet->rows[i].cells) std::abort();
  }
  return 0;
}
