// Texts both writers print the same way.
#pragma once

#include <string>

#include "base/date.h"

namespace regio::document::internal {

// "28 november 2026".
std::string long_dutch_date(Date d);
// "Tabel 3. caption", "Figuur 2. caption".
std::string table_label(int number, const std::string& caption);
std::string figure_label(int number, const std::string& caption);
// "Bron: source" (empty when source is empty).
std::string source_line(const std::string& source);
// What a suppressed cell shows, and what it means.
inline constexpr const char* kSuppressedMark = ".";
inline constexpr const char* kSuppressedMeaning = "geheimgehouden";

}  // namespace regio::document::internal
