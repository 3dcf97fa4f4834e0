// The files of an upload request, in a private temporary directory (upload_dir.h) for the use
// cases that read files (service::Deliveries::import, tabular::read_table_file). Two forms:
//   - a multipart/form-data body (the browser's form, also without JavaScript): every file part
//     of field `field`, under its sanitised name (multipart.h);
//   - a raw body (the API): Content-Type text/csv or the xlsx type, the file's name from the
//     query parameter `bestand` (sanitised too).
// Only .csv and .xlsx files are taken. The directory and its files are removed when the
// ReceivedFiles goes out of scope.
#pragma once

#include <filesystem>
#include <string_view>
#include <vector>

#include "base/error.h"
#include "web/http_types.h"
#include "web/upload_dir.h"

namespace regio::web {

struct ReceivedFiles {
  UploadDir dir;
  std::vector<std::filesystem::path> paths;  // in the order sent; empty when no file was chosen
};

inline constexpr std::string_view kXlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

// Whether the request carries its file as a raw body (not a form).
bool raw_upload(const Request& r);

// The files of the request (see the file comment). kInvalidArgument (reason "invalid-upload")
// for a wrong type, an unusable or missing name, or a file that is not .csv/.xlsx;
// kAlreadyExists for the same name twice; kUnavailable when they cannot be written.
Result<ReceivedFiles> receive_files(const Request& r, std::string_view field);

}  // namespace regio::web
