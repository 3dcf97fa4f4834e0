// The versioned classification of labour-market regions and municipalities (DESIGN §3.1).
//
// CBS publishes the composition of the 35 arbeidsmarktregio's per year; municipalities merge and
// move between regions. The registry holds every shipped year (2017, 2020, 2025) and answers
// "which classification applies to year Y": the latest shipped one not later than Y, or the
// earliest for years before it. `AM99` "Niet in te delen" (2020) is kept as the region of its
// municipality but is not a region: it is absent from regions() and is_region().
//
//   auto reg = regions::Registry::load_embedded();
//   const auto& c = reg->for_year(2019);            // the 2017 classification
//   if (c.is_region("AM13")) ...
//   auto r = reg->region_of("GM0344", parse_date("2021-05-01").value());  // "AM13"
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "base/error.h"

namespace regio::regions {

struct Region {
  std::string code;  // "AM13"
  std::string name;  // CBS name in this year
};

struct Municipality {
  std::string code;  // "GM0344"
  std::string name;
  std::string region;  // region code in this year (may be "AM99")
};

// One year's classification.
class Classification {
 public:
  int year() const { return year_; }
  // The 35 regions, sorted by code (AM99 excluded).
  const std::vector<Region>& regions() const { return regions_; }
  const std::vector<Municipality>& municipalities() const { return municipalities_; }
  bool is_region(std::string_view code) const;
  const Region* region(std::string_view code) const;
  const Municipality* municipality(std::string_view code) const;
  // Municipalities of one region, sorted by code.
  std::vector<const Municipality*> municipalities_of(std::string_view region) const;

 private:
  friend class Registry;
  int year_ = 0;
  std::vector<Region> regions_;
  std::vector<Municipality> municipalities_;
  std::map<std::string, std::size_t, std::less<>> region_index_;
  std::map<std::string, std::size_t, std::less<>> municipality_index_;
};

class Registry {
 public:
  // From the data compiled into the binary (data/regions of the repository).
  static Result<Registry> load_embedded();
  // From CSV text in the layout of data/regions (arbeidsmarktregios.csv and
  // gemeente_regio_<year>.csv). Exposed for tests.
  static Result<Registry> from_csv(std::string_view regions_csv,
                                   const std::map<int, std::string>& municipalities_csv_by_year);

  // Shipped years, ascending.
  std::vector<int> years() const;
  // The classification in force for `year` (see the file comment).
  const Classification& for_year(int year) const;
  const Classification& latest() const { return classifications_.back(); }
  // Exactly this shipped year, or nullptr.
  const Classification* exact_year(int year) const;

  // The region of a municipality on a date, by the classification in force that year.
  std::optional<std::string> region_of(std::string_view municipality, Date date) const;
  // True when `code` is a region in any shipped year.
  bool is_known_region(std::string_view code) const;
  // Display name: the name in the latest year that has the region.
  std::string region_name(std::string_view code) const;

 private:
  std::vector<Classification> classifications_;  // ascending by year; never empty
};

// TopoJSON boundaries shipped with the product. kind: "arbeidsmarktregio" or "gemeente".
// Returns an empty view when that year/kind is not shipped.
std::string_view embedded_topojson(std::string_view kind, int year);

// Attribution to show wherever boundaries or classifications are used.
inline constexpr const char* kAttribution =
    "Gebiedsindelingen en grenzen: © CBS / Kadaster (PDOK), CBS Gebiedsindelingen, CC BY 4.0; "
    "via github.com/cartomap/nl";

}  // namespace regio::regions
