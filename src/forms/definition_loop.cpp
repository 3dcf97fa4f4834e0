// `begin loop over LIST` … `end loop` as pyxform expands it (builder.py,
// _create_loop_from_dict): the loop becomes a group holding one group per choice of LIST
// (except a choice named `none`), each with a copy of the loop's rows in which `%(name)s` and
// `%(label)s` are the choice's name and label. pyxform keeps the row names inside each choice's
// group (/data/loop/choice/x); the product's names are flat, so a copy is named as ODK Central
// names its export column: `loop-choice-x`. ${x} in the copies points at the copy of the same
// choice. The copies keep the template's row number, so messages point at the row written.
#include <fmt/format.h>

#include "base/text.h"
#include "forms/definition_loader.h"

namespace regio::forms {
namespace {

void replace_all(std::string& s, std::string_view from, std::string_view to) {
  for (auto pos = s.find(from); pos != std::string::npos; pos = s.find(from, pos + to.size()))
    s.replace(pos, from.size(), to);
}

struct LoopContext {
  const SheetReader& reader;
  int type_col, name_col;
};

bool is_loop(const LoopContext& cx, const tabular::Row& row, QuestionType kind) {
  const auto t = xlsform::parse_type(SheetReader::cell(row, cx.type_col));
  return t.loop && t.type == kind;
}

void set_cell(tabular::Row& row, int col, std::string value) {
  if (col < 0) return;
  if (row.cells.size() <= static_cast<std::size_t>(col)) row.cells.resize(static_cast<std::size_t>(col) + 1);
  row.cells[static_cast<std::size_t>(col)] = std::move(value);
}

}  // namespace

std::vector<tabular::Row> Loader::expand_loops(const SheetReader& r, const std::vector<tabular::Row>& rows) {
  const LoopContext cx{r, r.column("type"), r.column("name")};
  std::vector<tabular::Row> out;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (!is_loop(cx, rows[i], QuestionType::kBeginGroup)) {
      out.push_back(rows[i]);
      continue;
    }
    std::size_t end = i + 1;
    for (int depth = 1; end < rows.size(); ++end) {
      if (is_loop(cx, rows[end], QuestionType::kBeginGroup)) ++depth;
      if (is_loop(cx, rows[end], QuestionType::kEndGroup) && --depth == 0) break;
    }
    const auto t = xlsform::parse_type(SheetReader::cell(rows[i], cx.type_col));
    const std::string loop = SheetReader::cell(rows[i], cx.name_col);
    const ChoiceList* list = def_.list(t.list);
    if (end == rows.size() || !list || t.list.empty()) {
      // Left as a group: load_row reports the missing end; the list is reported here.
      if (!list)
        problem(r.sheet(), rows[i].line, "type", "keuzelijst",
                t.list.empty()
                    ? fmt::format("begin loop {} noemt geen keuzelijst (begin loop over LIJST)", loop)
                    : fmt::format("keuzelijst {} van begin loop {} bestaat niet in blad choices", t.list, loop));
      out.push_back(rows[i]);
      continue;
    }
    const std::vector<tabular::Row> body = expand_loops(
        r, std::vector<tabular::Row>(rows.begin() + static_cast<long>(i) + 1, rows.begin() + static_cast<long>(end)));
    std::vector<std::string> names;  // the loop's own row names, renamed per choice
    for (const auto& row : body)
      if (std::string n = SheetReader::cell(row, cx.name_col); !n.empty()) names.push_back(n);
    tabular::Row begin = rows[i];
    set_cell(begin, cx.type_col, "begin group");
    out.push_back(begin);
    for (const Choice& c : list->choices) {
      if (c.name == "none") continue;  // as pyxform: the "none" of a select_multiple gets no group
      const std::string prefix = fmt::format("{}-{}", loop, c.name);
      tabular::Row group = rows[i];
      for (auto& cell : group.cells) cell.clear();
      set_cell(group, cx.type_col, "begin group");
      set_cell(group, cx.name_col, prefix);
      for (std::size_t col = 0; col < r.columns().size(); ++col)
        if (r.columns()[col].name == "label" && r.columns()[col].ignored.empty())
          set_cell(group, static_cast<int>(col), c.label.get(r.columns()[col].language));
      out.push_back(group);
      for (tabular::Row copy : body) {
        for (std::size_t col = 0; col < copy.cells.size(); ++col) {
          std::string& cell = copy.cells[col];
          const std::string lang = col < r.columns().size() ? r.columns()[col].language : "";
          replace_all(cell, "%(name)s", c.name);
          replace_all(cell, "%(label)s", c.label.get(lang));
          for (const auto& n : names) replace_all(cell, "${" + n + "}", "${" + prefix + "-" + n + "}");
        }
        if (std::string n = SheetReader::cell(copy, cx.name_col); !n.empty())
          set_cell(copy, cx.name_col, prefix + "-" + n);
        out.push_back(std::move(copy));
      }
      tabular::Row close = rows[end];
      for (auto& cell : close.cells) cell.clear();
      set_cell(close, cx.type_col, "end group");
      out.push_back(close);
    }
    tabular::Row close = rows[end];
    set_cell(close, cx.type_col, "end group");
    out.push_back(close);
    i = end;
  }
  return out;
}

}  // namespace regio::forms
