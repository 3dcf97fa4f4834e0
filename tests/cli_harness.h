// Runs the real `regiomonitor` binary in a child process, as a user would, and captures what it
// prints. Every test gets its own temporary directory (and so its own database file).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace regio::testing {

struct CliRun {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs the binary with `args` in `cwd`; REGIOMONITOR_DB is unset unless `db_env` is given.
CliRun run_cli(const std::vector<std::string>& args, const std::filesystem::path& cwd, const std::string& db_env = "");

// A fresh temporary directory, removed at destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

std::string read_file(const std::filesystem::path& p);
void write_file(const std::filesystem::path& p, const std::string& content);

}  // namespace regio::testing
