// Reading a whole user file into memory (internal to the tabular module).
#pragma once

#include <filesystem>
#include <string>

#include "base/error.h"

namespace regio::tabular {

// The file's bytes, or kUnavailable with a Dutch message naming the file when it does not exist
// or cannot be read.
Result<std::string> read_file_bytes(const std::filesystem::path& path);

// How messages name a file: its file name without directories ("trajecten.csv").
std::string display_name(const std::filesystem::path& path);

}  // namespace regio::tabular
