// The names of survey rows: valid XML names, reserved names, unique within their group.
#include <cctype>

#include <fmt/format.h>

#include "forms/definition_loader.h"

namespace regio::forms {
namespace {

// XML names as ODK allows them: a letter or '_' first, then letters, digits, _ - . (non-ASCII
// letters included).
bool valid_name(const std::string& n) {
  if (n.empty()) return false;
  const auto first = static_cast<unsigned char>(n[0]);
  if (!(std::isalpha(first) || n[0] == '_' || first >= 0x80)) return false;
  for (char c : n) {
    const auto u = static_cast<unsigned char>(c);
    if (!(std::isalnum(u) || c == '_' || c == '-' || c == '.' || u >= 0x80)) return false;
  }
  return true;
}

}  // namespace

bool Loader::check_name(const SheetReader& r, const tabular::Row& row, const Question& q,
                        const std::string& type_text) {
  const tabular::Sheet& sheet = r.sheet();
  if (q.name.empty()) {
    problem(sheet, row.line, "name", "naam", fmt::format("rij van type {} heeft geen naam", type_text));
  } else if (!valid_name(q.name)) {
    problem(sheet, row.line, "name", "naam",
            fmt::format("ongeldige naam '{}': begin met een letter, gebruik letters, cijfers, _ - .", q.name));
  } else if (q.name == "status" ||
             (q.name == "regio" && q.type != QuestionType::kSelectOne && q.type != QuestionType::kText)) {
    // A question regio (select_one or text) is the region the response is about: the import
    // column regio fills it.
    problem(sheet, row.line, "name", "naam",
            fmt::format("de naam {} is gereserveerd voor de importkolom{}", q.name,
                        q.name == "regio" ? " (als vraag alleen als select_one of text)" : ""));
  } else if (!names_.insert(q.name).second) {
    const Question* first = def_.question(q.name);
    problem(sheet, row.line, "name", "dubbele-naam",
            fmt::format("de naam {} komt twee keer voor in dezelfde groep (ook in regel {}); een naam is uniek "
                        "binnen zijn groep, de naam van een herhaling in de hele vragenlijst",
                        q.name, first ? first->line : 0));
  } else {
    return true;
  }
  return false;
}

}  // namespace regio::forms
