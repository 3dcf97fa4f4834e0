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
      if (fit == 0) fit = 1;                                // a line higher than a page: place it anyway
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
  placer.decoration(OpRule{kMarginLeft, placer.y(), kMarginLeft + kTextWidth, placer.y(), 1.2, kBlue});
  placer.advance(14);

  // What must fit below the top of each block to keep headings with what follows them; a run of
  // headings keeps together with the start of the block after the last one.
  std::vector<double> keep(prepared.size() + 1, 0.0);
  for (std::size_t i = prepared.size(); i-- > 0;) {
    if (const auto* h = std::get_if<PreparedHeading>(&prepared[i])) {
      const int level = std::get<Heading>(doc.blocks[i]).level;
      const double before = i + 1 < prepared.size() && std::holds_alternative<PreparedHeading>(prepared[i + 1])
                                ? kHeadingSpaceBefore[std::get<Heading>(doc.blocks[i + 1]).level - 1]
                                : 0;
      keep[i] = h->text->height() + kHeadingSpaceAfter[level - 1] + before + keep[i + 1];
    } else {
      keep[i] = min_height(prepared[i]);
    }
  }
  for (std::size_t i = 0; i < prepared.size(); ++i) place_block(prepared[i], doc.blocks[i], keep[i], doc, placer);
  return out;
}

}  // namespace regio::document::internal
