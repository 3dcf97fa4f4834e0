// The methods of the report's content in Dutch, as text: the one source of the report's methods
// appendix and of docs/METHODS.md (a test checks that the document contains every paragraph
// verbatim, so the two cannot drift apart).
//
//   for (const auto& section : report::methods()) { heading(section.title); for (auto p : section.paragraphs) ... }
#pragma once

#include <span>
#include <string_view>
#include <vector>

namespace regio::report {

struct MethodSection {
  std::string_view id;     // stable key: "getallen", "patronen", "vooruit", "classificatie", "beveiliging"
  std::string_view title;  // Dutch heading
  std::vector<std::string_view> paragraphs;
};

// The sections in appendix order.
std::span<const MethodSection> methods();

}  // namespace regio::report
