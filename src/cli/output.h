// Where a command writes its result: a file given with --output, or standard output.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "base/error.h"
#include "cli/context.h"

namespace regio::cli {

// Writes `content` to `path` (atomically: temp file + rename) or, when `path` is empty, to
// ctx.out(). kUnavailable with the file name when writing fails.
Status write_output(const Context& ctx, const std::filesystem::path& path, std::string_view content);

// Left-aligned text table with a header row and a rule under it, for terminal output.
std::string text_table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows);

}  // namespace regio::cli
