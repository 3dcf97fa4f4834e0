#include "outcomes/extract_validation.h"

#include <algorithm>
#include <cstring>
#include <limits>

#include <fmt/format.h>

#include "base/date.h"
#include "base/text.h"

namespace regio::outcomes {

namespace {

constexpr std::array<std::string_view, 12> kColumnNames = {
    "traject_id",      "persoon_id", "regio",     "gemeente",      "interventie", "verwijzer",
    "uitkering_start", "startdatum", "einddatum", "uren_per_week", "contract",    "soort"};

struct ColumnSpec {
  std::uint8_t column;
  bool required;  // the column must be present and every value filled in
};

std::span<const ColumnSpec> columns_of(ExtractTable table) {
  static constexpr ColumnSpec kTrajecten[] = {{0, true},  {1, true}, {2, true}, {3, false}, {4, true},
                                              {5, false}, {6, true}, {7, true}, {8, false}};
  static constexpr ColumnSpec kWerk[] = {{1, true}, {7, true}, {8, false}, {9, false}, {10, false}};
  static constexpr ColumnSpec kUitkeringen[] = {{1, true}, {11, true}, {7, true}, {8, false}};
  switch (table) {
    case ExtractTable::kTrajecten:
      return kTrajecten;
    case ExtractTable::kWerk:
      return kWerk;
    case ExtractTable::kUitkeringen:
      return kUitkeringen;
  }
  return {};
}

}  // namespace

std::string_view table_name(ExtractTable table) {
  switch (table) {
    case ExtractTable::kTrajecten:
      return "trajecten";
    case ExtractTable::kWerk:
      return "werk";
    case ExtractTable::kUitkeringen:
      return "uitkeringen";
  }
  return {};
}

RegionLookup::RegionLookup(const regions::Registry& registry) {
  for (int year : registry.years()) {
    const regions::Classification* source = registry.exact_year(year);
    Classification c;
    c.year = year;
    c.municipality_region.assign(10000, -1);
    for (const auto& r : source->regions()) {
      const int n = region_number(r.code);
      if (n < 0) continue;
      c.region[static_cast<std::size_t>(n)] = true;
      any_year_[static_cast<std::size_t>(n)] = true;
    }
    for (const auto& m : source->municipalities()) {
      const int n = municipality_number(m.code);
      const int r = region_number(m.region);
      if (n >= 0 && r >= 0) c.municipality_region[static_cast<std::size_t>(n)] = static_cast<std::int8_t>(r);
    }
    classifications_.push_back(std::move(c));
  }
}

int RegionLookup::region_number(std::string_view code) {
  if (code.size() != 4 || (code[0] != 'A' && code[0] != 'a') || (code[1] != 'M' && code[1] != 'm')) return -1;
  if (code[2] < '0' || code[2] > '9' || code[3] < '0' || code[3] > '9') return -1;
  return (code[2] - '0') * 10 + (code[3] - '0');
}

int RegionLookup::municipality_number(std::string_view code) {
  if (code.size() != 6 || (code[0] != 'G' && code[0] != 'g') || (code[1] != 'M' && code[1] != 'm')) return -1;
  int n = 0;
  for (std::size_t i = 2; i < 6; ++i) {
    if (code[i] < '0' || code[i] > '9') return -1;
    n = n * 10 + (code[i] - '0');
  }
  return n;
}

const RegionLookup::Classification& RegionLookup::for_year(int year) const {
  const Classification* best = &classifications_.front();
  for (const auto& c : classifications_)
    if (c.year <= year) best = &c;
  return *best;
}

int RegionLookup::classification_year(int year) const { return for_year(year).year; }

bool RegionLookup::is_region(int year, int region) const {
  return region >= 0 && region < 100 && for_year(year).region[static_cast<std::size_t>(region)];
}

bool RegionLookup::is_known_region(int region) const {
  return region >= 0 && region < 100 && any_year_[static_cast<std::size_t>(region)];
}

int RegionLookup::region_of(int year, int municipality) const {
  if (municipality < 0 || municipality >= 10000) return -1;
  return for_year(year).municipality_region[static_cast<std::size_t>(municipality)];
}

TableBuilder::TableBuilder(ExtractTable table, std::string file, const RegionLookup& regions, PersonIndex& persons,
                           std::mutex* persons_mutex, std::size_t max_problems)
    : table_(table),
      file_(std::move(file)),
      regions_(regions),
      problems_(max_problems),
      persons_(&persons),
      persons_mutex_(persons_mutex),
      first_day_(std::numeric_limits<std::int32_t>::max()),
      last_day_(std::numeric_limits<std::int32_t>::min()) {
  switch (table) {
    case ExtractTable::kTrajecten:
      person_column_ = &trajecten_.person;
      break;
    case ExtractTable::kWerk:
      person_column_ = &werk_.person;
      break;
    case ExtractTable::kUitkeringen:
      person_column_ = &uitkeringen_.person;
      break;
  }
}

void TableBuilder::flush_persons() {
  if (pending_ends_.empty()) return;
  std::unique_lock<std::mutex> lock;
  if (persons_mutex_ != nullptr) lock = std::unique_lock(*persons_mutex_);
  std::size_t row = person_column_->size() - pending_ends_.size();
  std::uint32_t begin = 0;
  for (std::uint32_t end : pending_ends_) {
    (*person_column_)[row++] = persons_->intern(std::string_view(pending_text_).substr(begin, end - begin));
    begin = end;
  }
  pending_text_.clear();
  pending_ends_.clear();
}

void TableBuilder::problem(std::size_t line, std::string_view column, std::string_view rule, std::string message) {
  problems_.add(Problem{file_, line, std::string(column), std::string(rule), std::move(message)});
}

void TableBuilder::add_problem(std::size_t line, std::string column, std::string rule, std::string message) {
  problems_.add(Problem{file_, line, std::move(column), std::move(rule), std::move(message)});
}

bool TableBuilder::set_header(std::span<const std::string_view> names) {
  const auto specs = columns_of(table_);
  bool ok = true;
  if (names.size() > kMaxColumns) {
    problem(1, "", "te-veel-kolommen",
            fmt::format("de kopregel heeft {} kolommen; er zijn er hooguit {} toegestaan", names.size(), kMaxColumns));
    return false;
  }
  std::string allowed;
  for (const auto& s : specs) allowed += (allowed.empty() ? "" : ", ") + std::string(kColumnNames[s.column]);
  std::array<bool, kColumnCount> seen{};
  column_count_ = names.size();
  for (std::size_t i = 0; i < names.size(); ++i) {
    const std::string_view name = trim(names[i]);
    column_of_field_[i] = kIgnored;
    const auto spec = std::ranges::find_if(specs, [&](const ColumnSpec& s) { return kColumnNames[s.column] == name; });
    if (spec == specs.end()) {
      // Never the name itself when it may be data (a file without header row starts with a row).
      const std::string column = shown_value(name);
      problem(1, column == "(waarde niet getoond)" ? std::string() : std::string(name), "onbekende-kolom",
              fmt::format("onbekende kolom {} in {}; toegestaan zijn: {}", column, table_name(table_), allowed));
      ok = false;
    } else if (seen[spec->column]) {
      problem(1, std::string(name), "dubbele-kolom", "deze kolom komt twee keer voor in de kopregel");
      ok = false;
    } else {
      seen[spec->column] = true;
      column_of_field_[i] = spec->column;
    }
  }
  for (const auto& s : specs) {
    if (s.required && !seen[s.column]) {
      problem(1, std::string(kColumnNames[s.column]), "kolom-ontbreekt",
              fmt::format("verplichte kolom '{}' ontbreekt in de kopregel", kColumnNames[s.column]));
      ok = false;
    }
  }
  return ok;
}

std::string_view TableBuilder::field_name(std::size_t field) const {
  if (field >= column_count_ || column_of_field_[field] == kIgnored) return {};
  return kColumnNames[column_of_field_[field]];
}

void TableBuilder::finish_rows() {
  flush_persons();
  traject_id_slots_ = {};
}

void TableBuilder::reserve(std::size_t rows) {
  switch (table_) {
    case ExtractTable::kTrajecten: {
      auto& t = trajecten_;
      t.traject_id.reserve(rows, rows * 12);
      t.person.reserve(rows);
      t.regio.reserve(rows, rows * 4);
      t.gemeente.reserve(rows, rows * 6);
      t.interventie.reserve(rows);
      t.verwijzer.reserve(rows);
      t.uitkering_start.reserve(rows);
      t.start.reserve(rows);
      t.end.reserve(rows);
      trajectory_lines_.reserve(rows);
      break;
    }
    case ExtractTable::kWerk:
      werk_.person.reserve(rows);
      werk_.start.reserve(rows);
      werk_.end.reserve(rows);
      werk_.hours.reserve(rows);
      werk_.contract.reserve(rows);
      break;
    case ExtractTable::kUitkeringen:
      uitkeringen_.person.reserve(rows);
      uitkeringen_.soort.reserve(rows);
      uitkeringen_.start.reserve(rows);
      uitkeringen_.end.reserve(rows);
      break;
  }
  // The shared person index is sized by the first (largest) table; it grows if needed.
  std::unique_lock<std::mutex> lock;
  if (persons_mutex_ != nullptr) lock = std::unique_lock(*persons_mutex_);
  if (persons_->size() == 0) persons_->reserve(rows);
}

}  // namespace regio::outcomes
