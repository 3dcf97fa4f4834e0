#include "tabular/formula_guard.h"

#include "base/text.h"

namespace regio::tabular {
namespace {

bool is_trigger(char c) { return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'; }

// "-5", "+3", "-0,25": signed numbers a spreadsheet reads as the same number.
bool is_signed_number(std::string_view cell) {
  return (cell.front() == '-' || cell.front() == '+') && trim(cell) == cell && parse_decimal(cell).has_value();
}

// Quotes (zero or more) followed by a trigger character.
bool quoted_trigger(std::string_view cell) {
  const std::size_t first = cell.find_first_not_of('\'');
  return first != std::string_view::npos && is_trigger(cell[first]);
}

}  // namespace

std::string guard_formula(std::string_view cell) {
  if (cell.empty() || !quoted_trigger(cell)) return std::string(cell);
  if (cell.front() != '\'' && is_signed_number(cell)) return std::string(cell);
  return "'" + std::string(cell);
}

std::string unguard_formula(std::string_view cell) {
  if (cell.size() >= 2 && cell.front() == '\'' && quoted_trigger(cell.substr(1))) return std::string(cell.substr(1));
  return std::string(cell);
}

}  // namespace regio::tabular
