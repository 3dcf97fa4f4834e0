// Private to forms: the loader behind load_definition (definition_load.cpp: sheets, settings,
// choices, references; definition_survey.cpp: the survey rows).
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "forms/definition.h"
#include "forms/sheet_reader.h"

namespace regio::forms {

class Loader {
 public:
  Result<Definition> run(const tabular::Workbook& book);

 private:
  void problem(const tabular::Sheet& s, std::size_t line, std::string column, std::string rule, std::string message);
  void warning(const tabular::Sheet& s, std::size_t line, std::string column, std::string message);
  void warn_ignored_columns(const SheetReader& r);
  void load_settings(const tabular::Sheet& sheet);
  void load_choices(const tabular::Sheet& sheet, bool external);
  std::optional<Expression> expression(const SheetReader& r, const tabular::Row& row, std::string_view column,
                                       ParseOptions options = {});
  void check_references(const tabular::Sheet& sheet);
  void check_text_references(const tabular::Sheet& sheet, const Question& q);

  // definition_survey.cpp
  void load_survey(const tabular::Sheet& sheet);
  void load_row(const SheetReader& r, const tabular::Row& row, std::vector<std::size_t>& open);
  void load_rules(const SheetReader& r, const tabular::Row& row, Question& q);
  bool check_name(const SheetReader& r, const tabular::Row& row, const Question& q, const std::string& type_text);
  std::optional<std::size_t> close_group(const tabular::Sheet& sheet, const tabular::Row& row, const Question& q,
                                         std::vector<std::size_t>& open);
  void add_or_other(const Question& select);
  // definition_loop.cpp: begin loop … end loop expanded into one group per choice.
  std::vector<tabular::Row> expand_loops(const SheetReader& r, const std::vector<tabular::Row>& rows);

  Definition def_;
  ProblemList problems_;
  std::set<std::string> names_;
  std::set<std::string> refused_;         // names of refused rows: no follow-on errors for references to them
  std::set<std::string> external_lists_;  // lists of the sheet external_choices
  // Names written on more than one row (ODK allows one name in different groups): such a row
  // inside a group is named <group>-<name>, as ODK Central names its export column.
  std::set<std::string> shared_names_;
};

// An expression as one line for a message: line breaks and tabs become spaces, one for one, so
// the character positions of parse errors still point at the right character.
std::string one_line(std::string_view text);

}  // namespace regio::forms
