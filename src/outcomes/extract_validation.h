// Validation of extract rows (DESIGN §3.7), shared by the CSV and XLSX paths of the reader.
//
// A TableBuilder receives one table's header and then its rows as fields (string_views, no
// allocation per row), checks every rule of §3.7 on them, appends the valid values to its
// columns and records every problem found (file, line, column, rule, Dutch message). Persons are
// interned per table; extract_reader links the tables afterwards. Messages never echo a
// persoon_id, nor any value that could be a BSN.
#pragma once

#include <array>
#include <cstdint>
#include <limits>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "base/error.h"
#include "outcomes/extract.h"
#include "outcomes/merge.h"
#include "regions/registry.h"

namespace regio::outcomes {

enum class ExtractTable : std::uint8_t { kTrajecten, kWerk, kUitkeringen };
inline constexpr std::array<ExtractTable, 3> kExtractTables = {ExtractTable::kTrajecten, ExtractTable::kWerk,
                                                               ExtractTable::kUitkeringen};

// "trajecten", "werk", "uitkeringen": the file stem or sheet name of each table.
std::string_view table_name(ExtractTable table);

// The region classification in a form the row checks can query with array lookups.
class RegionLookup {
 public:
  explicit RegionLookup(const regions::Registry& registry);

  // 0..99 for "AMnn", else -1.
  static int region_number(std::string_view code);
  // 0..9999 for "GMnnnn", else -1.
  static int municipality_number(std::string_view code);

  // The shipped classification year in force for `year` (Registry::for_year).
  int classification_year(int year) const;
  bool is_region(int year, int region) const;
  bool is_known_region(int region) const;
  // Region number of a municipality in the classification of `year` (99 = AM99), -1 unknown.
  int region_of(int year, int municipality) const;

 private:
  struct Classification {
    int year = 0;
    std::array<bool, 100> region{};
    std::vector<std::int8_t> municipality_region;  // 10000 entries
  };
  const Classification& for_year(int year) const;

  std::vector<Classification> classifications_;  // ascending by year
  std::array<bool, 100> any_year_{};
};

// A value as a message may show it: quoted when it is short printable ASCII without a run of
// 8+ digits (a BSN, a phone number), else "(waarde niet getoond)".
std::string shown_value(std::string_view value);

class TableBuilder {
 public:
  // The largest number of columns a header may have.
  static constexpr std::size_t kMaxColumns = 64;

  // Persons are interned into `persons`, shared by all builders of an import; when builders run
  // on several threads, `persons_mutex` guards it. Pseudonyms are collected per batch and
  // interned under one lock by flush_persons(); `person` columns hold the index's numbers.
  TableBuilder(ExtractTable table, std::string file, const RegionLookup& regions, PersonIndex& persons,
               std::mutex* persons_mutex, std::size_t max_problems);

  // Checks the header (every name known, no duplicates, every required column present).
  // Returns false when rows cannot be checked; the problems are recorded.
  bool set_header(std::span<const std::string_view> names);
  std::size_t column_count() const { return column_count_; }
  // The column name of field `field` of a row after set_header ("" when unknown).
  std::string_view field_name(std::size_t field) const;
  // Pre-sizes the columns for about `rows` rows.
  void reserve(std::size_t rows);
  // One data row; `line` is the 1-based line in the file. Fields beyond the header are an
  // error, missing trailing fields count as empty. A row of empty fields is skipped.
  void add_row(std::size_t line, std::span<const std::string_view> fields);
  // Interns the pseudonyms of the rows added since the last call. The scanner calls it after
  // each chunk.
  void flush_persons();
  // Call after the last row: flushes persons and frees what only the row checks needed.
  void finish_rows();
  // Plausible dates: every date must lie in [earliest, latest] (nullopt = no bound), else the
  // row gets the problem "datum-voor-vroegste-datum" / "datum-na-extractiedatum". Call before
  // the first row; without a call every valid calendar date is accepted.
  void set_date_range(std::optional<Date> earliest, std::optional<Date> latest);
  // A problem found by the caller (a CSV syntax error, an empty file).
  void add_problem(std::size_t line, std::string column, std::string rule, std::string message);

  ExtractTable table() const { return table_; }
  const std::string& file() const { return file_; }
  ProblemList& problems() { return problems_; }
  PersonIndex& persons() { return *persons_; }
  // The columns built so far; `person` holds indices into persons().
  Trajecten& trajecten() { return trajecten_; }
  WerkSpells& werk() { return werk_; }
  UitkeringSpells& uitkeringen() { return uitkeringen_; }
  // The line in the file of each trajecten row (kept after finish_rows).
  std::vector<std::uint32_t>& trajectory_lines() { return trajectory_lines_; }
  // Earliest start and latest start or end seen (kOpenEnd / INT32_MIN style sentinels when none).
  std::int32_t first_day() const { return first_day_; }
  std::int32_t last_day() const { return last_day_; }

 private:
  enum Column : std::uint8_t {
    kTrajectId,
    kPersoonId,
    kRegio,
    kGemeente,
    kInterventie,
    kVerwijzer,
    kUitkeringStart,
    kStartdatum,
    kEinddatum,
    kUren,
    kContract,
    kSoort,
    kColumnCount
  };
  using Values = std::array<std::string_view, kColumnCount>;
  static constexpr std::uint8_t kIgnored = 255;

  void add_trajectory(std::size_t line, const Values& v);
  void add_work(std::size_t line, const Values& v);
  void add_benefit(std::size_t line, const Values& v);
  bool check_person(std::size_t line, std::string_view id);
  std::uint32_t pending_person(std::string_view id);
  bool parse_day(std::size_t line, std::string_view column, std::string_view text, bool required, std::int32_t* day);
  bool check_dates(std::size_t line, std::int32_t start, std::int32_t end);
  bool in_date_range(std::size_t line, std::string_view column, Date date);
  bool is_new_traject_id(std::size_t line, std::string_view id);
  void note_days(std::int32_t start, std::int32_t end);
  void problem(std::size_t line, std::string_view column, std::string_view rule, std::string message);

  ExtractTable table_;
  std::string file_;
  const RegionLookup& regions_;
  ProblemList problems_;
  std::size_t column_count_ = 0;
  std::array<std::uint8_t, kMaxColumns> column_of_field_{};
  PersonIndex* persons_;
  std::mutex* persons_mutex_;
  std::vector<std::uint32_t>* person_column_ = nullptr;
  std::string pending_text_;                 // pseudonyms of rows not yet interned
  std::vector<std::uint32_t> pending_ends_;  // end offset of each in pending_text_
  Trajecten trajecten_;
  WerkSpells werk_;
  UitkeringSpells uitkeringen_;
  std::vector<std::uint32_t> trajectory_lines_;  // line of each accepted traject_id
  std::vector<std::uint32_t> traject_id_slots_;  // open addressing over traject_id_
  std::int32_t first_day_;
  std::int32_t last_day_;
  // Bounds of set_date_range (extract_validation_dates.cpp).
  std::int32_t earliest_day_ = std::numeric_limits<std::int32_t>::min();
  std::int32_t latest_day_ = std::numeric_limits<std::int32_t>::max();
};

}  // namespace regio::outcomes
