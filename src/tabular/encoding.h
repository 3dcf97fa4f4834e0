// Recognising text that is not UTF-8, with a hint a user can act on: every reader of user text
// files (tabular CSV, the outcome extract scanner) says the same thing in the same words.
//
//   if (looks_like_utf16(head)) problem(kUtf16Message);
//   if (auto bad = find_invalid_utf8(text); bad != npos) problem(invalid_utf8_message(text, bad));
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace regio::tabular {

// Offset of the first byte that is not part of a well-formed UTF-8 sequence (overlong forms,
// surrogates and code points above U+10FFFF are ill-formed), or npos when `text` is valid.
std::size_t find_invalid_utf8(std::string_view text);

// True for a UTF-16 byte order mark (FF FE or FE FF) at the start of `head`, or when more than
// a quarter of its first 4 KiB are NUL bytes (UTF-16 without a mark, as "Unicode-tekst").
bool looks_like_utf16(std::string_view head);

inline constexpr std::string_view kUtf16Message =
    "het bestand is opgeslagen als UTF-16 ('Unicode-tekst'); sla het op als 'CSV UTF-8 (door komma's "
    "gescheiden)'";

// "ongeldige UTF-8-tekens (byte 0xE9)" plus, when the byte fits, the hint that the file is
// probably Latin-1 / Windows-1252 and how to save it as UTF-8. REQUIRES: bad < text.size().
std::string invalid_utf8_message(std::string_view text, std::size_t bad);

}  // namespace regio::tabular
