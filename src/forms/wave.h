// A wave (meetmoment): a named measuring moment with its own date and questionnaire version.
// Waves are not calendar periods (DESIGN §3.2).
#pragma once

#include <string>

#include "base/date.h"

namespace regio::forms {

struct Wave {
  std::string code;           // e.g. "2019-eind": [a-z0-9-], 1–40 characters
  std::string name;           // display name, e.g. "Eindmeting 2019"
  Date date;                  // reference date of the measuring moment
  std::string questionnaire;  // id of the stored questionnaire definition ("standaard" = shipped default)
};

// True for a valid wave code: 1–40 of [a-z0-9-], starting with a letter or digit.
bool is_valid_wave_code(const std::string& code);

}  // namespace regio::forms
