// Dutch wording shared by the sentence functions: counts of regions with the right verb form,
// lists, percentages and numbers (decimal comma, thousands dot). Internal to the report module
// but tested directly (dutch_test.cpp).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"

namespace regio::report {

// A verb phrase in both numbers: {"overlegt", "overleggen", "regelmatig"}.
struct VerbPhrase {
  std::string singular;
  std::string plural;
  std::string rest;  // after the subject: adverbs, separable particle ("operationeel samen")
};

// "geen enkele regio" (0), "1 regio", "alle 31 regio's" (n == total > 1), "15 regio's".
// `total` < 0: never "alle".
std::string regions_phrase(int n, int total = -1);
// True when the phrase of `n` takes a singular verb (0 and 1).
bool takes_singular(int n);
// "1 regio" / "3 regio's" / "0 regio's": a count in parentheses or after a preposition.
std::string regions_count(int n);

// Subject first: "15 regio's werken operationeel samen".
std::string clause(int n, int total, const VerbPhrase& v);
// Verb first (after a fronted adverbial): "overleggen alle 31 regio's regelmatig".
std::string clause_inverted(int n, int total, const VerbPhrase& v);

// "a", "a en b", "a, b en c".
std::string join_dutch(const std::vector<std::string>& parts, std::string_view last = " en ");

// Whole number with a thousands dot: "12.345", "-7".
std::string format_count(long long n);
// Percentage with `decimals` decimals and a decimal comma: "38,2%".
std::string format_percent(double pct, int decimals);

// "Begin 2020" (Jan–Apr), "Medio 2020" (May–Aug), "Eind 2020" (Sep–Dec): when a wave was measured.
std::string period_phrase(Date d);

// The first letter in lower case when the label is an ordinary word ("Werkgevers" ->
// "werkgevers"), unchanged for abbreviations ("IPS") and non-ASCII first letters.
std::string lower_first(std::string_view label);
// The first letter in upper case (ASCII only): to start a sentence.
std::string upper_first(std::string_view text);

}  // namespace regio::report
