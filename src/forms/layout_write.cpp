#include "forms/layout.h"

#include "tabular/formula_guard.h"

namespace regio::forms {

tabular::Workbook write_responses(const Definition& definition, const std::vector<Response>& responses) {
  tabular::Workbook book;
  tabular::Sheet main;
  main.name = "antwoorden";
  main.source = "antwoorden.csv";
  main.header = {"regio", "status"};
  auto main_questions = definition.answer_questions();
  // A question named regio is the region column itself (forms made for ODK/KoboToolbox).
  std::erase_if(main_questions, [](const Question* q) { return q->name == "regio"; });
  for (const Question* q : main_questions) main.header.push_back(q->name);
  for (const Response& r : responses) {
    tabular::Row row;
    row.line = main.rows.size() + 2;
    row.cells = {r.region, to_string(r.status)};
    for (const Question* q : main_questions) row.cells.push_back(tabular::guard_formula(r.answer(q->name)));
    main.rows.push_back(std::move(row));
  }
  book.sheets.push_back(std::move(main));

  for (const std::string& repeat : definition.repeat_names()) {
    tabular::Sheet sheet;
    sheet.name = repeat;
    sheet.source = "antwoorden_" + repeat + ".csv";
    sheet.header = {"regio"};
    // A nested repeat's row names the row of the enclosing repeat it belongs to (from 1).
    const bool nested = !definition.enclosing_repeat(repeat).empty();
    if (nested) sheet.header.push_back(kParentRowColumn);
    const auto questions = definition.answer_questions(repeat);
    for (const Question* q : questions) sheet.header.push_back(q->name);
    for (const Response& r : responses) {
      auto it = r.repeats.find(repeat);
      if (it == r.repeats.end()) continue;
      const auto parents = r.repeat_parents.find(repeat);
      for (std::size_t i = 0; i < it->second.size(); ++i) {
        const Answers& answers = it->second[i];
        tabular::Row row;
        row.line = sheet.rows.size() + 2;
        row.cells = {r.region};
        if (nested)
          row.cells.push_back(parents != r.repeat_parents.end() && i < parents->second.size()
                                  ? std::to_string(parents->second[i] + 1)
                                  : std::string());
        for (const Question* q : questions) {
          auto a = answers.find(q->name);
          row.cells.push_back(a == answers.end() ? std::string() : tabular::guard_formula(a->second));
        }
        sheet.rows.push_back(std::move(row));
      }
    }
    book.sheets.push_back(std::move(sheet));
  }
  return book;
}

}  // namespace regio::forms
