// How .xlsx number cells become text: number-format classification and rendering (internal).
#pragma once

#include <string>
#include <string_view>

namespace regio::tabular {

// True for built-in date/time formats (ids 14–22, 45–47) and for a custom `format_code` with a
// date or time letter (d, m, y, h, s) outside quotes, brackets and escapes.
bool is_date_format(int format_id, std::string_view format_code);

enum class DateSystem { k1900, k1904 };

// A date serial as "YYYY-MM-DD", plus " HH:MM" when it has a time of day (only "HH:MM" for a
// pure time below 1). The 1900 system keeps Excel's fictitious 1900-02-29 (serial 60). Returns
// the plain number for serials no date can represent (negative, beyond year 9999).
std::string render_date(double serial, DateSystem system);

}  // namespace regio::tabular
