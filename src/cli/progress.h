// A progress line on the terminal for long commands (imports, reports over all regions).
// Draws only when standard error is a terminal; otherwise it stays silent so logs and pipes
// are not filled with carriage returns.
#pragma once

#include <chrono>
#include <cstdint>
#include <iosfwd>
#include <string>

namespace regio::cli {

class Progress {
 public:
  Progress(std::ostream& err, bool enabled, std::string label);
  ~Progress();
  // Reports `done` of `total` units (bytes, regions…); redraws at most ~10 times a second.
  void update(std::uint64_t done, std::uint64_t total);
  // Ends the line (called by the destructor too).
  void finish();

 private:
  std::ostream& err_;
  bool enabled_;
  bool finished_ = false;
  std::string label_;
  std::chrono::steady_clock::time_point last_{};
};

}  // namespace regio::cli
