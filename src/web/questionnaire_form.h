// The questionnaire of a wave as an HTML form (DESIGN §3.3), generated from its definition, and
// the posted form read back into answers. Groups become sections with headings, repeats a list
// of fieldsets with "Rij toevoegen"/"Rij verwijderen" buttons, select_one radio buttons (a select
// for long lists), select_multiple checkboxes, each in a fieldset with a legend. What is hidden
// and which message stands next to a field comes from forms::FormState (the one evaluator, on
// the server); nothing here evaluates an expression except the choice_filter, through
// forms::filtered_choices.
//
// Keys are those of forms::FormState: a question of the main part is keyed by its name, one in a
// repeat row by the row's key (forms::row_key) and its name: "doelen/2/omschrijving". A nested
// repeat is shown inside each row of its enclosing repeat and its rows are numbered per parent
// row, so the key encodes the parent row: "huishoudens/1/leden/2/naam" is the name of the second
// member of household 1. A repeat's key is its name, a nested repeat's key in one parent row
// "huishoudens/1/leden". Removing a row removes the rows nested in it (web/repeat_rows.h).
//
// Field names: "v/<key>", a checkbox "k/<key>/<choice>", the number of rows of a repeat (in one
// parent row) "rijen/<repeat key>", e.g. "rijen/doelen", "rijen/huishoudens/1/leden". Buttons
// (name "actie"): "rij-toevoegen/<repeat key>", "rij-verwijderen/<row key>". Element ids: the
// field's wrapper "vraag-<key>" (with data-veld=<key>, also on groups and repeats; a row's
// fieldset "vraag-<row key>"), the input "veld-<key>", its message "fout-<key>", its hint
// "hint-<key>".
#pragma once

#include <map>
#include <string>

#include "forms/definition.h"
#include "forms/response.h"
#include "forms/validate.h"
#include "web/html.h"

namespace regio::web {

// The answers of a posted form, as typed (not yet validated), with the rows of every repeat
// and, for nested repeats, the row of the enclosing repeat each row belongs to.
forms::Response read_form_answers(const forms::Definition& definition, const std::map<std::string, std::string>& form);

// `answers` without the answers and repeat rows that `state` found not relevant: what the user
// does not see is not saved.
forms::Response without_hidden(const forms::Definition& definition, const forms::Response& answers,
                               const forms::FormState& state);

struct FormView {
  const forms::Definition& definition;
  const forms::Response& answers;  // as typed, shown back unchanged (also an invalid value)
  const forms::FormState& state;   // hidden fields and messages
  bool read_only = false;          // the answers as text, no inputs (submitted, or a lezer)
};

// The questions: sections, fieldsets, inputs or (read-only) answers. Not the <form> itself.
void render_questions(Html& m, const FormView& view);
// An error summary (role=alert) linking to every visible field with a message; nothing when
// there is none. Returns the number of messages listed.
std::size_t render_error_summary(Html& m, const FormView& view, std::string_view heading);

}  // namespace regio::web
