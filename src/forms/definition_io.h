// Where questionnaire definitions come from: the default questionnaire compiled into the
// binary, and definition files made by the research team (XLSForm .xlsx or CSV sheets).
//
// The store keeps a definition as the JSON of its workbook (tabular/workbook_json.h), so it can
// be read back with the original line numbers:
//
//   tabular::Workbook book = forms::default_workbook();
//   store.put_questionnaire({"standaard", tabular::workbook_to_json(book)}, audit);
//   auto def = forms::load_definition(*tabular::workbook_from_json(record.workbook_json));
#pragma once

#include <filesystem>

#include "base/error.h"
#include "forms/definition.h"
#include "tabular/table.h"

namespace regio::forms {

// The default questionnaire (src/forms/default/{survey,choices,settings}.csv): themes A–L of
// DESIGN §3.3 with the question names of docs/QUESTION_NAMES.md. Sheets "survey", "choices",
// "settings" with sources "standaard/survey.csv" etc.
tabular::Workbook default_workbook();

// load_definition(default_workbook()); the shipped files are tested to load without problems.
Result<Definition> default_definition();

// Reads the sheets of a definition file:
//   - an .xlsx workbook (sheets survey, choices, settings);
//   - a directory holding survey.csv and, optionally, choices.csv and settings.csv;
//   - a CSV survey file itself (e.g. "vragenlijst/survey.csv" or "2021_survey.csv"), with its
//     siblings choices/settings found beside it under the same prefix.
// The CSV sheets are named survey/choices/settings whatever their prefix. Returns kNotFound when
// the path does not exist, the readers' errors otherwise. Pass the result to load_definition.
Result<tabular::Workbook> read_definition_file(const std::filesystem::path& path);

}  // namespace regio::forms
