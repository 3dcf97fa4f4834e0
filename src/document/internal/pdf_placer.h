// The page cursor of the layout pass and the placing of tables (shared by pdf_layout.cpp and
// pdf_table.cpp).
#pragma once

#include <functional>

#include "document/internal/pdf_layout.h"

namespace regio::document::internal {

class Placer {
 public:
  explicit Placer(PageLayout& out) : out_(out) {}

  double y() const { return y_; }
  void advance(double dy) { y_ += dy; }
  bool at_top() const { return y_ <= kBodyTop + 0.01; }
  double room() const { return kBodyBottom - y_; }
  void new_page();
  // Vertical space, dropped at the top of a page.
  void space(double s) {
    if (!at_top()) y_ += s;
  }
  // Starts a new page unless `h` fits (or the page is still empty).
  void ensure(double h) {
    if (h > room() + 0.01 && !at_top()) new_page();
  }
  void emit(Op op) { out_.ops.push_back(std::move(op)); }
  void begin(const char* tag, std::string attributes = {}) { emit(OpTagBegin{tag, std::move(attributes)}); }
  void end(const char* tag) { emit(OpTagEnd{tag}); }
  // A rule or a background: not content (see kArtifactTag).
  void decoration(Op op) {
    begin(kArtifactTag);
    emit(std::move(op));
    end(kArtifactTag);
  }
  // Places all lines of `t` at x, splitting between pages with at least two lines on either side
  // where the text has four or more. `before_piece(y, height)` runs before each piece is emitted.
  void lines(const Text* t, double x, Rgb color, const std::function<void(double, double)>& before_piece = {});
  PageLayout& out() { return out_; }

 private:
  PageLayout& out_;
  double y_ = kBodyTop;
};

// A table measured: column positions, the texts of every cell and the height of every row.
struct PreparedTable {
  const Text* caption = nullptr;
  const Text* source = nullptr;
  std::vector<double> col_x;  // left edge of each column, relative to the text's left margin
  std::vector<double> col_w;
  struct PreparedRow {
    std::vector<const Text*> cells;
    double height = 0;
  };
  std::vector<PreparedRow> header;
  std::vector<PreparedRow> body;
  double header_height = 0;
  // What must stay with a heading before it, and what must fit for the table to start: a short
  // table whole (with its source), a longer one its caption, header and first two rows.
  double min_height() const;

 private:
  // Caption, header and the first `rows` rows.
  double start_height(std::size_t rows) const;
};

PreparedTable prepare_table(const Table& table, int number, TextFactory& texts);
void place_table(const PreparedTable& table, const Table& source, Placer& placer);

}  // namespace regio::document::internal
