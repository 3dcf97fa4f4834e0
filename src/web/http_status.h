// The one mapping from error codes to HTTP status (as cli/exit_code.cpp is for exit codes).
// When the service layer brings its own mapping, this file gives way to it.
#pragma once

#include "base/error.h"

namespace regio::web {

int http_status(ErrorCode code);

}  // namespace regio::web
