// Conventions every subcommand shares, applied in one pass over the parsed command tree so that
// no command file has to repeat them (and none can forget them):
// - every subcommand with `--output` also gets `--force` (overwrite an existing file), which sets
//   Context::force; write_output() refuses existing files without it (cli/output.h);
// - region and municipality codes (`--region`, `gemeente`) are case-insensitive: `am13` is AM13.
#pragma once

#include <string>
#include <string_view>

#include <CLI/CLI.hpp>

#include "cli/context.h"

namespace regio::cli {

// A region (AM..), municipality (GM..) or NL code as the registry spells it: trimmed, upper case.
std::string normalize_code(std::string_view code);

// Applies the conventions above to `app` and all its subcommands. REQUIRES: every subcommand is
// registered; `ctx` outlives parsing.
void apply_conventions(CLI::App& app, Context& ctx);

}  // namespace regio::cli
