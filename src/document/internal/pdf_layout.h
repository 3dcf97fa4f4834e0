// The PDF writer's layout pass: the document's blocks measured (pango layouts, SVG handles) and
// placed on pages as a flat list of drawing operations, in reading order, with the structure
// tags around them. The draw pass (pdf_draw.h) replays the list once the page count is known.
#pragma once

#include <librsvg/rsvg.h>

#include <string>
#include <variant>
#include <vector>

#include "base/error.h"
#include "document/document.h"
#include "document/internal/pdf_style.h"
#include "document/internal/pdf_text.h"

namespace regio::document::internal {

// Lines [first, last) of a text, the top of line `first` at page position (x, y).
struct OpText {
  const Text* text;
  std::size_t first, last;
  double x, y;
  Rgb color;
};
struct OpRule {
  double x0, y0, x1, y1, width;
  Rgb color;
};
struct OpFill {
  double x, y, w, h;
  Rgb color;
};
struct OpSvg {
  RsvgHandle* handle;
  double x, y, w, h;
};
// A structure tag (cairo_tag_begin) or, with name CAIRO_TAG_LINK / CAIRO_TAG_DEST, a link or a
// link target.
struct OpTagBegin {
  const char* name;
  std::string attributes;
};
struct OpTagEnd {
  const char* name;
};
struct OpNewPage {};

// Decoration (rules, backgrounds, running header and footer, repeated table headers, leaders)
// is drawn inside this tag; add_accessibility turns it into /Artifact marked content and drops
// the elements from the structure tree, because cairo 1.16 cannot write artifacts itself.
inline constexpr const char* kArtifactTag = "Private";
// A PDF outline entry (bookmark) for a heading.
struct OpOutline {
  std::string text;
  std::string anchor;
  int level;
};
// The page number of heading `heading` (document order), right-aligned at x_right, its top at y.
// Dot leaders from x_left to the number.
struct OpTocNumber {
  std::size_t heading;
  double x_left, x_right, y;
};
using Op = std::variant<OpText, OpRule, OpFill, OpSvg, OpTagBegin, OpTagEnd, OpNewPage, OpOutline, OpTocNumber>;

struct PageLayout {
  std::vector<Op> ops;
  std::vector<int> heading_pages;  // 1-based page of each heading, document order
  int pages = 1;
  std::vector<GObjectPtr<RsvgHandle>> svgs;
};

// Lays out `doc` (already validated). kInvalidArgument when a figure's SVG cannot be read.
Result<PageLayout> lay_out(const Document& doc, TextFactory& texts);

}  // namespace regio::document::internal
