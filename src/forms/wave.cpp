#include "forms/wave.h"

namespace regio::forms {

bool is_valid_wave_code(const std::string& code) {
  if (code.empty() || code.size() > 40) return false;
  auto allowed = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; };
  for (char c : code)
    if (!allowed(c)) return false;
  return code.front() != '-';
}

}  // namespace regio::forms
