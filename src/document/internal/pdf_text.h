// Text for the PDF writer: pango layouts (HarfBuzz shaping, kerning) measured once into line
// boxes, so the layout pass can split a paragraph between pages and the draw pass can show each
// line where it was placed without laying it out again.
#pragma once

#include <pango/pangocairo.h>

#include <deque>
#include <string_view>
#include <vector>

#include "document/document.h"
#include "document/hyphenator.h"
#include "document/internal/gobject.h"

namespace regio::document::internal {

struct LineBox {
  double top = 0;  // relative to the layout's top
  double height = 0;
  double baseline = 0;  // relative to the layout's top
  double x = 0;         // offset of the line inside the layout (alignment)
};

struct Text {
  GObjectPtr<PangoLayout> layout;
  std::vector<LineBox> lines;
  double width = 0;  // the widest line's logical width
  double height() const { return lines.empty() ? 0 : lines.back().top + lines.back().height - lines.front().top; }
  // Height of lines [first, last).
  double height(std::size_t first, std::size_t last) const {
    return last <= first ? 0 : lines[last - 1].top + lines[last - 1].height - lines[first].top;
  }
};

struct TextStyle {
  double size = 9.5;
  bool bold = false;
  bool italic = false;
  double width = -1;  // wrap width in points; -1 = no wrapping
  PangoAlignment align = PANGO_ALIGN_LEFT;
  bool justify = false;
  double line_spacing = 0;   // factor; 0 = the font's own line height
  bool hyphenate = false;    // insert Dutch soft hyphens first
  bool break_words = false;  // a word wider than the line is broken between letters
};

// Makes and owns Texts; pointers stay valid as long as the factory lives.
class TextFactory {
 public:
  TextFactory(PangoContext* context, const Hyphenator& hyphenator) : context_(context), hyphenator_(hyphenator) {}

  const Text* make(const std::vector<Run>& runs, const TextStyle& style);
  const Text* make(std::string_view text, const TextStyle& style);
  // Measures without keeping (the natural width of a table cell).
  double natural_width(std::string_view text, const TextStyle& style);

 private:
  const Text* finish(GObjectPtr<PangoLayout> layout);
  GObjectPtr<PangoLayout> new_layout(const TextStyle& style);
  PangoContext* context_;
  const Hyphenator& hyphenator_;
  std::deque<Text> texts_;
};

}  // namespace regio::document::internal
