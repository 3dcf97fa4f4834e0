#include "web/security_headers.h"

#include <array>

namespace regio::web {
namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 5> kHeaders{{
    {"Content-Security-Policy",
     "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; "
     "form-action 'self'; base-uri 'none'"},
    {"X-Content-Type-Options", "nosniff"},
    {"Referrer-Policy", "same-origin"},
    {"X-Frame-Options", "DENY"},
    {"Cross-Origin-Opener-Policy", "same-origin"},
}};

}  // namespace

std::span<const std::pair<std::string_view, std::string_view>> security_headers() { return kHeaders; }

}  // namespace regio::web
