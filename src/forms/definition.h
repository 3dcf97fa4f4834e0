// A questionnaire definition in the XLSForm vocabulary (DESIGN §3.3): what is asked, in which
// order, with which answer types, choice lists and rules.
//
// A definition is data, loaded from a tabular::Workbook with the sheets `survey`, `choices` and
// `settings` (as Excel/LibreOffice XLSForm files or three CSV files hold them):
//
//   auto def = forms::load_definition(workbook);
//   if (!def) { print(def.error().describe()); return; }   // every problem, with sheet/row/column
//   for (const auto& q : def->questions) if (q.holds_answer()) ...
//
// Column names, their aliases and type spellings are read as pyxform reads them
// (forms/xlsform_dialect.h): `list name`, `relevance`, `constraint message`, `select one from X`,
// `begin loop`, … . Columns pyxform ignores (appearance, …) and unknown columns end up in
// Definition::warnings, never silently. Types that cannot be answered in a region's
// questionnaire (image, audio, video, file, barcode, absent external choices, …) are refused
// naming the type and the row.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/error.h"
#include "forms/expression.h"
#include "tabular/table.h"

namespace regio::forms {

enum class QuestionType {
  kInteger,
  kDecimal,
  kText,
  kSelectOne,
  kSelectMultiple,
  kDate,
  kTime,         // HH:MM or HH:MM:SS
  kDateTime,     // YYYY-MM-DDTHH:MM[:SS[.fff]][zone]
  kRange,        // a number within parameters start/end/step
  kRank,         // every choice of the list once, in the order given
  kGeopoint,     // "lat lon [alt acc]"
  kAcknowledge,  // acknowledge / trigger: "OK"
  kHidden,       // an answer without a control (hidden)
  kMetadata,     // start, end, today, username, deviceid, …: Question::metadata names which
  kNote,
  kCalculate,
  kBeginGroup,
  kEndGroup,
  kBeginRepeat,
  kEndRepeat,
};

// Texts per language: "" (a plain `label` column), "nl", "en", …
struct Texts {
  std::map<std::string, std::string> by_language;
  std::vector<std::string> order;  // languages in column order (for the last fallback)

  bool empty() const { return by_language.empty(); }
  // The text in `language`, else Dutch ("nl"), else the one without language, else the first
  // language in column order (never alphabetical); "" when none.
  std::string get(const std::string& language = "nl") const;
  void set(const std::string& language, std::string text);
};

struct Choice {
  std::string name;  // the stored value, e.g. "3" or "structureel"
  Texts label;
  std::map<std::string, std::string> columns;  // other columns of the choice row (for choice_filter)
  std::size_t line = 0;
};

struct ChoiceList {
  std::string name;
  std::vector<Choice> choices;  // in sheet order; this order is the order of stored selections

  // Index of the choice with this name, or -1.
  int index_of(const std::string& choice) const;
  // A short description for messages: "1–5" for consecutive integers, else "a, b, c" (at most
  // eight names, then "…").
  std::string describe_values() const;
};

struct Question {
  QuestionType type = QuestionType::kText;
  std::string name;
  std::string list;  // choice list of select_one / select_multiple
  Texts label;
  Texts hint;
  bool required = false;                  // required: yes
  std::optional<Expression> required_if;  // required: <expression>
  std::optional<Expression> relevant;
  std::optional<Expression> constraint;
  Texts constraint_message;
  Texts required_message;
  std::optional<Expression> calculation;
  std::optional<Expression> choice_filter;        // evaluated per choice: bare names are the choice's columns
  std::optional<Expression> repeat_count;         // begin_repeat: the number of rows
  std::optional<Expression> read_only;            // read_only: yes or an expression
  std::string trigger;                            // trigger: ${x} (the answer is kept as given)
  std::map<std::string, std::string> parameters;  // parameters: start=1 end=10 step=1, …
  Texts guidance_hint;
  std::map<std::string, Texts> media;  // image, audio, video, big-image
  std::string metadata;                // kMetadata: start, end, today, username, deviceid, …
  bool or_other = false;               // select_one X or_other: choice "other" + question <name>_other
  std::string default_value;
  std::string repeat;               // name of the enclosing repeat ("" = the main part); for begin_repeat: its own name
  std::vector<std::size_t> groups;  // indices (in Definition::questions) of enclosing begin_group/begin_repeat rows
  std::size_t line = 0;             // row of the survey sheet

  // True for the types that store an answer: integer, decimal, text, selects, date, calculate.
  bool holds_answer() const;
};

struct Settings {
  std::string form_id;
  std::string version;
  std::string form_title;
  std::string default_language = "nl";
  bool allow_choice_duplicates = false;
};

struct Definition {
  Settings settings;
  std::vector<Question> questions;  // survey rows in order, group/repeat markers included
  std::map<std::string, ChoiceList> lists;
  // Columns and settings pyxform ignores, and what the loader did in place of the author (a
  // name given to an unnamed note, …): file = sheet source, line = row, column, Dutch message.
  std::vector<Problem> warnings;

  // The answer-holding or marker row with this name, or nullptr.
  const Question* question(const std::string& name) const;
  const ChoiceList* list(const std::string& name) const;
  // Names of the repeats (begin_repeat rows), in survey order.
  std::vector<std::string> repeat_names() const;
  // The repeat that repeat `repeat` is nested in, "" for a repeat of the main part (or no repeat).
  std::string enclosing_repeat(const std::string& repeat) const;
  // Answer-holding questions of the main part (repeat == "") or of one repeat, in survey order.
  std::vector<const Question*> answer_questions(const std::string& repeat = "") const;
};

// "integer", "select_one", "begin_group", …
const char* to_string(QuestionType t);

// Builds a Definition from the sheets `survey` (required), `choices` (required when a select
// question exists) and `settings` (optional; sheet names case-insensitive). Checks: unknown
// type, missing name, invalid or duplicate name (also the reserved `regio` and `status`), missing
// or unknown choice list, duplicate choice, unbalanced groups/repeats (repeats may nest, as in
// ODK), expression syntax, ${references} to unknown names or to questions of another repeat.
// Returns kInvalidData listing every problem (file = sheet source, line = row, column = column
// name, rule in Dutch).
Result<Definition> load_definition(const tabular::Workbook& workbook);

}  // namespace regio::forms
