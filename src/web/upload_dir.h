// A private temporary directory for the files of one upload: made with mkdtemp (mode 0700) under
// the system's temporary directory, files written with O_EXCL | O_NOFOLLOW (mode 0600), and the
// whole directory removed when the UploadDir goes out of scope, on every path (success, refusal,
// exception). Names must be sanitised base names (multipart.h, sanitize_filename).
//
//   auto dir = UploadDir::create();
//   if (!dir) return problem(dir.error());
//   auto path = dir->write("trajecten.csv", part.data);   // <dir>/trajecten.csv
//   ... service call with *path ...
//   // ~UploadDir removes the directory
#pragma once

#include <filesystem>
#include <string_view>
#include <utility>

#include "base/error.h"

namespace regio::web {

class UploadDir {
 public:
  // kUnavailable when no directory can be made (the detail names the reason).
  static Result<UploadDir> create();
  UploadDir(UploadDir&& other) noexcept : path_(std::exchange(other.path_, {})) {}
  UploadDir& operator=(UploadDir&&) = delete;
  UploadDir(const UploadDir&) = delete;
  ~UploadDir();

  // Writes `data` as `name` in the directory. REQUIRES: `name` is a sanitised base name.
  // kAlreadyExists when the name was written before; kUnavailable when the write fails.
  Result<std::filesystem::path> write(std::string_view name, std::string_view data);
  const std::filesystem::path& path() const { return path_; }

 private:
  explicit UploadDir(std::filesystem::path path) : path_(std::move(path)) {}
  std::filesystem::path path_;
};

}  // namespace regio::web
