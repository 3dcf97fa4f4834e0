// The streaming CSV scanner behind read_extract (internal to the outcomes module).
//
// Feed it the bytes of one file in chunks; it splits complete records (quote-aware, CRLF or LF,
// BOM skipped, separator detected from the header) into fields that point into the chunk (or a
// scratch buffer for quoted fields) and hands them to a TableBuilder. No allocation per row.
// Refused, with file, line and (where known) column: a UTF-16 file, a record longer than
// kMaxRecordBytes (then the rest of the file is not read, so memory stays bounded) and NUL bytes.
// UTF-8 is checked by the builder on the one free-text column it stores (traject_id); every
// other column must match a code list, the pseudonym alphabet, a date or a number.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "outcomes/extract_validation.h"

namespace regio::outcomes {

class CsvScanner {
 public:
  // One record (line) of an extract: rows are ~100 bytes, so this is far above any real row and
  // well below the 1 MiB chunk the reader uses.
  static constexpr std::size_t kMaxRecordBytes = std::size_t{64} << 10;

  // `total_bytes` (0 = unknown) lets the scanner pre-size the builder's columns after the first
  // chunk, so they are not reallocated while growing.
  CsvScanner(TableBuilder& builder, std::uint64_t total_bytes);

  // Consumes the complete records at the start of `data` and returns how many bytes it used;
  // the caller keeps the rest and passes it again with more bytes after it. With `eof`, all of
  // `data` is consumed (an unterminated quote becomes a problem).
  std::size_t consume(std::string_view data, bool eof);
  // Call once after the last chunk: reports an empty file.
  void finish();

 private:
  struct Extent {
    std::size_t end = 0;   // one past the record's last content byte (without \r\n)
    std::size_t next = 0;  // where the next record starts
    std::size_t newlines = 0;
    bool quoted = false;
  };
  enum class Found { kRecord, kNeedMore, kUnterminated };

  Found find_record(std::string_view data, std::size_t pos, bool eof, Extent* extent) const;
  std::size_t split(std::string_view record, bool quoted);
  void on_record(std::string_view record, bool quoted);
  char detect_separator(std::string_view header) const;
  void refuse_long_record(std::string_view start);
  bool refuse_nul(std::string_view record, std::size_t fields);

  TableBuilder& builder_;
  std::uint64_t total_bytes_;
  bool at_start_ = true;
  bool header_seen_ = false;
  bool rows_ok_ = false;
  bool stopped_ = false;
  bool reserved_ = false;
  char separator_ = ',';
  std::size_t line_ = 1;
  std::string scratch_;
  std::array<std::string_view, TableBuilder::kMaxColumns + 2> fields_{};
};

}  // namespace regio::outcomes
