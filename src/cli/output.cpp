#include "cli/output.h"

#include <algorithm>
#include <fstream>
#include <system_error>

#include <fmt/format.h>

namespace regio::cli {

Status write_output(const Context& ctx, const std::filesystem::path& path, std::string_view content) {
  if (path.empty()) {
    ctx.out() << content;
    ctx.out().flush();
    return {};
  }
  const std::filesystem::path tmp = path.string() + ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    if (!f) return fail(ErrorCode::kUnavailable, fmt::format("kan {} niet schrijven", path.string()));
    f.write(content.data(), static_cast<std::streamsize>(content.size()));
    if (!f) return fail(ErrorCode::kUnavailable, fmt::format("schrijven naar {} mislukt", path.string()));
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) return fail(ErrorCode::kUnavailable, fmt::format("kan {} niet schrijven: {}", path.string(), ec.message()));
  return {};
}

std::string text_table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows) {
  // Widths in code points, so names like "Zuid-Limburg" and "Cliëntenraad" align.
  auto width = [](const std::string& s) {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
  };
  std::vector<std::size_t> w(header.size(), 0);
  for (std::size_t i = 0; i < header.size(); ++i) w[i] = width(header[i]);
  for (const auto& r : rows)
    for (std::size_t i = 0; i < r.size() && i < w.size(); ++i) w[i] = std::max(w[i], width(r[i]));
  std::string out;
  auto line = [&](const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < w.size(); ++i) {
      const std::string& c = i < cells.size() ? cells[i] : std::string();
      out += c;
      if (i + 1 < w.size()) out += std::string(w[i] - width(c) + 2, ' ');
    }
    out += '\n';
  };
  line(header);
  std::size_t total = 0;
  for (auto x : w) total += x + 2;
  out += std::string(total > 2 ? total - 2 : 0, '-') + "\n";
  for (const auto& r : rows) line(r);
  return out;
}

}  // namespace regio::cli
