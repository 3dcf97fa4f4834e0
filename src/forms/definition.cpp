#include "forms/definition.h"

#include <fmt/format.h>

#include "base/text.h"

namespace regio::forms {

std::string Texts::get(const std::string& language) const {
  for (const std::string& key : {language, std::string("nl"), std::string()}) {
    auto it = by_language.find(key);
    if (it != by_language.end() && !it->second.empty()) return it->second;
  }
  for (const auto& key : order) {
    auto it = by_language.find(key);
    if (it != by_language.end() && !it->second.empty()) return it->second;
  }
  return {};
}

void Texts::set(const std::string& language, std::string text) {
  if (!by_language.contains(language)) order.push_back(language);
  by_language[language] = std::move(text);
}

int ChoiceList::index_of(const std::string& choice) const {
  for (std::size_t i = 0; i < choices.size(); ++i)
    if (choices[i].name == choice) return static_cast<int>(i);
  return -1;
}

std::string ChoiceList::describe_values() const {
  bool consecutive = choices.size() >= 2;
  for (std::size_t i = 0; consecutive && i < choices.size(); ++i) {
    auto v = parse_integer(choices[i].name);
    auto first = parse_integer(choices[0].name);
    consecutive = v && first && *v == *first + static_cast<std::int64_t>(i) && std::to_string(*v) == choices[i].name;
  }
  if (consecutive) return fmt::format("{}–{}", choices.front().name, choices.back().name);
  std::string out;
  for (std::size_t i = 0; i < choices.size() && i < 8; ++i) out += (i ? ", " : "") + choices[i].name;
  if (choices.size() > 8) out += ", …";
  return out;
}

bool Question::holds_answer() const {
  switch (type) {
    case QuestionType::kInteger:
    case QuestionType::kDecimal:
    case QuestionType::kText:
    case QuestionType::kSelectOne:
    case QuestionType::kSelectMultiple:
    case QuestionType::kDate:
    case QuestionType::kTime:
    case QuestionType::kDateTime:
    case QuestionType::kRange:
    case QuestionType::kRank:
    case QuestionType::kGeopoint:
    case QuestionType::kAcknowledge:
    case QuestionType::kHidden:
    case QuestionType::kMetadata:
    case QuestionType::kCalculate:
      return true;
    default:
      return false;
  }
}

const Question* Definition::question(const std::string& name) const {
  for (const auto& q : questions)
    if (q.name == name) return &q;
  return nullptr;
}

const ChoiceList* Definition::list(const std::string& name) const {
  auto it = lists.find(name);
  return it == lists.end() ? nullptr : &it->second;
}

std::vector<std::string> Definition::repeat_names() const {
  std::vector<std::string> out;
  for (const auto& q : questions)
    if (q.type == QuestionType::kBeginRepeat) out.push_back(q.name);
  return out;
}

std::string Definition::enclosing_repeat(const std::string& repeat) const {
  for (const auto& q : questions) {
    if (q.type != QuestionType::kBeginRepeat || q.name != repeat) continue;
    for (auto g = q.groups.rbegin(); g != q.groups.rend(); ++g)
      if (questions[*g].type == QuestionType::kBeginRepeat) return questions[*g].name;
    return {};
  }
  return {};
}

std::vector<const Question*> Definition::answer_questions(const std::string& repeat) const {
  std::vector<const Question*> out;
  for (const auto& q : questions)
    if (q.holds_answer() && q.repeat == repeat) out.push_back(&q);
  return out;
}

const char* to_string(QuestionType t) {
  switch (t) {
    case QuestionType::kInteger:
      return "integer";
    case QuestionType::kDecimal:
      return "decimal";
    case QuestionType::kText:
      return "text";
    case QuestionType::kSelectOne:
      return "select_one";
    case QuestionType::kSelectMultiple:
      return "select_multiple";
    case QuestionType::kDate:
      return "date";
    case QuestionType::kTime:
      return "time";
    case QuestionType::kDateTime:
      return "dateTime";
    case QuestionType::kRange:
      return "range";
    case QuestionType::kRank:
      return "rank";
    case QuestionType::kGeopoint:
      return "geopoint";
    case QuestionType::kAcknowledge:
      return "acknowledge";
    case QuestionType::kHidden:
      return "hidden";
    case QuestionType::kMetadata:
      return "metadata";
    case QuestionType::kNote:
      return "note";
    case QuestionType::kCalculate:
      return "calculate";
    case QuestionType::kBeginGroup:
      return "begin_group";
    case QuestionType::kEndGroup:
      return "end_group";
    case QuestionType::kBeginRepeat:
      return "begin_repeat";
    case QuestionType::kEndRepeat:
      return "end_repeat";
  }
  return "";
}

}  // namespace regio::forms
