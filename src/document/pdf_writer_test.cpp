// The PDF writer checked with the real tools a reader's software uses: pdfinfo, pdftotext and
// qpdf (poppler-utils, qpdf), and the structure inspected with libqpdf.
#include "document/pdf_writer.h"

#include <gtest/gtest.h>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFNameTreeObjectHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <filesystem>
#include <fstream>
#include <regex>

#include "document/command_test_support.h"
#include "document/sample_document_test_support.h"

namespace regio::document {
namespace {

namespace fs = std::filesystem;
using testing::Output;
using testing::run;

// The sample document (table of 80 rows: three pages) written once for all tests.
class PdfWriterTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new fs::path(fs::temp_directory_path() / ("regio_pdf_test_" + std::to_string(::getpid())));
    fs::create_directories(*dir_);
    document_ = new Document(testing::sample_document(1, 80));
    auto pdf = to_pdf(*document_);
    ASSERT_TRUE(pdf.has_value()) << pdf.error().message;
    std::ofstream(path(), std::ios::binary) << *pdf;
    pages_ = pages_count();
  }
  static void TearDownTestSuite() {
    fs::remove_all(*dir_);
    delete dir_;
    delete document_;
  }
  static std::string path() { return (*dir_ / "rapport.pdf").string(); }
  static int pages_count() {
    std::smatch m;
    std::string info = run("pdfinfo " + path()).text;
    return std::regex_search(info, m, std::regex("Pages:\\s+(\\d+)")) ? std::stoi(m[1]) : -1;
  }
  static std::string page_text(int page) {
    return run("pdftotext -f " + std::to_string(page) + " -l " + std::to_string(page) + " " + path() + " -").text;
  }
  static inline fs::path* dir_ = nullptr;
  static inline Document* document_ = nullptr;
  static inline int pages_ = 0;
};

TEST_F(PdfWriterTest, PdfinfoReportsTaggedTitleAndMetadata) {
  Output info = run("pdfinfo " + path());
  ASSERT_EQ(info.status, 0) << info.text;
  EXPECT_NE(info.text.find("Tagged:          yes"), std::string::npos) << info.text;
  EXPECT_NE(info.text.find("Title:           Voorbeeldrapport Regiomonitor"), std::string::npos);
  EXPECT_NE(info.text.find("Author:          Regiomonitor GGZ & Werk"), std::string::npos);
  EXPECT_NE(info.text.find("Creator:         Regiomonitor 0.9.0"), std::string::npos);
  EXPECT_NE(info.text.find("Keywords:        GGZ, werk, arbeidsmarktregio"), std::string::npos);
  EXPECT_NE(info.text.find("CreationDate:    Sat Nov 28 00:00:00 2026"), std::string::npos);
  EXPECT_NE(info.text.find("Page size:       595.276 x 841.89 pts (A4)"), std::string::npos);
}

TEST_F(PdfWriterTest, QpdfCheckPasses) {
  Output check = run("qpdf --check " + path());
  EXPECT_EQ(check.status, 0) << check.text;
  EXPECT_NE(check.text.find("No syntax or stream encoding errors found"), std::string::npos) << check.text;
}

TEST_F(PdfWriterTest, EveryPageHasTheRunningTextAndItsNumber) {
  ASSERT_GE(pages_, 5);
  for (int p = 1; p <= pages_; ++p) {
    const std::string text = page_text(p);
    EXPECT_NE(text.find("pagina " + std::to_string(p) + " van " + std::to_string(pages_)), std::string::npos) << p;
    EXPECT_NE(text.find("Fictieve demodata — niet voor gebruik"), std::string::npos) << p;
  }
}

TEST_F(PdfWriterTest, TextHasHeadingsAndEveryTableRowOnce) {
  const std::string text = run("pdftotext " + path() + " -").text;
  for (const char* heading : {"Inhoud", "Samenvatting", "Niveaus en overgangen", "Verdeling over de ladder",
                              "Per regio", "Overgangen tussen meetmomenten", "Stijgers en dalers", "Methoden"}) {
    EXPECT_NE(text.find(heading), std::string::npos) << heading;
  }
  for (int i = 1; i <= 80; ++i) {
    const std::string name = "Arbeidsmarktregio nummer " + std::to_string(i) + "\n";
    const std::size_t first = text.find(name);
    EXPECT_NE(first, std::string::npos) << name;
    EXPECT_EQ(text.find(name, first + 1), std::string::npos) << name;
  }
  // AM80: 1 + 80 / 10 thousand and (80 * 37) % 1000 → "9.960"; AM70 is suppressed.
  const std::string layout = run("pdftotext -layout " + path() + " -").text;
  EXPECT_TRUE(std::regex_search(layout, std::regex("AM80 +Arbeidsmarktregio nummer 80 +3 +1 +4 +2 +9\\.960")));
  EXPECT_TRUE(std::regex_search(layout, std::regex("AM70 +Arbeidsmarktregio nummer 70 +2 +3 +3 +4 +\\.\n")));
}

TEST_F(PdfWriterTest, LongTableRunsOverThreePagesWithTheHeaderRepeated) {
  int with_header = 0;
  for (int p = 1; p <= pages_; ++p) {
    const std::string text = page_text(p);
    if (text.find("Cliënten") != std::string::npos) {
      ++with_header;
      EXPECT_NE(text.find("Regio"), std::string::npos);
    }
  }
  EXPECT_EQ(with_header, 3);
}

TEST_F(PdfWriterTest, LongDutchWordIsHyphenatedAtALineEnd) {
  // The Methods paragraph is nine times "ervaringsdeskundigheid": lines must break inside it.
  const std::string text = run("pdftotext " + path() + " -").text;
  std::regex split("([a-z]+)(\u00AD|-|\u2010)\n([a-z]+)");
  int found = 0;
  for (std::sregex_iterator it(text.begin(), text.end(), split), end; it != end; ++it) {
    const std::string joined = (*it)[1].str() + (*it)[3].str();
    if (std::string("ervaringsdeskundigheid").find(joined) != std::string::npos) ++found;
  }
  EXPECT_GE(found, 1) << text;
}

TEST_F(PdfWriterTest, StructureHasLanguageMarkingAndFigureAltTexts) {
  QPDF pdf;
  pdf.processFile(path().c_str());
  QPDFObjectHandle root = pdf.getRoot();
  EXPECT_EQ(root.getKey("/Lang").getUTF8Value(), "nl-NL");
  EXPECT_TRUE(root.getKey("/MarkInfo").getKey("/Marked").getBoolValue());
  EXPECT_TRUE(root.getKey("/ViewerPreferences").getKey("/DisplayDocTitle").getBoolValue());
  std::vector<std::string> types;
  std::vector<std::string> alts;
  std::vector<std::string> scopes;
  std::function<void(QPDFObjectHandle)> walk = [&](QPDFObjectHandle node) {
    if (node.isArray()) {
      for (auto& item : node.aitems()) walk(item);
    } else if (node.isDictionary()) {
      if (node.getKey("/S").isName()) {
        types.push_back(node.getKey("/S").getName());
        if (types.back() == "/Figure") alts.push_back(node.getKey("/Alt").getUTF8Value());
        if (types.back() == "/TH") scopes.push_back(node.getKey("/A").getKey("/Scope").getName());
      }
      if (node.hasKey("/K")) walk(node.getKey("/K"));
    }
  };
  walk(root.getKey("/StructTreeRoot").getKey("/K"));
  std::vector<std::string> expected;
  for (const Block& b : document_->blocks)
    if (const auto* f = std::get_if<Figure>(&b)) expected.push_back(f->alt);
  EXPECT_EQ(alts, expected);
  auto count = [&](const char* t) { return std::count(types.begin(), types.end(), std::string(t)); };
  EXPECT_EQ(types.front(), "/Document");
  EXPECT_EQ(count("/H1"), 1);  // the title
  EXPECT_EQ(count("/H2"), 4);  // Inhoud and the three chapters
  EXPECT_EQ(count("/H3"), 3);
  EXPECT_EQ(count("/Table"), 1);
  EXPECT_EQ(count("/TR"), 81);  // the header once, not once per page
  // Header cells scoped as in the HTML: seven column heads, then the region code of each row.
  ASSERT_EQ(scopes.size(), 87u);
  EXPECT_EQ(std::count(scopes.begin(), scopes.begin() + 7, "/Column"), 7);
  EXPECT_EQ(std::count(scopes.begin() + 7, scopes.end(), "/Row"), 80);
  EXPECT_EQ(count("/TOCI"), 6);
  EXPECT_EQ(count("/L"), 1);
  EXPECT_EQ(count("/LI"), 3);
}

// Counts operators outside any marked content, and text shown inside /Artifact.
class MarkedContentCounter : public QPDFObjectHandle::TokenFilter {
 public:
  void handleToken(QPDFTokenizer::Token const& t) override {
    if (t.getType() == QPDFTokenizer::tt_name && depth_ == 0) last_tag_ = t.getValue();
    if (!t.isWord()) return;
    if (t.isWord("BDC") || t.isWord("BMC")) {
      if (depth_++ == 0) tag_ = last_tag_;
    } else if (t.isWord("EMC")) {
      --depth_;
    } else if (depth_ == 0) {
      ++unmarked;
    } else if (tag_ == "/Artifact" && (t.isWord("Tj") || t.isWord("TJ"))) {
      ++artifact_text;
    }
  }
  int unmarked = 0;
  int artifact_text = 0;

 private:
  int depth_ = 0;
  std::string tag_, last_tag_;
};

TEST_F(PdfWriterTest, DecorationIsArtifactAndNothingIsUnmarked) {
  QPDF pdf;
  pdf.processFile(path().c_str());
  std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
  for (std::size_t i = 0; i < pages.size(); ++i) {
    MarkedContentCounter counter;
    pages[i].filterContents(&counter);
    EXPECT_EQ(counter.unmarked, 0) << "page " << i + 1;
    // Footer text and page number on every page, the running title from page 2.
    EXPECT_GE(counter.artifact_text, i == 0 ? 2 : 3) << "page " << i + 1;
  }
  const std::string qdf = run("qpdf --qdf --object-streams=disable " + path() + " -").text;
  EXPECT_EQ(qdf.find("/Private"), std::string::npos);
}

TEST_F(PdfWriterTest, TableOfContentsLinksResolveToTheHeadingsPages) {
  QPDF pdf;
  pdf.processFile(path().c_str());
  std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
  QPDFObjectHandle names = pdf.getRoot().getKey("/Names");
  ASSERT_TRUE(names.isDictionary());
  QPDFNameTreeObjectHelper dests(names.getKey("/Dests"), pdf);
  std::vector<int> targets;
  for (QPDFObjectHandle annot : pages[0].getObjectHandle().getKey("/Annots").aitems()) {
    if (annot.getKey("/Subtype").getName() != "/Link") continue;
    QPDFObjectHandle dest = annot.getKey("/Dest");
    if (dest.isString()) {
      QPDFObjectHandle found;
      ASSERT_TRUE(dests.findObject(dest.getUTF8Value(), found)) << dest.getUTF8Value();
      dest = found.isDictionary() ? found.getKey("/D") : found;
    }
    ASSERT_TRUE(dest.isArray());
    QPDFObjectHandle page = dest.getArrayItem(0);
    for (std::size_t i = 0; i < pages.size(); ++i)
      if (pages[i].getObjectHandle().getObjGen() == page.getObjGen()) targets.push_back(static_cast<int>(i) + 1);
  }
  ASSERT_EQ(targets.size(), 6u);
  // "Methoden", the last entry, is on the last page; the TOC's printed numbers agree.
  EXPECT_EQ(targets.back(), pages_);
  const std::string toc = run("pdftotext -layout -f 1 -l 1 " + path() + " -").text;
  EXPECT_TRUE(std::regex_search(toc, std::regex("Methoden +" + std::to_string(pages_) + "\n"))) << toc;
}

TEST_F(PdfWriterTest, HeadingsAreBookmarks) {
  QPDF pdf;
  pdf.processFile(path().c_str());
  QPDFObjectHandle first = pdf.getRoot().getKey("/Outlines").getKey("/First");
  std::vector<std::string> titles;
  for (QPDFObjectHandle o = first; o.isDictionary(); o = o.getKey("/Next"))
    titles.push_back(o.getKey("/Title").getUTF8Value());
  EXPECT_EQ(titles, (std::vector<std::string>{"Samenvatting", "Niveaus en overgangen", "Methoden"}));
}

}  // namespace
}  // namespace regio::document
