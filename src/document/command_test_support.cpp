#include "document/command_test_support.h"

#include <cstdio>

namespace regio::document::testing {

Output run(const std::string& command) {
  Output out;
  FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
  if (pipe == nullptr) return out;
  char buffer[4096];
  std::size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) out.text.append(buffer, n);
  out.status = ::pclose(pipe);
  return out;
}

}  // namespace regio::document::testing
