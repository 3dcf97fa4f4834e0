#include "tabular/encoding.h"

#include <algorithm>

#include <fmt/format.h>

namespace regio::tabular {

// find_invalid_utf8 is in internal/utf8.cpp (the CSV fuzz target compiles it on its own).

bool looks_like_utf16(std::string_view head) {
  if (head.starts_with("\xFF\xFE") || head.starts_with("\xFE\xFF")) return true;
  head = head.substr(0, 4096);
  return head.size() >= 4 && static_cast<std::size_t>(std::ranges::count(head, '\0')) * 4 > head.size();
}

std::string invalid_utf8_message(std::string_view text, std::size_t bad) {
  const auto byte = static_cast<unsigned char>(text[bad]);
  std::string message = fmt::format("ongeldige UTF-8-tekens (byte 0x{:02X})", byte);
  // A lone byte of 0x80-0xFF is how Latin-1 and Windows-1252 write é, ë, ï, €, ...
  if (byte >= 0x80)
    message +=
        "; het bestand is waarschijnlijk opgeslagen als Latin-1 of Windows-1252 (zoals 'CSV (gescheiden "
        "door lijstscheidingsteken)' in Excel): sla het op als 'CSV UTF-8 (door komma's gescheiden)'";
  else
    message += "; sla het bestand op als UTF-8";
  return message;
}

}  // namespace regio::tabular
