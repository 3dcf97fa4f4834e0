#include "outcomes/bsn.h"

#include <algorithm>

namespace regio::outcomes {

bool passes_elfproef(std::string_view text) {
  if (text.size() != 9) return false;
  int sum = 0;
  bool all_zero = true;
  for (int i = 0; i < 9; ++i) {
    const char c = text[static_cast<std::size_t>(i)];
    if (c < '0' || c > '9') return false;
    const int digit = c - '0';
    all_zero = all_zero && digit == 0;
    sum += (i == 8 ? -1 : 9 - i) * digit;
  }
  // 000000000 satisfies the sum trivially but is never issued.
  return !all_zero && sum % 11 == 0;
}

bool looks_like_bsn(std::string_view text) {
  if (text.size() < 8 || text.size() > 17 || text.front() < '0' || text.front() > '9') return false;
  char digits[10];
  std::size_t n = 0;
  for (const char c : text) {
    if (c >= '0' && c <= '9') {
      if (n == 9) return false;
      digits[n++] = c;
    } else if (c != '-' && c != '.' && c != ' ' && c != '_') {
      return false;
    }
  }
  if (n == 9) return passes_elfproef(std::string_view(digits, 9));
  if (n != 8) return false;
  char padded[9] = {'0'};
  std::copy(digits, digits + 8, padded + 1);
  return passes_elfproef(std::string_view(padded, 9));
}

}  // namespace regio::outcomes
