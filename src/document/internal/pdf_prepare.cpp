#include <fmt/format.h>

#include "document/internal/labels.h"
#include "document/internal/pdf_blocks.h"

namespace regio::document::internal {

TextStyle body_style(double width) {
  TextStyle s;
  s.size = kBodySize;
  s.width = width;
  s.line_spacing = kBodyLineSpacing;
  s.hyphenate = true;
  return s;
}

double min_height(const Prepared& p) {
  if (const auto* x = std::get_if<PreparedParagraph>(&p))
    return x->text->height(0, std::min<std::size_t>(2, x->text->lines.size()));
  if (const auto* x = std::get_if<PreparedList>(&p)) {
    const Text* t = x->items.empty() ? nullptr : x->items.front().second;
    return t ? t->height(0, std::min<std::size_t>(2, t->lines.size())) : 0;
  }
  if (const auto* x = std::get_if<PreparedTable>(&p)) return x->min_height() + kBlockSpace;
  if (const auto* x = std::get_if<PreparedFigure>(&p)) return x->caption->height() + x->height + kBlockSpace + 4;
  if (const auto* x = std::get_if<PreparedNote>(&p)) return x->body->height() + 2 * kNotePad + kBlockSpace;
  if (const auto* x = std::get_if<PreparedHeading>(&p)) return x->text->height();
  return 0;
}

Result<Prepared> prepare(const Block& block, const Document& doc, TextFactory& texts, int& tables, int& figures,
                         PageLayout& out) {
  if (const auto* h = std::get_if<Heading>(&block)) {
    TextStyle s;
    s.size = kHeadingSize[h->level - 1];
    s.bold = true;
    s.width = kTextWidth;
    return PreparedHeading{texts.make(h->text, s)};
  }
  if (const auto* p = std::get_if<Paragraph>(&block)) {
    TextStyle s = body_style(kTextWidth);
    s.justify = p->align == TextAlign::kJustified;
    return PreparedParagraph{texts.make(p->runs, s)};
  }
  if (const auto* l = std::get_if<BulletList>(&block)) {
    PreparedList list;
    TextStyle bullet = body_style(-1);
    bullet.hyphenate = false;
    for (const auto& item : l->items) {
      list.items.emplace_back(texts.make("•", bullet), texts.make(item, body_style(kTextWidth - kListIndent)));
    }
    return list;
  }
  if (const auto* t = std::get_if<Table>(&block)) return prepare_table(*t, ++tables, texts);
  if (const auto* f = std::get_if<Figure>(&block)) {
    ++figures;
    GError* error = nullptr;
    RsvgHandle* handle =
        rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(f->svg.data()), f->svg.size(), &error);
    if (handle == nullptr) {
      std::string why = error ? error->message : "onbekende fout";
      if (error) g_error_free(error);
      return fail(ErrorCode::kInvalidArgument,
                  fmt::format("Figuur {} ('{}'): de SVG is niet te lezen: {}.", figures, f->caption, why));
    }
    out.svgs.emplace_back(handle);
    double w = 0, h = 0;
    if (!rsvg_handle_get_intrinsic_size_in_pixels(handle, &w, &h) || w <= 0 || h <= 0) {
      gboolean has_w, has_h, has_vb;
      RsvgLength lw, lh;
      RsvgRectangle vb;
      rsvg_handle_get_intrinsic_dimensions(handle, &has_w, &lw, &has_h, &lh, &has_vb, &vb);
      if (!has_vb || vb.width <= 0 || vb.height <= 0) {
        return fail(ErrorCode::kInvalidArgument,
                    fmt::format("Figuur {} ('{}'): de SVG heeft geen afmetingen (width/height of viewBox).", figures,
                                f->caption));
      }
      w = vb.width;
      h = vb.height;
    }
    double width = kTextWidth;
    double height = width * h / w;
    if (height > kMaxFigureHeight) {
      height = kMaxFigureHeight;
      width = height * w / h;
    }
    TextStyle cap;
    cap.size = kBodySize;
    cap.bold = true;
    cap.width = kTextWidth;
    TextStyle src;
    src.size = kSmallSize;
    src.width = kTextWidth;
    return PreparedFigure{texts.make(figure_label(figures, f->caption), cap),
                          f->source.empty() ? nullptr : texts.make(source_line(f->source), src), handle, width, height};
  }
  if (const auto* n = std::get_if<Note>(&block)) {
    const double inner = kTextWidth - 2 * kNotePad - kNoteBar;
    TextStyle title = body_style(inner);
    title.bold = true;
    TextStyle body = body_style(inner);
    body.justify = false;
    return PreparedNote{n->title.empty() ? nullptr : texts.make(n->title, title), texts.make(n->runs, body)};
  }
  if (std::holds_alternative<PageBreak>(block)) return PageBreak{};
  const auto& toc = std::get<TableOfContents>(block);
  PreparedToc p;
  TextStyle title;
  title.size = kHeadingSize[0];
  title.bold = true;
  p.title = texts.make(toc.title, title);
  std::size_t index = 0;
  for (const Block& b : doc.blocks) {
    const auto* h = std::get_if<Heading>(&b);
    if (h == nullptr) continue;
    if (h->level <= toc.max_level) {
      TextStyle s = body_style(kTextWidth - 40 - 14.0 * (h->level - 1));
      s.hyphenate = false;
      s.bold = h->level == 1;
      p.entries.emplace_back(texts.make(h->text, s), index);
    }
    ++index;
  }
  return p;
}

}  // namespace regio::document::internal
