#include "tabular/internal/file_bytes.h"

#include <fmt/format.h>

#include <fstream>
#include <iterator>
#include <system_error>

namespace regio::tabular {

std::string display_name(const std::filesystem::path& path) {
  const auto name = path.filename().string();
  return name.empty() ? path.string() : name;
}

Result<std::string> read_file_bytes(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    return fail(ErrorCode::kUnavailable, fmt::format("{}: bestand bestaat niet", display_name(path)));
  }
  if (std::filesystem::is_directory(path, ec)) {
    return fail(ErrorCode::kUnavailable, fmt::format("{}: is een map, geen bestand", display_name(path)));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return fail(ErrorCode::kUnavailable, fmt::format("{}: bestand kan niet worden gelezen", display_name(path)));
  }
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) {
    return fail(ErrorCode::kUnavailable, fmt::format("{}: fout bij het lezen van het bestand", display_name(path)));
  }
  return bytes;
}

}  // namespace regio::tabular
