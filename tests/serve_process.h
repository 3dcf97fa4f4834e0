// Test support: `regiomonitor serve --port 0` as a child process; the port is read from the URL
// it prints. stop() sends SIGTERM and returns the exit code.
#pragma once

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <regex>
#include <string>
#include <thread>

#include "cli_harness.h"

namespace regio::testing {

class ServeProcess {
 public:
  ServeProcess(const std::string& db, const std::filesystem::path& out_file) {
    pid_ = fork();
    if (pid_ == 0) {
      if (!freopen(out_file.c_str(), "w", stdout) || !freopen("/dev/null", "w", stderr)) _exit(126);
      execl(REGIO_BINARY, REGIO_BINARY, "--db", db.c_str(), "serve", "--port", "0", nullptr);
      _exit(127);
    }
    const std::regex url(R"(http://127\.0\.0\.1:(\d+)/)");
    std::smatch m;
    for (int i = 0; i < 400 && pid_ > 0; ++i) {
      text_ = read_file(out_file);
      if (std::regex_search(text_, m, url)) {
        port_ = static_cast<unsigned short>(std::stoi(m[1]));
        return;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  }
  ~ServeProcess() {
    if (pid_ > 0) stop();
  }
  ServeProcess(const ServeProcess&) = delete;
  ServeProcess& operator=(const ServeProcess&) = delete;

  unsigned short port() const { return port_; }  // 0 when it did not start
  const std::string& printed() const { return text_; }

  // SIGTERM, then the exit code (-1 when it did not exit normally).
  int stop() {
    if (pid_ <= 0) return -1;
    kill(pid_, SIGTERM);
    int status = 0;
    const pid_t done = waitpid(pid_, &status, 0);
    pid_ = 0;
    return done > 0 && WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

 private:
  pid_t pid_ = 0;
  unsigned short port_ = 0;
  std::string text_;
};

}  // namespace regio::testing
