// The `regiomonitor` command line: parses arguments, runs one subcommand, maps its outcome to an
// exit code. Each command group registers itself in one function (commands.h), and every
// subcommand reports failures as an Error; this file is the single catch-all.
#pragma once

#include "cli/context.h"

namespace regio::cli {

// Runs the program. Returns the process exit code (see exit_code.h).
int run(int argc, const char* const* argv, Environment env);

}  // namespace regio::cli
