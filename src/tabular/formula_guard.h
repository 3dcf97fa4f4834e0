// Cells that spreadsheet programs would run as formulas, neutralised the way OWASP describes
// ("CSV injection"): a text cell that starts with '=', '+', '-', '@', a tab or a carriage
// return gets a single quote in front, so Excel and LibreOffice show it as text. A cell that is
// a valid number ("-5", "+3", "-0,25") is left alone. A cell that already starts with one or
// more quotes followed by such a character gets one more quote, so unguard_formula() can give
// back every original exactly: it strips exactly one leading quote when the rest starts with
// quotes followed by a trigger character.
//
//   guard_formula("=SUM(A1)") == "'=SUM(A1)";   unguard_formula("'=SUM(A1)") == "=SUM(A1)"
//   guard_formula("'=x") == "''=x";             unguard_formula("''=x") == "'=x"
//   guard_formula("-5") == "-5";                guard_formula("'hallo") == "'hallo"
#pragma once

#include <string>
#include <string_view>

namespace regio::tabular {

// For every export of text a person may open in a spreadsheet (CSV and XLSX).
std::string guard_formula(std::string_view cell);
// For every import of such an export; unguard_formula(guard_formula(x)) == x for every x.
std::string unguard_formula(std::string_view cell);

}  // namespace regio::tabular
