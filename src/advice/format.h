// Writers of an AdviceReport: JSON (documented in docs/ADVICE.md) and a table for a terminal.
#pragma once

#include <string>

#include "advice/advise.h"

namespace regio::advice {

std::string to_json(const AdviceReport& report);
// Per region its advice with reasoning and caveat, wrapped at `width` characters, then the
// skipped rules with the missing figures and why.
std::string to_table(const AdviceReport& report, std::size_t width = 100);

}  // namespace regio::advice
