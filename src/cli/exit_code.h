// The one mapping from error codes to process exit codes (documented in `regiomonitor --help`).
#pragma once

#include "base/error.h"

namespace regio::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitUsage = 2;  // CLI11 parse errors use this too

int exit_code_for(ErrorCode code);

// Text for the --help footer: every exit code and what it means.
const char* exit_code_help();

}  // namespace regio::cli
