#include <map>
#include <set>

#include <fmt/format.h>

#include "base/text.h"
#include "forms/layout.h"
#include "forms/survey_tool_export.h"
#include "forms/validate.h"
#include "tabular/formula_guard.h"

namespace regio::forms {
namespace {

// A sheet belongs to repeat R when it is named R (xlsx) or its CSV stem ends in "_R".
std::string repeat_of(const tabular::Sheet& sheet, const std::vector<std::string>& repeats) {
  const std::string name = to_lower_ascii(trim(sheet.name));
  for (const auto& r : repeats) {
    const std::string lower = to_lower_ascii(r);
    if (name == lower) return r;
    const std::string suffix = "_" + lower;
    if (name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0) return r;
  }
  return {};
}

int column_of(const tabular::Sheet& sheet, std::string_view name) {
  for (std::size_t i = 0; i < sheet.header.size(); ++i)
    if (trim(sheet.header[i]) == name) return static_cast<int>(i);
  return -1;
}

// A cell as written, with the quote of the export's formula guard (tabular/formula_guard.h)
// removed, so export -> import gives back every answer exactly.
std::string cell(const tabular::Row& row, std::size_t i) {
  return i < row.cells.size() ? tabular::unguard_formula(row.cells[i]) : std::string();
}

class Reader {
 public:
  Reader(const Definition& def, const std::string& wave, const regions::Classification& regions, Date today)
      : def_(def), wave_(wave), regions_(regions), today_(today) {}

  Result<std::vector<Response>> run(const tabular::Workbook& book) {
    const auto repeats = def_.repeat_names();
    const tabular::Sheet* main = nullptr;
    std::vector<std::pair<std::string, const tabular::Sheet*>> repeat_sheets;
    for (const auto& sheet : book.sheets) {
      const std::string repeat = repeat_of(sheet, repeats);
      if (!repeat.empty())
        repeat_sheets.emplace_back(repeat, &sheet);
      else if (!main && column_of(sheet, "regio") >= 0)
        main = &sheet;
    }
    if (!main) {
      const tabular::Sheet* first = nullptr;
      for (const auto& sheet : book.sheets)
        if (repeat_of(sheet, repeats).empty() && !first) first = &sheet;
      if (!first || first->rows.empty()) {
        problems_.add({first ? first->source : "", 0, "", "leeg", "het bestand bevat geen antwoorden"});
      } else {
        problems_.add({first->source, 1, "regio", "kolom-ontbreekt", "de kolom regio ontbreekt"});
      }
      return finish();
    }
    if (main->rows.empty()) {
      problems_.add({main->source, 0, "", "leeg", "het bestand bevat geen antwoorden"});
      return finish();
    }
    read_main(*main);
    for (const auto& [repeat, sheet] : repeat_sheets) read_repeat(repeat, *sheet);
    for (std::size_t i = 0; i < raw_.size(); ++i) {
      Response clean = validate_response(def_, raw_[i], sources_[i], today_, problems_);
      if (problems_.empty()) responses_.push_back(std::move(clean));
    }
    return finish();
  }

 private:
  Result<std::vector<Response>> finish() {
    if (!problems_.empty())
      return std::unexpected(problems_.to_error(fmt::format("Antwoorden geweigerd: {} fout(en)", problems_.size())));
    return std::move(responses_);
  }

  // Maps each column to a question of `scope` (-1 for regio/status), reporting the others.
  std::map<std::size_t, std::string> columns(const tabular::Sheet& sheet, const std::string& scope) {
    std::map<std::size_t, std::string> out;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < sheet.header.size(); ++i) {
      const std::string name(trim(sheet.header[i]));
      if (name.empty()) continue;
      if (!seen.insert(name).second) {
        problems_.add({sheet.source, 1, name, "dubbele-kolom", fmt::format("de kolom {} komt twee keer voor", name)});
        continue;
      }
      if (name == "regio" || (scope.empty() && name == "status")) continue;
      if (name == kParentRowColumn && !def_.enclosing_repeat(scope).empty()) continue;
      const Question* q = def_.question(name);
      if (q && q->holds_answer() && q->repeat == scope) {
        out[i] = name;
      } else if (q && q->holds_answer()) {
        problems_.add({sheet.source, 1, name, "onbekende-kolom",
                       fmt::format("de kolom {} hoort bij {}", name,
                                   q->repeat.empty() ? "het hoofdblad" : "het blad " + q->repeat)});
      } else {
        problems_.add({sheet.source, 1, name, "onbekende-kolom",
                       fmt::format("de kolom {} is geen vraag van de vragenlijst", name)});
      }
    }
    return out;
  }

  // A NUL byte would be stored and cut off on export; refused (the CSV reader refuses it too,
  // this covers XLSX and any other source of sheets).
  bool no_nul(const tabular::Sheet& sheet, const tabular::Row& row, const std::string& column, std::string_view value) {
    if (value.find('\0') == std::string_view::npos) return true;
    problems_.add({sheet.source, row.line, column, "nul-teken",
                   "het antwoord bevat een NUL-teken (byte 0); sla het bestand op als tekst in UTF-8"});
    return false;
  }

  // The normalised region code of a row, or "" after reporting why it is unusable.
  std::string region(const tabular::Sheet& sheet, const tabular::Row& row, std::size_t column) {
    std::string code(trim(cell(row, column)));
    for (char& c : code) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (code.empty()) {
      problems_.add({sheet.source, row.line, "regio", "verplicht", "de regio ontbreekt"});
      return {};
    }
    if (!regions_.is_region(code)) {
      problems_.add({sheet.source, row.line, "regio", "onbekende-regio",
                     fmt::format("regio {} bestaat niet in de indeling van {}", code, regions_.year())});
      return {};
    }
    return code;
  }

  void read_main(const tabular::Sheet& sheet) {
    const auto cols = columns(sheet, "");
    const auto regio_col = static_cast<std::size_t>(column_of(sheet, "regio"));
    const int status_col = column_of(sheet, "status");
    for (const auto& row : sheet.rows) {
      Response r;
      r.wave = wave_;
      r.status = ResponseStatus::kIngediend;
      r.region = region(sheet, row, regio_col);
      if (status_col >= 0) {
        const std::string status = to_lower_ascii(trim(cell(row, static_cast<std::size_t>(status_col))));
        if (!status.empty() && !parse_response_status(status, &r.status)) {
          problems_.add({sheet.source, row.line, "status", "type",
                         fmt::format("status '{}' is geen concept of ingediend", status)});
        }
      }
      for (const auto& [i, name] : cols) {
        std::string value = cell(row, i);
        if (!no_nul(sheet, row, name, value)) continue;
        if (!trim(value).empty()) r.answers[name] = std::move(value);
      }
      if (!r.region.empty() && def_.question("regio")) r.answers["regio"] = r.region;
      if (!r.region.empty()) {
        auto [it, fresh] = index_.emplace(r.region, raw_.size());
        if (!fresh) {
          problems_.add({sheet.source, row.line, "regio", "dubbele-regio",
                         fmt::format("regio {} staat al op regel {}", r.region, sources_[it->second].main.line)});
          continue;
        }
      }
      raw_.push_back(std::move(r));
      sources_.push_back({{sheet.source, row.line}, {}});
    }
  }

  void read_repeat(const std::string& repeat, const tabular::Sheet& sheet) {
    const int regio_col = column_of(sheet, "regio");
    if (regio_col < 0) {
      problems_.add({sheet.source, 1, "regio", "kolom-ontbreekt", "de kolom regio ontbreekt"});
      return;
    }
    const auto cols = columns(sheet, repeat);
    // A nested repeat's row names the row of the enclosing repeat it belongs to.
    const std::string parent = def_.enclosing_repeat(repeat);
    const int parent_col = parent.empty() ? -1 : column_of(sheet, kParentRowColumn);
    if (!parent.empty() && parent_col < 0) {
      problems_.add({sheet.source, 1, kParentRowColumn, "kolom-ontbreekt",
                     fmt::format("de kolom {} ontbreekt: blad {} is een herhaling binnen herhaling {}, en elke rij "
                                 "noemt de rij van {} (per regio geteld vanaf 1) waar zij bij hoort",
                                 kParentRowColumn, repeat, parent, parent)});
      return;
    }
    for (const auto& row : sheet.rows) {
      const std::string code = region(sheet, row, static_cast<std::size_t>(regio_col));
      if (code.empty()) continue;
      auto it = index_.find(code);
      if (it == index_.end()) {
        problems_.add({sheet.source, row.line, "regio", "geen-hoofdrij",
                       fmt::format("regio {} heeft rijen in {} maar geen rij in het hoofdblad", code, repeat)});
        continue;
      }
      Answers answers;
      for (const auto& [i, name] : cols) {
        std::string value = cell(row, i);
        if (!no_nul(sheet, row, name, value)) continue;
        if (!trim(value).empty()) answers[name] = std::move(value);
      }
      if (parent_col >= 0) {
        const std::string text(trim(cell(row, static_cast<std::size_t>(parent_col))));
        const auto n = parse_integer(text);
        if (!n || *n < 1) {
          problems_.add({sheet.source, row.line, kParentRowColumn, "type",
                         fmt::format("{} '{}' is geen rijnummer van herhaling {} (een geheel getal vanaf 1)",
                                     kParentRowColumn, text, parent)});
          continue;
        }
        raw_[it->second].repeat_parents[repeat].push_back(static_cast<std::size_t>(*n - 1));
      }
      raw_[it->second].repeats[repeat].push_back(std::move(answers));
      sources_[it->second].repeats[repeat].push_back({sheet.source, row.line});
    }
  }

  const Definition& def_;
  const std::string& wave_;
  const regions::Classification& regions_;
  Date today_;
  ProblemList problems_;
  std::vector<Response> raw_;
  std::vector<ResponseSource> sources_;
  std::map<std::string, std::size_t> index_;  // region -> index in raw_
  std::vector<Response> responses_;
};

}  // namespace

Result<std::vector<Response>> read_responses(const Definition& definition, const tabular::Workbook& workbook,
                                             const std::string& wave, const regions::Classification& regions,
                                             std::optional<Date> today) {
  const Date day = today ? *today : SystemClock().today();
  auto book = from_survey_tool_export(definition, workbook);
  if (!book) return std::unexpected(book.error());
  return Reader(definition, wave, regions, day).run(*book);
}

std::vector<std::string> missing_repeat_sheets(const Definition& definition, const tabular::Workbook& workbook) {
  const auto repeats = definition.repeat_names();
  std::vector<std::string> missing;
  for (const auto& repeat : repeats) {
    bool found = false;
    for (const auto& sheet : workbook.sheets) found = found || repeat_of(sheet, repeats) == repeat;
    if (!found) missing.push_back(repeat);
  }
  return missing;
}

}  // namespace regio::forms
