#include <set>

#include <fmt/format.h>

#include "base/text.h"
#include "forms/definition.h"

namespace regio::forms {
namespace {

// XLSForm headers are matched case-insensitively; languages come as "label::nl" or
// "label::Dutch (nl)".
std::string language_of(std::string_view suffix) {
  std::string s = to_lower_ascii(trim(suffix));
  const auto open = s.find('('), close = s.find(')');
  if (open != std::string::npos && close != std::string::npos && close > open)
    s = std::string(trim(std::string_view(s).substr(open + 1, close - open - 1)));
  if (s == "dutch" || s == "nederlands") return "nl";
  if (s == "english" || s == "engels") return "en";
  return s;
}

class SheetReader {
 public:
  explicit SheetReader(const tabular::Sheet& sheet) : sheet_(sheet) {
    for (const auto& h : sheet.header) lower_.push_back(to_lower_ascii(trim(h)));
  }
  int column(std::string_view name) const {
    for (std::size_t i = 0; i < lower_.size(); ++i)
      if (lower_[i] == name) return static_cast<int>(i);
    return -1;
  }
  static std::string cell(const tabular::Row& row, int column) {
    if (column < 0 || static_cast<std::size_t>(column) >= row.cells.size()) return {};
    return std::string(trim(row.cells[static_cast<std::size_t>(column)]));
  }
  std::string cell(const tabular::Row& row, std::string_view name) const { return cell(row, column(name)); }
  // All "base" and "base::<language>" cells of a row.
  Texts texts(const tabular::Row& row, std::string_view base) const {
    Texts t;
    const std::string prefix = std::string(base) + "::";
    for (std::size_t i = 0; i < lower_.size(); ++i) {
      std::string value = cell(row, static_cast<int>(i));
      if (value.empty()) continue;
      if (lower_[i] == base)
        t.by_language[""] = value;
      else if (lower_[i].rfind(prefix, 0) == 0)
        t.by_language[language_of(sheet_.header[i].substr(prefix.size()))] = value;
    }
    return t;
  }
  const tabular::Sheet& sheet() const { return sheet_; }

 private:
  const tabular::Sheet& sheet_;
  std::vector<std::string> lower_;
};

const tabular::Sheet* find_sheet(const tabular::Workbook& book, std::string_view name) {
  for (const auto& s : book.sheets)
    if (to_lower_ascii(s.name) == name) return &s;
  return nullptr;
}

bool valid_name(const std::string& n) {
  if (n.empty() || !(std::isalpha(static_cast<unsigned char>(n[0])) || n[0] == '_')) return false;
  for (char c : n)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.')) return false;
  return true;
}

std::optional<QuestionType> parse_type(const std::string& raw, std::string* list) {
  auto parts = split_whitespace(to_lower_ascii(raw));
  if (parts.size() >= 2 && (parts[0] == "begin" || parts[0] == "end") &&
      (parts[1] == "group" || parts[1] == "repeat")) {
    parts[0] += "_" + parts[1];
    parts.erase(parts.begin() + 1);
  }
  if (parts.empty()) return std::nullopt;
  if (parts[0] == "select_one" || parts[0] == "select_multiple") {
    if (parts.size() != 2) return std::nullopt;
    *list = split_whitespace(raw)[1];  // list names keep their case
    return parts[0] == "select_one" ? QuestionType::kSelectOne : QuestionType::kSelectMultiple;
  }
  if (parts.size() != 1) return std::nullopt;
  static const std::map<std::string, QuestionType> simple = {
      {"integer", QuestionType::kInteger},
      {"decimal", QuestionType::kDecimal},
      {"text", QuestionType::kText},
      {"date", QuestionType::kDate},
      {"note", QuestionType::kNote},
      {"calculate", QuestionType::kCalculate},
      {"begin_group", QuestionType::kBeginGroup},
      {"end_group", QuestionType::kEndGroup},
      {"begin_repeat", QuestionType::kBeginRepeat},
      {"end_repeat", QuestionType::kEndRepeat},
  };
  auto it = simple.find(parts[0]);
  if (it == simple.end()) return std::nullopt;
  return it->second;
}

class Loader {
 public:
  Result<Definition> run(const tabular::Workbook& book) {
    const tabular::Sheet* survey = find_sheet(book, "survey");
    if (!survey) {
      problems_.add({"", 0, "", "blad-ontbreekt", "de vragenlijst heeft geen blad 'survey'"});
      return std::unexpected(problems_.to_error("Vragenlijst ongeldig: 1 fout"));
    }
    if (const auto* settings = find_sheet(book, "settings")) load_settings(*settings);
    if (const auto* choices = find_sheet(book, "choices")) load_choices(*choices);
    load_survey(*survey);
    check_references(*survey);
    if (!problems_.empty())
      return std::unexpected(problems_.to_error(fmt::format("Vragenlijst ongeldig: {} fout(en)", problems_.size())));
    return std::move(def_);
  }

 private:
  void problem(const tabular::Sheet& s, std::size_t line, std::string column, std::string rule, std::string message) {
    problems_.add({s.source, line, std::move(column), std::move(rule), std::move(message)});
  }

  void load_settings(const tabular::Sheet& sheet) {
    SheetReader r(sheet);
    if (sheet.rows.empty()) return;
    const auto& row = sheet.rows.front();
    def_.settings.form_id = r.cell(row, "form_id");
    def_.settings.version = r.cell(row, "version");
    def_.settings.form_title = r.cell(row, "form_title");
    const std::string lang = r.cell(row, "default_language");
    if (!lang.empty()) def_.settings.default_language = language_of(lang);
  }

  void load_choices(const tabular::Sheet& sheet) {
    SheetReader r(sheet);
    const int list_col = r.column("list_name"), name_col = r.column("name");
    if (list_col < 0 || name_col < 0) {
      problem(sheet, 1, list_col < 0 ? "list_name" : "name", "kolom-ontbreekt",
              fmt::format("blad choices mist de kolom {}", list_col < 0 ? "list_name" : "name"));
      return;
    }
    for (const auto& row : sheet.rows) {
      const std::string list = SheetReader::cell(row, list_col), name = SheetReader::cell(row, name_col);
      if (list.empty()) {
        problem(sheet, row.line, "list_name", "naam", "keuze zonder list_name");
        continue;
      }
      if (name.empty() || name.find_first_of(" \t") != std::string::npos) {
        problem(sheet, row.line, "name", "naam",
                fmt::format("keuze in lijst {} heeft {}", list, name.empty() ? "geen naam" : "een naam met spaties"));
        continue;
      }
      ChoiceList& l = def_.lists[list];
      l.name = list;
      if (l.index_of(name) >= 0) {
        problem(sheet, row.line, "name", "dubbele-naam",
                fmt::format("keuze {} staat twee keer in lijst {}", name, list));
        continue;
      }
      l.choices.push_back({name, r.texts(row, "label")});
    }
  }

  std::optional<Expression> expression(const tabular::Sheet& sheet, const tabular::Row& row, const SheetReader& r,
                                       std::string_view column) {
    const std::string text = r.cell(row, column);
    if (text.empty()) return std::nullopt;
    auto e = Expression::parse(text);
    if (!e) {
      problem(sheet, row.line, std::string(column), "expressie",
              fmt::format("ongeldige expressie '{}': {}", text, e.error().message));
      return std::nullopt;
    }
    return std::move(*e);
  }

  void load_survey(const tabular::Sheet& sheet) {
    SheetReader r(sheet);
    if (r.column("type") < 0 || r.column("name") < 0) {
      problem(sheet, 1, r.column("type") < 0 ? "type" : "name", "kolom-ontbreekt",
              fmt::format("blad survey mist de kolom {}", r.column("type") < 0 ? "type" : "name"));
      return;
    }
    std::set<std::string> names;
    std::vector<std::size_t> open;  // indices of open begin_group / begin_repeat rows
    for (const auto& row : sheet.rows) {
      const std::string type_text = r.cell(row, "type");
      Question q;
      q.name = r.cell(row, "name");
      q.line = row.line;
      if (type_text.empty()) {
        if (!q.name.empty())
          problem(sheet, row.line, "type", "onbekend-type", fmt::format("vraag {} heeft geen type", q.name));
        continue;
      }
      auto type = parse_type(type_text, &q.list);
      if (!type) {
        problem(sheet, row.line, "type", "onbekend-type", fmt::format("onbekend type '{}'", type_text));
        continue;
      }
      q.type = *type;
      const bool closing = q.type == QuestionType::kEndGroup || q.type == QuestionType::kEndRepeat;
      if (closing) {
        // Kept so a form renderer sees where each group ends; named after the group it closes.
        if (auto closed = close_group(sheet, row, q, open)) {
          const Question& begin = def_.questions[*closed];
          q.name = begin.name;
          q.groups = open;
          q.repeat = begin.repeat;
          def_.questions.push_back(std::move(q));
        }
        continue;
      }
      if (q.name.empty()) {
        problem(sheet, row.line, "name", "naam", fmt::format("rij van type {} heeft geen naam", type_text));
      } else if (!valid_name(q.name)) {
        problem(sheet, row.line, "name", "naam",
                fmt::format("ongeldige naam '{}': begin met een letter, gebruik letters, cijfers, _ - .", q.name));
      } else if (q.name == "regio" || q.name == "status") {
        problem(sheet, row.line, "name", "naam", fmt::format("de naam {} is gereserveerd voor de importkolom", q.name));
      } else if (!names.insert(q.name).second) {
        problem(sheet, row.line, "name", "dubbele-naam", fmt::format("de naam {} komt twee keer voor", q.name));
      }
      if (!q.list.empty() && !def_.lists.contains(q.list)) {
        problem(sheet, row.line, "type", "keuzelijst",
                fmt::format("keuzelijst {} bestaat niet in blad choices", q.list));
      }
      q.label = r.texts(row, "label");
      q.hint = r.texts(row, "hint");
      q.constraint_message = r.texts(row, "constraint_message");
      q.default_value = r.cell(row, "default");
      const std::string required = to_lower_ascii(r.cell(row, "required"));
      if (required == "yes" || required == "true" || required == "1" || required == "ja" || required == "true()") {
        q.required = true;
      } else if (!(required.empty() || required == "no" || required == "false" || required == "0" ||
                   required == "nee" || required == "false()")) {
        q.required_if = expression(sheet, row, r, "required");
      }
      q.relevant = expression(sheet, row, r, "relevant");
      q.constraint = expression(sheet, row, r, "constraint");
      q.calculation = expression(sheet, row, r, "calculation");
      if (q.type == QuestionType::kCalculate && !q.calculation && r.cell(row, "calculation").empty()) {
        problem(sheet, row.line, "calculation", "expressie",
                fmt::format("berekening {} heeft geen calculation", q.name));
      }
      q.groups = open;
      for (std::size_t g : open)
        if (def_.questions[g].type == QuestionType::kBeginRepeat) q.repeat = def_.questions[g].name;
      if (q.type == QuestionType::kBeginRepeat) {
        if (!q.repeat.empty()) {
          problem(sheet, row.line, "type", "groepen",
                  fmt::format("herhaling {} staat binnen herhaling {}: geneste herhalingen worden niet ondersteund",
                              q.name, q.repeat));
        }
        q.repeat = q.name;
      }
      def_.questions.push_back(std::move(q));
      const auto& added = def_.questions.back();
      if (added.type == QuestionType::kBeginGroup || added.type == QuestionType::kBeginRepeat)
        open.push_back(def_.questions.size() - 1);
    }
    for (std::size_t g : open) {
      const auto& q = def_.questions[g];
      problem(sheet, q.line, "type", "groepen",
              fmt::format("{} {} wordt niet afgesloten", q.type == QuestionType::kBeginRepeat ? "herhaling" : "groep",
                          q.name));
    }
    if (def_.questions.empty() && problems_.empty()) problem(sheet, 0, "", "leeg", "de vragenlijst bevat geen vragen");
  }

  // Returns the index of the begin row that `q` closes.
  std::optional<std::size_t> close_group(const tabular::Sheet& sheet, const tabular::Row& row, const Question& q,
                                         std::vector<std::size_t>& open) {
    const bool repeat = q.type == QuestionType::kEndRepeat;
    const char* what = repeat ? "end_repeat" : "end_group";
    if (open.empty()) {
      problem(sheet, row.line, "type", "groepen", fmt::format("{} zonder begin", what));
      return std::nullopt;
    }
    const Question& begin = def_.questions[open.back()];
    if ((begin.type == QuestionType::kBeginRepeat) != repeat) {
      problem(sheet, row.line, "type", "groepen",
              fmt::format("{} sluit {} {} (regel {})", what, repeat ? "groep" : "herhaling", begin.name, begin.line));
    }
    const std::size_t closed = open.back();
    open.pop_back();
    return closed;
  }

  void check_references(const tabular::Sheet& sheet) {
    for (const auto& q : def_.questions) {
      // The rules of a begin_repeat row decide about the repeat as a whole: main context.
      const std::string scope = q.type == QuestionType::kBeginRepeat ? std::string() : q.repeat;
      const std::pair<const char*, const std::optional<Expression>*> columns[] = {{"required", &q.required_if},
                                                                                  {"relevant", &q.relevant},
                                                                                  {"constraint", &q.constraint},
                                                                                  {"calculation", &q.calculation}};
      for (const auto& [column, e] : columns) {
        if (!e->has_value()) continue;
        for (const auto& ref : (*e)->references()) {
          const Question* target = def_.question(ref);
          if (!target) {
            problem(sheet, q.line, column, "verwijzing",
                    fmt::format("${{{}}} is geen vraag van deze vragenlijst", ref));
          } else if (!target->holds_answer()) {
            problem(sheet, q.line, column, "verwijzing",
                    fmt::format("${{{}}} heeft geen antwoord (type {})", ref, to_string(target->type)));
          } else if (!target->repeat.empty() && target->repeat != scope) {
            problem(sheet, q.line, column, "verwijzing",
                    fmt::format("${{{}}} hoort bij herhaling {} en is hier niet bekend", ref, target->repeat));
          }
        }
      }
    }
  }

  Definition def_;
  ProblemList problems_;
};

}  // namespace

Result<Definition> load_definition(const tabular::Workbook& workbook) { return Loader().run(workbook); }

}  // namespace regio::forms
