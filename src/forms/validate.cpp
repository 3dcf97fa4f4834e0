#include "forms/validate.h"

#include <algorithm>
#include <cmath>
#include <set>

#include <fmt/format.h>

#include "base/text.h"

namespace regio::forms {
namespace {

class Validator {
 public:
  Validator(const Definition& def, const Response& raw, const ResponseSource& source, Date today, ProblemList& problems)
      : def_(def), raw_(raw), source_(source), today_(today), problems_(problems) {}

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

  void add(const RowSource& at, const std::string& where, const std::string& question, const char* rule,
           const std::string& what) {
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
      if (q->type == QuestionType::kCalculate) continue;
      if (auto v = canonical(*q, value, at, where))
        out[name] = *v;
      else
        rejected.insert(name);
    }
    return out;
  }

  std::optional<std::string> canonical(const Question& q, const std::string& value, const RowSource& at,
                                       const std::string& where) {
    switch (q.type) {
      case QuestionType::kInteger:
        if (auto v = parse_integer(value)) return std::to_string(*v);
        add(at, where, q.name, "type", fmt::format("waarde '{}' is geen geheel getal", value));
        return std::nullopt;
      case QuestionType::kDecimal:
        if (auto v = parse_decimal(value)) return format_number(*v);
        add(at, where, q.name, "type", fmt::format("waarde '{}' is geen getal", value));
        return std::nullopt;
      case QuestionType::kDate:
        if (auto v = parse_date(value)) return format_iso(*v);
        add(at, where, q.name, "type",
            fmt::format("waarde '{}' is geen geldige datum (JJJJ-MM-DD of DD-MM-JJJJ)", value));
        return std::nullopt;
      case QuestionType::kSelectOne:
      case QuestionType::kSelectMultiple:
        return selection(q, value, at, where);
      default:
        return value;
    }
  }

  std::optional<std::string> selection(const Question& q, const std::string& value, const RowSource& at,
                                       const std::string& where) {
    const ChoiceList* list = def_.list(q.list);
    if (!list) return std::nullopt;  // the definition loader already refused this
    const auto values = q.type == QuestionType::kSelectOne ? std::vector<std::string>{value} : split_whitespace(value);
    std::vector<int> picked;
    bool ok = true;
    for (const auto& v : values) {
      const int index = list->index_of(v);
      if (index < 0) {
        add(at, where, q.name, "keuzelijst",
            fmt::format("waarde {} staat niet in keuzelijst {} ({})", v, list->name, list->describe_values()));
        ok = false;
      } else if (std::find(picked.begin(), picked.end(), index) != picked.end()) {
        add(at, where, q.name, "keuzelijst", fmt::format("waarde {} is twee keer gekozen", v));
        ok = false;
      } else {
        picked.push_back(index);
      }
    }
    if (!ok) return std::nullopt;
    std::sort(picked.begin(), picked.end());
    std::string out;
    for (int i : picked) out += (out.empty() ? "" : " ") + list->choices[static_cast<std::size_t>(i)].name;
    return out;
  }

  EvaluationContext context(const Answers* row, const Answers& main, std::string_view current) const {
    return {.row = row, .main = &main, .current = current, .today = today_};
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
    if (!q.holds_answer()) return;
    const Answers* row = main_for_row ? &answers : nullptr;
    const Answers& main = main_for_row ? *main_for_row : answers;
    const Expression* not_relevant = failing_relevance(q, row, main);
    if (q.type == QuestionType::kCalculate) {
      answers.erase(q.name);
      if (!not_relevant && q.calculation) {
        const Value v = q.calculation->evaluate(context(row, main, ""));
        const bool nan = v.kind() == Value::Kind::kNumber && std::isnan(v.as_number());
        if (std::string s = v.as_string(); !nan && !s.empty()) answers[q.name] = s;
      }
      return;
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
      if (required && raw_.status == ResponseStatus::kIngediend)
        add(at, where, q.name, "verplicht", "antwoord ontbreekt, deze vraag is verplicht");
      return;
    }
    if (q.constraint && !q.constraint->evaluate(context(row, main, it->second)).as_boolean()) {
      std::string message = q.constraint_message.get(def_.settings.default_language);
      if (message.empty())
        message = fmt::format("waarde {} voldoet niet aan de voorwaarde {}", it->second, q.constraint->text());
      add(at, where, q.name, "voorwaarde", message);
    }
  }

  void validate_repeat(const Question& repeat, Response& out) {
    auto raw_rows = raw_.repeats.find(repeat.name);
    if (raw_rows == raw_.repeats.end() || raw_rows->second.empty()) return;
    if (const Expression* e = failing_relevance(repeat, nullptr, out.answers)) {
      const RowSource at = row_source(repeat.name, 0);
      problems_.add({at.file, at.line, repeat.name, "niet-van-toepassing",
                     fmt::format("{}herhaling {} is niet van toepassing (relevant: {}), laat de rijen weg",
                                 region_prefix(), repeat.name, e->text())});
      return;
    }
    auto& rows = out.repeats[repeat.name];
    for (std::size_t r = 0; r < raw_rows->second.size(); ++r) {
      const RowSource at = row_source(repeat.name, r);
      const std::string where = fmt::format("{} rij {}, ", repeat.name, r + 1);
      rejected_row_.clear();
      Answers row = normalise(raw_rows->second[r], repeat.name, at, where, rejected_row_);
      for (const auto& q : def_.questions)
        if (q.repeat == repeat.name && q.type != QuestionType::kBeginRepeat) check(q, row, &out.answers, at, where);
      rows.push_back(std::move(row));
    }
  }

  const Definition& def_;
  const Response& raw_;
  const ResponseSource& source_;
  Date today_;
  ProblemList& problems_;
  std::set<std::string> rejected_main_;
  std::set<std::string> rejected_row_;
};

}  // namespace

Response validate_response(const Definition& definition, const Response& raw, const ResponseSource& source, Date today,
                           ProblemList& problems) {
  return Validator(definition, raw, source, today, problems).run();
}

Result<Response> validate_response(const Definition& definition, const Response& raw, Date today) {
  ProblemList problems;
  Response out = validate_response(definition, raw, ResponseSource{}, today, problems);
  if (!problems.empty())
    return std::unexpected(problems.to_error(fmt::format("Antwoorden geweigerd: {} fout(en)", problems.size())));
  return out;
}

}  // namespace regio::forms
