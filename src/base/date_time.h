// The current moment as ODK writes a dateTime ("2020-06-15T09:05:03.007+02:00"), for the
// metadata start/end of a questionnaire (forms::ResponseSource::now). Kept apart from date.h,
// whose Clock only knows days.
#pragma once

#include <cstdint>
#include <string>

#include "base/date.h"

namespace regio {

// "YYYY-MM-DDTHH:MM:SS.mmm+HH:MM" from a day, a time of day in milliseconds and a UTC offset in
// minutes (negative west of Greenwich).
std::string format_odk_date_time(Date day, std::int64_t milliseconds_of_day, int utc_offset_minutes);

// Now: from a SystemClock the local time with its UTC offset; from any other clock (a FixedClock
// in tests) its day at 00:00:00.000+00:00, so results stay reproducible.
std::string odk_now(const Clock& clock);

}  // namespace regio
