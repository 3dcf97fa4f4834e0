#include "cli/output.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <system_error>

#include <fmt/format.h>

namespace regio::cli {

namespace fs = std::filesystem;

namespace {

// The process umask (mkstemp creates 0600; an output file gets the usual 0644 minus the umask).
mode_t current_umask() {
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return mask;
}

// Why a file could not be written, in Dutch, for the usual errno values.
std::string why(int error) {
  switch (error) {
    case ENOENT:
    case ENOTDIR:
      return "de map bestaat niet";
    case EACCES:
    case EPERM:
      return "geen schrijfrecht in de map";
    case ENOSPC:
    case EDQUOT:
      return "de schijf is vol";
    case EROFS:
      return "het bestandssysteem is alleen-lezen";
    default:
      return fmt::format("systeemfout {}", error);
  }
}

bool same_file(const fs::path& a, const fs::path& b) {
  std::error_code ec;
  return fs::equivalent(a, b, ec) && !ec;
}

// Whether `path` is the SQLite database `db` or one of the files SQLite keeps beside it. By
// identity where the file exists (a hard link or another spelling of the path is caught too);
// the side files may not exist yet, so those are also compared as folder identity + name.
bool is_database_file(const fs::path& path, const fs::path& db) {
  if (db.empty() || db.string().find("://") != std::string::npos) return false;  // PostgreSQL
  std::error_code ec;
  const fs::path db_folder = db.parent_path().empty() ? fs::path(".") : db.parent_path();
  const fs::path folder = path.parent_path().empty() ? fs::path(".") : path.parent_path();
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
    const fs::path side = db.string() + suffix;
    if (same_file(path, side)) return true;
    if (path.filename() == side.filename() && same_file(folder, db_folder)) return true;
  }
  return false;
}

}  // namespace

Status check_output_target(const Context& ctx, const fs::path& path) {
  if (is_database_file(path, ctx.db))
    return fail(ErrorCode::kInvalidArgument,
                fmt::format("--output {} is de database die in gebruik is (of een bestand ervan); kies een ander "
                            "uitvoerbestand",
                            path.string()));
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (fs::is_directory(status))
    return fail(ErrorCode::kInvalidArgument,
                fmt::format("--output {} is een map; geef een bestandsnaam", path.string()));
  if (fs::exists(status) && !ctx.force)
    return fail(ErrorCode::kAlreadyExists,
                fmt::format("{} bestaat al; gebruik --force om het te overschrijven", path.string()));
  return {};
}

Status write_output_file(const Context& ctx, const fs::path& path,
                         const std::function<Status(const fs::path& temporary)>& write) {
  if (auto st = check_output_target(ctx, path); !st) return st;
  const fs::path folder = path.parent_path().empty() ? fs::path(".") : path.parent_path();
  std::string pattern = (folder / ("." + path.filename().string() + ".XXXXXX")).string();
  const int fd = ::mkstemp(pattern.data());
  if (fd < 0) return fail(ErrorCode::kUnavailable, fmt::format("kan {} niet schrijven: {}", path.string(), why(errno)));
  ::close(fd);
  const fs::path temporary = pattern;
  std::error_code ec;
  auto written = write(temporary);
  if (!written) {
    fs::remove(temporary, ec);
    return written;
  }
  ::chmod(temporary.c_str(), 0644 & ~current_umask());
  fs::rename(temporary, path, ec);
  if (ec) {
    std::error_code ignored;
    fs::remove(temporary, ignored);
    return fail(ErrorCode::kUnavailable, fmt::format("kan {} niet schrijven: {}", path.string(), why(ec.value())));
  }
  return {};
}

Status write_output(const Context& ctx, const fs::path& path, std::string_view content) {
  if (path.empty()) {
    ctx.out() << content;
    ctx.out().flush();
    return {};
  }
  return write_output_file(ctx, path, [&](const fs::path& temporary) -> Status {
    std::ofstream f(temporary, std::ios::binary | std::ios::trunc);
    if (!f) return fail(ErrorCode::kUnavailable, fmt::format("kan {} niet schrijven", path.string()));
    f.write(content.data(), static_cast<std::streamsize>(content.size()));
    f.close();
    if (!f) return fail(ErrorCode::kUnavailable, fmt::format("schrijven naar {} mislukt", path.string()));
    return {};
  });
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
