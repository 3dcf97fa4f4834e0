#include "document/internal/pdf_layout.h"

#include <fmt/format.h>

#include "document/internal/labels.h"
#include "document/internal/pdf_blocks.h"

namespace regio::document::internal {

void Placer::new_page() {
  out_.ops.push_back(OpNewPage{});
  ++out_.pages;
  y_ = kBodyTop;
}

void Placer::lines(const Text* t, double x, Rgb color, const std::function<void(double, double)>& before_piece) {
  const std::size_t n = t->lines.size();
  std::size_t i = 0;
  while (i < n) {
    std::size_t fit = 0;
    while (i + fit < n && t->height(i, i + fit + 1) <= room() + 0.01) ++fit;
    if (fit < n - i) {
      const bool can_split = n >= 4;
      if ((fit < 2 || !can_split) && !at_top()) {  // orphan: move on
        new_page();
        continue;
      }
      if (fit == 0) fit = 1;  // a line higher than a page: place it anyway
      if (can_split && n - i - fit == 1 && fit > 2) --fit;  // widow: take a line along
    }
    const double h = t->height(i, i + fit);
    if (before_piece) before_piece(y_, h);
    emit(OpText{t, i, i + fit, x, y_, color});
    y_ += h;
    i += fit;
    if (i < n) new_page();
  }
}

Result<PageLayout> lay_out(const Document& doc, TextFactory& texts) {
  PageLayout out;
  std::vector<Prepared> prepared;
  prepared.reserve(doc.blocks.size());
  int tables = 0;
  int figures = 0;
  for (const Block& b : doc.blocks) {
    Result<Prepared> p = prepare(b, doc, texts, tables, figures, out);
    if (!p) return std::unexpected(p.error());
    prepared.push_back(std::move(*p));
  }
  Placer placer(out);
  // Title block on the first page.
  TextStyle title;
  title.size = kTitleSize;
  title.bold = true;
  title.width = kTextWidth;
  placer.begin("H1");
  placer.lines(texts.make(doc.metadata.title, title), kMarginLeft, kBlue);
  placer.end("H1");
  if (!doc.metadata.subtitle.empty()) {
    TextStyle sub;
    sub.size = kSubtitleSize;
    sub.width = kTextWidth;
    placer.advance(4);
    placer.begin("P");
    placer.lines(texts.make(doc.metadata.subtitle, sub), kMarginLeft, kBlue);
    placer.end("P");
  }
  TextStyle by;
  by.size = kBodySize;
  by.width = kTextWidth;
  const std::string date = long_dutch_date(doc.metadata.created);
  placer.advance(8);
  placer.begin("P");
  placer.lines(texts.make(doc.metadata.author.empty() ? date : doc.metadata.author + " · " + date, by), kMarginLeft,
               kMuted);
  placer.end("P");
  placer.advance(10);
  placer.emit(OpRule{kMarginLeft, placer.y(), kMarginLeft + kTextWidth, placer.y(), 1.2, kBlue});
  placer.advance(14);

  for (std::size_t i = 0; i < prepared.size(); ++i) {
    place_block(prepared[i], doc.blocks[i], i + 1 < prepared.size() ? &prepared[i + 1] : nullptr, doc, placer);
  }
  return out;
}

}  // namespace regio::document::internal
