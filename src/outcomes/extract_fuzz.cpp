// libFuzzer target for the extract reader (built only with -DREGIO_FUZZ=ON under clang).
//
// The first byte picks the table and a chunk size; the rest is the CSV text. Beyond "no crash,
// no sanitizer report", it checks that streaming the text in small chunks (as the file path
// does at chunk boundaries) gives the same rows and problems as reading it in one piece, and
// that deserialize() survives the same bytes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "outcomes/extract_reader.h"
#include "outcomes/extract_reader_csv.h"
#include "outcomes/extract_validation.h"
#include "outcomes/serialize.h"

namespace {

using namespace regio;
using namespace regio::outcomes;

const regions::Registry& registry() {
  static const regions::Registry r = regions::Registry::load_embedded().value();
  return r;
}

struct Outcome {
  std::size_t rows = 0;
  std::size_t problems = 0;
};

Outcome scan(ExtractTable table, std::string_view text, std::size_t chunk) {
  const RegionLookup regions(registry());
  PersonIndex persons;
  TableBuilder builder(table, "f.csv", regions, persons, nullptr, 1000000);
  CsvScanner scanner(builder, 0);
  std::string buffer;
  std::size_t fed = 0;
  while (true) {
    const std::size_t take = std::min(chunk, text.size() - fed);
    buffer.append(text.substr(fed, take));
    fed += take;
    const bool eof = fed == text.size();
    const std::size_t used = scanner.consume(buffer, eof);
    buffer.erase(0, used);
    if (eof) break;
  }
  scanner.finish();
  builder.finish_rows();
  const std::size_t rows = table == ExtractTable::kTrajecten ? builder.trajecten().size()
                           : table == ExtractTable::kWerk    ? builder.werk().size()
                                                             : builder.uitkeringen().size();
  return {rows, builder.problems().size()};
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const auto table = static_cast<ExtractTable>(data[0] % 3);
  const std::size_t chunk = 1 + (data[0] >> 2);
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);

  const Outcome whole = scan(table, text, text.size() + 1);
  const Outcome chunked = scan(table, text, chunk);
  if (whole.rows != chunked.rows || whole.problems != chunked.problems) std::abort();

  static constexpr std::string_view kNames[] = {"trajecten.csv", "werk.csv", "uitkeringen.csv"};
  (void)read_extract_csv_text(text, kNames[data[0] % 3], registry());
  if (auto e = deserialize(text)) (void)serialize(*e);
  return 0;
}
