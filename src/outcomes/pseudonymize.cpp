#include "outcomes/pseudonymize.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <functional>
#include <iterator>
#include <sstream>

#include <fmt/format.h>

#include "base/text.h"
#include "outcomes/bsn.h"
#include "tabular/xlsx.h"

namespace regio::outcomes {
namespace {

namespace fs = std::filesystem;

Result<std::string> read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail(ErrorCode::kUnavailable, fmt::format("kan {} niet lezen", path.string()));
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// A temporary file beside `path`, renamed over it only when `write` succeeded, so a failed run
// never leaves a half-written output (which could hold values not yet pseudonymised).
Status write_then_rename(const fs::path& path, const std::function<Status(const fs::path&)>& write) {
  const fs::path temp =
      path.parent_path() / fmt::format(".{}.{}.tmp{}", path.stem().string(), ::getpid(), path.extension().string());
  Status written = write(temp);
  std::error_code ec;
  if (written) fs::rename(temp, path, ec);
  if (!written || ec) {
    fs::remove(temp, ec);
    if (written) return fail(ErrorCode::kUnavailable, fmt::format("kan {} niet schrijven", path.string()));
  }
  return written;
}

Status write_bytes(const fs::path& path, std::string_view bytes) {
  return write_then_rename(path, [bytes](const fs::path& temp) -> Status {
    std::ofstream out(temp, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out.flush()) return fail(ErrorCode::kUnavailable, fmt::format("kan {} niet schrijven", temp.string()));
    return {};
  });
}

// A missing column is reported without echoing the header: a file without a header row has
// data (a BSN, a name) in its first line.
std::unexpected<Error> missing_column(const fs::path& in, const std::string& column, std::size_t columns) {
  return fail(ErrorCode::kInvalidArgument,
              fmt::format("{}: de eerste regel heeft geen kolom '{}' ({} kolommen gevonden); de eerste regel moet de "
                          "kolomnamen bevatten (de inhoud wordt niet getoond, want zonder kopregel zijn dit "
                          "persoonsgegevens)",
                          in.string(), column, columns));
}

std::string line_list(const std::vector<std::size_t>& lines) {
  std::string out;
  for (std::size_t i = 0; i < lines.size() && i < 20; ++i) out += (i ? ", " : "") + std::to_string(lines[i]);
  if (lines.size() > 20) out += fmt::format(" en {} andere", lines.size() - 20);
  return out;
}

std::string normalise(std::string_view value) {
  value = trim(value);
  const bool digits = !value.empty() && std::ranges::all_of(value, [](char c) { return c >= '0' && c <= '9'; });
  if (digits && value.size() == 8) return "0" + std::string(value);
  return std::string(value);
}

// Pseudonymises one value and records what the report needs. Returns the replacement text.
std::string replace(std::string_view key, std::string_view raw, std::size_t line, PseudonymizeReport& report) {
  const std::string value = normalise(raw);
  if (value.empty()) {
    ++report.empty;
    return {};
  }
  if (!passes_elfproef(value)) report.failed_elfproef_lines.push_back(line);
  ++report.values;
  return pseudonym(key, value);
}

// One CSV record's fields as raw byte ranges (quotes included), and where the record ends.
struct RawRecord {
  std::vector<std::pair<std::size_t, std::size_t>> fields;
  std::size_t end = 0;   // one past the last content byte (before \r\n)
  std::size_t next = 0;  // start of the next record
  std::size_t newlines = 0;
};

bool scan_record(std::string_view text, std::size_t pos, char sep, RawRecord* r) {
  r->fields.clear();
  r->newlines = 0;
  std::size_t field_start = pos;
  bool in_quotes = false;
  std::size_t i = pos;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '"')
      in_quotes = !in_quotes;
    else if (c == '\n') {
      if (!in_quotes) break;
      ++r->newlines;
    } else if (c == sep && !in_quotes) {
      r->fields.emplace_back(field_start, i);
      field_start = i + 1;
    }
  }
  if (in_quotes) return false;
  std::size_t end = i;
  if (end > field_start && text[end - 1] == '\r') --end;
  r->fields.emplace_back(field_start, end);
  r->end = end;
  r->next = i < text.size() ? i + 1 : text.size();
  r->newlines += 1;
  return true;
}

std::string unquote(std::string_view raw) {
  raw = trim(raw);
  if (raw.size() < 2 || raw.front() != '"') return std::string(raw);
  std::string out;
  for (std::size_t i = 1; i + 1 < raw.size(); ++i) {
    out.push_back(raw[i]);
    if (raw[i] == '"' && raw[i + 1] == '"') ++i;
  }
  return out;
}

Status pseudonymize_csv(std::string_view key, const std::string& column, const fs::path& in, const fs::path& out,
                        PseudonymizeReport& report) {
  auto bytes = read_bytes(in);
  if (!bytes) return std::unexpected(bytes.error());
  const std::string_view text = *bytes;
  std::size_t pos = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  const std::size_t header_end = text.find('\n', pos);
  const std::string_view header_line =
      text.substr(pos, header_end == std::string_view::npos ? text.size() - pos : header_end - pos);
  const char sep = std::ranges::count(header_line, ';') > std::ranges::count(header_line, ',') ? ';' : ',';

  RawRecord record;
  if (pos >= text.size() || !scan_record(text, pos, sep, &record))
    return fail(ErrorCode::kInvalidData, fmt::format("{}: geen kopregel gevonden", in.string()));
  std::vector<std::string> names;
  for (auto [b, e] : record.fields) names.push_back(unquote(text.substr(b, e - b)));
  const auto found = std::ranges::find(names, column);
  if (found == names.end()) return missing_column(in, column, names.size());
  const auto index = static_cast<std::size_t>(found - names.begin());
  const std::size_t columns = names.size();
  std::vector<std::size_t> wrong_width;  // lines whose field count differs from the header's

  std::string result(text.substr(0, record.next));
  result.reserve(text.size() + text.size() / 4);
  std::size_t line = 1 + record.newlines;
  pos = record.next;
  while (pos < text.size()) {
    if (!scan_record(text, pos, sep, &record))
      return fail(ErrorCode::kInvalidData,
                  fmt::format("{}, regel {}: aanhalingsteken niet afgesloten", in.string(), line));
    const bool blank = record.fields.size() == 1 && record.end == pos;
    if (blank) {
      result.append(text.substr(pos, record.next - pos));  // an empty line: nothing to replace
    } else if (record.fields.size() != columns) {
      // A shifted row would put another field (or the BSN in clear) in the column.
      wrong_width.push_back(line);
    } else {
      const auto [b, e] = record.fields[index];
      result.append(text.substr(pos, b - pos));
      result.append(replace(key, unquote(text.substr(b, e - b)), line, report));
      result.append(text.substr(e, record.next - e));
    }
    line += record.newlines;
    pos = record.next;
  }
  if (!wrong_width.empty())
    return fail(ErrorCode::kInvalidData,
                fmt::format("{}: regels met een ander aantal velden dan de kopregel ({} velden): {}; er is niets "
                            "geschreven",
                            in.string(), columns, line_list(wrong_width)));
  return write_bytes(out, result);
}

Status pseudonymize_xlsx(std::string_view key, const std::string& column, const fs::path& in, const fs::path& out,
                         PseudonymizeReport& report) {
  auto book = tabular::read_xlsx(in);
  if (!book) return std::unexpected(book.error());
  for (auto& sheet : book->sheets) {
    const int index = sheet.column(column);
    if (index < 0) continue;
    report.sheets.push_back(sheet.name);
    // A row with a value beyond the header's columns is shifted (see the CSV case); shorter
    // rows are normal in XLSX, which leaves out empty cells at the end.
    std::vector<std::size_t> wrong_width;
    for (const auto& row : sheet.rows)
      for (std::size_t c = sheet.header.size(); c < row.cells.size(); ++c)
        if (!trim(row.cells[c]).empty()) {
          wrong_width.push_back(row.line);
          break;
        }
    if (!wrong_width.empty())
      return fail(ErrorCode::kInvalidData,
                  fmt::format("{}, blad {}: regels met meer velden dan de kopregel ({} velden): {}; er is niets "
                              "geschreven",
                              in.string(), sheet.name, sheet.header.size(), line_list(wrong_width)));
    for (auto& row : sheet.rows)
      if (static_cast<std::size_t>(index) < row.cells.size())
        row.cells[static_cast<std::size_t>(index)] =
            replace(key, row.cells[static_cast<std::size_t>(index)], row.line, report);
  }
  if (report.sheets.empty())
    return missing_column(in, column, book->sheets.empty() ? 0 : book->sheets.front().header.size());
  return write_then_rename(out, [&book](const fs::path& temp) { return tabular::write_xlsx(temp, *book); });
}

}  // namespace

std::string pseudonym(std::string_view key, std::string_view value) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()), reinterpret_cast<const unsigned char*>(value.data()),
       value.size(), digest, &length);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(32, '0');
  for (std::size_t i = 0; i < 16; ++i) {
    out[2 * i] = kHex[digest[i] >> 4];
    out[2 * i + 1] = kHex[digest[i] & 15];
  }
  return out;
}

Status pseudonymize_file(const fs::path& key_file, const std::string& column, const fs::path& in, const fs::path& out,
                         PseudonymizeReport* report) {
  auto key = read_bytes(key_file);
  if (!key)
    return fail(ErrorCode::kInvalidArgument, fmt::format("kan sleutelbestand {} niet lezen", key_file.string()));
  while (!key->empty() && (key->back() == '\n' || key->back() == '\r' || key->back() == ' ')) key->pop_back();
  if (key->size() < kMinimumKeyBytes)
    return fail(ErrorCode::kInvalidArgument, fmt::format("sleutel in {} is te kort: {} bytes, minimaal {}",
                                                         key_file.string(), key->size(), kMinimumKeyBytes));
  PseudonymizeReport local;
  PseudonymizeReport& r = report ? *report : local;
  r = {};
  std::string ext = in.extension().string();
  std::ranges::transform(ext, ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext == ".xlsx") return pseudonymize_xlsx(*key, column, in, out, r);
  return pseudonymize_csv(*key, column, in, out, r);
}

}  // namespace regio::outcomes
