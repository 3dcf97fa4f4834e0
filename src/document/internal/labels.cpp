#include "document/internal/labels.h"

#include <fmt/format.h>

#include <array>

namespace regio::document::internal {

std::string long_dutch_date(Date d) {
  static constexpr std::array<const char*, 12> kMonths = {"januari",   "februari", "maart",    "april",
                                                          "mei",       "juni",     "juli",     "augustus",
                                                          "september", "oktober",  "november", "december"};
  CivilDate c = to_civil(d);
  return fmt::format("{} {} {}", c.day, kMonths[static_cast<std::size_t>(c.month - 1)], c.year);
}

std::string table_label(int number, const std::string& caption) { return fmt::format("Tabel {}. {}", number, caption); }

std::string figure_label(int number, const std::string& caption) {
  return fmt::format("Figuur {}. {}", number, caption);
}

std::string source_line(const std::string& source) { return source.empty() ? std::string() : "Bron: " + source; }

}  // namespace regio::document::internal
