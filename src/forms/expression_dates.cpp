#include "forms/expression_dates.h"

#include <cmath>
#include <limits>

#include <fmt/format.h>

#include "base/date.h"
#include "base/text.h"

namespace regio::forms {
namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
}  // namespace

double decimal_days(const Value& v) {
  if (v.kind() == Value::Kind::kNumber) return v.as_number();
  const std::string s = v.as_string();
  auto d = parse_iso_date(s.substr(0, 10));
  if (!d) return kNaN;
  double days = d->days;
  if (s.size() >= 16 && s[10] == 'T') {
    auto h = parse_integer(s.substr(11, 2)), m = parse_integer(s.substr(14, 2));
    auto sec = s.size() >= 19 ? parse_decimal(s.substr(17, 2)) : std::optional<double>(0);
    if (!h || !m || !sec) return kNaN;
    days += (*h * 3600 + *m * 60 + *sec) / 86400.0;
  }
  return days;
}

std::string format_date(const Value& v, const std::string& format) {
  const double days = decimal_days(v);
  if (std::isnan(days)) return {};
  const Date d{static_cast<std::int32_t>(std::floor(days))};
  const CivilDate cd = to_civil(d);
  const int seconds = static_cast<int>(std::lround((days - std::floor(days)) * 86400));
  static const char* months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  static const char* weekdays[] = {"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"};  // 1970-01-01 was a Thursday
  std::string out;
  for (std::size_t i = 0; i < format.size(); ++i) {
    if (format[i] != '%' || i + 1 == format.size()) {
      out += format[i];
      continue;
    }
    switch (format[++i]) {
      case 'Y':
        out += fmt::format("{:04}", cd.year);
        break;
      case 'y':
        out += fmt::format("{:02}", cd.year % 100);
        break;
      case 'm':
        out += fmt::format("{:02}", cd.month);
        break;
      case 'n':
        out += std::to_string(cd.month);
        break;
      case 'b':
        out += months[cd.month - 1];
        break;
      case 'd':
        out += fmt::format("{:02}", cd.day);
        break;
      case 'e':
        out += std::to_string(cd.day);
        break;
      case 'a':
        out += weekdays[((d.days % 7) + 7) % 7];
        break;
      case 'H':
        out += fmt::format("{:02}", seconds / 3600);
        break;
      case 'h':
        out += std::to_string(seconds / 3600);
        break;
      case 'M':
        out += fmt::format("{:02}", seconds / 60 % 60);
        break;
      case 'S':
        out += fmt::format("{:02}", seconds % 60);
        break;
      case '3':
        out += "000";
        break;
      default:
        out += format[i];
    }
  }
  return out;
}

}  // namespace regio::forms
