// A document written in one of the two output formats, for everyone who offers documents as
// files (the CLI's `report` commands and the web's report downloads), so both write them alike.
//
//   auto format = document::output_format("pdf");            // nullopt for anything else
//   auto bytes = document::write_document(doc, *format);      // PDF: makes a PdfWriter
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/error.h"
#include "document/document.h"
#include "document/pdf_writer.h"

namespace regio::document {

enum class OutputFormat { kPdf, kHtml };

// "pdf" or "html"; nullopt otherwise.
std::optional<OutputFormat> output_format(std::string_view name);
// "application/pdf" or "text/html; charset=utf-8".
std::string_view content_type(OutputFormat format);
// "pdf" or "html".
std::string_view extension(OutputFormat format);

// The whole document as PDF (through `pdf` when given, else a writer made for this call: give one
// when writing many documents) or as a standalone HTML page (to_html).
Result<std::string> write_document(const Document& doc, OutputFormat format, const PdfWriter* pdf = nullptr);

}  // namespace regio::document
