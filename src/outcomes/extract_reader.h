// Importing an outcome extract (DESIGN §3.7): three CSV files or one workbook, fully validated.
//
// Accepts the three CSV files `trajecten`, `werk` and `uitkeringen` (identified by file stem),
// a directory holding them, or one `.xlsx` with sheets of those names. A delivery may hold a
// subset of the three tables (an organisation that only knows employment delivers `werk`);
// a directory's other files and a workbook's other sheets are ignored, but a CSV path with an
// unknown stem is an error.
//
// CSV: UTF-8 with or without BOM; ',' or ';' detected from the header line (the one occurring
// more often outside quotes); CRLF or LF; RFC 4180 quotes; dates YYYY-MM-DD or DD-MM-YYYY;
// decimals with '.' or ','. Column names are fixed, their order is free; unknown columns are an
// error; columns of required values must be present, optional ones may be left out.
//
// Every rule is checked on every row; problems (file, line, column, rule, Dutch message) are
// collected up to ImportOptions::max_problems and the rest counted, and then the import fails
// as a whole with kInvalidData: nothing of a delivery with errors is returned. Messages never
// contain a persoon_id.
//
// Speed and memory (DESIGN §5): the CSV path streams each file in 1 MiB read() chunks through a
// hand-written scanner (fields are views into the chunk; no allocation per row), reads the files
// on two threads, and interns persons once into a shared open-addressing table (a chunk's
// pseudonyms under one lock). Text columns are stored in one buffer each (TextColumn). Persons
// are numbered by first appearance in trajecten, then werk, then uitkeringen, whatever the
// thread schedule.
//
//   auto imported = outcomes::read_extract({"levering/"}, registry, {});
//   if (!imported) { print(imported.error().describe()); return; }
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/error.h"
#include "outcomes/extract.h"
#include "regions/registry.h"

namespace regio::outcomes {

// The earliest date a delivery may hold unless the caller sets another: 1990-01-01.
inline constexpr Date kDefaultEarliestDate{7305};

struct ImportOptions {
  // Problems reported in full; the rest is counted in Error::problems_omitted.
  std::size_t max_problems = 200;
  // Called with (bytes read, total bytes) as reading proceeds, from the reading threads but
  // never concurrently. May be empty.
  std::function<void(std::uint64_t, std::uint64_t)> progress;
  // Reading threads for the CSV path (1 or more).
  unsigned threads = 2;
  // Plausible dates: a date before earliest_date, or after latest_date (the delivery's
  // extraction date), is a problem of its row. nullopt = no bound.
  std::optional<Date> earliest_date = kDefaultEarliestDate;
  std::optional<Date> latest_date;
};

struct ImportedExtract {
  Extract extract;
  std::size_t trajecten = 0;
  std::size_t werk = 0;
  std::size_t uitkeringen = 0;
  std::size_t persons = 0;
  // Earliest start date and latest start or end date over all rows; both 0 when there are none.
  Date first;
  Date last;
  // Where each trajecten row came from, for messages about a row found later (e.g. a traject_id
  // stored in another delivery): the file ("trajecten.csv", "x.xlsx[trajecten]") and the line
  // of every row. Empty without a trajecten table.
  std::string trajecten_file;
  std::vector<std::uint32_t> trajecten_lines;
};

// Reads and validates a delivery (see the file comment). Errors: kInvalidArgument for paths that
// are not an extract (unknown file stem, nothing found, a mix of xlsx and csv); kUnavailable
// when a file cannot be read; kInvalidData with every problem when the content breaks a rule.
Result<ImportedExtract> read_extract(const std::vector<std::filesystem::path>& paths, const regions::Registry& registry,
                                     const ImportOptions& options = {});

// Parses the CSV text of one table as if it were the file `file_name` (e.g. "trajecten.csv"),
// validating it on its own (persons numbered by first appearance). For tests and fuzzing.
Result<ImportedExtract> read_extract_csv_text(std::string_view text, std::string_view file_name,
                                              const regions::Registry& registry, const ImportOptions& options = {});

}  // namespace regio::outcomes
