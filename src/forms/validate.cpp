#include "forms/validate.h"

#include <algorithm>
#include <cmath>
#include <set>

#include <fmt/format.h>

#include "base/text.h"
#include "forms/answer_format.h"

namespace regio::forms {
namespace {

class Validator {
 public:
  Validator(const Definition& def, const Response& raw, const ResponseSource& source, Date today, ProblemList& problems,
            FormState* state = nullptr)
      : def_(def), raw_(raw), source_(source), today_(today), problems_(problems), state_(state) {
    for (const auto& q : def_.questions)
      if (!q.repeat.empty() && q.type != QuestionType::kBeginRepeat) repeat_of_[q.name] = q.repeat;
    for (const auto& r : def_.repeat_names())
      if (std::string up = def_.enclosing_repeat(r); !up.empty()) enclosing_[r] = std::move(up);
  }

  Response run() {
    Response out;
    out.region = raw_.region;
    out.wave = raw_.wave;
    out.status = raw_.status;
    out.answers = normalise(raw_.answers, "", source_.main, "", rejected_main_);
    for (const auto& [name, rows] : raw_.repeats) {
      const Question* q = def_.question(name);
      if (!q || q->type != QuestionType::kBeginRepeat) {
        const RowSource at = row_source(name, 0);
        problems_.add({at.file, at.line, name, "type",
                       fmt::format("{}herhaling {} bestaat niet in de vragenlijst", region_prefix(), name)});
      }
    }
    for (std::size_t i = 0; i < def_.questions.size(); ++i) {
      const Question& q = def_.questions[i];
      if (q.type == QuestionType::kBeginRepeat) {
        validate_repeat(q, out);
      } else if (q.repeat.empty()) {
        check(q, out.answers, nullptr, source_.main, "");
      }
    }
    return out;
  }

 private:
  std::string region_prefix() const { return raw_.region.empty() ? "" : fmt::format("regio {}, ", raw_.region); }

  RowSource row_source(const std::string& repeat, std::size_t index) const {
    auto it = source_.repeats.find(repeat);
    if (it != source_.repeats.end() && index < it->second.size()) return it->second[index];
    return {source_.main.file, 0};
  }

  // The form key of a question in the row being checked (row_key_) or of the main part.
  std::string key(const std::string& name) const { return row_key_.empty() ? name : row_key_ + "/" + name; }

  // A problem about a whole repeat (or an unknown name), for the form state too.
  void add_whole(const Problem& p, const std::string& what, const std::string& form_key) {
    if (state_) state_->messages[form_key].push_back(what);
    problems_.add(p);
  }

  void add(const RowSource& at, const std::string& where, const std::string& question, const char* rule,
           const std::string& what) {
    if (state_) state_->messages[key(question)].push_back(what);
    problems_.add(
        {at.file, at.line, question, rule, fmt::format("{}{}vraag {}: {}", region_prefix(), where, question, what)});
  }

  // Type checks and canonical forms; calculate fields are skipped (they are recomputed).
  // Names whose answer was refused land in `rejected`, so they are not reported again as missing.
  Answers normalise(const Answers& in, const std::string& scope, const RowSource& at, const std::string& where,
                    std::set<std::string>& rejected) {
    Answers out;
    for (const auto& [name, raw_value] : in) {
      const std::string value(trim(raw_value));
      if (value.empty()) continue;
      const Question* q = def_.question(name);
      if (!q || !q->holds_answer() || q->repeat != scope) {
        problems_.add({at.file, at.line, name, "type",
                       fmt::format("{}{}{} is geen vraag{} van de vragenlijst", region_prefix(), where, name,
                                   scope.empty() ? "" : " van herhaling " + scope)});
        continue;
      }
      if (q->type == QuestionType::kCalculate || q->choice_filter) {
        out[name] = value;  // calculations: for once() and trigger; filtered selects: checked in check()
        continue;
      }
      if (auto v = canonical(*q, value, at, where))
        out[name] = *v;
      else
        rejected.insert(name);
    }
    return out;
  }

  std::optional<std::string> canonical(const Question& q, const std::string& value, const RowSource& at,
                                       const std::string& where, const std::vector<std::string>* allowed = nullptr) {
    auto v = canonical_answer(def_, q, value, allowed);
    if (auto* ok = std::get_if<std::string>(&v)) return *ok;
    for (const auto& e : std::get<std::vector<AnswerError>>(v)) add(at, where, q.name, e.rule.c_str(), e.message);
    return std::nullopt;
  }

  // What the product fills in for a metadata question (see ResponseSource); "" = as given.
  std::string metadata_value(const std::string& kind) const {
    if (kind == "today") return format_iso(today_);
    if (kind == "start" || kind == "end") return source_.now.empty() ? format_iso(today_) + "T00:00:00" : source_.now;
    if (kind == "username") return source_.username;
    if (kind == "deviceid") return "regiomonitor";
    return {};
  }

  EvaluationContext context(const Answers* row, const Answers& main, std::string_view current) const {
    EvaluationContext c{.row = row, .main = &main, .current = current, .today = today_, .now = source_.now};
    c.repeats = &raw_.repeats;
    c.repeat_of = &repeat_of_;
    c.position = position_;
    c.outer_rows = outer_rows_;
    c.open_rows = open_rows_;
    c.repeat_parents = &raw_.repeat_parents;
    c.enclosing_repeat = &enclosing_;
    c.choice_name = [this](const std::string& question, const std::string& value) {
      // 'list:L': the list itself (instance('L')/root/item[name = X]/label, see xlsform_dialect.h).
      const Question* q = question.starts_with("list:") ? nullptr : def_.question(question);
      const ChoiceList* list = question.starts_with("list:") ? def_.list(question.substr(5))
                               : q                           ? def_.list(q->list)
                                                             : nullptr;
      const int i = list ? list->index_of(value) : -1;
      return i < 0 ? std::string()
                   : list->choices[static_cast<std::size_t>(i)].label.get(def_.settings.default_language);
    };
    return c;
  }

  // The first `relevant` expression (of an enclosing group or the question itself) that is
  // false, or nullptr when the question is relevant.
  const Expression* failing_relevance(const Question& q, const Answers* row, const Answers& main) const {
    auto holds = [&](const Question& x) {
      return !x.relevant || x.relevant->evaluate(context(row, main, "")).as_boolean();
    };
    for (std::size_t g : q.groups)
      if (!holds(def_.questions[g])) return &*def_.questions[g].relevant;
    return holds(q) ? nullptr : &*q.relevant;
  }

  // `answers` is the row being checked (main answers or a repeat row); `row` is non-null for a
  // repeat row, with `main` then holding the main answers.
  void check(const Question& q, Answers& answers, const Answers* main_for_row, const RowSource& at,
             const std::string& where) {
    const Answers* row = main_for_row ? &answers : nullptr;
    const Answers& main = main_for_row ? *main_for_row : answers;
    const bool form_item = q.holds_answer() || q.type == QuestionType::kNote || q.type == QuestionType::kBeginGroup;
    if (!form_item) return;
    const Expression* not_relevant = failing_relevance(q, row, main);
    if (state_ && not_relevant) state_->hidden.insert(key(q.name));
    if (!q.holds_answer()) return;
    if (q.calculation) {
      // A calculation sets the value (also of a non-calculate question, as in ODK); with a
      // trigger the value given was set when the trigger changed and is kept.
      auto given = answers.find(q.name);
      const std::string current = given == answers.end() ? "" : given->second;
      if (q.type == QuestionType::kCalculate || !not_relevant) answers.erase(q.name);
      if (!not_relevant && !(q.trigger.size() && !current.empty())) {
        const Value v = q.calculation->evaluate(context(row, main, current));
        const bool nan = v.kind() == Value::Kind::kNumber && std::isnan(v.as_number());
        if (std::string s = v.as_string(); !nan && !s.empty()) answers[q.name] = s;
      } else if (!not_relevant) {
        answers[q.name] = current;
      }
      if (q.type == QuestionType::kCalculate) return;
    }
    // end is the moment of the last save: renewed whenever the product saves (source_.now set).
    if (q.type == QuestionType::kMetadata && !not_relevant &&
        (!answers.contains(q.name) || (q.metadata == "end" && !source_.now.empty())))
      if (std::string v = metadata_value(q.metadata); !v.empty()) answers[q.name] = std::move(v);
    if (!not_relevant && !answers.contains(q.name) && !q.default_value.empty()) {
      // The default is the answer until someone changes it; ${x} or a function makes it dynamic.
      std::string d = q.default_value;
      if (d.find("${") != std::string::npos || d.find('(') != std::string::npos)
        if (auto e = Expression::parse(d)) d = e->evaluate(context(row, main, "")).as_string();
      if (!d.empty()) answers[q.name] = d;
    }
    if (q.choice_filter) {
      if (auto given = answers.find(q.name); given != answers.end() && !not_relevant) {
        const auto allowed = filtered_choices(def_, q, context(row, main, ""));
        if (auto v = canonical(q, given->second, at, where, &allowed)) {
          given->second = *v;
        } else {
          answers.erase(given);
          (main_for_row ? rejected_row_ : rejected_main_).insert(q.name);
        }
      }
    }
    auto it = answers.find(q.name);
    if (not_relevant) {
      if (it != answers.end()) {
        add(at, where, q.name, "niet-van-toepassing",
            fmt::format("vraag is niet van toepassing (relevant: {}), laat het antwoord leeg", not_relevant->text()));
        answers.erase(it);
      }
      return;
    }
    if (it == answers.end()) {
      if ((main_for_row ? rejected_row_ : rejected_main_).contains(q.name)) return;
      const bool required =
          q.required || (q.required_if && q.required_if->evaluate(context(row, main, "")).as_boolean());
      if (required && raw_.status == ResponseStatus::kIngediend) {
        const std::string message = q.required_message.get(def_.settings.default_language);
        add(at, where, q.name, "verplicht",
            message.empty() ? "antwoord ontbreekt, deze vraag is verplicht" : fill_in(message, context(row, main, "")));
      }
      return;
    }
    if (q.read_only && !q.calculation && q.read_only->evaluate(context(row, main, it->second)).as_boolean()) {
      auto expected = canonical_answer(def_, q, q.default_value);
      const auto* d = std::get_if<std::string>(&expected);
      if (q.default_value.empty() || !d || *d != it->second) {
        add(at, where, q.name, "alleen-lezen",
            q.default_value.empty()
                ? "deze vraag is alleen-lezen (read_only), laat het antwoord leeg"
                : fmt::format("deze vraag is alleen-lezen (read_only) met de waarde {}", q.default_value));
        answers.erase(it);
        return;
      }
    }
    if (q.constraint && !q.constraint->evaluate(context(row, main, it->second)).as_boolean()) {
      std::string message = q.constraint_message.get(def_.settings.default_language);
      if (message.empty())
        message =
            fmt::format("waarde {} voldoet niet aan de voorwaarde {}", it->second, one_line(q.constraint->text()));
      else
        message = fill_in(message, context(row, main, it->second));
      add(at, where, q.name, "voorwaarde", message);
    }
  }

  static std::string one_line(const std::string& text) {
    std::string out;
    for (const auto& w : split_whitespace(text)) out += (out.empty() ? "" : " ") + w;
    return out;
  }

  // `form_key`: where a form shows the message (the repeat's name, or for a nested repeat its
  // key in the row of the enclosing repeat).
  void check_repeat_count(const Question& repeat, const Response& out, std::size_t given, const std::string& form_key,
                          std::size_t first_row = 0, const std::string& in = {}) {
    const double n = repeat.repeat_count->evaluate(context(nullptr, out.answers, "")).as_number();
    if (std::isnan(n) || n == static_cast<double>(given)) return;
    const RowSource at = row_source(repeat.name, first_row);
    const std::string what = fmt::format("herhaling {}{} heeft {} rij(en), repeat_count {} vraagt er {}", repeat.name,
                                         in, given, one_line(repeat.repeat_count->text()), format_number(n));
    add_whole({at.file, at.line, repeat.name, "aantal-rijen", region_prefix() + what}, what, form_key);
  }

  void validate_repeat(const Question& repeat, Response& out) {
    if (auto up = enclosing_.find(repeat.name); up != enclosing_.end()) {
      validate_nested_repeat(repeat, up->second, out);
      return;
    }
    auto raw_rows = raw_.repeats.find(repeat.name);
    const std::size_t given = raw_rows == raw_.repeats.end() ? 0 : raw_rows->second.size();
    const Expression* off = failing_relevance(repeat, nullptr, out.answers);
    if (state_ && off) state_->hidden.insert(repeat.name);
    if (given == 0) {
      // repeat_count asks for rows: none given is only right for a count of 0 (or a concept).
      if (repeat.repeat_count && raw_.status == ResponseStatus::kIngediend && !off)
        check_repeat_count(repeat, out, 0, repeat.name);
      return;
    }
    if (off) {
      const RowSource at = row_source(repeat.name, 0);
      const std::string what = fmt::format("herhaling {} is niet van toepassing (relevant: {}), laat de rijen weg",
                                           repeat.name, off->text());
      add_whole({at.file, at.line, repeat.name, "niet-van-toepassing", region_prefix() + what}, what, repeat.name);
      return;
    }
    if (repeat.repeat_count) check_repeat_count(repeat, out, given, repeat.name);
    auto& rows = out.repeats[repeat.name];
    for (std::size_t r = 0; r < raw_rows->second.size(); ++r) {
      position_ = r + 1;
      row_key_ = forms::row_key(def_, raw_, repeat.name, r);
      open_rows_ = {{repeat.name, r}};  // count(), sum() … of a repeat nested in it see this row's rows
      const RowSource at = row_source(repeat.name, r);
      const std::string where = fmt::format("{} rij {}, ", repeat.name, r + 1);
      rejected_row_.clear();
      Answers row = normalise(raw_rows->second[r], repeat.name, at, where, rejected_row_);
      for (const auto& q : def_.questions)
        if (q.repeat == repeat.name && q.type != QuestionType::kBeginRepeat) check(q, row, &out.answers, at, where);
      rows.push_back(std::move(row));
    }
    position_ = 0;
    row_key_.clear();
    open_rows_.clear();
  }

  // Makes row `index` of `repeat` and the rows it lies in the context of what follows: their
  // answers are visible to ${x} and count(), sum() … of a nested repeat see only their rows.
  void enter(const Response& out, std::string repeat, std::size_t index) {
    open_rows_.clear();
    outer_rows_.clear();
    while (!repeat.empty()) {
      open_rows_.emplace_back(repeat, index);
      auto rows = out.repeats.find(repeat);
      outer_rows_.push_back(rows != out.repeats.end() && index < rows->second.size() ? &rows->second[index] : nullptr);
      auto parents = raw_.repeat_parents.find(repeat);
      auto up = enclosing_.find(repeat);
      if (up == enclosing_.end() || parents == raw_.repeat_parents.end() || index >= parents->second.size()) break;
      index = parents->second[index];
      repeat = up->second;
    }
  }

  // A repeat inside a repeat: per row of the enclosing repeat its own rows (those whose
  // repeat_parents entry names that row), with that row's relevant and repeat_count, and
  // position(..) counted among them.
  void validate_nested_repeat(const Question& repeat, const std::string& parent, Response& out) {
    static const std::vector<Answers> kNone;
    static const std::vector<std::size_t> kNoParents;
    auto found = raw_.repeats.find(repeat.name);
    const std::vector<Answers>& raw_rows = found == raw_.repeats.end() ? kNone : found->second;
    auto parents_found = raw_.repeat_parents.find(repeat.name);
    const auto& parents = parents_found == raw_.repeat_parents.end() ? kNoParents : parents_found->second;
    auto raw_parent = raw_.repeats.find(parent);
    const std::size_t parent_count = raw_parent == raw_.repeats.end() ? 0 : raw_parent->second.size();
    for (std::size_t r = 0; r < raw_rows.size(); ++r) {
      if (r < parents.size() && parents[r] < parent_count) continue;
      const RowSource at = row_source(repeat.name, r);
      problems_.add({at.file, at.line, kParentRowColumn, "geen-ouderrij",
                     r < parents.size() ? fmt::format("{}{} rij {} hoort bij rij {} van herhaling {}, die er niet is",
                                                      region_prefix(), repeat.name, r + 1, parents[r] + 1, parent)
                                        : fmt::format("{}{} rij {} zegt niet bij welke rij van herhaling {} zij hoort",
                                                      region_prefix(), repeat.name, r + 1, parent)});
    }
    auto parent_rows = out.repeats.find(parent);  // absent when the enclosing repeat was refused
    if (parent_rows == out.repeats.end()) return;
    std::vector<Answers> rows(raw_rows.size());
    for (std::size_t p = 0; p < parent_rows->second.size(); ++p) {
      std::vector<std::size_t> own;
      for (std::size_t r = 0; r < raw_rows.size() && r < parents.size(); ++r)
        if (parents[r] == p) own.push_back(r);
      enter(out, parent, p);
      const std::string in = fmt::format(" in {} rij {}", parent, p + 1);
      const std::string here = forms::row_key(def_, raw_, parent, p) + "/" + repeat.name;  // its form key
      const Expression* not_relevant = failing_relevance(repeat, nullptr, out.answers);
      if (state_ && not_relevant) state_->hidden.insert(here);
      if (not_relevant && !own.empty()) {
        const RowSource at = row_source(repeat.name, own.front());
        const std::string what = fmt::format("herhaling {}{} is niet van toepassing (relevant: {}), laat de rijen weg",
                                             repeat.name, in, not_relevant->text());
        add_whole({at.file, at.line, repeat.name, "niet-van-toepassing", region_prefix() + what}, what, here);
        continue;
      }
      if (repeat.repeat_count && !not_relevant && (!own.empty() || raw_.status == ResponseStatus::kIngediend))
        check_repeat_count(repeat, out, own.size(), here, own.empty() ? 0 : own.front(), in);
      for (std::size_t k = 0; k < own.size(); ++k) {
        const std::size_t r = own[k];
        enter(out, parent, p);
        open_rows_.insert(open_rows_.begin(), {repeat.name, r});
        position_ = k + 1;
        row_key_ = fmt::format("{}/{}", here, k + 1);
        const RowSource at = row_source(repeat.name, r);
        const std::string where = fmt::format("{} rij {}{}, ", repeat.name, k + 1, in);
        rejected_row_.clear();
        Answers row = normalise(raw_rows[r], repeat.name, at, where, rejected_row_);
        for (const auto& q : def_.questions)
          if (q.repeat == repeat.name && q.type != QuestionType::kBeginRepeat) check(q, row, &out.answers, at, where);
        rows[r] = std::move(row);
      }
    }
    position_ = 0;
    row_key_.clear();
    open_rows_.clear();
    outer_rows_.clear();
    if (!raw_rows.empty()) {
      out.repeats[repeat.name] = std::move(rows);
      out.repeat_parents[repeat.name] = parents;
    }
  }

  const Definition& def_;
  const Response& raw_;
  const ResponseSource& source_;
  Date today_;
  ProblemList& problems_;
  std::set<std::string> rejected_main_;
  std::set<std::string> rejected_row_;
  FormState* state_;
  std::map<std::string, std::string> repeat_of_;
  std::string row_key_;                           // row_key() of the repeat row being checked, "" in the main part
  std::map<std::string, std::string> enclosing_;  // nested repeat -> the repeat it is in
  std::size_t position_ = 0;
  std::vector<const Answers*> outer_rows_;  // see EvaluationContext
  std::vector<std::pair<std::string, std::size_t>> open_rows_;
};

}  // namespace

std::vector<std::string> filtered_choices(const Definition& definition, const Question& question,
                                          EvaluationContext context) {
  std::vector<std::string> out;
  const ChoiceList* list = definition.list(question.list);
  if (!list) return out;
  for (const auto& c : list->choices) {
    std::map<std::string, std::string> columns = c.columns;
    columns["name"] = c.name;
    columns["label"] = c.label.get(definition.settings.default_language);
    context.choice = &columns;
    if (!question.choice_filter || question.choice_filter->evaluate(context).as_boolean()) out.push_back(c.name);
  }
  return out;
}

Response validate_response(const Definition& definition, const Response& raw, const ResponseSource& source, Date today,
                           ProblemList& problems) {
  return Validator(definition, raw, source, today, problems).run();
}

std::string field_key(const std::string& repeat, std::size_t row, const std::string& name) {
  return repeat.empty() ? name : fmt::format("{}/{}/{}", repeat, row, name);
}

std::string row_key(const Definition& definition, const Response& response, const std::string& repeat,
                    std::size_t index) {
  const std::string up = definition.enclosing_repeat(repeat);
  if (up.empty()) return fmt::format("{}/{}", repeat, index + 1);
  auto parents = response.repeat_parents.find(repeat);
  if (parents == response.repeat_parents.end() || index >= parents->second.size()) return {};
  const std::size_t parent = parents->second[index];
  const std::size_t position =
      1 + static_cast<std::size_t>(std::count(parents->second.begin(), parents->second.begin() + index, parent));
  const std::string above = row_key(definition, response, up, parent);
  return above.empty() ? std::string() : fmt::format("{}/{}/{}", above, repeat, position);
}

FormState evaluate_form(const Definition& definition, const Response& raw, Date today, const ResponseSource& source) {
  FormState state;
  ProblemList problems;
  state.clean = Validator(definition, raw, source, today, problems, &state).run();
  state.problems = problems.size();
  return state;
}

Result<Response> validate_response(const Definition& definition, const Response& raw, Date today,
                                   const ResponseSource& source) {
  ProblemList problems;
  Response out = validate_response(definition, raw, source, today, problems);
  if (!problems.empty())
    return std::unexpected(problems.to_error(fmt::format("Antwoorden geweigerd: {} fout(en)", problems.size())));
  return out;
}

}  // namespace regio::forms
