// The document model that reports are generated into, and that the HTML and PDF writers print.
//
// Plain value types: a generator builds a `Document` (metadata, a running text printed on every
// page, a list of blocks) and hands it to `to_html` (html_writer.h) or `PdfWriter` (pdf_writer.h).
// Text is text: no markup in any string is interpreted; the writers escape or lay out what they
// are given. Figures carry SVG made by our chart module (src/render) and nothing else.
//
//   Document doc;
//   doc.metadata.title = "Stand van zaken 2020";
//   doc.running_text = "Fictieve demodata — niet voor gebruik";
//   doc.blocks.push_back(Heading{1, "Samenvatting", "samenvatting"});
//   doc.blocks.push_back(Paragraph{{Run{"Eind 2020 overleggen alle 31 regio's regelmatig."}}});
//   Status ok = validate(doc);
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "base/date.h"
#include "base/error.h"

namespace regio::document {

struct Metadata {
  std::string title;     // required; also the PDF title and the HTML <title>
  std::string subtitle;  // optional
  std::string author;    // author or organisation
  std::string subject;
  std::vector<std::string> keywords;
  std::string language = "nl-NL";        // BCP 47; the HTML gets its primary subtag ("nl")
  Date created;                          // the generation date, passed in by the caller (no clock here)
  std::string creator = "Regiomonitor";  // "Regiomonitor <version>": the PDF Creator entry
};

// A piece of text with one style. Consecutive runs are joined without added spaces.
struct Run {
  std::string text;
  bool bold = false;
  bool italic = false;
};

// level 1..3 (chapter, section, subsection). `anchor` is the link target: unique in the
// document, letters, digits, '-' and '_' only.
struct Heading {
  int level = 1;
  std::string text;
  std::string anchor;
};

// Ragged right (the default, with hyphenation) or justified.
enum class TextAlign { kLeft, kJustified };

struct Paragraph {
  std::vector<Run> runs;
  TextAlign align = TextAlign::kLeft;
};

struct BulletList {
  std::vector<std::vector<Run>> items;
};

enum class CellAlign { kLeft, kRight };

// A table cell. Numbers are right-aligned (use `number`); a suppressed cell (disclosure control)
// shows "." whatever its text, and says so to screen readers.
struct Cell {
  std::string text;
  CellAlign align = CellAlign::kLeft;
  bool suppressed = false;

  static Cell label(std::string t) { return Cell{std::move(t), CellAlign::kLeft, false}; }
  static Cell number(std::string t) { return Cell{std::move(t), CellAlign::kRight, false}; }
  static Cell hidden() { return Cell{"", CellAlign::kRight, true}; }
};
using Row = std::vector<Cell>;

// Every row (header and body) has the same number of cells. Writers number tables ("Tabel 3").
// Long tables break across pages with the header rows repeated.
struct Table {
  std::string caption;  // required
  std::vector<Row> header_rows;
  std::vector<Row> rows;
  std::string source;  // optional "Bron: …" line under the table
  // false: on screen only (HTML), left out of the PDF. For a table that repeats the figures of
  // the chart above it when the chart labels every figure and its alt text lists them: a short
  // printed document (a fact sheet) then does not print them twice.
  bool print = true;
};

// A chart or map. `svg` must come from the chart module (src/render): it is embedded as is in
// HTML, so it is trusted output, never user text. `alt` (required) is the text alternative.
// Writers number figures ("Figuur 2").
struct Figure {
  std::string svg;
  std::string alt;
  std::string caption;  // required
  std::string source;   // optional "Bron: …" line
};

// A boxed remark (a caveat, a definition) with an optional title.
struct Note {
  std::string title;
  std::vector<Run> runs;
};

struct PageBreak {};

// Filled by the writers from the headings up to `max_level`.
struct TableOfContents {
  std::string title = "Inhoud";
  int max_level = 2;
};

using Block = std::variant<Heading, Paragraph, BulletList, Table, Figure, Note, PageBreak, TableOfContents>;

struct Document {
  Metadata metadata;
  std::string running_text;  // printed on every page (PDF footer) and at the top of the HTML
  std::vector<Block> blocks;
};

// Checks what the writers rely on: every text well-formed UTF-8, a title, heading levels 1..3
// and unique well-formed anchors, rows as wide as the header, alt text and caption on every
// figure, an SVG root in every figure and no script in it. kInvalidArgument with a Dutch
// message naming the block (1-based); the writers call it first.
Status validate(const Document& doc);

}  // namespace regio::document
