#include "advice/template.h"

#include <algorithm>

#include <fmt/format.h>

#include "base/text.h"

namespace regio::advice {
namespace {

std::size_t character_position(std::string_view text, std::size_t byte) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < byte && i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++n;
  return n + 1;
}

bool name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// Calls each(name, begin, end) for every placeholder; returns an error message or "".
template <class F>
std::string scan(std::string_view text, F each) {
  std::size_t i = 0;
  while ((i = text.find("${", i)) != std::string_view::npos) {
    const std::size_t close = text.find('}', i + 2);
    if (close == std::string_view::npos)
      return fmt::format("'${{' zonder afsluitende '}}' op positie {}", character_position(text, i));
    const std::string_view name = text.substr(i + 2, close - i - 2);
    if (name.empty() || !std::all_of(name.begin(), name.end(), name_char))
      return fmt::format("ongeldige naam '${{{}}}' op positie {} (alleen letters, cijfers en _)", name,
                         character_position(text, i));
    each(std::string(name), i, close + 1);
    i = close + 1;
  }
  return {};
}

}  // namespace

Result<std::vector<std::string>> template_references(std::string_view text) {
  std::vector<std::string> names;
  const std::string error = scan(text, [&](const std::string& name, std::size_t, std::size_t) {
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
  });
  if (!error.empty()) return fail(ErrorCode::kInvalidArgument, error);
  return names;
}

std::string shown_value(const std::string& value, VariableKind kind) {
  if (kind != VariableKind::kNumber) return value;
  const auto v = parse_decimal(value);
  return v ? format_number_nl(*v) : value;
}

std::string fill_template(std::string_view text, const Profile& profile, const Catalogue& catalogue) {
  std::string out;
  std::size_t done = 0;
  scan(text, [&](const std::string& name, std::size_t begin, std::size_t end) {
    out.append(text.substr(done, begin - done));
    const auto it = profile.values.find(name);
    const Variable* v = catalogue.find(name);
    if (it != profile.values.end() && v)
      out += shown_value(it->second, v->kind);
    else
      out.append(text.substr(begin, end - begin));
    done = end;
  });
  out.append(text.substr(done));
  return out;
}

}  // namespace regio::advice
