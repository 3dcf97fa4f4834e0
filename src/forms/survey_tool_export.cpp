#include "forms/survey_tool_export.h"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "base/text.h"

namespace regio::forms {
namespace {

bool is_meta(const std::string& h) {
  static const std::set<std::string, std::less<>> central = {"SubmissionDate",
                                                             "KEY",
                                                             "PARENT_KEY",
                                                             "SubmitterID",
                                                             "SubmitterName",
                                                             "AttachmentsPresent",
                                                             "AttachmentsExpected",
                                                             "Status",
                                                             "ReviewState",
                                                             "DeviceID",
                                                             "Edits",
                                                             "FormVersion",
                                                             "instanceID",
                                                             "meta-instanceID",
                                                             "meta/instanceID",
                                                             "meta-instanceName",
                                                             "meta/instanceName",
                                                             "meta-audit",
                                                             "meta/audit"};
  return central.contains(h) || (h.size() > 1 && h[0] == '_');  // KoboToolbox: _id, _uuid, __version__, …
}

bool is_export(const tabular::Workbook& book) {
  for (const auto& s : book.sheets)
    for (const auto& h : s.header)
      if (const std::string t(trim(h)); t == "KEY" || t == "SubmissionDate" || t == "_uuid" || t == "_index")
        return true;
  return false;
}

// The question a path step names: "vraag", or with ODK Central's '-' between group and name
// ("groep-vraag"), the longest tail after a '-' that is a question.
const Question* question_of(const Definition& def, const std::string& step) {
  if (const Question* q = def.question(step)) return q;
  for (std::size_t dash = step.find('-'); dash != std::string::npos; dash = step.find('-', dash + 1))
    if (const Question* q = def.question(step.substr(dash + 1))) return q;
  return nullptr;
}

struct Target {
  std::string column;  // the column in our layout ("" = left out)
  std::string choice;  // a 0/1 column of a select_multiple: the choice
};

Target target_of(const Definition& def, const std::string& header) {
  if (is_meta(header)) return {};
  std::vector<std::string> steps;
  std::size_t b = 0;
  while (true) {
    const auto e = header.find('/', b);
    if (e != b) steps.push_back(header.substr(b, e == std::string::npos ? std::string::npos : e - b));
    if (e == std::string::npos) break;
    b = e + 1;
  }
  if (steps.empty()) return {header, ""};
  const std::string& last = steps.back();
  // A copy of a begin loop's row is named by its path joined with '-' (definition_loop.cpp).
  for (std::size_t k = 0; k + 1 < steps.size(); ++k) {
    std::string joined = steps[k];
    for (std::size_t j = k + 1; j < steps.size(); ++j) joined += "-" + steps[j];
    if (const Question* q = def.question(joined)) return {q->name, ""};
  }
  if (const Question* q = question_of(def, last)) return {q->name, ""};
  if (last == "regio" || last.ends_with("-regio")) return {"regio", ""};
  if (steps.size() >= 2)
    if (const Question* q = question_of(def, steps[steps.size() - 2]);
        q && q->type == QuestionType::kSelectMultiple && def.list(q->list) && def.list(q->list)->index_of(last) >= 0)
      return {q->name, last};
  return {header, ""};  // not ours: the reader reports it
}

int column(const tabular::Sheet& s, std::string_view name) {
  for (std::size_t i = 0; i < s.header.size(); ++i)
    if (trim(s.header[i]) == name) return static_cast<int>(i);
  return -1;
}

}  // namespace

Result<tabular::Workbook> from_survey_tool_export(const Definition& def, const tabular::Workbook& book) {
  if (!is_export(book)) return book;
  ProblemList problems;
  tabular::Workbook out;
  // Per part ("" = the main sheet, else a repeat): KEY or _index of a row → its region and its
  // number among the region's rows of that part (KoboToolbox numbers _index per sheet).
  struct Owner {
    std::string region;
    std::size_t ordinal = 0;
  };
  std::map<std::string, std::map<std::string, Owner>> owner_of_key;
  std::map<std::string, std::map<std::string, std::size_t>> rows_of_region;  // part → region → rows so far
  const auto repeats = def.repeat_names();
  auto repeat_of_sheet = [&](const tabular::Sheet& in) {
    const std::string name = to_lower_ascii(trim(in.name));
    for (const auto& r : repeats)  // "formulier-doelen.csv" is the repeat doelen
      if (name == to_lower_ascii(r) || name.ends_with("-" + to_lower_ascii(r))) return r;
    return std::string();
  };
  auto depth = [&](std::string r) {
    std::size_t d = 0;
    for (; !r.empty(); r = def.enclosing_repeat(r)) ++d;
    return d;
  };
  // Main sheets first, then repeats before the repeats nested in them, so a row finds the row
  // it belongs to whatever the file order.
  std::vector<const tabular::Sheet*> order;
  for (const auto& in : book.sheets) order.push_back(&in);
  auto level = [&](const tabular::Sheet* in) {
    const bool child = column(*in, "PARENT_KEY") >= 0 || column(*in, "_parent_index") >= 0;
    return child ? 1 + depth(repeat_of_sheet(*in)) : 0;
  };
  std::stable_sort(order.begin(), order.end(), [&](auto* a, auto* b) { return level(a) < level(b); });
  for (const tabular::Sheet* sheet : order) {
    const tabular::Sheet& in = *sheet;
    const bool child = column(in, "PARENT_KEY") >= 0 || column(in, "_parent_index") >= 0;
    tabular::Sheet s;
    s.name = in.name;
    s.source = in.source;
    const std::string part = child ? repeat_of_sheet(in) : std::string();
    if (!part.empty()) s.name = part;
    const std::string parent_part = part.empty() ? std::string() : def.enclosing_repeat(part);
    // Columns: plain ones first in their order, then one per select_multiple split in choices.
    std::vector<std::pair<int, std::string>> plain;                         // source column → target
    std::map<std::string, std::vector<std::pair<int, std::string>>> split;  // question → (column, choice)
    std::set<std::string> seen;
    for (std::size_t i = 0; i < in.header.size(); ++i) {
      const Target t = target_of(def, std::string(trim(in.header[i])));
      if (t.column.empty()) continue;
      if (!t.choice.empty())
        split[t.column].emplace_back(static_cast<int>(i), t.choice);
      else if (seen.insert(t.column).second)
        plain.emplace_back(static_cast<int>(i), t.column);
    }
    std::vector<std::string> joined;
    for (const auto& [question, cols] : split)
      if (!seen.contains(question)) joined.push_back(question);
    if (child) s.header.push_back("regio");
    if (!parent_part.empty()) s.header.push_back(kParentRowColumn);
    for (const auto& [i, name] : plain) s.header.push_back(name);
    for (const auto& q : joined) s.header.push_back(q);
    const int key = column(in, child ? "PARENT_KEY" : "KEY") >= 0 ? column(in, child ? "PARENT_KEY" : "KEY")
                                                                  : column(in, child ? "_parent_index" : "_index");
    const int own_key = column(in, "KEY") >= 0 ? column(in, "KEY") : column(in, "_index");
    for (const auto& row : in.rows) {
      auto cell = [&](int i) {
        return i >= 0 && static_cast<std::size_t>(i) < row.cells.size() ? row.cells[static_cast<std::size_t>(i)]
                                                                        : std::string();
      };
      tabular::Row r;
      r.line = row.line;
      if (child) {
        const auto& parents = owner_of_key[parent_part];
        auto it = parents.find(std::string(trim(cell(key))));
        if (it == parents.end())
          problems.add({in.source, row.line, child && column(in, "PARENT_KEY") >= 0 ? "PARENT_KEY" : "_parent_index",
                        "geen-hoofdrij",
                        fmt::format("rij hoort bij '{}', die niet in {} staat", cell(key),
                                    parent_part.empty() ? "het hoofdblad" : "het blad " + parent_part)});
        r.cells.push_back(it == parents.end() ? std::string() : it->second.region);
        if (!parent_part.empty())
          r.cells.push_back(it == parents.end() ? std::string() : std::to_string(it->second.ordinal + 1));
      }
      for (const auto& [i, name] : plain) r.cells.push_back(cell(i));
      for (const auto& q : joined) {
        const ChoiceList* list = def.list(def.question(q)->list);
        std::vector<std::string> chosen;
        for (const auto& c : list->choices)
          for (const auto& [i, choice] : split[q])
            if (choice == c.name) {
              const std::string v = to_lower_ascii(trim(cell(i)));
              if (v == "1" || v == "1.0" || v == "true")
                chosen.push_back(choice);
              else if (!(v.empty() || v == "0" || v == "0.0" || v == "false"))
                problems.add({in.source, row.line, in.header[static_cast<std::size_t>(i)], "type",
                              fmt::format("keuzekolom {} moet 0 of 1 zijn, niet '{}'",
                                          in.header[static_cast<std::size_t>(i)], v)});
            }
        std::string value;
        for (const auto& c : chosen) value += (value.empty() ? "" : " ") + c;
        r.cells.push_back(value);
      }
      if (own_key >= 0 && (!child || !part.empty())) {
        const int regio = column(s, "regio");
        if (regio >= 0) {
          const std::string& region = r.cells[static_cast<std::size_t>(regio)];
          owner_of_key[part][std::string(trim(cell(own_key)))] = {region, rows_of_region[part][region]++};
        }
      }
      s.rows.push_back(std::move(r));
    }
    out.sheets.push_back(std::move(s));
  }
  if (!problems.empty())
    return std::unexpected(problems.to_error(fmt::format("Antwoorden geweigerd: {} fout(en)", problems.size())));
  return out;
}

}  // namespace regio::forms
