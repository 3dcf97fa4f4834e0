// Validation of one region's Response against a questionnaire Definition (DESIGN §3.3).
//
// Answers come in as typed (from an import file or a web form) and leave in the canonical form
// of response.h, or come back as problems:
//
//   ProblemList problems;
//   Response clean = forms::validate_response(def, raw, source, today, problems);
//   if (!problems.empty()) return std::unexpected(problems.to_error("Antwoorden geweigerd"));
//
// Rules, each reported as a Problem with rule:
//   type                integer / decimal ('.' or ',' → stored with '.') / date (YYYY-MM-DD or
//                       DD-MM-YYYY → stored ISO); also an answer to an unknown question or to a
//                       question that takes no answer (note, group)
//   keuzelijst          select_one value not in its list; select_multiple values not in the list
//                       or chosen twice (stored space-separated in list order)
//   verplicht           a required question (yes, or its `required` expression true) without an
//                       answer, when relevant; only checked for status ingediend, a concept may
//                       be incomplete
//   niet-van-toepassing an answer to a question whose `relevant` (or an enclosing group's) is false
//   voorwaarde          `constraint` false; the message is the constraint_message (default
//                       language, ${x} filled in) or a Dutch default naming the expression;
//                       also a range value off its scale
//   keuzelijst          also a choice outside the question's choice_filter
//   alleen-lezen        an answer other than the default to a read_only question
//   aantal-rijen        a repeat whose number of rows differs from its repeat_count
// Calculate fields (and any question with a `calculation`) are computed in survey order and
// stored (a given value is replaced, unless the question has a `trigger`; once() sees the given
// value); a result that is empty or NaN leaves the field unanswered. A relevant unanswered
// question with a `default` gets the default; metadata `today` gets today. Repeat rows are
// validated one by one; inside them ${name} resolves in the row first, then in the main answers,
// and position(..) is the row number. Expressions see the answers after type normalisation;
// count(), sum(), … over a repeat see its rows as given.
//
// Problem.file/line come from `source` (the row the answers were read from), Problem.column is
// the question name, and the message names the region, e.g.
//   "regio AM13, vraag niveau: waarde 9 staat niet in keuzelijst ladder (1–5)".
#pragma once

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/error.h"
#include "forms/definition.h"
#include "forms/response.h"

namespace regio::forms {

// Where a row of answers was read from, for messages. Empty file / line 0 when not from a file.
struct RowSource {
  std::string file;
  std::size_t line = 0;
};

struct ResponseSource {
  RowSource main;
  std::map<std::string, std::vector<RowSource>> repeats;  // per repeat, one per row (may be shorter)
  // What metadata questions are filled in with when the response does not hold them: start and
  // end = `now` (the moment of saving as ODK writes a dateTime, odk_now() of base/date_time.h; empty = today
  // at 00:00), username = `username` (the actor's name; empty = left empty), today = `today`,
  // deviceid = "regiomonitor". With `now` set, end is renewed on every save (as in ODK).
  std::string now;
  std::string username;
};

// Validates `raw` and returns it normalised: valid answers in canonical form, calculations
// filled in, invalid and non-relevant answers left out. Every problem found is added to
// `problems`; the result is only meaningful when none were added. `today` is what today() means.
Response validate_response(const Definition& definition, const Response& raw, const ResponseSource& source, Date today,
                           ProblemList& problems);

// The names of the choices of a select that pass its choice_filter (all of them without one),
// with `context` holding the answers so far: what a web form offers and validation accepts.
std::vector<std::string> filtered_choices(const Definition& definition, const Question& question,
                                          EvaluationContext context);

// What a web form shows for answers as typed, from the same validation: which questions, groups
// and repeats are not relevant (to hide, and whose answers are dropped), and per field the Dutch
// messages without the "regio …, vraag …:" prefix (the definition's constraint_message, the
// required message, a type error). Keys: field_key() in the main part; in a repeat row
// row_key() + "/" + name; a whole repeat: its name, a nested repeat in a row of its enclosing
// repeat row_key(<that row>) + "/" + its name (e.g. "huishoudens/1/leden").
struct FormState {
  Response clean;                                            // as validate_response returns it
  std::set<std::string> hidden;                              // field keys (a repeat: its name)
  std::map<std::string, std::vector<std::string>> messages;  // field key -> messages
  std::size_t problems = 0;                                  // 0: valid for the response's status
};
// "name" for a question of the main part, "repeat/row/name" (row 1-based) inside a repeat.
std::string field_key(const std::string& repeat, std::size_t row, const std::string& name);
// The key of row `index` (0-based in response.repeats[repeat]): "doelen/2" for the second row of
// a repeat of the main part; for a nested repeat the key of its row in the enclosing repeat,
// the repeat's name and its number (from 1) among that row's own rows, e.g.
// "huishoudens/1/leden/2" (the second member of household 1), as deep as repeats nest. "" when
// a nested row has no row of the enclosing repeat in response.repeat_parents.
std::string row_key(const Definition& definition, const Response& response, const std::string& repeat,
                    std::size_t index);
FormState evaluate_form(const Definition& definition, const Response& raw, Date today,
                        const ResponseSource& source = {});

// The same for callers without a source file (e.g. a web form): kInvalidData with every problem.
// `source` may carry `now` and `username` for the metadata questions (see ResponseSource).
Result<Response> validate_response(const Definition& definition, const Response& raw, Date today,
                                   const ResponseSource& source = {});

}  // namespace regio::forms
