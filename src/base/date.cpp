#include "base/date.h"

#include <ctime>

#include <fmt/format.h>

namespace regio {
namespace {

// Howard Hinnant's days_from_civil / civil_from_days (public domain algorithms).
std::int32_t days_from_civil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

bool digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

std::optional<Date> checked(int y, int m, int d) {
  CivilDate c{y, m, d};
  if (!is_valid_civil(c)) return std::nullopt;
  return from_civil(c);
}

}  // namespace

bool is_valid_civil(CivilDate c) {
  if (c.year < 1 || c.year > 9999 || c.month < 1 || c.month > 12 || c.day < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (c.year % 4 == 0 && c.year % 100 != 0) || c.year % 400 == 0;
  const int max = kDays[c.month - 1] + (c.month == 2 && leap ? 1 : 0);
  return c.day <= max;
}

Date from_civil(CivilDate c) {
  return Date{days_from_civil(c.year, static_cast<unsigned>(c.month), static_cast<unsigned>(c.day))};
}

CivilDate to_civil(Date date) {
  int z = date.days + 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int y = static_cast<int>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return CivilDate{y + (m <= 2), static_cast<int>(m), static_cast<int>(d)};
}

int year_of(Date d) { return to_civil(d).year; }

std::optional<Date> parse_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  auto y = s.substr(0, 4), m = s.substr(5, 2), d = s.substr(8, 2);
  if (!digits(y) || !digits(m) || !digits(d)) return std::nullopt;
  return checked(to_int(y), to_int(m), to_int(d));
}

std::optional<Date> parse_date(std::string_view s) {
  if (auto iso = parse_iso_date(s)) return iso;
  // Dutch order, day and month of one or two digits: Excel's short Dutch date writes 1-1-2023.
  const auto first = s.find_first_of("-/");
  if (first == std::string_view::npos || first < 1 || first > 2) return std::nullopt;
  const auto second = s.find(s[first], first + 1);
  if (second == std::string_view::npos || second - first < 2 || second - first > 3) return std::nullopt;
  auto d = s.substr(0, first), m = s.substr(first + 1, second - first - 1), y = s.substr(second + 1);
  if (y.size() != 4 || !digits(y) || !digits(m) || !digits(d)) return std::nullopt;
  return checked(to_int(y), to_int(m), to_int(d));
}

std::string format_iso(Date d) {
  const CivilDate c = to_civil(d);
  return fmt::format("{:04}-{:02}-{:02}", c.year, c.month, c.day);
}

std::string format_dutch(Date d) {
  const CivilDate c = to_civil(d);
  return fmt::format("{:02}-{:02}-{:04}", c.day, c.month, c.year);
}

Date SystemClock::today() const {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return from_civil(CivilDate{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday});
}

}  // namespace regio
