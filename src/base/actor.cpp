#include "base/actor.h"

#include <array>

namespace regio {
namespace {
constexpr std::array<std::string_view, 5> kRoleNames = {"beheerder", "onderzoeker", "regio", "lezer", "publiek"};
}

std::string_view role_name(Role role) { return kRoleNames[static_cast<std::size_t>(role)]; }

std::optional<Role> role_from_name(std::string_view name) {
  for (std::size_t i = 0; i < kRoleNames.size(); ++i)
    if (kRoleNames[i] == name) return static_cast<Role>(i);
  return std::nullopt;
}

std::string_view channel_name(Channel channel) { return channel == Channel::kWeb ? "web" : "cli"; }

}  // namespace regio
