// Writes the sample document as PDF and HTML, for looking at the pages and for timing:
//   document_sample OUT_PREFIX [CHAPTERS]   → OUT_PREFIX.pdf, OUT_PREFIX.html
#include <cstdio>
#include <fstream>
#include <string>

#include "document/html_writer.h"
#include "document/pdf_writer.h"
#include "document/sample_document_test_support.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "gebruik: document_sample UITVOER [HOOFDSTUKKEN]\n");
    return 2;
  }
  const std::string out = argv[1];
  const int chapters = argc > 2 ? std::stoi(argv[2]) : 1;
  const regio::document::Document doc = regio::document::testing::sample_document(chapters);
  auto writer = regio::document::PdfWriter::create();
  if (!writer) {
    std::fprintf(stderr, "%s\n", writer.error().message.c_str());
    return 1;
  }
  auto pdf = writer->write(doc);
  auto html = regio::document::to_html(doc);
  if (!pdf || !html) {
    std::fprintf(stderr, "%s\n", (!pdf ? pdf.error() : html.error()).message.c_str());
    return 1;
  }
  std::ofstream(out + ".pdf", std::ios::binary) << *pdf;
  std::ofstream(out + ".html", std::ios::binary) << *html;
  return 0;
}
