// The plausible-date rule of the extract validation (DESIGN §3.7): no date after the delivery's
// extraction date, none before the earliest date the installation allows.
#include <fmt/format.h>

#include "outcomes/extract_validation.h"

namespace regio::outcomes {

void TableBuilder::set_date_range(std::optional<Date> earliest, std::optional<Date> latest) {
  earliest_day_ = earliest ? earliest->days : std::numeric_limits<std::int32_t>::min();
  latest_day_ = latest ? latest->days : std::numeric_limits<std::int32_t>::max();
}

bool TableBuilder::in_date_range(std::size_t line, std::string_view column, Date date) {
  if (date.days > latest_day_) {
    problem(line, column, "datum-na-extractiedatum",
            fmt::format("{} ligt na de extractiedatum {} van de levering; controleer de datum of de extractiedatum",
                        format_iso(date), format_iso(Date{latest_day_})));
    return false;
  }
  if (date.days < earliest_day_) {
    problem(
        line, column, "datum-voor-vroegste-datum",
        fmt::format("{} ligt vóór de vroegste toegestane datum {}", format_iso(date), format_iso(Date{earliest_day_})));
    return false;
  }
  return true;
}

}  // namespace regio::outcomes
