#include "outcomes/extract_reader_csv.h"

#include <algorithm>
#include <cstring>

#include <fmt/format.h>

#include "tabular/encoding.h"

namespace regio::outcomes {

CsvScanner::CsvScanner(TableBuilder& builder, std::uint64_t total_bytes)
    : builder_(builder), total_bytes_(total_bytes) {}

CsvScanner::Found CsvScanner::find_record(std::string_view data, std::size_t pos, bool eof, Extent* extent) const {
  const char* base = data.data();
  const std::size_t size = data.size();
  const void* nl = std::memchr(base + pos, '\n', size - pos);
  if (nl == nullptr && !eof) return Found::kNeedMore;
  std::size_t end = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - base) : size;
  extent->quoted = std::memchr(base + pos, '"', end - pos) != nullptr;
  extent->newlines = 1;
  if (extent->quoted) {
    // A quoted field may hold line breaks: find the first newline outside quotes.
    bool in_quotes = false;
    std::size_t i = pos;
    for (; i < size; ++i) {
      const char c = base[i];
      if (c == '"')
        in_quotes = !in_quotes;
      else if (c == '\n') {
        if (!in_quotes) break;
        ++extent->newlines;
      }
    }
    if (in_quotes) return eof ? Found::kUnterminated : Found::kNeedMore;
    if (i == size && !eof) return Found::kNeedMore;
    end = i;
  }
  extent->next = end < size ? end + 1 : size;
  if (end > pos && base[end - 1] == '\r') --end;
  extent->end = end;
  return Found::kRecord;
}

char CsvScanner::detect_separator(std::string_view header) const {
  std::size_t commas = 0, semicolons = 0;
  bool in_quotes = false;
  for (char c : header) {
    if (c == '"')
      in_quotes = !in_quotes;
    else if (!in_quotes && c == ',')
      ++commas;
    else if (!in_quotes && c == ';')
      ++semicolons;
  }
  return semicolons > commas ? ';' : ',';
}

// Returns the number of fields (may exceed fields_.size(), then only the first are kept).
std::size_t CsvScanner::split(std::string_view record, bool quoted) {
  std::size_t count = 0;
  auto put = [&](std::string_view f) {
    if (count < fields_.size()) fields_[count] = f;
    ++count;
  };
  if (!quoted) {
    const char* p = record.data();
    const char* end = p + record.size();
    while (true) {
      const char* sep = static_cast<const char*>(std::memchr(p, separator_, static_cast<std::size_t>(end - p)));
      if (sep == nullptr) {
        put({p, static_cast<std::size_t>(end - p)});
        return count;
      }
      put({p, static_cast<std::size_t>(sep - p)});
      p = sep + 1;
    }
  }
  // Quoted fields are unescaped into scratch_, reserved up front so earlier views stay valid.
  scratch_.clear();
  scratch_.reserve(record.size());
  std::size_t i = 0;
  while (true) {
    if (i < record.size() && record[i] == '"') {
      const std::size_t begin = scratch_.size();
      ++i;
      while (i < record.size()) {
        if (record[i] == '"') {
          if (i + 1 < record.size() && record[i + 1] == '"') {
            scratch_.push_back('"');
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        scratch_.push_back(record[i++]);
      }
      // Text after the closing quote (not RFC 4180, but Excel keeps it) belongs to the field.
      while (i < record.size() && record[i] != separator_) scratch_.push_back(record[i++]);
      put(std::string_view(scratch_).substr(begin));
    } else {
      const std::size_t sep = record.find(separator_, i);
      const std::size_t stop = sep == std::string_view::npos ? record.size() : sep;
      put(record.substr(i, stop - i));
      i = stop;
    }
    if (i >= record.size()) return count;
    ++i;  // the separator
    if (i == record.size()) {
      put({});
      return count;
    }
  }
}

// The field in which the limit was crossed, from the separators (outside quotes) before it.
void CsvScanner::refuse_long_record(std::string_view start) {
  std::size_t field = 0;
  bool in_quotes = false;
  for (std::size_t i = 0; i < std::min(start.size(), kMaxRecordBytes); ++i) {
    if (start[i] == '"')
      in_quotes = !in_quotes;
    else if (!in_quotes && start[i] == separator_)
      ++field;
  }
  const std::string column(header_seen_ && rows_ok_ ? builder_.field_name(field) : std::string_view());
  builder_.add_problem(line_, column, "regel-te-lang",
                       fmt::format("de regel is langer dan {} bytes{}; de rest van het bestand is niet gelezen",
                                   kMaxRecordBytes, column.empty() ? "" : " (in kolom " + column + ")"));
  stopped_ = true;
}

// A NUL byte (one memchr per record): reported with the column it is in, and the row skipped.
bool CsvScanner::refuse_nul(std::string_view record, std::size_t fields) {
  if (std::memchr(record.data(), '\0', record.size()) == nullptr) return false;
  for (std::size_t i = 0; i < std::min(fields, fields_.size()); ++i) {
    if (fields_[i].find('\0') == std::string_view::npos) continue;
    const std::string column(header_seen_ && rows_ok_ ? builder_.field_name(i) : std::string_view());
    builder_.add_problem(line_, column, "nul-teken",
                         "het veld bevat een NUL-teken (byte 0); sla het bestand op als tekst in UTF-8");
    return true;
  }
  return true;
}

void CsvScanner::on_record(std::string_view record, bool quoted) {
  if (!header_seen_) {
    if (record.find_first_not_of(" \t") == std::string_view::npos) return;  // leading blank lines
    header_seen_ = true;
    separator_ = detect_separator(record);
    const std::size_t n = split(record, quoted);
    if (refuse_nul(record, n)) {
      stopped_ = true;  // a header that cannot be read: the rows cannot be checked
      return;
    }
    if (n > fields_.size()) {
      builder_.add_problem(line_, "", "te-veel-kolommen", "de kopregel heeft te veel kolommen");
      return;
    }
    rows_ok_ = builder_.set_header(std::span(fields_.data(), n));
    return;
  }
  if (!rows_ok_) return;
  const std::size_t n = split(record, quoted);
  if (n > fields_.size()) {
    builder_.add_problem(line_, "", "aantal-velden",
                         fmt::format("de regel heeft {} velden, de kopregel {}", n, builder_.column_count()));
    return;
  }
  if (refuse_nul(record, n)) return;
  builder_.add_row(line_, std::span(fields_.data(), n));
}

std::size_t CsvScanner::consume(std::string_view data, bool eof) {
  std::size_t pos = 0;
  if (at_start_) {
    if (data.size() < 3 && !eof) return 0;
    if (data.starts_with("\xEF\xBB\xBF")) pos = 3;
    at_start_ = false;
    if (tabular::looks_like_utf16(data)) {
      builder_.add_problem(1, "", "utf16", std::string(tabular::kUtf16Message));
      stopped_ = true;
      return data.size();
    }
  }
  Extent extent;
  while (pos < data.size() && !stopped_) {
    const Found found = find_record(data, pos, eof, &extent);
    if ((found == Found::kNeedMore && data.size() - pos > kMaxRecordBytes) ||
        (found == Found::kRecord && extent.end - pos > kMaxRecordBytes)) {
      refuse_long_record(data.substr(pos));
      return data.size();
    }
    if (found == Found::kNeedMore) break;
    if (found == Found::kUnterminated) {
      builder_.add_problem(line_, "", "csv",
                           "aanhalingsteken niet afgesloten: het veld loopt door tot het einde van "
                           "het bestand");
      stopped_ = true;
      return data.size();
    }
    on_record(data.substr(pos, extent.end - pos), extent.quoted);
    line_ += extent.newlines;
    pos = extent.next;
  }
  if (!reserved_ && header_seen_ && rows_ok_ && total_bytes_ > 0 && line_ > 100) {
    // Estimate the row count from this chunk's average record length, with a little slack.
    reserved_ = true;
    const double per_row = static_cast<double>(pos) / static_cast<double>(line_ - 1);
    builder_.reserve(static_cast<std::size_t>(static_cast<double>(total_bytes_) / per_row * 1.03) + 16);
  }
  builder_.flush_persons();
  return eof || stopped_ ? data.size() : pos;
}

void CsvScanner::finish() {
  if (!header_seen_ && !stopped_) builder_.add_problem(0, "", "leeg-bestand", "het bestand is leeg (geen kopregel)");
}

}  // namespace regio::outcomes
