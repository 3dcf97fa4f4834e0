#include "document/internal/pdf_text.h"

#include "document/internal/pdf_style.h"

namespace regio::document::internal {
namespace {

double points(int pango_units) { return static_cast<double>(pango_units) / PANGO_SCALE; }

}  // namespace

GObjectPtr<PangoLayout> TextFactory::new_layout(const TextStyle& style) {
  GObjectPtr<PangoLayout> layout(pango_layout_new(context_));
  PangoFontDescription* font = pango_font_description_new();
  pango_font_description_set_family_static(font, kFontFamily);
  pango_font_description_set_size(font, static_cast<int>(style.size * PANGO_SCALE));
  pango_font_description_set_weight(font, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_style(font, style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
  pango_layout_set_font_description(layout.get(), font);
  pango_font_description_free(font);
  if (style.width > 0) {
    pango_layout_set_width(layout.get(), static_cast<int>(style.width * PANGO_SCALE));
    pango_layout_set_wrap(layout.get(), style.break_words ? PANGO_WRAP_WORD_CHAR : PANGO_WRAP_WORD);
  }
  pango_layout_set_alignment(layout.get(), style.align);
  pango_layout_set_justify(layout.get(), style.justify);
  if (style.line_spacing > 0) pango_layout_set_line_spacing(layout.get(), static_cast<float>(style.line_spacing));
  return layout;
}

const Text* TextFactory::finish(GObjectPtr<PangoLayout> layout) {
  Text& text = texts_.emplace_back();
  PangoLayoutIter* it = pango_layout_get_iter(layout.get());
  do {
    int y0 = 0;
    int y1 = 0;
    pango_layout_iter_get_line_yrange(it, &y0, &y1);
    PangoRectangle logical;
    pango_layout_iter_get_line_extents(it, nullptr, &logical);
    text.lines.push_back(
        LineBox{points(y0), points(y1 - y0), points(pango_layout_iter_get_baseline(it)), points(logical.x)});
    text.width = std::max(text.width, points(logical.width));
  } while (pango_layout_iter_next_line(it));
  pango_layout_iter_free(it);
  text.layout = std::move(layout);
  return &text;
}

const Text* TextFactory::make(const std::vector<Run>& runs, const TextStyle& style) {
  GObjectPtr<PangoLayout> layout = new_layout(style);
  std::string all;
  PangoAttrList* attrs = pango_attr_list_new();
  for (const Run& run : runs) {
    const auto start = static_cast<guint>(all.size());
    all += style.hyphenate ? hyphenator_.hyphenate(run.text) : run.text;
    const auto end = static_cast<guint>(all.size());
    if (run.bold && !style.bold) {
      PangoAttribute* a = pango_attr_weight_new(PANGO_WEIGHT_BOLD);
      a->start_index = start;
      a->end_index = end;
      pango_attr_list_insert(attrs, a);
    }
    if (run.italic && !style.italic) {
      PangoAttribute* a = pango_attr_style_new(PANGO_STYLE_ITALIC);
      a->start_index = start;
      a->end_index = end;
      pango_attr_list_insert(attrs, a);
    }
  }
  pango_layout_set_text(layout.get(), all.data(), static_cast<int>(all.size()));
  pango_layout_set_attributes(layout.get(), attrs);
  pango_attr_list_unref(attrs);
  return finish(std::move(layout));
}

const Text* TextFactory::make(std::string_view text, const TextStyle& style) {
  GObjectPtr<PangoLayout> layout = new_layout(style);
  if (style.hyphenate) {
    std::string h = hyphenator_.hyphenate(text);
    pango_layout_set_text(layout.get(), h.data(), static_cast<int>(h.size()));
  } else {
    pango_layout_set_text(layout.get(), text.data(), static_cast<int>(text.size()));
  }
  return finish(std::move(layout));
}

double TextFactory::natural_width(std::string_view text, const TextStyle& style) {
  TextStyle single = style;
  single.width = -1;
  GObjectPtr<PangoLayout> layout = new_layout(single);
  pango_layout_set_text(layout.get(), text.data(), static_cast<int>(text.size()));
  int w = 0;
  int h = 0;
  pango_layout_get_size(layout.get(), &w, &h);
  return points(w);
}

}  // namespace regio::document::internal
