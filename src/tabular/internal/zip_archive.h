// Read-only access to the parts of a ZIP archive, as needed for .xlsx (internal to tabular).
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "base/error.h"

struct zip;

namespace regio::tabular {

class ZipArchive {
 public:
  // Opens `path`. kUnavailable when the file cannot be opened, kInvalidData ("<name>: geen
  // geldig xlsx-bestand (…)") when it is not a readable ZIP archive. `display` names the file
  // in messages.
  static Result<ZipArchive> open(const std::filesystem::path& path, const std::string& display);

  // The uncompressed bytes of part `name` (matched case-insensitively, as OPC part names are),
  // nullopt when there is no such part, or kInvalidData when the part is damaged. A part whose
  // uncompressed size in the directory exceeds `max_bytes` is refused before anything is read
  // (kInvalidData naming the part, its size and `limit_text`); reading stops at the size in the
  // directory, so a directory that lies about it gives "beschadigd", never more memory.
  Result<std::optional<std::string>> read(std::string_view name, std::uint64_t max_bytes,
                                          std::string_view limit_text) const;

 private:
  struct Close {
    void operator()(zip* archive) const;
  };
  ZipArchive(zip* archive, std::string display) : archive_(archive), display_(std::move(display)) {}

  std::unique_ptr<zip, Close> archive_;
  std::string display_;
};

// kInvalidData "<display>: geen geldig xlsx-bestand (<reason>)", without Problem entries.
Error invalid_xlsx(const std::string& display, std::string_view reason);

}  // namespace regio::tabular
