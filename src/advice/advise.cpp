#include "advice/advise.h"

#include "advice/template.h"

namespace regio::advice {

RegionAdvice advise(const RuleSet& rules, const Profile& profile, const Catalogue& catalogue) {
  RegionAdvice out{profile.region, profile.name, {}, {}, {}};
  for (const Rule& rule : rules.rules) {
    SkippedRule skipped{rule.id, rule.version, {}};
    for (const auto& name : rule.figures) {
      if (profile.has(name)) continue;
      const auto it = profile.absent.find(name);
      skipped.missing.push_back({name, it != profile.absent.end() ? it->second : "onbekend in dit profiel"});
    }
    if (!skipped.missing.empty()) {
      out.skipped.push_back(std::move(skipped));
      continue;
    }
    const forms::EvaluationContext context{
        .row = nullptr, .main = &profile.values, .current = {}, .today = profile.wave_date};
    if (!rule.condition.evaluate(context).as_boolean()) {
      out.not_applicable.push_back(rule.id);
      continue;
    }
    Advice a{rule.id,
             rule.version,
             fill_template(rule.advice, profile, catalogue),
             fill_template(rule.reasoning, profile, catalogue),
             fill_template(rule.caveat, profile, catalogue),
             {}};
    for (const auto& name : rule.figures) {
      const Variable* v = catalogue.find(name);
      const VariableKind kind = v ? v->kind : VariableKind::kText;
      const std::string& value = profile.values.at(name);
      a.figures.push_back({name, value, shown_value(value, kind), kind});
    }
    out.advice.push_back(std::move(a));
  }
  return out;
}

}  // namespace regio::advice
