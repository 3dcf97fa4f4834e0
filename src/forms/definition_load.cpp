#include <fmt/format.h>

#include "base/text.h"
#include "forms/definition.h"
#include "forms/definition_loader.h"

namespace regio::forms {
namespace {

const tabular::Sheet* find_sheet(const tabular::Workbook& book, std::string_view name) {
  for (const auto& s : book.sheets)
    if (to_lower_ascii(xlsform::clean_cell(s.name)) == name) return &s;
  return nullptr;
}

// "vragen.xlsx[survey]" → "vragen.xlsx"; "standaard/survey.csv" stays.
std::string file_of(const tabular::Sheet& s) {
  const auto bracket = s.source.find('[');
  return bracket == std::string::npos ? s.source : s.source.substr(0, bracket);
}

}  // namespace

std::string one_line(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';  // one for one, so positions still match
  return out;
}

Result<Definition> Loader::run(const tabular::Workbook& book) {
  const tabular::Sheet* survey = find_sheet(book, "survey");
  if (!survey) {
    std::string found, file;
    for (const auto& s : book.sheets) {
      found += (found.empty() ? "" : ", ") + s.name;
      if (file.empty()) file = file_of(s);
    }
    problems_.add(
        {file, 0, "", "blad-ontbreekt",
         fmt::format("de vragenlijst heeft geen blad 'survey' (gevonden: {})", found.empty() ? "geen bladen" : found)});
    return std::unexpected(
        problems_.to_error(fmt::format("Vragenlijst {}ongeldig: 1 fout", file.empty() ? "" : file + " ")));
  }
  if (const auto* settings = find_sheet(book, "settings")) load_settings(*settings);
  if (const auto* choices = find_sheet(book, "choices")) load_choices(*choices, false);
  if (const auto* external = find_sheet(book, "external_choices")) load_choices(*external, true);
  load_survey(*survey);
  check_references(*survey);
  if (!problems_.empty())
    return std::unexpected(
        problems_.to_error(fmt::format("Vragenlijst {} ongeldig: {} fout(en)", file_of(*survey), problems_.size())));
  return std::move(def_);
}

void Loader::problem(const tabular::Sheet& s, std::size_t line, std::string column, std::string rule,
                     std::string message) {
  problems_.add({s.source, line, std::move(column), std::move(rule), std::move(message)});
}

void Loader::warning(const tabular::Sheet& s, std::size_t line, std::string column, std::string message) {
  def_.warnings.push_back({s.source, line, std::move(column), "genegeerd", std::move(message)});
}

void Loader::warn_ignored_columns(const SheetReader& r) {
  const auto& columns = r.columns();
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (columns[i].ignored.empty()) continue;
    std::size_t used = 0, first = 0;
    for (const auto& row : r.sheet().rows)
      if (!SheetReader::cell(row, static_cast<int>(i)).empty() && used++ == 0) first = row.line;
    if (used == 0) continue;
    warning(r.sheet(), first, columns[i].header,
            fmt::format("kolom {} wordt niet gebruikt ({}; {} cel(len) gevuld)", columns[i].header, columns[i].ignored,
                        used));
  }
}

void Loader::load_settings(const tabular::Sheet& sheet) {
  SheetReader r(sheet, xlsform::SheetKind::kSettings);
  warn_ignored_columns(r);
  if (sheet.rows.empty()) return;
  const auto& row = sheet.rows.front();
  def_.settings.form_id = r.cell(row, "form_id");
  def_.settings.version = r.cell(row, "version");
  def_.settings.form_title = r.cell(row, "form_title");
  const std::string lang = r.cell(row, "default_language");
  if (!lang.empty()) def_.settings.default_language = xlsform::language_of(lang);
  def_.settings.allow_choice_duplicates = xlsform::yes_no(r.cell(row, "allow_choice_duplicates")).value_or(false);
}

void Loader::load_choices(const tabular::Sheet& sheet, bool external) {
  SheetReader r(sheet, xlsform::SheetKind::kChoices);
  const int list_col = r.column("list_name"), name_col = r.column("name");
  bool empty_header = true;
  for (const auto& h : sheet.header) empty_header = empty_header && xlsform::clean_cell(h).empty();
  if (empty_header && sheet.rows.empty()) return;  // an empty sheet, as pyxform allows
  if (list_col < 0 || name_col < 0) {
    std::string headers;
    for (const auto& h : sheet.header) headers += (headers.empty() ? "" : ", ") + h;
    problem(sheet, 1, list_col < 0 ? "list_name" : "name", "kolom-ontbreekt",
            fmt::format("blad {} mist de kolom {} (gevonden: {})", sheet.name, list_col < 0 ? "list_name" : "name",
                        headers));
    return;
  }
  for (const auto& row : sheet.rows) {
    const std::string list = SheetReader::cell(row, list_col), name = SheetReader::cell(row, name_col);
    if (list.empty() && name.empty()) continue;  // a row with only remarks
    if (list.empty()) {
      problem(sheet, row.line, "list_name", "naam", fmt::format("keuze {} heeft geen list_name", name));
      continue;
    }
    if (name.empty()) {
      problem(sheet, row.line, "name", "naam", fmt::format("keuze in lijst {} heeft geen naam", list));
      continue;
    }
    ChoiceList& l = def_.lists[list];
    l.name = list;
    if (external) external_lists_.insert(list);
    // external_choices feed filtered selects, where one name under several parents is normal.
    if (l.index_of(name) >= 0 && !def_.settings.allow_choice_duplicates && !external) {
      problem(sheet, row.line, "name", "dubbele-naam",
              fmt::format("keuze {} staat twee keer in lijst {} (sta dat toe met de instelling "
                          "allow_choice_duplicates: yes)",
                          name, list));
      continue;
    }
    Choice c{name, r.texts(row, "label"), {}, row.line};
    for (std::size_t i = 0; i < r.columns().size(); ++i) {
      const auto& col = r.columns()[i];
      if (col.name == "list_name" || col.name == "name" || col.name == "label" || col.name == "media" ||
          col.name.empty())
        continue;
      if (std::string v = SheetReader::cell(row, static_cast<int>(i)); !v.empty()) c.columns[col.name] = v;
    }
    l.choices.push_back(std::move(c));
  }
}

std::optional<Expression> Loader::expression(const SheetReader& r, const tabular::Row& row, std::string_view column,
                                             ParseOptions options) {
  std::string text = r.cell(row, column);
  if (text.empty()) return std::nullopt;
  // pyxform's BINDING_CONVERSIONS: yes/no/TRUE/FALSE in a rule column are true()/false().
  if (auto b = xlsform::yes_no(text)) text = *b ? "true()" : "false()";
  if (text.find("instance") != std::string::npos) {
    text = xlsform::rewrite_choice_lookups(text);
    for (auto at = text.find("'list:"); at != std::string::npos; at = text.find("'list:", at + 1)) {
      const std::string list = text.substr(at + 6, text.find('\'', at + 6) - at - 6);
      if (!def_.list(list))
        problem(r.sheet(), row.line, std::string(column), "keuzelijst",
                fmt::format("instance('{}') in '{}': keuzelijst {} bestaat niet in blad choices", list,
                            one_line(r.cell(row, column)), list));
    }
  }
  if (auto file = xlsform::pulldata_file(text)) {
    const std::string name = r.cell(row, "name");
    refused_.insert(name);  // no follow-on errors for references to it
    if (*file == "@geopoint")
      problem(r.sheet(), row.line, std::string(column), "niet-ondersteund",
              fmt::format("pulldata('@geopoint', …) in '{}' (vraag {}): een onderdeel van een geopoint lezen zoals "
                          "ODK Collect dat doet wordt niet ondersteund",
                          one_line(text), name));
    else
      problem(r.sheet(), row.line, std::string(column), "type-niet-beantwoordbaar",
              fmt::format("pulldata() in '{}' (vraag {}) leest het externe bestand {}.csv, dat niet bij de "
                          "vragenlijst hoort: de vraag kan in de vragenlijst van een regio niet beantwoord worden",
                          one_line(text), name, *file));
    return std::nullopt;
  }
  auto e = Expression::parse(text, options);
  if (!e) {
    problem(r.sheet(), row.line, std::string(column), "expressie",
            fmt::format("ongeldige expressie '{}': {}", one_line(text), e.error().message));
    return std::nullopt;
  }
  for (const auto& word : e->bare_names())
    warning(r.sheet(), row.line, std::string(column),
            fmt::format("'{}' in '{}' is geen ${{vraag}} en geen tekst tussen aanhalingstekens; het wordt gelezen "
                        "als een leeg pad, zoals ODK dat doet",
                        word, one_line(text)));
  return std::move(*e);
}

}  // namespace regio::forms

namespace regio::forms {
Result<Definition> load_definition(const tabular::Workbook& workbook) { return Loader().run(workbook); }
}  // namespace regio::forms
