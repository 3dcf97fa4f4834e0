// The references between rows of a definition: ${name} in rules and texts, trigger columns.
#include <set>

#include <fmt/format.h>

#include "forms/definition_loader.h"

namespace regio::forms {
namespace {

// As pyxform: a ${name} written on more than one row does not say which.
std::string ambiguous(const std::string& ref) {
  return fmt::format(
      "${{{}}} is dubbelzinnig: de naam {} komt op meer rijen voor (in een groep heet de vraag "
      "<groep>-{})",
      ref, ref, ref);
}

}  // namespace

void Loader::check_references(const tabular::Sheet& sheet) {
  for (const auto& q : def_.questions) {
    // The rules of a begin_repeat row decide about the repeat as a whole, in the context of the
    // row of the repeat it is nested in (the main part for a repeat of the main part).
    const std::string scope = q.type == QuestionType::kBeginRepeat ? def_.enclosing_repeat(q.name) : q.repeat;
    // Questions of the enclosing repeats are visible too.
    std::set<std::string> visible{scope};
    for (std::size_t g : q.groups)
      if (def_.questions[g].type == QuestionType::kBeginRepeat && &def_.questions[g] != &q)
        visible.insert(def_.questions[g].name);
    const std::pair<const char*, const std::optional<Expression>*> columns[] = {
        {"required", &q.required_if},    {"relevant", &q.relevant},           {"constraint", &q.constraint},
        {"calculation", &q.calculation}, {"choice_filter", &q.choice_filter}, {"repeat_count", &q.repeat_count},
        {"read_only", &q.read_only}};
    for (const auto& [column, e] : columns) {
      if (!e->has_value()) continue;
      const auto& aggregated = (*e)->aggregated();
      for (const auto& ref : (*e)->references()) {
        if (refused_.contains(ref)) continue;  // its row is reported already
        const bool in_aggregate = std::find(aggregated.begin(), aggregated.end(), ref) != aggregated.end();
        const Question* target = def_.question(ref);
        if (shared_names_.contains(ref)) {
          problem(sheet, q.line, column, "verwijzing", ambiguous(ref));
        } else if (!target) {
          problem(sheet, q.line, column, "verwijzing", fmt::format("${{{}}} is geen vraag van deze vragenlijst", ref));
        } else if (in_aggregate) {
          continue;  // count(), sum(), … may reach into any repeat
        } else if (!target->holds_answer()) {
          problem(sheet, q.line, column, "verwijzing",
                  fmt::format("${{{}}} heeft geen antwoord (type {})", ref, to_string(target->type)));
        } else if (!target->repeat.empty() && !visible.contains(target->repeat)) {
          problem(sheet, q.line, column, "verwijzing",
                  fmt::format("${{{}}} hoort bij herhaling {} en is hier niet bekend (gebruik bijvoorbeeld "
                              "indexed-repeat(), sum() of count())",
                              ref, target->repeat));
        }
      }
    }
    if (!q.trigger.empty() && !refused_.contains(q.trigger) && !def_.question(q.trigger))
      problem(sheet, q.line, "trigger", "verwijzing",
              fmt::format("${{{}}} is geen vraag van deze vragenlijst", q.trigger));
    check_text_references(sheet, q);
  }
}

// ${name} in labels, hints and messages is filled in with the answer: it must name a question.
void Loader::check_text_references(const tabular::Sheet& sheet, const Question& q) {
  const std::pair<const char*, const Texts*> texts[] = {{"label", &q.label},
                                                        {"hint", &q.hint},
                                                        {"guidance_hint", &q.guidance_hint},
                                                        {"constraint_message", &q.constraint_message},
                                                        {"required_message", &q.required_message}};
  for (const auto& [column, t] : texts) {
    std::set<std::string> reported;
    for (const auto& [language, text] : t->by_language) {
      for (std::size_t b = text.find("${"); b != std::string::npos; b = text.find("${", b + 2)) {
        const auto e = text.find('}', b);
        if (e == std::string::npos) break;
        const std::string ref = text.substr(b + 2, e - b - 2);
        if (refused_.contains(ref) || (def_.question(ref) && !shared_names_.contains(ref)) ||
            !reported.insert(ref).second)
          continue;
        problem(sheet, q.line, language.empty() ? column : std::string(column) + "::" + language, "verwijzing",
                shared_names_.contains(ref)
                    ? ambiguous(ref)
                    : fmt::format("${{{}}} in de tekst is geen vraag van deze vragenlijst", ref));
      }
    }
  }
}

}  // namespace regio::forms
