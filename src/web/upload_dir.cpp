#include "web/upload_dir.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <system_error>

#include <fmt/format.h>

namespace regio::web {
namespace {

Error unavailable(std::string detail) {
  Error e{ErrorCode::kUnavailable, "Het bestand kon niet tijdelijk worden opgeslagen; probeer het later opnieuw.",
          {}, 0, "upload-storage", {}};
  e.detail = std::move(detail);
  return e;
}

}  // namespace

Result<UploadDir> UploadDir::create() {
  std::error_code ec;
  const auto base = std::filesystem::temp_directory_path(ec);
  if (ec) return std::unexpected(unavailable("no temporary directory: " + ec.message()));
  std::string templ = (base / "regiomonitor-upload-XXXXXX").string();
  if (::mkdtemp(templ.data()) == nullptr)  // mode 0700
    return std::unexpected(unavailable(fmt::format("mkdtemp {}: {}", templ, std::strerror(errno))));
  return UploadDir(std::filesystem::path(templ));
}

UploadDir::~UploadDir() {
  if (path_.empty()) return;
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

Result<std::filesystem::path> UploadDir::write(std::string_view name, std::string_view data) {
  const auto file = path_ / std::string(name);
  const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
  if (fd < 0) {
    if (errno == EEXIST)
      return fail(ErrorCode::kAlreadyExists, "duplicate-upload-name",
                  fmt::format("Het bestand {} is twee keer gekozen; kies elk bestand één keer.", name));
    return std::unexpected(unavailable(fmt::format("open {}: {}", file.string(), std::strerror(errno))));
  }
  std::size_t done = 0;
  while (done < data.size()) {
    const ssize_t n = ::write(fd, data.data() + done, data.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const int err = errno;
      ::close(fd);
      return std::unexpected(unavailable(fmt::format("write {}: {}", file.string(), std::strerror(err))));
    }
    done += static_cast<std::size_t>(n);
  }
  if (::close(fd) != 0) return std::unexpected(unavailable(fmt::format("close {}: {}", file.string(), std::strerror(errno))));
  return file;
}

}  // namespace regio::web
