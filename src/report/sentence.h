// A generated Dutch sentence of the report together with the figures it states.
//
// Every sentence function of this module returns the text AND the figures it used, so a test
// (or the report's own check) can verify that each number printed equals the analysis or the
// release it came from:
//
//   Sentence s = level_thresholds(analysis);
//   print(s.text);                       // "Eind 2020 overleggen alle 31 regio's regelmatig; ..."
//   for (const auto& f : s.figures) ...  // {"niveau_ten_minste.2", 31, "31"}, ...
//
// Conventions (docs/METHODS.md, "Getallen en zinnen"): numbers are always written in digits
// (never in words), so every figure in the text can be found back literally; a decimal comma and
// a thousands dot; "geen enkele regio" for 0, "alle N regio's" when every counted region is
// meant (N > 1), singular verb forms for 1 and 0.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace regio::report {

// One figure a sentence states.
struct UsedFigure {
  std::string name;             // stable key, e.g. "niveau.2" or "werk_12m_pct.NL.2019"
  std::optional<double> value;  // the exact value from the source; nullopt when not published
  std::string shown;            // the text in the sentence ("31", "38,2%"), or "" when not shown
  bool suppressed = false;      // the source hides it (disclosure control): never shown

  friend bool operator==(const UsedFigure&, const UsedFigure&) = default;
};

struct Sentence {
  std::string key;   // what the sentence is about, e.g. "niveaus.drempels"
  std::string text;  // the Dutch sentence, ending with a full stop
  std::vector<UsedFigure> figures;
};

}  // namespace regio::report
