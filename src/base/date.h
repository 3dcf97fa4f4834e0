// Calendar dates as a count of days, the unit every outcome indicator is defined in.
//
// A Date is the number of days since 1970-01-01 (proleptic Gregorian), so `d + 365` and
// `a - b` are the day arithmetic of DESIGN §3.8. It is a strong type: a day count cannot be
// passed where a date is meant by accident.
//
//   auto d = parse_date("31-12-2019");   // also "2019-12-31"
//   if (d && *d + 365 <= peildatum) ...
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace regio {

struct Date {
  std::int32_t days = 0;  // days since 1970-01-01

  friend auto operator<=>(Date, Date) = default;
  friend Date operator+(Date d, std::int32_t n) { return Date{d.days + n}; }
  friend Date operator-(Date d, std::int32_t n) { return Date{d.days - n}; }
  friend std::int32_t operator-(Date a, Date b) { return a.days - b.days; }
};

struct CivilDate {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31
};

// REQUIRES: a valid calendar date.
Date from_civil(CivilDate c);
CivilDate to_civil(Date d);
int year_of(Date d);
bool is_valid_civil(CivilDate c);

// Parses "YYYY-MM-DD" or "DD-MM-YYYY" (also with '/' in the Dutch form, and with day and month
// of one digit, "1-1-2023", as Excel's short Dutch date writes them). Returns nullopt for
// anything else, including impossible dates like 2019-02-30.
std::optional<Date> parse_date(std::string_view text);
// Only "YYYY-MM-DD".
std::optional<Date> parse_iso_date(std::string_view text);

// "YYYY-MM-DD".
std::string format_iso(Date d);
// "DD-MM-YYYY".
std::string format_dutch(Date d);

// The source of "today", injected where it matters so tests can fix it.
class Clock {
 public:
  virtual ~Clock() = default;
  virtual Date today() const = 0;
};

// Today in the local time zone of the machine.
class SystemClock final : public Clock {
 public:
  Date today() const override;
};

class FixedClock final : public Clock {
 public:
  explicit FixedClock(Date d) : day_(d) {}
  Date today() const override { return day_; }

 private:
  Date day_;
};

}  // namespace regio
