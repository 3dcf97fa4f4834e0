#include "document/html_writer.h"

#include <fmt/format.h>

#include "document/internal/html_builder.h"
#include "document/internal/labels.h"

namespace regio::document {
namespace {

using internal::HtmlBuilder;

void runs(HtmlBuilder& b, const std::vector<Run>& runs) {
  for (const Run& r : runs) {
    if (r.bold) b.open("strong");
    if (r.italic) b.open("em");
    b.text(r.text);
    if (r.italic) b.close();
    if (r.bold) b.close();
  }
}

void heading(HtmlBuilder& b, const Heading& h) {
  switch (h.level) {
    case 1:
      b.element("h2", h.text, {{"id", h.anchor}});
      break;
    case 2:
      b.element("h3", h.text, {{"id", h.anchor}});
      break;
    default:
      b.element("h4", h.text, {{"id", h.anchor}});
      break;
  }
}

void toc(HtmlBuilder& b, const TableOfContents& t, const Document& doc) {
  b.open("nav", {{"class", "rd-toc"}, {"aria-labelledby", "rd-toc-title"}});
  b.element("h2", t.title, {{"id", "rd-toc-title"}});
  b.open("ol");
  for (const Block& block : doc.blocks) {
    const auto* h = std::get_if<Heading>(&block);
    if (h == nullptr || h->level > t.max_level) continue;
    const std::string href = "#" + h->anchor;
    b.open("li", {{"class", h->level == 1 ? "rd-toc-1" : h->level == 2 ? "rd-toc-2" : "rd-toc-3"}});
    b.element("a", h->text, {{"href", href}});
    b.close();
  }
  b.close();
  b.close();
}

void cell(HtmlBuilder& b, const Cell& c, bool header, bool row_header) {
  const bool num = c.align == CellAlign::kRight || c.suppressed;
  const char* cls = num ? "rd-num" : "";
  if (header) {
    b.open("th", {{"scope", "col"}, {"class", cls}});
  } else if (row_header) {
    b.open("th", {{"scope", "row"}, {"class", cls}});
  } else {
    b.open("td", {{"class", cls}});
  }
  if (c.suppressed) {
    b.element("abbr", internal::kSuppressedMark, {{"class", "rd-suppressed"}, {"title", internal::kSuppressedMeaning}});
  } else {
    b.text(c.text);
  }
  b.close();
}

void table(HtmlBuilder& b, const Table& t, int number) {
  const std::string label = internal::table_label(number, t.caption);
  b.open("div", {{"class", "rd-table"}, {"role", "region"}, {"aria-label", label}, {"tabindex", "0"}});
  b.open("table");
  b.element("caption", label);
  if (!t.header_rows.empty()) {
    b.open("thead");
    for (const Row& row : t.header_rows) {
      b.open("tr");
      for (const Cell& c : row) cell(b, c, true, false);
      b.close();
    }
    b.close();
  }
  b.open("tbody");
  for (const Row& row : t.rows) {
    b.open("tr");
    for (std::size_t i = 0; i < row.size(); ++i) {
      // A text label in the first column names the row.
      cell(b, row[i], false, i == 0 && row[i].align == CellAlign::kLeft && !row[i].suppressed);
    }
    b.close();
  }
  b.close();
  b.close();
  b.close();
  if (!t.source.empty()) b.element("p", internal::source_line(t.source), {{"class", "rd-source"}});
}

void figure(HtmlBuilder& b, const Figure& f, int number) {
  b.open("figure", {{"class", "rd-figure"}});
  b.element("figcaption", internal::figure_label(number, f.caption));
  b.open("div", {{"class", "rd-chart"}, {"role", "img"}, {"aria-label", f.alt}});
  b.trusted_svg(f.svg);
  b.close();
  if (!f.source.empty()) b.element("p", internal::source_line(f.source), {{"class", "rd-source"}});
  b.close();
}

void block(HtmlBuilder& b, const Block& block, const Document& doc, int& tables, int& figures) {
  if (const auto* h = std::get_if<Heading>(&block)) {
    heading(b, *h);
  } else if (const auto* p = std::get_if<Paragraph>(&block)) {
    b.open("p", {{"class", p->align == TextAlign::kJustified ? "rd-justify" : ""}});
    runs(b, p->runs);
    b.close();
  } else if (const auto* l = std::get_if<BulletList>(&block)) {
    b.open("ul");
    for (const auto& item : l->items) {
      b.open("li");
      runs(b, item);
      b.close();
    }
    b.close();
  } else if (const auto* t = std::get_if<Table>(&block)) {
    table(b, *t, ++tables);
  } else if (const auto* f = std::get_if<Figure>(&block)) {
    figure(b, *f, ++figures);
  } else if (const auto* n = std::get_if<Note>(&block)) {
    b.open("div", {{"class", "rd-note"}, {"role", "note"}});
    if (!n->title.empty()) {
      b.open("p");
      b.element("strong", n->title);
      b.close();
    }
    b.open("p");
    runs(b, n->runs);
    b.close();
    b.close();
  } else if (std::holds_alternative<PageBreak>(block)) {
    b.element("div", "", {{"class", "rd-pagebreak"}, {"aria-hidden", "true"}});
  } else if (const auto* t = std::get_if<TableOfContents>(&block)) {
    toc(b, *t, doc);
  }
  b.newline();
}

void main_element(HtmlBuilder& b, const Document& doc) {
  const Metadata& m = doc.metadata;
  b.open("main", {{"class", "rd-doc"}});
  b.newline();
  if (!doc.running_text.empty()) b.element("p", doc.running_text, {{"class", "rd-running"}});
  b.open("header");
  b.element("h1", m.title);
  if (!m.subtitle.empty()) b.element("p", m.subtitle, {{"class", "rd-subtitle"}});
  std::string byline =
      m.author.empty() ? internal::long_dutch_date(m.created) : m.author + " · " + internal::long_dutch_date(m.created);
  b.element("p", byline, {{"class", "rd-byline"}});
  b.close();
  b.newline();
  int tables = 0;
  int figures = 0;
  for (const Block& x : doc.blocks) block(b, x, doc, tables, figures);
  b.close();
  b.newline();
}

std::string keywords(const Metadata& m) {
  std::string out;
  for (const std::string& k : m.keywords) out += (out.empty() ? "" : ", ") + k;
  return out;
}

}  // namespace

Result<HtmlParts> to_html_parts(const Document& doc) {
  if (Status ok = validate(doc); !ok) return std::unexpected(ok.error());
  HtmlBuilder b;
  main_element(b, doc);
  return HtmlParts{b.take(), std::string(html_css())};
}

Result<std::string> to_html(const Document& doc) {
  if (Status ok = validate(doc); !ok) return std::unexpected(ok.error());
  const Metadata& m = doc.metadata;
  const std::string lang = m.language.substr(0, m.language.find('-'));
  HtmlBuilder b;
  b.open("html", {{"lang", lang}});
  b.newline();
  b.open("head");
  b.empty("meta", {{"charset", "utf-8"}});
  b.empty("meta", {{"name", "viewport"}, {"content", "width=device-width, initial-scale=1"}});
  b.element("title", m.title);
  if (!m.author.empty()) b.empty("meta", {{"name", "author"}, {"content", m.author}});
  if (!m.subject.empty()) b.empty("meta", {{"name", "description"}, {"content", m.subject}});
  if (!m.keywords.empty()) b.empty("meta", {{"name", "keywords"}, {"content", keywords(m)}});
  b.empty("meta", {{"name", "generator"}, {"content", m.creator}});
  b.empty("meta", {{"name", "dcterms.created"}, {"content", format_iso(m.created)}});
  b.style_sheet(html_css());
  b.close();
  b.newline();
  b.open("body");
  b.newline();
  main_element(b, doc);
  if (!doc.running_text.empty()) b.element("footer", doc.running_text, {{"class", "rd-doc-footer"}});
  b.newline();
  b.close();
  b.newline();
  b.close();
  b.newline();
  return "<!DOCTYPE html>\n" + b.take();
}

}  // namespace regio::document
