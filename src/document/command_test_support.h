// Runs a command line for the tests that check our output with the real tools (pdfinfo,
// pdftotext, qpdf).
#pragma once

#include <string>

namespace regio::document::testing {

struct Output {
  int status = -1;   // as pclose returns it: 0 = success
  std::string text;  // stdout and stderr
};

Output run(const std::string& command);

}  // namespace regio::document::testing
