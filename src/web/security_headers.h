// The headers every response carries: a strict Content-Security-Policy (no inline script or
// style), nosniff, same-origin referrers, no framing.
#pragma once

#include <span>
#include <string_view>
#include <utility>

namespace regio::web {

std::span<const std::pair<std::string_view, std::string_view>> security_headers();

}  // namespace regio::web
