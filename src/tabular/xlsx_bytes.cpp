// write_xlsx into memory: libxlsxwriter 1.1.4 (Debian) writes only to a file, so through a
// private temporary file that is removed again whatever happens.
#include <stdlib.h>
#include <unistd.h>

#include <filesystem>

#include "tabular/internal/file_bytes.h"
#include "tabular/xlsx.h"

namespace regio::tabular {

Result<std::string> xlsx_bytes(const Workbook& book, const XlsxWriteOptions& options) {
  std::error_code ec;
  std::string name = (std::filesystem::temp_directory_path(ec) / "regio-xlsx-XXXXXX.xlsx").string();
  const int fd = ::mkstemps(name.data(), 5);
  if (fd < 0)
    return std::unexpected(Error{ErrorCode::kUnavailable,
                                 "het xlsx-bestand kon niet worden gemaakt",
                                 {},
                                 0,
                                 "xlsx-temporary-file",
                                 "mkstemps failed for " + name});
  ::close(fd);
  struct Remove {
    std::string path;
    ~Remove() {
      std::error_code ignored;
      std::filesystem::remove(path, ignored);
    }
  } remove{name};
  if (auto st = write_xlsx(name, book, options); !st) return std::unexpected(st.error());
  return read_file_bytes(name);
}

}  // namespace regio::tabular
