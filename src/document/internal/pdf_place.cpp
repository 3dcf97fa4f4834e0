#include <fmt/format.h>

#include "document/internal/pdf_blocks.h"

namespace regio::document::internal {
namespace {

constexpr const char* kHeadingTags[3] = {"H2", "H3", "H4"};  // H1 is the document title
constexpr double kTocIndent = 14.0;

void place_heading(const PreparedHeading& p, const Heading& h, double keep, Placer& placer) {
  const int i = h.level - 1;
  placer.space(kHeadingSpaceBefore[i]);
  placer.ensure(keep);
  placer.out().heading_pages.push_back(placer.out().pages);
  placer.emit(OpOutline{h.text, h.anchor, h.level});
  placer.begin(kHeadingTags[i]);
  placer.begin(CAIRO_TAG_DEST, fmt::format("name='{}'", h.anchor));
  placer.lines(p.text, kMarginLeft, kBlue);
  placer.end(CAIRO_TAG_DEST);
  placer.end(kHeadingTags[i]);
  placer.advance(kHeadingSpaceAfter[i]);
}

void place_list(const PreparedList& p, Placer& placer) {
  placer.begin("L");
  for (const auto& [bullet, body] : p.items) {
    placer.ensure(body->height(0, std::min<std::size_t>(2, body->lines.size())));
    placer.begin("LI");
    placer.begin("Lbl");
    placer.emit(OpText{bullet, 0, 1, kMarginLeft + 3, placer.y(), kBlue});
    placer.end("Lbl");
    placer.begin("LBody");
    placer.lines(body, kMarginLeft + kListIndent, kText);
    placer.end("LBody");
    placer.end("LI");
    placer.advance(2.5);
  }
  placer.end("L");
  placer.advance(kParagraphSpace);
}

// A figure that almost fits the rest of the page is drawn a little smaller (down to 75 %) rather
// than leaving the space empty; otherwise it moves whole to the next page.
constexpr double kFigureMinScale = 0.75;

void place_figure(const PreparedFigure& p, Placer& placer) {
  placer.space(kBlockSpace);
  const double source_h = p.source ? p.source->height() + 4 : 0;
  const double around = p.caption->height() + 6 + source_h;
  double width = p.width;
  double height = p.height;
  if (around + height > placer.room() && !placer.at_top()) {
    const double fits = placer.room() - around;
    if (fits >= kFigureMinScale * height) {
      width *= fits / height;
      height = fits;
    }
  }
  placer.ensure(around + height);
  placer.begin("Caption");
  placer.lines(p.caption, kMarginLeft, kText);
  placer.end("Caption");
  placer.advance(6);
  placer.begin("Figure");
  placer.emit(OpSvg{p.svg, kMarginLeft + (kTextWidth - width) / 2, placer.y(), width, height});
  placer.end("Figure");
  placer.advance(height);
  if (p.source) {
    placer.advance(4);
    placer.begin("P");
    placer.lines(p.source, kMarginLeft, kMuted);
    placer.end("P");
  }
  placer.space(kBlockSpace);
}

void place_note(const PreparedNote& p, Placer& placer) {
  placer.space(kBlockSpace);
  const double x = kMarginLeft + kNoteBar + kNotePad;
  const double title_h = p.title ? p.title->height() + 2 : 0;
  const double total = title_h + p.body->height() + 2 * kNotePad;
  auto box = [&placer](double y, double h) {
    placer.decoration(OpFill{kMarginLeft, y, kTextWidth, h, kNoteFill});
    placer.decoration(OpFill{kMarginLeft, y, kNoteBar, h, kBlue});
  };
  placer.begin("Div");
  // A short note stays whole; a long one would leave too much of a page empty, so it is split
  // with its box drawn behind each piece.
  if (total <= placer.room() || total <= (kBodyBottom - kBodyTop) / 3) {
    placer.ensure(total);
    box(placer.y(), total);
    placer.advance(kNotePad);
    if (p.title) {
      placer.begin("P");
      placer.lines(p.title, x, kBlue);
      placer.end("P");
      placer.advance(2);
    }
    placer.begin("P");
    placer.lines(p.body, x, kText);
    placer.end("P");
    placer.advance(kNotePad);
  } else {
    placer.ensure(title_h + p.body->height(0, std::min<std::size_t>(2, p.body->lines.size())) + 2 * kNotePad);
    box(placer.y(), kNotePad + title_h);
    placer.advance(kNotePad);
    if (p.title) {
      placer.begin("P");
      placer.lines(p.title, x, kBlue);
      placer.end("P");
      placer.advance(2);
    }
    placer.begin("P");
    placer.lines(p.body, x, kText, box);
    placer.end("P");
    box(placer.y(), kNotePad);
    placer.advance(kNotePad);
  }
  placer.end("Div");
  placer.space(kBlockSpace);
}

void place_toc(const PreparedToc& p, const Document& doc, Placer& placer) {
  placer.space(kHeadingSpaceBefore[0]);
  placer.ensure(p.title->height() + kHeadingSpaceAfter[0] + 40);
  placer.begin("H2");
  placer.lines(p.title, kMarginLeft, kBlue);
  placer.end("H2");
  placer.advance(kHeadingSpaceAfter[0] + 4);
  placer.begin("TOC");
  std::vector<const Heading*> headings;
  for (const Block& b : doc.blocks)
    if (const auto* h = std::get_if<Heading>(&b)) headings.push_back(h);
  for (const auto& [text, index] : p.entries) {
    const Heading& h = *headings[index];
    if (h.level == 1) placer.space(5);
    placer.ensure(text->height());
    placer.begin("TOCI");
    placer.begin(CAIRO_TAG_LINK, fmt::format("dest='{}'", h.anchor));
    const double x = kMarginLeft + kTocIndent * (h.level - 1);
    placer.emit(OpText{text, 0, text->lines.size(), x, placer.y(), kText});
    placer.emit(OpTocNumber{index, x + text->lines.back().x + text->width + 4, kMarginLeft + kTextWidth, placer.y()});
    placer.end(CAIRO_TAG_LINK);
    placer.end("TOCI");
    placer.advance(text->height() + 1.5);
  }
  placer.end("TOC");
  placer.space(kBlockSpace);
}

}  // namespace

void place_block(const Prepared& p, const Block& block, double keep, const Document& doc, Placer& placer) {
  if (const auto* h = std::get_if<PreparedHeading>(&p)) {
    place_heading(*h, std::get<Heading>(block), keep, placer);
  } else if (const auto* x = std::get_if<PreparedParagraph>(&p)) {
    placer.begin("P");
    placer.lines(x->text, kMarginLeft, kText);
    placer.end("P");
    placer.advance(kParagraphSpace);
  } else if (const auto* l = std::get_if<PreparedList>(&p)) {
    place_list(*l, placer);
  } else if (const auto* t = std::get_if<PreparedTable>(&p)) {
    place_table(*t, std::get<Table>(block), placer);
  } else if (const auto* f = std::get_if<PreparedFigure>(&p)) {
    place_figure(*f, placer);
  } else if (const auto* n = std::get_if<PreparedNote>(&p)) {
    place_note(*n, placer);
  } else if (std::holds_alternative<PageBreak>(p)) {
    if (!placer.at_top()) placer.new_page();
  } else {
    place_toc(std::get<PreparedToc>(p), doc, placer);
  }
}

}  // namespace regio::document::internal
