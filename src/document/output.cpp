#include "document/output.h"

#include "document/html_writer.h"

namespace regio::document {

std::optional<OutputFormat> output_format(std::string_view name) {
  if (name == "pdf") return OutputFormat::kPdf;
  if (name == "html") return OutputFormat::kHtml;
  return std::nullopt;
}

std::string_view content_type(OutputFormat format) {
  return format == OutputFormat::kPdf ? "application/pdf" : "text/html; charset=utf-8";
}

std::string_view extension(OutputFormat format) { return format == OutputFormat::kPdf ? "pdf" : "html"; }

Result<std::string> write_document(const Document& doc, OutputFormat format, const PdfWriter* pdf) {
  if (format == OutputFormat::kHtml) return to_html(doc);
  if (pdf) return pdf->write(doc);
  auto writer = PdfWriter::create();
  if (!writer) return std::unexpected(writer.error());
  return writer->write(doc);
}

}  // namespace regio::document
