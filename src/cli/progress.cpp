#include "cli/progress.h"

#include <ostream>

#include <fmt/format.h>

namespace regio::cli {

Progress::Progress(std::ostream& err, bool enabled, std::string label)
    : err_(err), enabled_(enabled), label_(std::move(label)) {}

Progress::~Progress() { finish(); }

void Progress::update(std::uint64_t done, std::uint64_t total) {
  if (!enabled_ || finished_) return;
  const auto now = std::chrono::steady_clock::now();
  if (done < total && now - last_ < std::chrono::milliseconds(100)) return;
  last_ = now;
  const double frac = total == 0 ? 1.0 : static_cast<double>(done) / static_cast<double>(total);
  const int width = 30;
  const int filled = static_cast<int>(frac * width);
  err_ << fmt::format("\r{} [{}{}] {:3.0f}%", label_, std::string(filled, '#'), std::string(width - filled, ' '),
                      frac * 100.0)
       << std::flush;
}

void Progress::finish() {
  if (!enabled_ || finished_) return;
  finished_ = true;
  if (last_ != std::chrono::steady_clock::time_point{}) err_ << "\n" << std::flush;
}

}  // namespace regio::cli
