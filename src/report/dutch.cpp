#include "report/dutch.h"

#include <cstdlib>

#include <fmt/format.h>

#include "base/text.h"

namespace regio::report {

std::string regions_phrase(int n, int total) {
  if (n == 0) return "geen enkele regio";
  if (n == 1) return "1 regio";
  if (total > 1 && n == total) return fmt::format("alle {} regio's", format_count(n));
  return fmt::format("{} regio's", format_count(n));
}

bool takes_singular(int n) { return n == 0 || n == 1; }

std::string regions_count(int n) { return n == 1 ? "1 regio" : fmt::format("{} regio's", format_count(n)); }

namespace {
const std::string& verb_of(int n, const VerbPhrase& v) { return takes_singular(n) ? v.singular : v.plural; }
std::string with_rest(std::string s, const VerbPhrase& v) { return v.rest.empty() ? s : s + " " + v.rest; }
}  // namespace

std::string clause(int n, int total, const VerbPhrase& v) {
  return with_rest(regions_phrase(n, total) + " " + verb_of(n, v), v);
}

std::string clause_inverted(int n, int total, const VerbPhrase& v) {
  return with_rest(verb_of(n, v) + " " + regions_phrase(n, total), v);
}

std::string join_dutch(const std::vector<std::string>& parts, std::string_view last) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += (i + 1 == parts.size()) ? std::string(last) : std::string(", ");
    out += parts[i];
  }
  return out;
}

std::string format_count(long long n) {
  std::string digits = std::to_string(std::llabs(n));
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += '.';
    out += digits[i];
  }
  return n < 0 ? "-" + out : out;
}

std::string format_percent(double pct, int decimals) { return format_fixed_nl(pct, decimals) + "%"; }

std::string period_phrase(Date d) {
  const CivilDate c = to_civil(d);
  const char* part = c.month <= 4 ? "Begin" : c.month <= 8 ? "Medio" : "Eind";
  return fmt::format("{} {}", part, c.year);
}

std::string lower_first(std::string_view label) {
  std::string s(label);
  if (s.size() >= 2 && s[0] >= 'A' && s[0] <= 'Z' && !(s[1] >= 'A' && s[1] <= 'Z')) s[0] = char(s[0] - 'A' + 'a');
  return s;
}

std::string upper_first(std::string_view text) {
  std::string s(text);
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = char(s[0] - 'a' + 'A');
  return s;
}

}  // namespace regio::report
