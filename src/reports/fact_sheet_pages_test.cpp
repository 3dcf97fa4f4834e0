// Every demo region's fact sheet prints on 2 to 4 pages (issue 8: readable on its own by a
// regional alderman), counted by poppler's pdfinfo on the PDF the writer makes. The input is the
// fullest a fact sheet gets: four waves of history, the advice of the default rules, and for AM13
// and AM19 the demo's release (AM13 also with a quantitative goal, so with the blik vooruit table).
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <regex>

#include <gtest/gtest.h>

#include "demo/responses.h"
#include "document/command_test_support.h"
#include "document/pdf_writer.h"
#include "regions/registry.h"
#include "reports/demo_input_test_support.h"
#include "reports/fact_sheet.h"

namespace regio::reports {
namespace {

namespace fs = std::filesystem;

constexpr int kMaxPages = 4;

struct Printed {
  int pages = -1;
  bool tagged = false;
};

Printed print(const document::PdfWriter& writer, const document::Document& doc, const fs::path& path) {
  auto pdf = writer.write(doc);
  if (!pdf) {
    ADD_FAILURE() << pdf.error().message;
    return {};
  }
  std::ofstream(path, std::ios::binary) << *pdf;
  const std::string info = document::testing::run("pdfinfo " + path.string()).text;
  std::smatch m;
  Printed out;
  if (std::regex_search(info, m, std::regex("Pages:\\s+(\\d+)"))) out.pages = std::stoi(m[1]);
  out.tagged = info.find("Tagged:          yes") != std::string::npos;
  return out;
}

TEST(FactSheetPages, EveryDemoRegionPrintsOnTwoToFourPages) {
  const fs::path dir = fs::temp_directory_path() / ("regio_fact_sheet_pages_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const ReportInput in = testing::full_demo_input();
  ASSERT_TRUE(in.advice.has_value());
  ASSERT_EQ(in.history.size(), 4u);
  auto registry = regions::Registry::load_embedded();
  auto writer = document::PdfWriter::create();
  ASSERT_TRUE(writer.has_value()) << writer.error().message;
  const auto regions = demo::participating_regions(*registry);
  ASSERT_EQ(regions.size(), 31u);
  for (const auto& region : regions) {
    const auto doc = fact_sheet(in, region, registry->region_name(region));
    const Printed p = print(*writer, doc, dir / (region + ".pdf"));
    EXPECT_GE(p.pages, 2) << region;
    EXPECT_LE(p.pages, kMaxPages) << region;
    EXPECT_TRUE(p.tagged) << region;
  }
  fs::remove_all(dir);
}

// The count follows the content: AM13 with release, goal and advice needs more pages than the
// same sheet without them (so the limit above is measured on sheets that are not trivially short).
TEST(FactSheetPages, ReleaseAndAdviceMakeTheSheetLonger) {
  const fs::path dir = fs::temp_directory_path() / ("regio_fact_sheet_lean_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  auto writer = document::PdfWriter::create();
  ASSERT_TRUE(writer.has_value()) << writer.error().message;
  const ReportInput full = testing::full_demo_input();
  ReportInput lean = full;
  lean.release.reset();
  lean.advice.reset();
  lean.goals.clear();
  const Printed rich = print(*writer, fact_sheet(full, "AM13", "Midden-Utrecht"), dir / "full.pdf");
  const Printed poor = print(*writer, fact_sheet(lean, "AM13", "Midden-Utrecht"), dir / "lean.pdf");
  EXPECT_GE(rich.pages, 3);
  EXPECT_LE(rich.pages, kMaxPages);
  EXPECT_GE(poor.pages, 2);
  EXPECT_LT(poor.pages, rich.pages);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace regio::reports
