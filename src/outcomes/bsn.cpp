#include "outcomes/bsn.h"

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

}  // namespace regio::outcomes
