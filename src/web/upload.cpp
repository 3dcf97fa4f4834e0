#include "web/upload.h"

#include <fmt/format.h>

#include "web/multipart.h"

namespace regio::web {
namespace {

std::unexpected<Error> invalid(std::string message) {
  return fail(ErrorCode::kInvalidArgument, "invalid-upload", std::move(message));
}

bool table_file(std::string_view name) { return name.ends_with(".csv") || name.ends_with(".xlsx"); }

std::string media_type(std::string_view content_type) {
  std::string_view t = content_type.substr(0, content_type.find(';'));
  while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
  return std::string(t);
}

}  // namespace

bool raw_upload(const Request& r) {
  const std::string type = media_type(r.content_type);
  return type == "text/csv" || type == kXlsxType;
}

Result<ReceivedFiles> receive_files(const Request& r, std::string_view field) {
  auto dir = UploadDir::create();
  if (!dir) return std::unexpected(dir.error());
  ReceivedFiles out{std::move(*dir), {}};
  if (raw_upload(r)) {
    auto it = r.query.find("bestand");
    const std::string name = sanitize_filename(it == r.query.end() ? std::string_view{} : it->second);
    if (name.empty())
      return invalid("Geef de naam van het bestand in de queryparameter 'bestand', bijvoorbeeld ?bestand=trajecten.csv.");
    const bool xlsx = media_type(r.content_type) == kXlsxType;
    if (!name.ends_with(xlsx ? ".xlsx" : ".csv"))
      return invalid(fmt::format("De naam {} past niet bij het type {}: gebruik {}.", name, media_type(r.content_type),
                                 xlsx ? ".xlsx" : ".csv"));
    auto path = out.dir.write(name, r.body);
    if (!path) return std::unexpected(path.error());
    out.paths.push_back(std::move(*path));
    return out;
  }
  if (!r.content_type.starts_with("multipart/form-data"))
    return invalid("Stuur de bestanden als formulier (multipart/form-data) of als één bestand (text/csv of xlsx).");
  for (const Part& part : r.files) {
    if (part.name != field) continue;
    if (part.filename.empty() && part.data.empty()) continue;  // an empty file input
    if (part.filename.empty()) return invalid("Een gekozen bestand heeft geen naam.");
    if (!table_file(part.filename))
      return invalid(fmt::format("{} is geen .csv- of .xlsx-bestand.", part.filename));
    auto path = out.dir.write(part.filename, part.data);
    if (!path) return std::unexpected(path.error());
    out.paths.push_back(std::move(*path));
  }
  return out;
}

}  // namespace regio::web
