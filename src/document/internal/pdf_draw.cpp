#include "document/internal/pdf_draw.h"

#include <cairo-pdf.h>
#include <fmt/format.h>

#include <array>

namespace regio::document::internal {
namespace {

void color(cairo_t* cr, Rgb c) { cairo_set_source_rgb(cr, c.r, c.g, c.b); }

void show(cairo_t* cr, const Text& t, std::size_t first, std::size_t last, double x, double y) {
  const double top = t.lines[first].top;
  for (std::size_t i = first; i < last; ++i) {
    cairo_move_to(cr, x + t.lines[i].x, y + t.lines[i].baseline - top);
    pango_cairo_show_layout_line(cr, pango_layout_get_line_readonly(t.layout.get(), static_cast<int>(i)));
  }
}

void rule(cairo_t* cr, double x0, double y0, double x1, double y1, double width, Rgb c) {
  color(cr, c);
  cairo_set_line_width(cr, width);
  cairo_move_to(cr, x0, y0);
  cairo_line_to(cr, x1, y1);
  cairo_stroke(cr);
}

class Drawer {
 public:
  Drawer(const PageLayout& layout, const Document& doc, cairo_t* cr, cairo_surface_t* surface, TextFactory& texts)
      : layout_(layout), doc_(doc), cr_(cr), surface_(surface), texts_(texts) {
    small_.size = kSmallSize;
    TextStyle running = small_;
    running.width = kTextWidth - 90;
    running_ = texts_.make(doc.running_text, running);
    title_ = texts_.make(doc.metadata.title, small_);
  }

  Status run() {
    for (const Op& op : layout_.ops) {
      std::visit([this](const auto& o) { apply(o); }, op);
      if (!error_.empty()) return fail(ErrorCode::kInternal, error_);
    }
    page_furniture();
    return {};
  }

 private:
  void apply(const OpText& o) {
    color(cr_, o.color);
    show(cr_, *o.text, o.first, o.last, o.x, o.y);
  }
  void apply(const OpRule& o) { rule(cr_, o.x0, o.y0, o.x1, o.y1, o.width, o.color); }
  void apply(const OpFill& o) {
    color(cr_, o.color);
    cairo_rectangle(cr_, o.x, o.y, o.w, o.h);
    cairo_fill(cr_);
  }
  void apply(const OpSvg& o) {
    RsvgRectangle viewport{o.x, o.y, o.w, o.h};
    GError* error = nullptr;
    if (!rsvg_handle_render_document(o.handle, cr_, &viewport, &error)) {
      error_ = fmt::format("Een figuur kon niet worden getekend: {}.", error ? error->message : "onbekende fout");
      if (error) g_error_free(error);
    }
  }
  void apply(const OpTagBegin& o) { cairo_tag_begin(cr_, o.name, o.attributes.c_str()); }
  void apply(const OpTagEnd& o) { cairo_tag_end(cr_, o.name); }
  void apply(const OpNewPage&) {
    page_furniture();
    cairo_show_page(cr_);
    ++page_;
  }
  void apply(const OpOutline& o) {
    const int parent = o.level == 1 ? CAIRO_PDF_OUTLINE_ROOT : outline_[static_cast<std::size_t>(o.level - 1)];
    const int id = cairo_pdf_surface_add_outline(
        surface_, parent, o.text.c_str(), fmt::format("dest='{}'", o.anchor).c_str(),
        o.level == 1 ? CAIRO_PDF_OUTLINE_FLAG_OPEN : static_cast<cairo_pdf_outline_flags_t>(0));
    for (std::size_t l = static_cast<std::size_t>(o.level); l < outline_.size(); ++l) outline_[l] = id;
  }
  void apply(const OpTocNumber& o) {
    TextStyle s;
    s.size = kBodySize;
    s.line_spacing = kBodyLineSpacing;
    const Text* t = texts_.make(std::to_string(layout_.heading_pages[o.heading]), s);
    const double baseline = o.y + t->lines[0].baseline;
    const double dots_end = o.x_right - t->width - 4;
    if (dots_end > o.x_left) {
      cairo_tag_begin(cr_, kArtifactTag, "");
      cairo_save(cr_);
      const double dash[2] = {0.01, 3.0};
      cairo_set_dash(cr_, dash, 2, 0);
      cairo_set_line_cap(cr_, CAIRO_LINE_CAP_ROUND);
      rule(cr_, o.x_left, baseline, dots_end, baseline, 0.9, kMuted);
      cairo_restore(cr_);
      cairo_tag_end(cr_, kArtifactTag);
    }
    color(cr_, kText);
    show(cr_, *t, 0, 1, o.x_right - t->width, o.y);
  }

  // The running header (from page 2) and footer, drawn on every page.
  void page_furniture() {
    cairo_tag_begin(cr_, kArtifactTag, "");
    color(cr_, kMuted);
    const Text* number = texts_.make(fmt::format("pagina {} van {}", page_, layout_.pages), small_);
    const double footer_top = kFooterBaseline - number->lines[0].baseline;
    rule(cr_, kMarginLeft, footer_top - 6, kMarginLeft + kTextWidth, footer_top - 6, 0.5, kRule);
    color(cr_, kMuted);
    if (!doc_.running_text.empty()) show(cr_, *running_, 0, running_->lines.size(), kMarginLeft, footer_top);
    show(cr_, *number, 0, 1, kMarginLeft + kTextWidth - number->width, footer_top);
    if (page_ > 1) {
      const double top = kHeaderBaseline - title_->lines[0].baseline;
      show(cr_, *title_, 0, 1, kMarginLeft, top);
      rule(cr_, kMarginLeft, top + title_->height() + 4, kMarginLeft + kTextWidth, top + title_->height() + 4, 0.5,
           kRule);
    }
    cairo_tag_end(cr_, kArtifactTag);
  }

  const PageLayout& layout_;
  const Document& doc_;
  cairo_t* cr_;
  cairo_surface_t* surface_;
  TextFactory& texts_;
  TextStyle small_;
  const Text* running_ = nullptr;
  const Text* title_ = nullptr;
  int page_ = 1;
  std::array<int, 4> outline_{};  // the last outline id per level (index 1..3)
  std::string error_;
};

}  // namespace

Status draw(const PageLayout& layout, const Document& doc, cairo_t* cr, cairo_surface_t* surface, TextFactory& texts) {
  return Drawer(layout, doc, cr, surface, texts).run();
}

}  // namespace regio::document::internal
