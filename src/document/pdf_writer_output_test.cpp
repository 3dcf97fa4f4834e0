// The PDF writer on awkward input: determinism, threads, odd shapes and errors.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <thread>

#include "document/command_test_support.h"
#include "document/pdf_writer.h"
#include "document/sample_document_test_support.h"

namespace regio::document {
namespace {

namespace fs = std::filesystem;
using testing::run;

std::string text_of(const std::string& pdf, const std::string& name) {
  const fs::path file = fs::temp_directory_path() / (name + std::to_string(::getpid()) + ".pdf");
  std::ofstream(file, std::ios::binary) << pdf;
  std::string text = run("pdftotext -layout " + file.string() + " -").text;
  fs::remove(file);
  return text;
}

TEST(PdfWriterOutputTest, SameDocumentGivesTheSameBytes) {
  auto writer = PdfWriter::create();
  ASSERT_TRUE(writer.has_value());
  const Document doc = testing::sample_document(1, 20);
  auto first = writer->write(doc);
  auto second = writer->write(doc);
  ASSERT_TRUE(first.has_value() && second.has_value());
  EXPECT_TRUE(*first == *second);
}

TEST(PdfWriterOutputTest, WritersInTwoThreadsGiveTheSameText) {
  const Document doc = testing::sample_document(1, 20);
  auto sequential = to_pdf(doc);
  ASSERT_TRUE(sequential.has_value());
  Result<std::string> a, b;
  std::thread ta([&] { a = to_pdf(doc); });
  std::thread tb([&] { b = to_pdf(doc); });
  ta.join();
  tb.join();
  ASSERT_TRUE(a.has_value() && b.has_value());
  const std::string expected = text_of(*sequential, "regio_seq_");
  EXPECT_EQ(text_of(*a, "regio_a_"), expected);
  EXPECT_EQ(text_of(*b, "regio_b_"), expected);
}

TEST(PdfWriterOutputTest, AwkwardShapesAreLaidOutWithoutLosingText) {
  Document d;
  d.metadata.title = "Randgevallen";
  d.metadata.created = from_civil({2026, 1, 2});
  std::string long_text;
  for (int i = 0; i < 400; ++i) long_text += "woord" + std::to_string(i) + " ";
  d.blocks.push_back(Note{"Lange noot", {document::Run{long_text}}});  // longer than a page
  d.blocks.push_back(Paragraph{{document::Run{long_text, false, true}}, TextAlign::kJustified});
  d.blocks.push_back(BulletList{});  // empty list
  Table wide{"Veel kolommen", {}, {}, ""};
  Row header, row;
  for (int c = 0; c < 12; ++c) {
    header.push_back(Cell::label("Kolomkop nummer " + std::to_string(c)));
    row.push_back(c == 0 ? Cell::label("Een lange omschrijving in een smalle kolom die moet afbreken")
                         : Cell::number(std::to_string(1000 * c)));
  }
  wide.header_rows.push_back(header);
  wide.rows.push_back(row);
  d.blocks.push_back(wide);
  d.blocks.push_back(Heading{1, "Laatste kop", "laatste"});  // heading as the last block
  auto pdf = to_pdf(d);
  ASSERT_TRUE(pdf.has_value()) << pdf.error().message;
  const fs::path file = fs::temp_directory_path() / ("regio_awkward_" + std::to_string(::getpid()) + ".pdf");
  std::ofstream(file, std::ios::binary) << *pdf;
  EXPECT_EQ(run("qpdf --check " + file.string()).status, 0);
  const std::string text = run("pdftotext " + file.string() + " -").text;
  std::string words;  // every word of the long text, twice (note and paragraph), in order
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("woord", 0) != 0) continue;  // the running header and footer
    for (char c : line)
      if (c != ' ') words += c;
  }
  std::string expected;
  for (int i = 0; i < 400; ++i) expected += "woord" + std::to_string(i);
  const std::size_t note = words.find(expected);
  EXPECT_NE(note, std::string::npos);
  EXPECT_NE(words.find(expected, note + 1), std::string::npos);
  EXPECT_NE(text.find("11000"), std::string::npos);
  EXPECT_NE(text.find("Laatste kop"), std::string::npos);
  fs::remove(file);
}

// Pages of a PDF's text (pdftotext separates them with a form feed).
std::vector<std::string> pages_of(const std::string& pdf) {
  const fs::path file = fs::temp_directory_path() / ("regio_pages_" + std::to_string(::getpid()) + ".pdf");
  std::ofstream(file, std::ios::binary) << pdf;
  const std::string text = run("pdftotext " + file.string() + " -").text;
  fs::remove(file);
  std::vector<std::string> pages;
  std::istringstream in(text);
  for (std::string page; std::getline(in, page, '\f');) pages.push_back(page);
  return pages;
}

TEST(PdfWriterOutputTest, HeadingNeverStaysAloneAtThePageBottom) {
  // With 20..45 one-line paragraphs before it, the heading lands at every height of the first
  // page's bottom, among them where only the heading itself would still fit.
  auto writer = PdfWriter::create();
  ASSERT_TRUE(writer.has_value());
  for (int before = 20; before <= 45; ++before) {
    Document d;
    d.metadata.title = "Koppen";
    for (int i = 0; i < before; ++i) d.blocks.push_back(Paragraph{{document::Run{"Regel " + std::to_string(i)}}});
    d.blocks.push_back(Heading{1, "Kop die blijft", "kop"});
    d.blocks.push_back(
        Paragraph{{document::Run{"Eerste zin na de kop. En een tweede zin die de alinea over "
                                 "meer dan een regel laat lopen, zodat er iets te bewaren valt."}}});
    auto pdf = writer->write(d);
    ASSERT_TRUE(pdf.has_value());
    for (const std::string& page : pages_of(*pdf)) {
      if (page.find("Kop die blijft") != std::string::npos) {
        EXPECT_NE(page.find("Eerste zin na de kop"), std::string::npos) << before << " paragraphs before";
      }
    }
  }
}

TEST(PdfWriterOutputTest, RandomDocumentsAreLaidOutAndPassQpdfCheck) {
  // Random mixtures of every block, empty ones included: the writer must finish (no endless
  // page loop) and write a valid PDF with every table row in it.
  auto writer = PdfWriter::create();
  ASSERT_TRUE(writer.has_value());
  std::mt19937 random(20261128);
  auto pick = [&random](int n) { return static_cast<int>(random() % static_cast<unsigned>(n)); };
  const std::vector<std::string> words = {
      "", "regio", "ervaringsdeskundigheid", "12.345", "UWV", "samenwerking", "arbeidsmarktregio's", "—", "cliënten"};
  auto text = [&](int max_words) {
    std::string t;
    for (int i = pick(max_words + 1); i > 0; --i) t += words[static_cast<std::size_t>(pick(9))] + " ";
    return t;
  };
  for (int round = 0; round < 12; ++round) {
    Document d;
    d.metadata.title = "Willekeurig " + std::to_string(round);
    int rows = 0;
    int anchor = 0;
    for (int b = pick(40); b > 0; --b) {
      switch (pick(8)) {
        case 0:
          d.blocks.push_back(Heading{1 + pick(3), "Kop " + text(6), "k" + std::to_string(anchor++)});
          break;
        case 1:
          d.blocks.push_back(Paragraph{{document::Run{text(300)}}, pick(2) ? TextAlign::kJustified : TextAlign::kLeft});
          break;
        case 2:
          d.blocks.push_back(BulletList{{{document::Run{text(40)}}, {document::Run{text(5)}}}});
          break;
        case 3: {
          Table t{"Tabel " + text(4), {}, {}, pick(2) ? "" : text(8)};
          const int columns = 1 + pick(9);
          if (pick(3)) t.header_rows.push_back(Row(static_cast<std::size_t>(columns), Cell::label(text(4))));
          for (int r = 1 + pick(120); r > 0; --r, ++rows) {
            Row row{Cell::label("rij" + std::to_string(rows))};
            for (int c = 1; c < columns; ++c)
              row.push_back(pick(5) ? Cell::number(std::to_string(pick(100000))) : Cell::hidden());
            t.rows.push_back(row);
          }
          d.blocks.push_back(t);
          break;
        }
        case 4:
          d.blocks.push_back(Figure{testing::line_chart_svg(), "alt " + text(5), "Figuur " + text(5), ""});
          break;
        case 5:
          d.blocks.push_back(Note{text(3), {document::Run{text(600)}}});
          break;
        case 6:
          d.blocks.push_back(PageBreak{});
          break;
        default:
          d.blocks.push_back(TableOfContents{"Inhoud", 1 + pick(3)});
          break;
      }
    }
    auto pdf = writer->write(d);
    ASSERT_TRUE(pdf.has_value()) << "round " << round << ": " << pdf.error().message;
    const fs::path file = fs::temp_directory_path() / ("regio_random_" + std::to_string(::getpid()) + ".pdf");
    std::ofstream(file, std::ios::binary) << *pdf;
    EXPECT_EQ(run("qpdf --check " + file.string()).status, 0) << "round " << round;
    const std::string all = run("pdftotext " + file.string() + " -").text;
    for (int r = 0; r < rows; ++r) {
      EXPECT_NE(all.find("rij" + std::to_string(r) + "\n"), std::string::npos) << "round " << round << " row " << r;
    }
    fs::remove(file);
  }
}

TEST(PdfWriterErrorsTest, BadInputIsRefusedWithADutchMessage) {
  auto writer = PdfWriter::create();
  ASSERT_TRUE(writer.has_value()) << writer.error().message;
  Document d = testing::sample_document(1, 5);
  d.blocks.push_back(Figure{"<svg xmlns=\"http://www.w3.org/2000/svg\"><rect></svg>", "alt", "Kapot", ""});
  auto pdf = writer->write(d);
  ASSERT_FALSE(pdf.has_value());
  EXPECT_EQ(pdf.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(pdf.error().message.find("Figuur 3 ('Kapot'): de SVG is niet te lezen"), std::string::npos)
      << pdf.error().message;
  auto missing = PdfWriter::create(PdfOptions{"/geen/hyph_nl_NL.dic"});
  ASSERT_FALSE(missing.has_value());
  EXPECT_EQ(missing.error().code, ErrorCode::kUnavailable);
}

}  // namespace
}  // namespace regio::document
