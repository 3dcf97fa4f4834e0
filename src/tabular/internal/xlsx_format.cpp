#include "tabular/internal/xlsx_format.h"

#include <fmt/format.h>

#include <cmath>

#include "base/date.h"
#include "base/text.h"

namespace regio::tabular {

bool is_date_format(int format_id, std::string_view format_code) {
  if (format_code.empty()) return (format_id >= 14 && format_id <= 22) || (format_id >= 45 && format_id <= 47);
  for (std::size_t i = 0; i < format_code.size(); ++i) {
    const char c = format_code[i];
    if (c == '"') {
      const std::size_t close = format_code.find('"', i + 1);
      if (close == std::string_view::npos) return false;
      i = close;
    } else if (c == '[') {
      const std::size_t close = format_code.find(']', i + 1);
      if (close == std::string_view::npos) return false;
      i = close;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;  // the next character is a literal, a spacing width or a fill character
    } else if (std::string_view("dmyhsDMYHS").find(c) != std::string_view::npos) {
      return true;
    }
  }
  return false;
}

std::string render_date(double serial, DateSystem system) {
  // Beyond 9999-12-31 (serial 2958465) Excel itself shows ####.
  if (!std::isfinite(serial) || serial < 0 || serial >= 2958466) return format_number(serial);
  double whole = std::floor(serial);
  long long minutes = std::llround((serial - whole) * 24 * 60);
  if (minutes == 24 * 60) {
    whole += 1;
    minutes = 0;
  }
  const std::string time = fmt::format("{:02}:{:02}", minutes / 60, minutes % 60);
  if (whole == 0 && minutes > 0) return time;

  const auto day = static_cast<std::int32_t>(whole);
  std::string date;
  if (system == DateSystem::k1904) {
    date = format_iso(Date{day - 24107});  // serial 0 = 1904-01-01
  } else if (day == 60) {
    date = "1900-02-29";  // Lotus 1-2-3 treated 1900 as a leap year and Excel kept it
  } else {
    // Serial 1 = 1900-01-01; after the fictitious 29 February every serial is one day ahead.
    date = format_iso(Date{day < 60 ? day - 25568 : day - 25569});
  }
  return minutes > 0 ? date + " " + time : date;
}

}  // namespace regio::tabular
