// A region's answers to the questionnaire of one wave (DESIGN §3.3).
//
// Answers are kept in their canonical text form, the same form the import/export layout uses,
// so a response round-trips through CSV/XLSX unchanged and the store need not know question
// types:
//   integer   "12"            decimal "2.5" ('.' decimal point)
//   date      "2019-12-31"    select_one  the choice name, e.g. "3" or "structureel"
//   select_multiple  choice names separated by one space, in the order of the choice list
//   text      as typed        an unanswered question is absent from the map (never "")
// Validation against a Definition (forms/validate.h) guarantees these forms.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace regio::forms {

enum class ResponseStatus { kConcept, kIngediend };

// "concept" / "ingediend"
const char* to_string(ResponseStatus s);
bool parse_response_status(const std::string& text, ResponseStatus* out);

// The column of a nested repeat's sheet that names the row of the enclosing repeat it belongs
// to: its number (from 1) among the region's rows of that repeat (layout.h).
inline constexpr const char* kParentRowColumn = "ouder_rij";

using Answers = std::map<std::string, std::string>;  // question name -> canonical value

struct Response {
  std::string region;  // CBS code, e.g. "AM13"
  std::string wave;    // wave code, e.g. "2019-eind"
  ResponseStatus status = ResponseStatus::kConcept;
  Answers answers;
  // Repeat group name (e.g. "doelen") -> its rows, in order.
  std::map<std::string, std::vector<Answers>> repeats;
  // A nested repeat (a repeat inside a repeat, e.g. "leden" in "huishoudens") -> for each of its
  // rows, in the order of repeats[name], the index (0-based) in repeats[<enclosing repeat>] of
  // the row it belongs to. Absent for repeats of the main part.
  std::map<std::string, std::vector<std::size_t>> repeat_parents;

  // The answer or "" when unanswered.
  const std::string& answer(const std::string& name) const;
};

}  // namespace regio::forms
