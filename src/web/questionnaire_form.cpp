#include "web/questionnaire_form.h"

#include <algorithm>
#include <charconv>
#include <optional>
#include <set>
#include <vector>

#include "base/text.h"
#include "web/repeat_rows.h"

namespace regio::web {
namespace {

using forms::Question;
using forms::QuestionType;

constexpr std::size_t kRadioLimit = 7;  // longer select_one lists become a <select>

bool has_control(const Question& q) {
  return q.holds_answer() && q.type != QuestionType::kCalculate && q.type != QuestionType::kMetadata &&
         q.type != QuestionType::kHidden;
}

std::size_t parse_count(const std::string& text) {
  std::size_t n = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (ec != std::errc() || end != text.data() + text.size()) return 0;
  return std::min(n, kMaxRepeatRows);
}

// A repeat row being rendered: its repeat, index in repeats[repeat] and key (forms::row_key),
// how it is named to the user ("Huishouden 1"), and the row it lies in (a nested repeat's row).
struct Row {
  std::string repeat;
  std::size_t index = 0;
  std::string key;
  std::string title;
  const Row* parent = nullptr;
};

// The answers of `row` in `r` (the main answers for no row), or nullptr.
const forms::Answers* answers_of(const forms::Response& r, const Row* row) {
  if (!row) return &r.answers;
  auto it = r.repeats.find(row->repeat);
  if (it == r.repeats.end() || row->index >= it->second.size()) return nullptr;
  return &it->second[row->index];
}

std::string key_in(const Row* row, const std::string& name) { return row ? row->key + "/" + name : name; }

// The repeats directly nested in `repeat`, in survey order.
std::vector<std::string> nested_in(const forms::Definition& def, const std::string& repeat) {
  std::vector<std::string> out;
  for (const auto& name : def.repeat_names())
    if (def.enclosing_repeat(name) == repeat) out.push_back(name);
  return out;
}

std::string value_in(const forms::Answers* a, const std::string& name) {
  if (!a) return {};
  auto it = a->find(name);
  return it == a->end() ? std::string() : it->second;
}

std::string joined(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : std::string(sep)) + p;
  return out;
}

void read_answer(const Question& q, const std::string& key, const std::map<std::string, std::string>& form,
                 const forms::Definition& def, forms::Answers& out) {
  if (q.type == QuestionType::kSelectMultiple) {
    std::vector<std::string> chosen;
    if (const auto* list = def.list(q.list))
      for (const auto& c : list->choices)
        if (form.contains("k/" + key + "/" + c.name)) chosen.push_back(c.name);
    if (!chosen.empty()) out[q.name] = joined(chosen, " ");
    return;
  }
  if (auto it = form.find("v/" + key); it != form.end() && !trim(it->second).empty()) out[q.name] = it->second;
}

void heading(Html& m, std::size_t level, std::string_view text) {
  switch (level) {
    case 2:
      m.element("h2", text);
      break;
    case 3:
      m.element("h3", text);
      break;
    case 4:
      m.element("h4", text);
      break;
    default:
      m.element("h5", text);
  }
}

class Renderer {
 public:
  Renderer(Html& m, const FormView& v) : m_(m), v_(v), lang_(v.definition.settings.default_language) {}

  // Survey rows [from, to) of the main part (row == nullptr) or of one repeat row.
  void items(std::size_t from, std::size_t to, const Row* row) {
    const auto& qs = v_.definition.questions;
    for (std::size_t i = from; i < to; ++i) {
      const Question& q = qs[i];
      const std::string key = key_in(row, q.name);
      switch (q.type) {
        case QuestionType::kBeginGroup:
          m_.open("section", wrapper_attrs("form-section", key));
          heading(m_, 2 + q.groups.size(), label(q));
          break;
        case QuestionType::kEndGroup:
          m_.close("section");
          break;
        case QuestionType::kBeginRepeat: {
          std::size_t end = i + 1;  // its own end_repeat, past those of repeats nested in it
          for (int depth = 0; end < to && (depth > 0 || qs[end].type != QuestionType::kEndRepeat); ++end)
            depth += qs[end].type == QuestionType::kBeginRepeat ? 1 : qs[end].type == QuestionType::kEndRepeat ? -1 : 0;
          repeat_section(q, i + 1, end, row);
          i = end;
          break;
        }
        case QuestionType::kNote:
          m_.open("div", wrapper_attrs("form-note", key)).element("p", label(q)).close("div");
          break;
        default:
          if (has_control(q)) question(q, row);
      }
    }
  }

 private:
  std::string label(const Question& q) const {
    std::string t = q.label.get(lang_);
    return t.empty() ? q.name : t;
  }
  std::string choice_label(const forms::Choice& c) const {
    std::string t = c.label.get(lang_);
    return t.empty() ? c.name : t;
  }
  bool hidden(const std::string& key) const { return v_.state.hidden.contains(key); }
  std::string message(const std::string& key) const {
    auto it = v_.state.messages.find(key);
    return it == v_.state.messages.end() ? std::string() : joined(it->second, " ");
  }

  std::vector<Attr> wrapper_attrs(std::string css, const std::string& key) const {
    if (!message(key).empty()) css += " field-invalid";
    std::vector<Attr> a{{"class", css}, {"id", "vraag-" + key}, {"data-veld", key}};
    if (hidden(key)) a.push_back({"hidden", "hidden"});
    return a;
  }

  void message_paragraph(const std::string& key) {
    const std::string text = message(key);
    if (text.empty())
      m_.open("p", {{"class", "field-message"}, {"id", "fout-" + key}, {"hidden", "hidden"}}).close("p");
    else
      m_.element("p", {{"class", "field-message"}, {"id", "fout-" + key}}, text);
  }

  // A repeat of the main part, or a nested one inside row `parent` of its enclosing repeat: its
  // rows there, each with the survey rows [begin, end) and its buttons.
  void repeat_section(const Question& r, std::size_t begin, std::size_t end, const Row* parent) {
    const auto indexes =
        rows_of(v_.answers, {r.name, parent ? std::optional<std::size_t>(parent->index) : std::nullopt});
    const std::size_t n = indexes.size();
    const std::string item = label(r);
    const std::string here = key_in(parent, r.name);
    const std::string in = parent ? ", " + parent->title : "";  // for screen readers: which parent row
    m_.open("section", wrapper_attrs("form-repeat", here));
    heading(m_, 2 + r.groups.size(), item + " (" + std::to_string(n) + (n == 1 ? " rij)" : " rijen)"));
    message_paragraph(here);
    if (n == 0) m_.element("p", {{"class", "hint"}}, "Nog geen rijen.");
    for (std::size_t k = 1; k <= n; ++k) {
      const Row row{r.name, indexes[k - 1], forms::row_key(v_.definition, v_.answers, r.name, indexes[k - 1]),
                    item + " " + std::to_string(k), parent};
      m_.open("fieldset", {{"class", "repeat-row"}, {"id", "vraag-" + row.key}});
      m_.element("legend", row.title);
      items(begin, end, &row);
      if (!v_.read_only) {
        m_.open("button", {{"type", "submit"},
                           {"name", "actie"},
                           {"value", "rij-verwijderen/" + row.key},
                           {"class", "button-secondary"}});
        m_.text("Rij verwijderen").element("span", {{"class", "visually-hidden"}}, " (" + row.title + in + ")");
        m_.close("button");
      }
      m_.close("fieldset");
    }
    if (!v_.read_only) {
      m_.empty("input", {{"type", "hidden"}, {"name", "rijen/" + here}, {"value", std::to_string(n)}});
      m_.open(
          "button",
          {{"type", "submit"}, {"name", "actie"}, {"value", "rij-toevoegen/" + here}, {"class", "button-secondary"}});
      m_.text("Rij toevoegen").element("span", {{"class", "visually-hidden"}}, " (" + item + in + ")");
      m_.close("button");
    }
    m_.close("section");
  }

  std::vector<std::string> choices(const Question& q, const Row* row) const {
    if (!q.choice_filter) {
      std::vector<std::string> all;
      if (const auto* list = v_.definition.list(q.list))
        for (const auto& c : list->choices) all.push_back(c.name);
      return all;
    }
    forms::EvaluationContext context{.row = row ? answers_of(v_.state.clean, row) : nullptr,
                                     .main = &v_.state.clean.answers};
    for (const Row* up = row ? row->parent : nullptr; up; up = up->parent)  // as validation sees them
      context.outer_rows.push_back(answers_of(v_.state.clean, up));
    return forms::filtered_choices(v_.definition, q, context);
  }

  std::string shown_value(const Question& q, const std::string& value) const {
    if (value.empty()) return "Niet ingevuld";
    const auto* list = v_.definition.list(q.list);
    if (!list || (q.type != QuestionType::kSelectOne && q.type != QuestionType::kSelectMultiple)) return value;
    std::vector<std::string> labels;
    for (const auto& name : split_whitespace(value)) {
      const int i = list->index_of(std::string(name));
      labels.push_back(i < 0 ? std::string(name) : choice_label(list->choices[static_cast<std::size_t>(i)]));
    }
    return joined(labels, ", ");
  }

  void question(const Question& q, const Row* row) {
    const std::string key = key_in(row, q.name);
    const std::string value = value_in(answers_of(v_.answers, row), q.name);
    const std::string hint = q.hint.get(lang_);
    const std::string text = label(q) + (q.required ? " (verplicht)" : "");
    if (v_.read_only) {
      m_.open("div", wrapper_attrs("field field-read-only", key));
      m_.element("p", {{"class", "field-label"}}, label(q));
      m_.element("p", {{"class", "answer"}}, shown_value(q, value));
      m_.close("div");
      return;
    }
    const bool invalid = !message(key).empty();
    const std::string described = (hint.empty() ? "" : "hint-" + key + " ") + "fout-" + key;
    const bool choice_group = q.type == QuestionType::kSelectMultiple ||
                              (q.type == QuestionType::kSelectOne && choices(q, row).size() <= kRadioLimit);
    if (choice_group) {
      auto attrs = wrapper_attrs("field field-choices", key);
      attrs.push_back({"aria-describedby", described});
      m_.open("fieldset", attrs).element("legend", text);
    } else {
      m_.open("div", wrapper_attrs("field", key)).element("label", {{"for", "veld-" + key}}, text);
    }
    if (!hint.empty()) m_.element("p", {{"class", "hint"}, {"id", "hint-" + key}}, hint);
    message_paragraph(key);
    if (choice_group) {
      choice_inputs(q, key, value, choices(q, row), invalid);
      m_.close("fieldset");
      return;
    }
    std::vector<Attr> a{{"id", "veld-" + key}, {"name", "v/" + key}, {"aria-describedby", described}};
    if (invalid) a.push_back({"aria-invalid", "true"});
    if (q.type == QuestionType::kSelectOne) {
      m_.open("select", a).element("option", {{"value", ""}}, "Kies een antwoord");
      const auto* list = v_.definition.list(q.list);
      for (const auto& name : choices(q, row)) {
        const int i = list->index_of(name);
        const std::string shown = choice_label(list->choices[static_cast<std::size_t>(i)]);
        if (name == value)
          m_.element("option", {{"value", name}, {"selected", "selected"}}, shown);
        else
          m_.element("option", {{"value", name}}, shown);
      }
      m_.close("select");
    } else if (q.type == QuestionType::kText) {
      a.push_back({"rows", "3"});
      m_.open("textarea", a).text(value).close("textarea");
    } else {
      a.push_back({"value", value});
      if (q.type == QuestionType::kDate) {
        a.push_back({"type", "date"});
      } else {
        a.push_back({"type", "text"});
        if (q.type == QuestionType::kInteger) a.push_back({"inputmode", "numeric"});
        if (q.type == QuestionType::kDecimal) a.push_back({"inputmode", "decimal"});
      }
      a.push_back({"class", q.type == QuestionType::kInteger || q.type == QuestionType::kDecimal ? "input-short" : ""});
      m_.empty("input", a);
    }
    m_.close("div");
  }

  void choice_inputs(const Question& q, const std::string& key, const std::string& value,
                     const std::vector<std::string>& names, bool invalid) {
    const auto* list = v_.definition.list(q.list);
    const bool multiple = q.type == QuestionType::kSelectMultiple;
    const auto chosen = split_whitespace(value);
    for (std::size_t i = 0; i < names.size(); ++i) {
      const std::string& name = names[i];
      const int at = list->index_of(name);
      const std::string id = "veld-" + key + (i == 0 ? "" : "-" + std::to_string(i));
      std::vector<Attr> a{{"type", multiple ? "checkbox" : "radio"},
                          {"id", id},
                          {"name", multiple ? "k/" + key + "/" + name : "v/" + key},
                          {"value", name}};
      if (std::find(chosen.begin(), chosen.end(), name) != chosen.end()) a.push_back({"checked", "checked"});
      if (invalid) a.push_back({"aria-invalid", "true"});
      m_.open("div", {{"class", "choice"}}).empty("input", a);
      m_.element("label", {{"for", id}}, choice_label(list->choices[static_cast<std::size_t>(at)])).close("div");
    }
  }

  Html& m_;
  const FormView& v_;
  std::string lang_;
};

// Reads the rows of `place` (key `here`) from the form into `out`, each with the rows nested in
// it: appended in form order, so a nested row's parent index is that of the row just read.
void read_rows(const forms::Definition& definition, const std::map<std::string, std::string>& form,
               const RepeatPlace& place, const std::string& here, forms::Response& out) {
  auto it = form.find("rijen/" + here);
  const std::size_t n = it == form.end() ? 0 : parse_count(it->second);
  const auto nested = nested_in(definition, place.repeat);
  for (std::size_t k = 1; k <= n; ++k) {
    auto& rows = out.repeats[place.repeat];
    const std::size_t index = rows.size();
    rows.emplace_back();
    if (place.parent) out.repeat_parents[place.repeat].push_back(*place.parent);
    const std::string key = forms::row_key(definition, out, place.repeat, index);
    for (const Question* q : definition.answer_questions(place.repeat))
      if (has_control(*q)) read_answer(*q, key + "/" + q->name, form, definition, rows[index]);
    for (const auto& inner : nested) read_rows(definition, form, {inner, index}, key + "/" + inner, out);
  }
}

// A field of the error summary: its key, question and where it is ("huishoudens rij 1, leden rij 2").
struct SummaryField {
  std::string key;
  const Question* question;
  std::string where;
};

// The fields of the rows of `place` (key `here`) in form order, nested repeats included.
void summary_fields(const forms::Definition& def, const forms::Response& answers, const RepeatPlace& place,
                    const std::string& here, const std::string& where, std::vector<SummaryField>& out) {
  out.push_back({here, def.question(place.repeat), where});
  const auto indexes = rows_of(answers, place);
  for (std::size_t k = 1; k <= indexes.size(); ++k) {
    const std::string key = forms::row_key(def, answers, place.repeat, indexes[k - 1]);
    const std::string row_where = (where.empty() ? "" : where + ", ") + place.repeat + " rij " + std::to_string(k);
    for (const auto& q : def.questions) {
      if (q.type == QuestionType::kBeginRepeat && def.enclosing_repeat(q.name) == place.repeat)
        summary_fields(def, answers, {q.name, indexes[k - 1]}, key + "/" + q.name, row_where, out);
      else if (q.repeat == place.repeat && q.type != QuestionType::kBeginRepeat && q.holds_answer())
        out.push_back({key + "/" + q.name, &q, row_where});
    }
  }
}

}  // namespace

forms::Response read_form_answers(const forms::Definition& definition, const std::map<std::string, std::string>& form) {
  forms::Response out;
  for (const auto& q : definition.questions)
    if (q.repeat.empty() && has_control(q)) read_answer(q, q.name, form, definition, out.answers);
  for (const auto& repeat : nested_in(definition, "")) read_rows(definition, form, {repeat, std::nullopt}, repeat, out);
  return out;
}

forms::Response without_hidden(const forms::Definition& definition, const forms::Response& answers,
                               const forms::FormState& state) {
  forms::Response out = answers;
  std::set<RowAddress> hidden_rows;
  for (const auto& key : state.hidden) {
    if (auto place = find_place(definition, answers, key)) {  // a whole repeat, or its rows in one parent row
      for (std::size_t index : rows_of(answers, *place)) hidden_rows.insert({place->repeat, index});
      continue;
    }
    const auto slash = key.rfind('/');
    if (slash == std::string::npos) {
      out.answers.erase(key);
    } else if (auto row = find_row(definition, answers, key.substr(0, slash))) {
      out.repeats[row->first][row->second].erase(key.substr(slash + 1));
    }
  }
  remove_rows(definition, out, hidden_rows);
  return out;
}

void render_questions(Html& m, const FormView& view) {
  Renderer(m, view).items(0, view.definition.questions.size(), nullptr);
}

std::size_t render_error_summary(Html& m, const FormView& view, std::string_view heading_text) {
  // Keys in the order of the form; repeats with their rows, nested ones inside them.
  const auto& def = view.definition;
  std::vector<SummaryField> order;
  for (const auto& q : def.questions) {
    if (q.type == QuestionType::kBeginRepeat && def.enclosing_repeat(q.name).empty())
      summary_fields(def, view.answers, {q.name, std::nullopt}, q.name, "", order);
    else if (q.repeat.empty() && q.holds_answer())
      order.push_back({q.name, &q, ""});
  }
  std::vector<std::pair<std::string, std::string>> items;  // href, text
  for (const auto& [key, q, where] : order) {
    auto it = view.state.messages.find(key);
    if (it == view.state.messages.end() || view.state.hidden.contains(key)) continue;
    const std::string label = q->label.get(def.settings.default_language);
    const bool whole_repeat = q->type == QuestionType::kBeginRepeat;
    const std::string what = (label.empty() ? q->name : label) + (where.empty() ? "" : " (" + where + ")");
    items.emplace_back((whole_repeat || !has_control(*q) ? "#vraag-" : "#veld-") + key,
                       what + " — " + joined(it->second, " "));
  }
  if (items.empty()) return 0;
  m.open("div", {{"class", "error-summary"},
                 {"role", "alert"},
                 {"aria-labelledby", "foutoverzicht-titel"},
                 {"tabindex", "-1"},
                 {"id", "foutoverzicht"}});
  m.element("h2", {{"id", "foutoverzicht-titel"}}, heading_text);
  m.open("ul");
  for (const auto& [href, text] : items) m.open("li").element("a", {{"href", href}}, text).close("li");
  m.close("ul").close("div");
  return items.size();
}

}  // namespace regio::web
