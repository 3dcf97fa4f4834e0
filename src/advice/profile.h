// The profile of a region in a wave: the named values (advice/variables.h) a rule may use.
//
//   auto now = analysis::analyse(in);            // this wave
//   auto before = analysis::analyse(prev_in);    // the previous wave (optional)
//   auto profiles = advice::build_profiles({.wave = &*now, .responses = &in.responses,
//                                           .previous = &*before, .config = &in.config});
//
// Every variable of the catalogue is either present (canonical text: numbers with '.', yes/no
// as 'ja'/'nee') or absent with a Dutch reason: not answered, not computable, or a national
// figure over fewer than kMinGroupSize regions. An absent value is never 0 or ''.
// Only submitted responses count (as in the analysis). Rounding: means to 1 decimal,
// percentages to whole numbers (half away from zero), so what a rule compares is what its
// reasoning shows.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "advice/variables.h"
#include "analysis/config.h"
#include "analysis/national.h"
#include "base/date.h"
#include "forms/response.h"

namespace regio::advice {

struct Profile {
  std::string region;
  std::string name;  // display name, "" when unknown
  std::string wave;
  Date wave_date{};                           // what today() means in a rule's voorwaarde
  forms::Answers values;                      // present variables
  std::map<std::string, std::string> absent;  // variable -> Dutch reason

  bool has(const std::string& variable) const { return values.contains(variable); }
};

struct ProfileSources {
  const analysis::NationalAnalysis* wave = nullptr;         // required
  const std::vector<forms::Response>* responses = nullptr;  // required: the responses of that wave
  const analysis::NationalAnalysis* previous = nullptr;     // optional: the previous wave
  const analysis::Config* config = nullptr;                 // required: the one used by the analysis
};

// One profile per region of the analysis (sorted by region code). Every catalogue variable is
// either in `values` or in `absent`.
std::vector<Profile> build_profiles(const ProfileSources& sources);

// Canonical text of a number rounded to `decimals` ("2.5", "3", "-1").
std::string rounded(double v, int decimals);

namespace internal {
// The nat_* variables (the same for every region), as a profile without region.
Profile national_context(const ProfileSources& sources, const Catalogue& catalogue);
}  // namespace internal

}  // namespace regio::advice
