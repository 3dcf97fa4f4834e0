// Test-only: tiny XLSForm workbooks and a one-call validation, for the dialect and feature tests.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "forms/definition.h"
#include "forms/test_workbook.h"
#include "forms/validate.h"

namespace regio::forms::testing {

inline tabular::Workbook form(std::string_view survey, std::string_view choices = {}, std::string_view settings = {}) {
  tabular::Workbook b;
  b.sheets.push_back(sheet("survey", survey, "vragen.xlsx[survey]"));
  if (!choices.empty()) b.sheets.push_back(sheet("choices", choices, "vragen.xlsx[choices]"));
  if (!settings.empty()) b.sheets.push_back(sheet("settings", settings, "vragen.xlsx[settings]"));
  return b;
}

// "rule:column: message" per problem of validating `answers` (and `repeats`) as submitted.
inline std::vector<std::string> check(const Definition& def, Answers answers,
                                      std::map<std::string, std::vector<Answers>> repeats = {},
                                      Response* out = nullptr) {
  Response raw;
  raw.status = ResponseStatus::kIngediend;
  raw.answers = std::move(answers);
  raw.repeats = std::move(repeats);
  ProblemList problems;
  Response r = validate_response(def, raw, ResponseSource{}, *parse_date("2020-06-15"), problems);
  if (out) *out = r;
  std::vector<std::string> lines;
  for (const auto& p : problems.problems()) lines.push_back(fmt::format("{}:{}: {}", p.rule, p.column, p.message));
  return lines;
}

// "rule:line:column" per problem of a refused definition.
inline std::vector<std::string> refusals(const Error& e) {
  std::vector<std::string> out;
  for (const auto& p : e.problems) out.push_back(fmt::format("{}:{}:{}", p.rule, p.line, p.column));
  return out;
}

}  // namespace regio::forms::testing
