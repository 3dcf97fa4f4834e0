// Where a command writes its result: a file given with --output, or standard output.
//
// A file is never written in place: the content goes to a temporary file in the same folder,
// which replaces the target only when it is complete, so a failing command leaves no half file.
// The database in use (and its -wal, -shm and -journal files) is never a valid target, compared
// by file identity, not by name; an existing file only with --force (Context::force).
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/error.h"
#include "cli/context.h"

namespace regio::cli {

// Whether `path` may be written as an output file. kInvalidArgument when it is the database in
// use or one of its side files, or a folder; kAlreadyExists when it exists and ctx.force is off.
Status check_output_target(const Context& ctx, const std::filesystem::path& path);

// Checks `path` (check_output_target), calls `write` with a temporary path in the same folder and
// renames that file to `path` when `write` succeeds; removes it otherwise. kUnavailable with the
// file name when the folder is missing or the file cannot be written.
Status write_output_file(const Context& ctx, const std::filesystem::path& path,
                         const std::function<Status(const std::filesystem::path& temporary)>& write);

// Writes `content` to `path` (with write_output_file) or, when `path` is empty, to ctx.out().
Status write_output(const Context& ctx, const std::filesystem::path& path, std::string_view content);

// Left-aligned text table with a header row and a rule under it, for terminal output.
std::string text_table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows);

}  // namespace regio::cli
