// The native PDF writer: cairo's PDF surface (A4), pango for text (HarfBuzz shaping, kerning,
// Noto Sans embedded), Dutch hyphenation with libhyphen, figures as vector through librsvg, and
// a tagged PDF: the structure tree from cairo's tags, then /Lang, /MarkInfo, /ViewerPreferences
// and the /Alt of every figure added with libqpdf (cairo 1.16 cannot write those). No browser.
//
// The title is the structure's H1 and a heading of level n is H(n+1), as in the HTML. Every page
// has the running text and "pagina n van N" in the footer; the table of contents
// has page numbers and links; headings are PDF bookmarks and keep with what follows; tables
// break across pages with their header rows repeated.
//
//   Result<PdfWriter> writer = PdfWriter::create();       // once: loads the hyphenation patterns
//   Result<std::string> pdf = writer->write(document);    // bytes; the caller writes the file
//
// Thread-compatible: one writer per thread (pango's font map is per thread). Writers in parallel
// threads give the same pages and text, but cairo's shared glyph caches can move a glyph by a
// fraction of a unit; write from one thread when byte-identical output matters.
#pragma once

#include <string>

#include "base/error.h"
#include "document/document.h"
#include "document/hyphenator.h"

namespace regio::document {

struct PdfOptions {
  std::string hyphenation_patterns = kDutchHyphenationPatterns;
};

class PdfWriter {
 public:
  // kUnavailable when the hyphenation patterns or the font Noto Sans are missing.
  static Result<PdfWriter> create(const PdfOptions& options = {});

  // The PDF's bytes. kInvalidArgument when validate(doc) fails or a figure's SVG cannot be read;
  // kInternal when cairo or qpdf fail (our bug).
  Result<std::string> write(const Document& doc) const;

 private:
  explicit PdfWriter(Hyphenator hyphenator) : hyphenator_(std::move(hyphenator)) {}
  Hyphenator hyphenator_;
};

// PdfWriter::create() + write(doc), for a single document.
Result<std::string> to_pdf(const Document& doc);

}  // namespace regio::document
