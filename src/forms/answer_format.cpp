#include "forms/answer_format.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "base/text.h"

namespace regio::forms {
namespace {

using Out = std::variant<std::string, std::vector<AnswerError>>;

std::vector<AnswerError> type_error(std::string message) { return {{"type", std::move(message)}}; }

// "HH:MM" or "HH:MM:SS[.fff]" (a zone after it is kept; "9:30" is 09:30) → "HH:MM:SS[...]".
std::optional<std::string> time_of(std::string s) {
  if (s.size() >= 2 && s[1] == ':') s = "0" + s;
  auto two = [&](std::size_t at, int max) -> bool {
    if (at + 2 > s.size() || !std::isdigit(static_cast<unsigned char>(s[at])) ||
        !std::isdigit(static_cast<unsigned char>(s[at + 1])))
      return false;
    return (s[at] - '0') * 10 + (s[at + 1] - '0') <= max;
  };
  if (!two(0, 23) || s.size() < 5 || s[2] != ':' || !two(3, 59)) return std::nullopt;
  if (s.size() == 5) return s + ":00";
  if (s[5] != ':' || !two(6, 59)) return std::nullopt;
  return s;
}

Out selection(const Definition& def, const Question& q, const std::string& value,
              const std::vector<std::string>* allowed) {
  const ChoiceList* list = def.list(q.list);
  if (!list) return type_error("keuzelijst ontbreekt");  // the definition loader already refused this
  const auto values = q.type == QuestionType::kSelectOne ? std::vector<std::string>{value} : split_whitespace(value);
  std::vector<int> picked;
  std::vector<AnswerError> errors;
  for (const auto& v : values) {
    const int index = list->index_of(v);
    if (index < 0) {
      errors.push_back({"keuzelijst", fmt::format("waarde {} staat niet in keuzelijst {} ({})", v, list->name,
                                                  list->describe_values())});
    } else if (allowed && std::find(allowed->begin(), allowed->end(), v) == allowed->end()) {
      std::string names;
      for (const auto& a : *allowed) names += (names.empty() ? "" : ", ") + a;
      errors.push_back({"keuzelijst", fmt::format("waarde {} valt buiten de keuzes die choice_filter {} toelaat ({})",
                                                  v, q.choice_filter->text(), names.empty() ? "geen" : names)});
    } else if (std::find(picked.begin(), picked.end(), index) != picked.end()) {
      errors.push_back({"keuzelijst", fmt::format("waarde {} is twee keer gekozen", v)});
    } else {
      picked.push_back(index);
    }
  }
  if (!errors.empty()) return errors;
  if (q.type != QuestionType::kRank) std::sort(picked.begin(), picked.end());  // a rank keeps its order
  std::string out;
  for (int i : picked) out += (out.empty() ? "" : " ") + list->choices[static_cast<std::size_t>(i)].name;
  return out;
}

Out range(const Question& q, const std::string& value) {
  auto v = parse_decimal(value);
  if (!v) return type_error(fmt::format("waarde '{}' is geen getal", value));
  const double start = *parse_decimal(q.parameters.at("start")), end = *parse_decimal(q.parameters.at("end")),
               step = *parse_decimal(q.parameters.at("step"));
  const double steps = (*v - start) / step;
  if (*v < start || *v > end || std::fabs(steps - std::round(steps)) > 1e-9)
    return std::vector<AnswerError>{
        {"voorwaarde", fmt::format("waarde {} ligt niet op de schaal {} tot {} in stappen van {}", value,
                                   q.parameters.at("start"), q.parameters.at("end"), q.parameters.at("step"))}};
  return format_number(*v);
}

Out geopoint(const std::string& value) {
  const auto parts = split_whitespace(value);
  std::vector<double> v;
  for (const auto& p : parts)
    if (auto d = parse_decimal(p); d && p.find(',') == std::string::npos) v.push_back(*d);
  if (parts.size() < 2 || parts.size() > 4 || v.size() != parts.size() || std::fabs(v[0]) > 90 ||
      std::fabs(v[1]) > 180 || (v.size() == 4 && v[3] < 0))
    return type_error(
        fmt::format("waarde '{}' is geen locatie 'breedte lengte [hoogte nauwkeurigheid]' "
                    "(breedte −90…90, lengte −180…180)",
                    value));
  std::string out;
  for (double d : v) out += (out.empty() ? "" : " ") + format_number(d);
  return out;
}

}  // namespace

Out canonical_answer(const Definition& def, const Question& q, const std::string& value,
                     const std::vector<std::string>* allowed) {
  switch (q.type) {
    case QuestionType::kInteger:
      if (auto v = parse_integer(value)) return std::to_string(*v);
      return type_error(fmt::format("waarde '{}' is geen geheel getal", value));
    case QuestionType::kDecimal:
      if (auto v = parse_decimal(value)) return format_number(*v);
      return type_error(fmt::format("waarde '{}' is geen getal", value));
    case QuestionType::kDate:
      if (auto v = parse_date(value)) return format_iso(*v);
      return type_error(fmt::format("waarde '{}' is geen geldige datum (JJJJ-MM-DD of DD-MM-JJJJ)", value));
    case QuestionType::kTime:
      if (auto t = time_of(value)) return *t;
      return type_error(fmt::format("waarde '{}' is geen tijd (UU:MM of UU:MM:SS)", value));
    case QuestionType::kDateTime: {
      const auto sep = value.find_first_of("T ");
      if (sep != std::string::npos) {
        auto d = parse_iso_date(value.substr(0, sep));
        auto t = time_of(value.substr(sep + 1));
        if (d && t) return format_iso(*d) + "T" + *t;
      }
      return type_error(fmt::format("waarde '{}' is geen datum met tijd (JJJJ-MM-DDTUU:MM[:SS])", value));
    }
    case QuestionType::kRange:
      return range(q, value);
    case QuestionType::kGeopoint:
      return geopoint(value);
    case QuestionType::kAcknowledge:
      if (to_lower_ascii(value) == "ok") return std::string("OK");
      return type_error(fmt::format("waarde '{}': een bevestiging is OK of leeg", value));
    case QuestionType::kSelectOne:
    case QuestionType::kSelectMultiple:
    case QuestionType::kRank:
      return selection(def, q, value, allowed);
    default:
      return value;
  }
}

}  // namespace regio::forms
