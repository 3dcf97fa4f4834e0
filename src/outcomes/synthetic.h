// Deterministic synthetic outcome extracts: plausible data for the demo and the benchmark.
//
// The same options give byte-identical output on every machine (own splitmix64 generator, no
// std:: distributions). Persons live in real municipalities: each trajectory's gemeente and
// regio come from the classification in force in its start year, so the data passes import
// validation. Trajectories start 2016–2024 (about 1.3 per person); IPS places clearly more
// people into work within 12 months (~43%) than the other interventions (~22%); benefit spells
// cover most trajectory starts and often end when work starts. About 3.9 rows per person.
//
//   auto extract = outcomes::generate_extract(registry, {.persons = 20000});
//   outcomes::write_extract_csv(extract, "demo/extract", outcomes::CsvStyle::kDutchExcel);
#pragma once

#include <cstdint>
#include <filesystem>

#include "base/date.h"
#include "base/error.h"
#include "outcomes/extract.h"
#include "regions/registry.h"

namespace regio::outcomes {

struct SyntheticOptions {
  std::size_t persons = 10000;
  std::uint64_t seed = 20170101;
  // The day the extract is drawn at the source: nothing in it starts later, and a spell that
  // would end later is still ongoing then (empty end date), as in a real delivery.
  CivilDate extraction_date{2025, 1, 1};
};

// Persons are numbered in order of first appearance in trajecten, as read_extract numbers them,
// so writing and reading back gives an equal Extract.
Extract generate_extract(const regions::Registry& registry, const SyntheticOptions& options);

enum class CsvStyle {
  kPlain,       // ',', '.', LF, YYYY-MM-DD, no BOM
  kDutchExcel,  // ';', ',', CRLF, DD-MM-YYYY, BOM
};

// Writes trajecten.csv, werk.csv and uitkeringen.csv into `directory` (created when missing).
// kUnavailable when a file cannot be written.
Status write_extract_csv(const Extract& extract, const std::filesystem::path& directory, CsvStyle style);

}  // namespace regio::outcomes
