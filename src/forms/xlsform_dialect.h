// Private to forms: the XLSForm dialect as pyxform (the reference XLSForm converter) reads it —
// cell cleaning, column headers with their aliases and languages, and the spellings of types.
// Written from pyxform's aliases.py, constants.py, question_type_dictionary.py and
// parsing/sheet_headers.py; the loader (definition_load.cpp) only sees canonical names.
//
//   auto columns = xlsform::read_header(sheet.header, xlsform::SheetKind::kSurvey);
//   columns[3].name == "relevant" for a header "Relevance"; columns[4].language == "en" for
//   "label::English (en)".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "forms/definition.h"

namespace regio::forms::xlsform {

// A cell as pyxform reads it: whitespace at both ends removed, Unicode spaces such as the
// non-breaking space included, and curly quotes (‘ ’ “ ”) made straight.
std::string clean_cell(std::string_view text);

// "Dutch (nl)" → "nl", "Nederlands" → "nl", "English" → "en", "fr" → "fr".
std::string language_of(std::string_view text);

enum class SheetKind { kSurvey, kChoices, kSettings };

struct Column {
  std::string header;    // as written
  std::string name;      // canonical: "label", "relevant", "list_name", … ("" for an empty header)
  std::string language;  // "" when untagged
  std::string media;     // for name == "media": image, audio, video, big-image
  // Why the product does not use this column (a Dutch phrase), empty when it does. Such
  // columns are reported as warnings.
  std::string ignored;
};

// The columns of a sheet's header row. Headers are matched case-insensitively, spaces count as
// '_' ("list name" = "list_name"), aliases are resolved, and "x::lang" (or "x:lang" when no
// header uses "::") names a language. Choices columns that are not known are kept as choice
// attributes (a choice_filter may use them), so they are not ignored.
std::vector<Column> read_header(const std::vector<std::string>& header, SheetKind kind);

// A `type` cell after cleaning.
struct TypeSpelling {
  std::optional<QuestionType> type;  // empty when unknown or refused
  std::string list;                  // selects and rank; `begin repeat over X` / `begin loop over X`
  bool or_other = false;             // "or_other", "or specify other", "or other"
  bool loop = false;                 // begin loop: a group repeated once per choice of `list`
  bool external = false;             // select_one_external: the list is in sheet external_choices
  std::string metadata;              // kMetadata: start, end, today, username, deviceid, …
  std::string refused;               // non-empty: why the type cannot be answered (Dutch)
};
TypeSpelling parse_type(std::string_view type);

// External data (ODK): the first argument of pulldata('file', …) in an expression ("file" for
// file.csv, "@geopoint" for Collect's geopoint parts), and the list of search('file', …) in an
// appearance; nullopt when the text has none.
std::optional<std::string> pulldata_file(std::string_view expression);
std::optional<std::string> search_file(std::string_view appearance);

// The internal secondary instance of a choice list as ODK forms read it:
// `instance('L')/root/item[name = X]/label` and `jr:itext(instance('L')/root/item[name = X]/itextId)`
// (the label of choice X of list L) become `jr:choice-name(X, 'list:L')`. Other uses of
// instance() are left as written (the parser refuses them naming the feature).
std::string rewrite_choice_lookups(std::string_view expression);

// pyxform's yes/no spellings (yes, true, TRUE, true(), …, and Dutch ja/nee): true/false, or
// nullopt when the text is an expression.
std::optional<bool> yes_no(std::string_view text);

// "start=1 end=10 step=0.5" (also with ',' or ';' between the pairs) → key/value pairs with
// lower-case keys; nullopt when a pair has no '='.
std::optional<std::vector<std::pair<std::string, std::string>>> parse_parameters(std::string_view text);

}  // namespace regio::forms::xlsform
