#include <algorithm>
#include <numeric>

#include "document/internal/labels.h"
#include "document/internal/pdf_placer.h"

namespace regio::document::internal {
namespace {

constexpr double kHeaderWrapFrom = 100.0;  // header texts wider than this (and the column) wrap
constexpr double kMinColumn = 40.0;
constexpr std::size_t kShortTable = 5;  // tables of up to this many rows are never split

TextStyle cell_style(bool header, CellAlign align, double width) {
  TextStyle s;
  s.size = kTableSize;
  s.bold = header;
  s.width = std::max(width, 1.0);
  s.align = align == CellAlign::kRight ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT;
  // Column heads and labels may be hyphenated in narrow columns, and broken as a last resort so
  // that no text runs into the next column. Numbers are never hyphenated.
  s.hyphenate = header || align == CellAlign::kLeft;
  s.break_words = true;
  return s;
}

std::string_view shown(const Cell& c) { return c.suppressed ? std::string_view(kSuppressedMark) : c.text; }

// Column widths that fill the text width: the label column takes what is left over, or gives up
// room (its text wraps) when the numbers need it.
std::vector<double> column_widths(const Table& t, TextFactory& texts, const std::vector<CellAlign>& align) {
  const std::size_t n = align.size();
  std::vector<double> body(n, 0.0), head(n, 0.0);
  TextStyle plain = cell_style(false, CellAlign::kLeft, 1), bold = cell_style(true, CellAlign::kLeft, 1);
  for (const Row& r : t.rows)
    for (std::size_t i = 0; i < n; ++i) body[i] = std::max(body[i], texts.natural_width(shown(r[i]), plain));
  std::vector<double> head_word(n, 0.0);  // the widest single word of each column's heads
  for (const Row& r : t.header_rows) {
    for (std::size_t i = 0; i < n; ++i) {
      head[i] = std::max(head[i], texts.natural_width(shown(r[i]), bold));
      std::string_view text = shown(r[i]);
      for (std::size_t start = 0; start < text.size();) {
        std::size_t end = std::min(text.find(' ', start), text.size());
        head_word[i] = std::max(head_word[i], texts.natural_width(text.substr(start, end - start), bold));
        start = end + 1;
      }
    }
  }
  std::vector<double> want(n);
  for (std::size_t i = 0; i < n; ++i) {
    // Heads wrap between words beyond kHeaderWrapFrom, but a column is never narrower than its
    // longest head word or its widest value (unless the table cannot fit otherwise).
    const double wrap_at = std::max({body[i], head_word[i], kHeaderWrapFrom});
    want[i] = std::max(body[i], std::min(head[i], wrap_at)) + 2 * kCellPadX;
  }
  const double total = std::accumulate(want.begin(), want.end(), 0.0);
  const double extra = kTextWidth - total;
  double text_natural = 0;
  for (std::size_t i = 0; i < n; ++i)
    if (align[i] == CellAlign::kLeft) text_natural += want[i];
  if (extra >= 0) {
    // Text columns share the extra room in proportion to their width; numbers stay compact.
    for (std::size_t i = 0; i < n; ++i) {
      if (text_natural > 0) {
        if (align[i] == CellAlign::kLeft) want[i] += extra * want[i] / text_natural;
      } else {
        want[i] += extra / static_cast<double>(n);
      }
    }
    return want;
  }
  // Too wide: every column gives up room down to its floor (numbers: their widest value, which
  // never wraps; text: kMinColumn), in proportion to what it has above it. Only a table whose
  // floors do not fit is scaled as a whole.
  std::vector<double> floor(n);
  double floor_total = 0;
  for (std::size_t i = 0; i < n; ++i) {
    floor[i] = std::min(want[i], (align[i] == CellAlign::kRight ? body[i] + 0.5 : kMinColumn) + 2 * kCellPadX);
    floor_total += floor[i];
  }
  if (floor_total > kTextWidth) {
    for (double& w : floor) w *= kTextWidth / floor_total;
    return floor;
  }
  const double slack = total - floor_total;
  for (std::size_t i = 0; i < n; ++i) want[i] -= (-extra) * (want[i] - floor[i]) / slack;
  return want;
}

}  // namespace

double PreparedTable::min_height() const {
  // A short table is not split: all of it (with its source) goes on one page when a page holds it.
  if (body.size() > kShortTable) return start_height(2);
  const double whole = start_height(body.size()) + (source ? source->height() + 3 : 0);
  return whole > kBodyBottom - kBodyTop ? start_height(2) : whole;
}

double PreparedTable::start_height(std::size_t rows) const {
  double h = (caption ? caption->height() + 4 : 0) + header_height;
  for (std::size_t i = 0; i < body.size() && i < rows; ++i) h += body[i].height;
  return h;
}

PreparedTable prepare_table(const Table& t, int number, TextFactory& texts) {
  PreparedTable p;
  const std::size_t n = (t.header_rows.empty() ? t.rows.front() : t.header_rows.front()).size();
  std::vector<CellAlign> align(n, CellAlign::kLeft);
  if (!t.rows.empty())
    for (std::size_t i = 0; i < n; ++i)
      align[i] = t.rows.front()[i].align == CellAlign::kRight || t.rows.front()[i].suppressed ? CellAlign::kRight
                                                                                              : CellAlign::kLeft;
  p.col_w = column_widths(t, texts, align);
  double x = 0;
  for (double w : p.col_w) {
    p.col_x.push_back(x);
    x += w;
  }
  TextStyle cap;
  cap.size = kBodySize;
  cap.bold = true;
  cap.width = kTextWidth;
  p.caption = texts.make(table_label(number, t.caption), cap);
  if (!t.source.empty()) {
    TextStyle src;
    src.size = kSmallSize;
    src.width = kTextWidth;
    p.source = texts.make(source_line(t.source), src);
  }
  auto prepare_rows = [&](const std::vector<Row>& rows, bool header, std::vector<PreparedTable::PreparedRow>& out) {
    for (const Row& r : rows) {
      PreparedTable::PreparedRow pr;
      for (std::size_t i = 0; i < n; ++i) {
        const CellAlign a = header ? align[i] : (r[i].suppressed ? CellAlign::kRight : r[i].align);
        const Text* text = texts.make(shown(r[i]), cell_style(header, a, p.col_w[i] - 2 * kCellPadX));
        pr.cells.push_back(text);
        pr.height = std::max(pr.height, text->height() + 2 * kCellPadY);
      }
      out.push_back(std::move(pr));
    }
  };
  prepare_rows(t.header_rows, true, p.header);
  prepare_rows(t.rows, false, p.body);
  for (const auto& r : p.header) p.header_height += r.height;
  return p;
}

namespace {

void place_row(const PreparedTable& p, const PreparedTable::PreparedRow& row, const Row* cells, bool header,
               bool tagged, Placer& placer) {
  if (tagged) placer.begin("TR");
  for (std::size_t i = 0; i < row.cells.size(); ++i) {
    const bool row_header =
        !header && i == 0 && cells != nullptr && (*cells)[0].align == CellAlign::kLeft && !(*cells)[0].suppressed;
    const char* tag = header || row_header ? "TH" : "TD";
    if (tagged) placer.begin(tag);
    placer.emit(OpText{row.cells[i], 0, row.cells[i]->lines.size(), kMarginLeft + p.col_x[i] + kCellPadX,
                       placer.y() + kCellPadY, kText});
    if (tagged) placer.end(tag);
  }
  if (tagged) placer.end("TR");
  placer.advance(row.height);
}

void place_header(const PreparedTable& p, const Table& t, bool tagged, Placer& placer) {
  const double top = placer.y();
  placer.decoration(OpFill{kMarginLeft, top, kTextWidth, p.header_height, kHeaderFill});
  placer.decoration(OpRule{kMarginLeft, top, kMarginLeft + kTextWidth, top, 0.8, kBlue});
  for (std::size_t r = 0; r < p.header.size(); ++r) place_row(p, p.header[r], &t.header_rows[r], true, tagged, placer);
  placer.decoration(OpRule{kMarginLeft, placer.y(), kMarginLeft + kTextWidth, placer.y(), 0.8, kBlue});
}

}  // namespace

void place_table(const PreparedTable& p, const Table& t, Placer& placer) {
  placer.space(kBlockSpace);
  placer.ensure(p.min_height());
  placer.begin("Table");
  placer.begin("Caption");
  placer.lines(p.caption, kMarginLeft, kText);
  placer.end("Caption");
  placer.advance(4);
  if (!p.header.empty()) place_header(p, t, true, placer);
  const std::size_t n = p.body.size();
  const double tail = p.source != nullptr ? p.source->height() + 3 : 0;  // the source stays with the last row
  for (std::size_t r = 0; r < n; ++r) {
    // No widow row: when the last row alone would go to the next page, the row before it goes too
    // (as long as two rows stay on this page).
    const bool widow = r + 2 == n && r >= 2 && p.body[r].height + p.body[r + 1].height + tail > placer.room();
    const double need = p.body[r].height + (r + 1 == n ? tail : 0);
    if ((widow || need > placer.room()) && !placer.at_top()) {
      placer.decoration(OpRule{kMarginLeft, placer.y(), kMarginLeft + kTextWidth, placer.y(), 0.8, kBlue});
      placer.new_page();
      // The repeated header is decoration: the structure has it once.
      if (!p.header.empty()) {
        placer.begin(kArtifactTag);
        place_header(p, t, false, placer);
        placer.end(kArtifactTag);
      }
    }
    place_row(p, p.body[r], &t.rows[r], false, true, placer);
    const bool last = r + 1 == n;
    placer.emit(
        OpRule{kMarginLeft, placer.y(), kMarginLeft + kTextWidth, placer.y(), last ? 0.8 : 0.4, last ? kBlue : kRule});
  }
  placer.end("Table");
  if (p.source != nullptr) {
    placer.advance(3);
    placer.begin("P");
    placer.lines(p.source, kMarginLeft, kMuted);
    placer.end("P");
  }
  placer.space(kBlockSpace);
}

}  // namespace regio::document::internal
