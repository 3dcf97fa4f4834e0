// Test helper: makes a file or folder unwritable for every user, root included, while it lives.
//
// Permission bits do not stop root (CI runs as root), so for root the inode is also marked
// immutable (FS_IMMUTABLE_FL, what `chattr +i` sets): then even root cannot write it, and
// access(W_OK) fails for root too. ok() is false, with a reason, when the file system cannot
// mark it; the test then fails rather than skips.
#pragma once

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string>

namespace regio::store::testing {

class WriteProtect {
 public:
  explicit WriteProtect(std::filesystem::path path) : path_(std::move(path)) {
    original_ = std::filesystem::status(path_).permissions();
    std::filesystem::permissions(path_, std::filesystem::perms::owner_read |
                                            (std::filesystem::is_directory(path_) ? std::filesystem::perms::owner_exec
                                                                                  : std::filesystem::perms::none));
    if (::geteuid() == 0) immutable_ = set_immutable(true);
    else immutable_ = true;  // the permission bits suffice
  }
  ~WriteProtect() {
    if (::geteuid() == 0) set_immutable(false);
    std::filesystem::permissions(path_, original_);
  }
  WriteProtect(const WriteProtect&) = delete;
  WriteProtect& operator=(const WriteProtect&) = delete;

  bool ok() const { return immutable_; }
  const std::string& reason() const { return reason_; }

 private:
  bool set_immutable(bool on) {
    const int fd = ::open(path_.c_str(), O_RDONLY | O_NONBLOCK);
    if (fd < 0) return fail("open");
    int flags = 0;
    bool done = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
    if (done) {
      flags = on ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
      done = ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
    }
    if (!done) fail("FS_IOC_SETFLAGS");
    ::close(fd);
    return done;
  }
  bool fail(const char* what) {
    reason_ = std::string(what) + " on " + path_.string() + ": " + std::strerror(errno) +
              " (the file system must support the immutable flag, as ext4 does)";
    return false;
  }

  std::filesystem::path path_;
  std::filesystem::perms original_;
  bool immutable_ = false;
  std::string reason_;
};

}  // namespace regio::store::testing
