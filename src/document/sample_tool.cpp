// Writes the sample document as PDF and HTML, for looking at the pages and for timing:
//   document_sample OUT_PREFIX [CHAPTERS [REPEAT]]   → OUT_PREFIX.pdf, OUT_PREFIX.html
// and prints how long setting up the writer and writing each document took (the PDF is written
// REPEAT times, as a report run writes many documents with one writer).
#include <chrono>
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
  const int repeat = argc > 3 ? std::stoi(argv[3]) : 1;
  const regio::document::Document doc = regio::document::testing::sample_document(chapters);
  using Clock = std::chrono::steady_clock;
  auto ms = [](Clock::time_point a, Clock::time_point b) {
    return std::chrono::duration<double, std::milli>(b - a).count();
  };
  const auto t0 = Clock::now();
  auto writer = regio::document::PdfWriter::create();
  const auto t1 = Clock::now();
  if (!writer) {
    std::fprintf(stderr, "%s\n", writer.error().message.c_str());
    return 1;
  }
  auto pdf = writer->write(doc);
  const auto t2 = Clock::now();
  for (int i = 1; i < repeat; ++i) pdf = writer->write(doc);
  const auto t3 = Clock::now();
  auto html = regio::document::to_html(doc);
  const auto t4 = Clock::now();
  std::printf("writer setup %.1f ms; first PDF %.1f ms; next PDFs %.1f ms each; HTML %.1f ms; %zu bytes\n", ms(t0, t1),
              ms(t1, t2), repeat > 1 ? ms(t2, t3) / (repeat - 1) : 0.0, ms(t3, t4), pdf ? pdf->size() : 0);
  if (!pdf || !html) {
    std::fprintf(stderr, "%s\n", (!pdf ? pdf.error() : html.error()).message.c_str());
    return 1;
  }
  std::ofstream(out + ".pdf", std::ios::binary) << *pdf;
  std::ofstream(out + ".html", std::ios::binary) << *html;
  return 0;
}
