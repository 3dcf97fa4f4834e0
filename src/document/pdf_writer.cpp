#include "document/pdf_writer.h"

#include <cairo-pdf.h>
#include <fmt/format.h>
#include <pango/pangocairo.h>

#include "document/internal/gobject.h"
#include "document/internal/pdf_accessibility.h"
#include "document/internal/pdf_draw.h"
#include "document/internal/pdf_layout.h"

namespace regio::document {
namespace {

using internal::CairoPtr;
using internal::GObjectPtr;
using internal::SurfacePtr;

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

// Pango falls back to another font silently; a report in the wrong font is refused instead.
Status check_font() {
  GObjectPtr<PangoFontMap> map(pango_cairo_font_map_new());
  GObjectPtr<PangoContext> context(pango_font_map_create_context(map.get()));
  PangoFontDescription* wanted = pango_font_description_from_string("Noto Sans 10");
  GObjectPtr<PangoFont> font(pango_font_map_load_font(map.get(), context.get(), wanted));
  pango_font_description_free(wanted);
  std::string family;
  if (font) {
    PangoFontDescription* got = pango_font_describe(font.get());
    family = pango_font_description_get_family(got) ? pango_font_description_get_family(got) : "";
    pango_font_description_free(got);
  }
  if (family != internal::kFontFamily) {
    return fail(ErrorCode::kUnavailable, fmt::format("Het lettertype Noto Sans ontbreekt (Debian-pakket "
                                                     "fonts-noto-core); gevonden: '{}'.",
                                                     family));
  }
  return {};
}

void set_metadata(cairo_surface_t* surface, const Metadata& m) {
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, m.title.c_str());
  if (!m.author.empty()) cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, m.author.c_str());
  if (!m.subject.empty()) cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, m.subject.c_str());
  std::string keywords;
  for (const std::string& k : m.keywords) keywords += (keywords.empty() ? "" : ", ") + k;
  if (!keywords.empty()) cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_KEYWORDS, keywords.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, m.creator.c_str());
  const std::string date = format_iso(m.created) + "T00:00:00";
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date.c_str());
}

// The document without its screen-only tables (Table::print false).
Document printed_part(const Document& full) {
  Document doc{full.metadata, full.running_text, {}};
  doc.blocks.reserve(full.blocks.size());
  for (const Block& b : full.blocks) {
    const auto* t = std::get_if<Table>(&b);
    if (!t || t->print) doc.blocks.push_back(b);
  }
  return doc;
}

}  // namespace

Result<PdfWriter> PdfWriter::create(const PdfOptions& options) {
  Result<Hyphenator> hyphenator = Hyphenator::open(options.hyphenation_patterns);
  if (!hyphenator) return std::unexpected(hyphenator.error());
  if (Status font = check_font(); !font) return std::unexpected(font.error());
  return PdfWriter(std::move(*hyphenator));
}

Result<std::string> PdfWriter::write(const Document& full) const {
  if (Status ok = validate(full); !ok) return std::unexpected(ok.error());
  const Document doc = printed_part(full);
  std::string bytes;
  SurfacePtr surface(cairo_pdf_surface_create_for_stream(append, &bytes, internal::kPageWidth, internal::kPageHeight));
  set_metadata(surface.get(), doc.metadata);
  CairoPtr cr(cairo_create(surface.get()));
  GObjectPtr<PangoContext> context(pango_cairo_create_context(cr.get()));
  pango_cairo_context_set_resolution(context.get(), 72.0);  // font sizes in points = user units
  pango_context_set_language(context.get(), pango_language_from_string(doc.metadata.language.c_str()));
  internal::TextFactory texts(context.get(), hyphenator_);

  Result<internal::PageLayout> layout = internal::lay_out(doc, texts);
  if (!layout) return std::unexpected(layout.error());
  cairo_tag_begin(cr.get(), "Document", "");
  Status drawn = internal::draw(*layout, doc, cr.get(), surface.get(), texts);
  cairo_tag_end(cr.get(), "Document");
  if (!drawn) return std::unexpected(drawn.error());
  const cairo_status_t status = cairo_status(cr.get());
  cr.reset();
  cairo_surface_finish(surface.get());
  const cairo_status_t finished = cairo_surface_status(surface.get());
  if (status != CAIRO_STATUS_SUCCESS || finished != CAIRO_STATUS_SUCCESS) {
    return fail(ErrorCode::kInternal,
                fmt::format("De PDF kon niet worden gemaakt (cairo): {}.",
                            cairo_status_to_string(status != CAIRO_STATUS_SUCCESS ? status : finished)));
  }
  std::vector<std::string> alts;
  for (const Block& b : doc.blocks)
    if (const auto* f = std::get_if<Figure>(&b)) alts.push_back(f->alt);
  return internal::add_accessibility(bytes, doc.metadata.language, alts);
}

Result<std::string> to_pdf(const Document& doc) {
  Result<PdfWriter> writer = PdfWriter::create();
  if (!writer) return std::unexpected(writer.error());
  return writer->write(doc);
}

}  // namespace regio::document
