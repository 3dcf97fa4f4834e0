#include "tabular/internal/zip_archive.h"

#include <fmt/format.h>
#include <zip.h>

#include <system_error>

#include "tabular/xlsx.h"

namespace regio::tabular {

Error invalid_xlsx(const std::string& display, std::string_view reason) {
  // No Problem entry: there is no line to point at, and describe() would repeat the message.
  return Error{ErrorCode::kInvalidData, fmt::format("{}: geen geldig xlsx-bestand ({})", display, reason), {}, 0};
}

void ZipArchive::Close::operator()(zip* archive) const { zip_discard(archive); }

Result<ZipArchive> ZipArchive::open(const std::filesystem::path& path, const std::string& display) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    return fail(ErrorCode::kUnavailable, fmt::format("{}: bestand bestaat niet of is geen gewoon bestand", display));
  }
  int error = 0;
  zip* archive = zip_open(path.c_str(), ZIP_RDONLY, &error);
  if (archive == nullptr) {
    if (error == ZIP_ER_OPEN || error == ZIP_ER_READ || error == ZIP_ER_MEMORY) {
      return fail(ErrorCode::kUnavailable, fmt::format("{}: bestand kan niet worden gelezen", display));
    }
    // libzip says "not a zip" whenever the central directory at the end is missing, which is
    // also what a cut-off download looks like; the signature at the start tells them apart.
    const bool zip_start = looks_like_xlsx(path);
    return std::unexpected(invalid_xlsx(
        display, error == ZIP_ER_NOZIP && !zip_start ? "geen zip-archief" : "zip-archief is onvolledig of beschadigd"));
  }
  return ZipArchive(archive, display);
}

Result<std::optional<std::string>> ZipArchive::read(std::string_view name, std::uint64_t max_bytes,
                                                    std::string_view limit_text) const {
  const std::string part(name);
  const zip_int64_t index = zip_name_locate(archive_.get(), part.c_str(), ZIP_FL_NOCASE);
  if (index < 0) return std::optional<std::string>{};
  zip_stat_t stat;
  zip_stat_init(&stat);
  auto damaged = [&] { return std::unexpected(invalid_xlsx(display_, fmt::format("{} is beschadigd", part))); };
  if (zip_stat_index(archive_.get(), index, 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE)) return damaged();
  if (stat.size > max_bytes) {
    return fail(ErrorCode::kInvalidData,
                fmt::format("{}: onderdeel {} is uitgepakt {} MB; {} (sla grote gegevens op als CSV)", display_, part,
                            (stat.size + (1 << 20) - 1) >> 20, limit_text));
  }
  zip_file_t* file = zip_fopen_index(archive_.get(), index, 0);
  if (file == nullptr) return damaged();
  std::string bytes(stat.size, '\0');
  // Reading to the end makes libzip verify the CRC, so truncated or altered data is reported.
  zip_int64_t total = 0;
  while (true) {
    char extra;
    char* target = total < static_cast<zip_int64_t>(bytes.size()) ? bytes.data() + total : &extra;
    const zip_uint64_t room = total < static_cast<zip_int64_t>(bytes.size()) ? bytes.size() - total : 1;
    const zip_int64_t got = zip_fread(file, target, room);
    if (got < 0 || (got > 0 && target == &extra)) {
      zip_fclose(file);
      return damaged();
    }
    if (got == 0) break;
    total += got;
  }
  zip_fclose(file);
  if (total != static_cast<zip_int64_t>(bytes.size())) return damaged();
  return std::optional<std::string>{std::move(bytes)};
}

}  // namespace regio::tabular
