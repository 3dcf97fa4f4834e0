// Writing an Extract as the three CSV files of DESIGN §3.7, in plain or Dutch-Excel style.
// Formatting by hand into one buffer per file keeps writing 4 million rows to a few seconds.
#include <cstdio>
#include <memory>
#include <system_error>

#include <fmt/format.h>

#include "base/date.h"
#include "outcomes/synthetic.h"

namespace regio::outcomes {
namespace {

class CsvOut {
 public:
  CsvOut(const std::filesystem::path& path, CsvStyle style)
      : file_(std::fopen(path.c_str(), "wb")), path_(path), dutch_(style == CsvStyle::kDutchExcel) {
    if (dutch_) buffer_.append(std::string_view("\xEF\xBB\xBF"));
  }
  ~CsvOut() {
    if (file_) std::fclose(file_);
  }
  bool opened() const { return file_ != nullptr; }

  void text(std::string_view s) { buffer_.append(s); }
  void sep() { buffer_.push_back(dutch_ ? ';' : ','); }
  void date(std::int32_t days) {
    if (days == kOpenEnd) return;
    const CivilDate c = to_civil(Date{days});
    char out[10];
    auto two = [](char* at, int v) {
      at[0] = static_cast<char>('0' + v / 10);
      at[1] = static_cast<char>('0' + v % 10);
    };
    if (dutch_) {
      two(out, c.day);
      out[2] = '-';
      two(out + 3, c.month);
      out[5] = '-';
      two(out + 6, c.year / 100);
      two(out + 8, c.year % 100);
    } else {
      two(out, c.year / 100);
      two(out + 2, c.year % 100);
      out[4] = '-';
      two(out + 5, c.month);
      out[7] = '-';
      two(out + 8, c.day);
    }
    buffer_.append(std::string_view(out, 10));
  }
  void hours(float h) {
    if (h == kUnknownHours) return;
    const std::size_t at = buffer_.size();
    fmt::format_to(std::back_inserter(buffer_), "{}", h);
    if (dutch_)
      for (std::size_t i = at; i < buffer_.size(); ++i)
        if (buffer_[i] == '.') buffer_[i] = ',';
  }
  bool end_row() {
    if (dutch_) buffer_.push_back('\r');
    buffer_.push_back('\n');
    return buffer_.size() < (1u << 20) || flush();
  }
  bool flush() {
    const bool ok = std::fwrite(buffer_.data(), 1, buffer_.size(), file_) == buffer_.size();
    buffer_.clear();
    return ok;
  }
  Status close() {
    const bool ok = flush() && std::fclose(file_) == 0;
    file_ = nullptr;
    if (!ok) return fail(ErrorCode::kUnavailable, fmt::format("kan {} niet schrijven", path_.string()));
    return {};
  }

 private:
  std::FILE* file_;
  std::filesystem::path path_;
  bool dutch_;
  fmt::memory_buffer buffer_;
};

template <class Row>
Status write_table(const std::filesystem::path& path, CsvStyle style, std::initializer_list<std::string_view> header,
                   std::size_t rows, Row row) {
  CsvOut out(path, style);
  if (!out.opened()) return fail(ErrorCode::kUnavailable, fmt::format("kan {} niet schrijven", path.string()));
  bool first = true;
  for (auto name : header) {
    if (!first) out.sep();
    out.text(name);
    first = false;
  }
  out.end_row();
  for (std::size_t i = 0; i < rows; ++i) {
    row(out, i);
    out.end_row();
  }
  return out.close();
}

}  // namespace

Status write_extract_csv(const Extract& e, const std::filesystem::path& directory, CsvStyle style) {
  std::error_code ec;
  std::filesystem::create_directories(directory, ec);
  const auto& t = e.trajecten;
  auto status = write_table(directory / "trajecten.csv", style,
                            {"traject_id", "persoon_id", "regio", "gemeente", "interventie", "verwijzer",
                             "uitkering_start", "startdatum", "einddatum"},
                            t.size(), [&](CsvOut& o, std::size_t i) {
                              o.text(t.traject_id[i]);
                              o.sep();
                              o.text(e.persons[t.person[i]]);
                              o.sep();
                              o.text(t.regio[i]);
                              o.sep();
                              o.text(t.gemeente[i]);
                              o.sep();
                              o.text(code_text(kInterventieCodes, t.interventie[i]));
                              o.sep();
                              o.text(code_text(kVerwijzerCodes, t.verwijzer[i]));
                              o.sep();
                              o.text(code_text(kUitkeringStartCodes, t.uitkering_start[i]));
                              o.sep();
                              o.date(t.start[i]);
                              o.sep();
                              o.date(t.end[i]);
                            });
  if (!status) return status;
  const auto& w = e.werk;
  status =
      write_table(directory / "werk.csv", style, {"persoon_id", "startdatum", "einddatum", "uren_per_week", "contract"},
                  w.size(), [&](CsvOut& o, std::size_t i) {
                    o.text(e.persons[w.person[i]]);
                    o.sep();
                    o.date(w.start[i]);
                    o.sep();
                    o.date(w.end[i]);
                    o.sep();
                    o.hours(w.hours[i]);
                    o.sep();
                    o.text(code_text(kContractCodes, w.contract[i]));
                  });
  if (!status) return status;
  const auto& u = e.uitkeringen;
  return write_table(directory / "uitkeringen.csv", style, {"persoon_id", "soort", "startdatum", "einddatum"}, u.size(),
                     [&](CsvOut& o, std::size_t i) {
                       o.text(e.persons[u.person[i]]);
                       o.sep();
                       o.text(code_text(kUitkeringSoortCodes, u.soort[i]));
                       o.sep();
                       o.date(u.start[i]);
                       o.sep();
                       o.date(u.end[i]);
                     });
}

}  // namespace regio::outcomes
