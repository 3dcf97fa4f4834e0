#include <nlohmann/json.hpp>

#include "advice/format.h"
#include "base/text.h"

namespace regio::advice {
namespace {

using nlohmann::ordered_json;

ordered_json value_of(const Figure& f) {
  if (f.kind == VariableKind::kNumber)
    if (const auto v = parse_decimal(f.value)) {
      if (const auto i = parse_integer(f.value)) return *i;  // "4" as 4, not 4.0
      return *v;
    }
  return f.value;
}

}  // namespace

std::string to_json(const AdviceReport& report) {
  ordered_json j;
  j["meetmoment"] = report.wave;
  j["meetmoment_naam"] = report.wave_name;
  j["vorig_meetmoment"] = report.previous_wave ? ordered_json(*report.previous_wave) : ordered_json(nullptr);
  j["regels"] = {{"bron", report.rules_source}, {"aantal", report.rule_count}};
  j["regios"] = ordered_json::array();
  for (const auto& r : report.regions) {
    ordered_json jr;
    jr["regio"] = r.region;
    jr["naam"] = r.name;
    jr["adviezen"] = ordered_json::array();
    for (const auto& a : r.advice) {
      ordered_json figures = ordered_json::object();
      for (const auto& f : a.figures) figures[f.name] = value_of(f);
      jr["adviezen"].push_back({{"id", a.rule},
                                {"versie", a.version},
                                {"advies", a.advice},
                                {"onderbouwing", a.reasoning},
                                {"kanttekening", a.caveat},
                                {"cijfers", figures}});
    }
    jr["overgeslagen"] = ordered_json::array();
    for (const auto& s : r.skipped) {
      ordered_json missing = ordered_json::array();
      for (const auto& m : s.missing) missing.push_back({{"cijfer", m.name}, {"reden", m.reason}});
      jr["overgeslagen"].push_back({{"id", s.rule}, {"versie", s.version}, {"ontbrekend", missing}});
    }
    jr["niet_van_toepassing"] = r.not_applicable;
    j["regios"].push_back(std::move(jr));
  }
  return j.dump(2) + "\n";
}

}  // namespace regio::advice
