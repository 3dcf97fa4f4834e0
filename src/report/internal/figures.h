// Helpers of the sentence functions for recording the figures a sentence states.
#pragma once

#include <optional>
#include <string>

#include "report/dutch.h"
#include "report/sentence.h"

namespace regio::report::internal {

// Records a count and returns its text as shown ("1.234").
inline std::string count(Sentence& s, std::string name, long long n) {
  std::string shown = format_count(n);
  s.figures.push_back({std::move(name), static_cast<double>(n), shown, false});
  return shown;
}

// Records a value and the text it is shown as; returns that text.
inline std::string shown(Sentence& s, std::string name, double value, std::string text) {
  s.figures.push_back({std::move(name), value, text, false});
  return text;
}

}  // namespace regio::report::internal
