// Private to forms: dates in questionnaire expressions (decimal-date-time, date, format-date).
#pragma once

#include <string>

#include "forms/expression.h"

namespace regio::forms {

// "2020-06-15" or "2020-06-15T09:30:00[.fff][zone]" or a day number → days since 1970-01-01
// with the time of day as fraction; NaN when not a date.
double decimal_days(const Value& v);

// format-date(): %Y %y %m %n %b %d %e %a %H %h %M %S %3 (English month and day names, as ODK);
// "" when `v` is not a date.
std::string format_date(const Value& v, const std::string& format);

}  // namespace regio::forms
