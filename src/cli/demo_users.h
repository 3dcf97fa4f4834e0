// The demo's logins: beheerder, onderzoeker, lezer-am13 and one regio-<code> per region, all
// with one known password. Insecure on purpose, and said so wherever they are shown.
#pragma once

#include <string>

#include "cli/context.h"

namespace regio::cli {

inline constexpr const char* kDefaultDemoPassword = "demo";

// Stores the demo users (bypassing the minimum password length) with audit entries; returns the
// lines to print about them.
Result<std::string> store_demo_users(const Context& ctx, store::Store& store, const std::string& password);

}  // namespace regio::cli
