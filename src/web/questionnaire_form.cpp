#include "web/questionnaire_form.h"

#include <algorithm>
#include <charconv>
#include <vector>

#include "base/text.h"

namespace regio::web {
namespace {

using forms::Question;
using forms::QuestionType;

constexpr std::size_t kMaxRows = 200;
constexpr std::size_t kRadioLimit = 7;  // longer select_one lists become a <select>

bool has_control(const Question& q) {
  return q.holds_answer() && q.type != QuestionType::kCalculate && q.type != QuestionType::kMetadata &&
         q.type != QuestionType::kHidden;
}

std::size_t parse_count(const std::string& text) {
  std::size_t n = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (ec != std::errc() || end != text.data() + text.size()) return 0;
  return std::min(n, kMaxRows);
}

// The row (1-based) of a repeat in `r`, or nullptr.
const forms::Answers* row_of(const forms::Response& r, const std::string& repeat, std::size_t row) {
  if (repeat.empty()) return &r.answers;
  auto it = r.repeats.find(repeat);
  if (it == r.repeats.end() || row == 0 || row > it->second.size()) return nullptr;
  return &it->second[row - 1];
}

std::string value_in(const forms::Answers* a, const std::string& name) {
  if (!a) return {};
  auto it = a->find(name);
  return it == a->end() ? std::string() : it->second;
}

std::vector<std::string> split_key(const std::string& key) {
  std::vector<std::string> parts(1);
  for (char c : key) {
    if (c == '/')
      parts.emplace_back();
    else
      parts.back().push_back(c);
  }
  return parts;
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

  void items(std::size_t from, std::size_t to, const std::string& repeat, std::size_t row) {
    const auto& qs = v_.definition.questions;
    for (std::size_t i = from; i < to; ++i) {
      const Question& q = qs[i];
      const std::string key = forms::field_key(repeat, row, q.name);
      switch (q.type) {
        case QuestionType::kBeginGroup:
          m_.open("section", wrapper_attrs("form-section", key));
          heading(m_, 2 + q.groups.size(), label(q));
          break;
        case QuestionType::kEndGroup:
          m_.close("section");
          break;
        case QuestionType::kBeginRepeat: {
          std::size_t end = i + 1;
          while (end < to && qs[end].type != QuestionType::kEndRepeat) ++end;
          repeat_section(q, i + 1, end);
          i = end;
          break;
        }
        case QuestionType::kNote:
          m_.open("div", wrapper_attrs("form-note", key)).element("p", label(q)).close("div");
          break;
        default:
          if (has_control(q)) question(q, repeat, row);
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

  void repeat_section(const Question& r, std::size_t begin, std::size_t end) {
    const auto* rows = v_.answers.repeats.contains(r.name) ? &v_.answers.repeats.at(r.name) : nullptr;
    const std::size_t n = rows ? rows->size() : 0;
    const std::string item = label(r);
    m_.open("section", wrapper_attrs("form-repeat", r.name));
    heading(m_, 2 + r.groups.size(), item + " (" + std::to_string(n) + (n == 1 ? " rij)" : " rijen)"));
    message_paragraph(r.name);
    if (n == 0) m_.element("p", {{"class", "hint"}}, "Nog geen rijen.");
    for (std::size_t row = 1; row <= n; ++row) {
      m_.open("fieldset", {{"class", "repeat-row"}, {"id", "vraag-" + r.name + "/" + std::to_string(row)}});
      m_.element("legend", item + " " + std::to_string(row));
      items(begin, end, r.name, row);
      if (!v_.read_only) {
        m_.open("button", {{"type", "submit"},
                           {"name", "actie"},
                           {"value", "rij-verwijderen/" + r.name + "/" + std::to_string(row)},
                           {"class", "button-secondary"}});
        m_.text("Rij verwijderen")
            .element("span", {{"class", "visually-hidden"}}, " (" + item + " " + std::to_string(row) + ")");
        m_.close("button");
      }
      m_.close("fieldset");
    }
    if (!v_.read_only) {
      m_.empty("input", {{"type", "hidden"}, {"name", "rijen/" + r.name}, {"value", std::to_string(n)}});
      m_.open(
          "button",
          {{"type", "submit"}, {"name", "actie"}, {"value", "rij-toevoegen/" + r.name}, {"class", "button-secondary"}});
      m_.text("Rij toevoegen").element("span", {{"class", "visually-hidden"}}, " (" + item + ")");
      m_.close("button");
    }
    m_.close("section");
  }

  std::vector<std::string> choices(const Question& q, const std::string& repeat, std::size_t row) const {
    if (!q.choice_filter) {
      std::vector<std::string> all;
      if (const auto* list = v_.definition.list(q.list))
        for (const auto& c : list->choices) all.push_back(c.name);
      return all;
    }
    forms::EvaluationContext context{.row = repeat.empty() ? nullptr : row_of(v_.state.clean, repeat, row),
                                     .main = &v_.state.clean.answers};
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

  void question(const Question& q, const std::string& repeat, std::size_t row) {
    const std::string key = forms::field_key(repeat, row, q.name);
    const std::string value = value_in(row_of(v_.answers, repeat, row), q.name);
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
                              (q.type == QuestionType::kSelectOne && choices(q, repeat, row).size() <= kRadioLimit);
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
      choice_inputs(q, key, value, choices(q, repeat, row), invalid);
      m_.close("fieldset");
      return;
    }
    std::vector<Attr> a{{"id", "veld-" + key}, {"name", "v/" + key}, {"aria-describedby", described}};
    if (invalid) a.push_back({"aria-invalid", "true"});
    if (q.type == QuestionType::kSelectOne) {
      m_.open("select", a).element("option", {{"value", ""}}, "Kies een antwoord");
      const auto* list = v_.definition.list(q.list);
      for (const auto& name : choices(q, repeat, row)) {
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

}  // namespace

forms::Response read_form_answers(const forms::Definition& definition, const std::map<std::string, std::string>& form) {
  forms::Response out;
  for (const auto& q : definition.questions)
    if (q.repeat.empty() && has_control(q)) read_answer(q, q.name, form, definition, out.answers);
  for (const auto& repeat : definition.repeat_names()) {
    auto it = form.find("rijen/" + repeat);
    const std::size_t n = it == form.end() ? 0 : parse_count(it->second);
    if (n == 0) continue;
    auto& rows = out.repeats[repeat];
    rows.resize(n);
    for (std::size_t row = 1; row <= n; ++row)
      for (const Question* q : definition.answer_questions(repeat))
        if (has_control(*q)) read_answer(*q, forms::field_key(repeat, row, q->name), form, definition, rows[row - 1]);
  }
  return out;
}

void add_repeat_row(forms::Response& answers, const std::string& repeat) {
  auto& rows = answers.repeats[repeat];
  if (rows.size() < kMaxRows) rows.emplace_back();
}

void remove_repeat_row(forms::Response& answers, const std::string& repeat, std::size_t row) {
  auto it = answers.repeats.find(repeat);
  if (it == answers.repeats.end() || row == 0 || row > it->second.size()) return;
  it->second.erase(it->second.begin() + static_cast<std::ptrdiff_t>(row - 1));
  if (it->second.empty()) answers.repeats.erase(it);
}

forms::Response without_hidden(const forms::Definition& definition, const forms::Response& answers,
                               const forms::FormState& state) {
  forms::Response out = answers;
  for (const auto& key : state.hidden) {
    const auto parts = split_key(key);
    if (parts.size() == 1) {
      if (const Question* q = definition.question(key); q && q->type == QuestionType::kBeginRepeat)
        out.repeats.erase(key);
      else
        out.answers.erase(key);
      continue;
    }
    if (parts.size() != 3) continue;
    std::size_t row = parse_count(parts[1]);
    auto it = out.repeats.find(parts[0]);
    if (it != out.repeats.end() && row >= 1 && row <= it->second.size()) it->second[row - 1].erase(parts[2]);
  }
  return out;
}

void render_questions(Html& m, const FormView& view) {
  Renderer(m, view).items(0, view.definition.questions.size(), "", 0);
}

std::size_t render_error_summary(Html& m, const FormView& view, std::string_view heading_text) {
  // Keys in the order of the form; repeats with their rows.
  std::vector<std::pair<std::string, const Question*>> order;
  const auto& def = view.definition;
  for (const auto& q : def.questions) {
    if (q.type == QuestionType::kBeginRepeat) {
      order.emplace_back(q.name, &q);
      auto rows = view.answers.repeats.find(q.name);
      const std::size_t n = rows == view.answers.repeats.end() ? 0 : rows->second.size();
      for (std::size_t row = 1; row <= n; ++row)
        for (const Question* inner : def.answer_questions(q.name))
          order.emplace_back(forms::field_key(q.name, row, inner->name), inner);
    } else if (q.repeat.empty() && q.holds_answer()) {
      order.emplace_back(q.name, &q);
    }
  }
  std::vector<std::pair<std::string, std::string>> items;  // href, text
  for (const auto& [key, q] : order) {
    auto it = view.state.messages.find(key);
    if (it == view.state.messages.end() || view.state.hidden.contains(key)) continue;
    const std::string label = q->label.get(def.settings.default_language);
    const bool whole_repeat = q->type == QuestionType::kBeginRepeat;
    std::string where = label.empty() ? q->name : label;
    if (auto slash = key.find('/'); slash != std::string::npos)
      where += " (" + key.substr(0, slash) + " rij " + split_key(key)[1] + ")";
    items.emplace_back((whole_repeat || !has_control(*q) ? "#vraag-" : "#veld-") + key,
                       where + " — " + joined(it->second, " "));
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
