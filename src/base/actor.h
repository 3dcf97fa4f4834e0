// Who is asking: the role and, for regional roles, the region. Every use case that decides what
// may be seen or done takes an Actor; the CLI acts as the installation's operator (beheerder)
// unless told otherwise (--rol), the web passes its logged-in user.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace regio {

enum class Role { kBeheerder, kOnderzoeker, kRegio, kLezer, kPubliek };

// Where the actor works from; the audit log records it with every write.
enum class Channel { kCli, kWeb };

struct Actor {
  std::string name;  // login name, or the operating-system user for the CLI
  Role role = Role::kPubliek;
  std::string region;               // "AM13" for kRegio and kLezer, empty otherwise
  Channel channel = Channel::kCli;  // the web sets kWeb for its logged-in users
};

// "beheerder", "onderzoeker", "regio", "lezer", "publiek".
std::string_view role_name(Role role);
std::optional<Role> role_from_name(std::string_view name);
// "cli" or "web", as the audit log stores it.
std::string_view channel_name(Channel channel);

}  // namespace regio
