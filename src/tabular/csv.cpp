#include "tabular/csv.h"

#include <fmt/format.h>

#include <optional>
#include <utility>

#include "base/text.h"
#include "tabular/encoding.h"
#include "tabular/internal/file_bytes.h"

namespace regio::tabular {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

Error csv_error(const std::string& source, std::size_t line, std::string rule, std::string message) {
  ProblemList problems;
  problems.add(Problem{source, line, "", std::move(rule), std::move(message)});
  return problems.to_error(fmt::format("{}: geen geldig CSV-bestand", source));
}

Error empty_file_error(const std::string& source) {
  ProblemList problems;
  problems.add(Problem{source, 0, "", "leeg", "bestand is leeg"});
  return problems.to_error(fmt::format("{}: bestand is leeg", source));
}

// 1-based physical line of the byte at `offset`; LF, CRLF and a lone CR each end a line.
std::size_t line_at(std::string_view text, std::size_t offset) {
  std::size_t line = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) ++line;
  }
  return line;
}

// Start of the first line that holds more than white space: the header line.
std::size_t first_content_line(std::string_view text) {
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = text.find_first_of("\r\n", start);
    const std::size_t stop = end == std::string_view::npos ? text.size() : end;
    if (!trim(text.substr(start, stop - start)).empty()) return start;
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return start;
}

// Counted outside quotes on the header line only: data rows may hold decimal commas.
char detect_separator(std::string_view text) {
  std::size_t commas = 0, semicolons = 0;
  bool quoted = false;
  for (std::size_t i = first_content_line(text); i < text.size(); ++i) {
    const char c = text[i];
    if (c == '"') {
      quoted = !quoted;
    } else if (!quoted && (c == '\n' || c == '\r')) {
      break;
    } else if (!quoted && c == ',') {
      ++commas;
    } else if (!quoted && c == ';') {
      ++semicolons;
    }
  }
  return semicolons > commas ? ';' : ',';
}

bool first_break_is_crlf(std::string_view text) {
  const std::size_t at = text.find_first_of("\r\n");
  return at != std::string_view::npos && text[at] == '\r' && at + 1 < text.size() && text[at + 1] == '\n';
}

struct Record {
  std::size_t line = 0;
  std::vector<std::string> cells;
};

// Splits the text into records (RFC 4180, lenient where Excel is: a quote inside an unquoted
// field and text after a closing quote are kept as they are).
class Tokenizer {
 public:
  Tokenizer(std::string_view text, char separator, const std::string& source)
      : text_(text), separator_(separator), source_(source) {}

  // The next record, nullopt at the end, or an error for an unterminated quote.
  Result<std::optional<Record>> next() {
    if (pos_ >= text_.size()) return std::nullopt;
    Record record{line_, {}};
    std::string field;
    while (true) {
      if (pos_ < text_.size() && text_[pos_] == '"') {
        if (auto closed = read_quoted(field); !closed) return std::unexpected(closed.error());
      }
      while (pos_ < text_.size() && !ends_field(text_[pos_])) field += text_[pos_++];
      record.cells.push_back(std::move(field));
      field.clear();
      if (pos_ >= text_.size()) return record;
      if (text_[pos_] == separator_) {
        ++pos_;
        continue;
      }
      skip_line_break();
      return record;
    }
  }

 private:
  bool ends_field(char c) const { return c == separator_ || c == '\n' || c == '\r'; }

  void skip_line_break() {
    pos_ += (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ? 2 : 1;
    ++line_;
  }

  // REQUIRES: text_[pos_] == '"'. Appends the quoted content to `field` and stops after the
  // closing quote.
  Status read_quoted(std::string& field) {
    const std::size_t start_line = line_;
    ++pos_;
    while (pos_ < text_.size()) {
      const char c = text_[pos_];
      if (c == '"') {
        if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
          field += '"';
          pos_ += 2;
          continue;
        }
        ++pos_;
        return {};
      }
      if (c == '\r' || c == '\n') {
        const std::size_t before = pos_;
        skip_line_break();
        field.append(text_.substr(before, pos_ - before));
        continue;
      }
      field += c;
      ++pos_;
    }
    return std::unexpected(
        csv_error(source_, start_line, "open-aanhalingsteken", "aanhalingsteken wordt niet gesloten"));
  }

  std::string_view text_;
  char separator_;
  const std::string& source_;
  std::size_t pos_ = 0;
  std::size_t line_ = 1;
};

bool all_blank(const std::vector<std::string>& cells) {
  for (const auto& cell : cells) {
    if (!trim(cell).empty()) return false;
  }
  return true;
}

// A NUL byte (stored, then cut off by C APIs on export) or a field above the limit.
void check_cells(const std::string& source, std::size_t line, const std::vector<std::string>& cells,
                 const std::vector<std::string>& header, ProblemList& problems) {
  std::size_t total = 0;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    const std::string column = i < header.size() ? header[i] : fmt::format("veld {}", i + 1);
    total += cells[i].size();
    if (cells[i].size() > kMaxCsvFieldBytes) {
      problems.add(Problem{source, line, column, "veld-te-lang",
                           fmt::format("het veld is {} bytes lang; een veld mag hoogstens {} bytes zijn",
                                       cells[i].size(), kMaxCsvFieldBytes)});
    }
    if (cells[i].find('\0') != std::string::npos) {
      problems.add(Problem{source, line, column, "nul-teken",
                           "het veld bevat een NUL-teken (byte 0); sla het bestand op als tekst in UTF-8"});
    }
  }
  if (total > kMaxCsvRecordBytes) {
    problems.add(Problem{
        source, line, "", "regel-te-lang",
        fmt::format("de regel is {} bytes lang; een regel mag hoogstens {} bytes zijn", total, kMaxCsvRecordBytes)});
  }
}

}  // namespace

Result<Sheet> parse_csv(std::string_view text, std::string source, CsvDialect* detected) {
  CsvDialect dialect;
  if (looks_like_utf16(text)) return std::unexpected(csv_error(source, 1, "utf16", std::string(kUtf16Message)));
  if (text.starts_with(kBom)) {
    dialect.bom = true;
    text.remove_prefix(kBom.size());
  }
  if (trim(text).empty()) return std::unexpected(empty_file_error(source));
  if (const std::size_t bad = find_invalid_utf8(text); bad != std::string_view::npos) {
    return std::unexpected(csv_error(source, line_at(text, bad), "ongeldige-utf8", invalid_utf8_message(text, bad)));
  }
  dialect.separator = detect_separator(text);
  dialect.decimal = dialect.separator == ';' ? ',' : '.';
  dialect.crlf = first_break_is_crlf(text);

  Sheet sheet;
  sheet.name = std::filesystem::path(source).stem().string();
  sheet.source = source;
  Tokenizer tokenizer(text, dialect.separator, source);
  bool have_header = false;
  ProblemList problems;
  while (true) {
    auto record = tokenizer.next();
    if (!record) return std::unexpected(record.error());
    if (!*record) break;
    auto& [line, cells] = **record;
    check_cells(source, line, cells, sheet.header, problems);
    if (all_blank(cells)) continue;
    if (!have_header) {
      for (auto& cell : cells) sheet.header.emplace_back(trim(cell));
      have_header = true;
      continue;
    }
    if (cells.size() > sheet.header.size()) {
      problems.add(Problem{
          source, line, "", "te-veel-velden",
          fmt::format("regel {} heeft {} velden, de kopregel heeft {}", line, cells.size(), sheet.header.size())});
      continue;
    }
    cells.resize(sheet.header.size());
    sheet.rows.push_back(Row{line, std::move(cells)});
  }
  if (!have_header) return std::unexpected(empty_file_error(source));
  if (!problems.empty()) return std::unexpected(problems.to_error(fmt::format("{}: geen geldig CSV-bestand", source)));
  if (detected) *detected = dialect;
  return sheet;
}

Result<Sheet> read_csv_file(const std::filesystem::path& path, CsvDialect* detected) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (!ec && size > kMaxCsvFileBytes) {
    return fail(ErrorCode::kInvalidData,
                fmt::format("{}: het bestand is {} MB; een CSV-bestand mag hoogstens {} MB zijn", display_name(path),
                            size >> 20, kMaxCsvFileBytes >> 20));
  }
  auto bytes = read_file_bytes(path);
  if (!bytes) return std::unexpected(bytes.error());
  return parse_csv(*bytes, display_name(path), detected);
}

std::string write_csv(const Sheet& sheet, const CsvDialect& dialect) {
  const std::string_view line_end = dialect.crlf ? "\r\n" : "\n";
  const std::string always = std::string{dialect.separator, '"', '\r', '\n'};
  // A reader detects the separator on the header line, and cannot see it at all in a one-column
  // sheet; quoting both candidates there keeps that detection right.
  const std::string ambiguous = always + (dialect.separator == ';' ? ',' : ';');
  std::string out;
  if (dialect.bom) out += kBom;
  auto write_line = [&](const std::vector<std::string>& cells, const std::string& special) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i > 0) out += dialect.separator;
      const std::string& cell = cells[i];
      const bool looks_like_bom = out.empty() && cell.starts_with(kBom);
      if (cell.find_first_of(special) == std::string::npos && !looks_like_bom) {
        out += cell;
        continue;
      }
      out += '"';
      for (const char c : cell) {
        if (c == '"') out += '"';
        out += c;
      }
      out += '"';
    }
    out += line_end;
  };
  write_line(sheet.header, ambiguous);
  for (const auto& row : sheet.rows) write_line(row.cells, sheet.header.size() == 1 ? ambiguous : always);
  return out;
}

}  // namespace regio::tabular
