// The limits of read_xlsx (XlsxLimits): crafted workbooks that would take gigabytes are refused
// early with a message naming the file, the limit and the part, sheet or cell.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <zip.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>

#include "tabular/xlsx.h"

namespace regio::tabular {
namespace {

using ::testing::HasSubstr;
namespace fs = std::filesystem;

constexpr const char* kWorkbook =
    R"(<workbook xmlns:r="r"><sheets><sheet name="Blad1" r:id="rId1"/></sheets></workbook>)";
constexpr const char* kRels =
    R"(<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/>)"
    R"(<Relationship Id="rId2" Type="x/sharedStrings" Target="sharedStrings.xml"/></Relationships>)";

class XlsxLimitsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("regio_xlsx_limits_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // A workbook with one sheet `sheet_xml` (the <sheetData> content) and shared strings.
  fs::path make(const std::string& name, const std::string& sheet_data, const std::string& shared = "") {
    const fs::path path = dir_ / name;
    std::map<std::string, std::string> parts{
        {"xl/workbook.xml", kWorkbook},
        {"xl/_rels/workbook.xml.rels", kRels},
        {"xl/worksheets/sheet1.xml", "<worksheet><sheetData>" + sheet_data + "</sheetData></worksheet>"},
        {"xl/sharedStrings.xml", "<sst>" + shared + "</sst>"}};
    int error = 0;
    zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    EXPECT_NE(archive, nullptr);
    for (const auto& [part, bytes] : parts) {
      zip_source_t* source = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
      EXPECT_GE(zip_file_add(archive, part.c_str(), source, ZIP_FL_OVERWRITE), 0);
    }
    EXPECT_EQ(zip_close(archive), 0);  // compresses while `parts` is alive
    return path;
  }

  // Rewrites the uncompressed size of `part` in both headers of the archive at `path`.
  static void set_stated_size(const fs::path& path, const std::string& part, std::uint32_t size) {
    std::ifstream in(path, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    in.close();
    auto patch = [&](std::string_view signature, std::size_t name_at, std::size_t size_at) {
      for (std::size_t at = bytes.find(signature); at != std::string::npos; at = bytes.find(signature, at + 1)) {
        if (bytes.compare(at + name_at, part.size(), part) != 0) continue;
        for (int i = 0; i < 4; ++i) bytes[at + size_at + i] = static_cast<char>((size >> (8 * i)) & 0xff);
      }
    };
    patch(std::string_view("PK\x03\x04", 4), 30, 22);  // local file header
    patch(std::string_view("PK\x01\x02", 4), 46, 24);  // central directory
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
  }

  fs::path dir_;
};

std::string refusal(const fs::path& path, const XlsxLimits& limits = {}) {
  auto book = read_xlsx(path, limits);
  EXPECT_FALSE(book.has_value());
  if (book) return {};
  EXPECT_EQ(book.error().code, ErrorCode::kInvalidData);
  return book.error().message;
}

TEST_F(XlsxLimitsTest, ASmallWorkbookReads) {
  auto book =
      read_xlsx(make("klein.xlsx", R"(<row r="1"><c r="A1" t="s"><v>0</v></c></row>)", "<si><t>regio</t></si>"));
  ASSERT_TRUE(book) << book.error().describe();
  EXPECT_EQ(book->sheets.at(0).header, std::vector<std::string>{"regio"});
}

// The issue's 66 KB file: one shared string of 50 MB.
TEST_F(XlsxLimitsTest, HugeSharedStringIsRefused) {
  const auto path = make("groot.xlsx", R"(<row r="1"><c r="A1" t="s"><v>0</v></c></row>)",
                         "<si><t>" + std::string(50u << 20, 'a') + "</t></si>");
  EXPECT_LT(fs::file_size(path), 200'000u);
  EXPECT_EQ(refusal(path),
            "groot.xlsx: gedeelde tekst 1 in xl/sharedStrings.xml is 52428800 bytes lang; een cel mag "
            "hoogstens 131072 bytes zijn");
}

// A zip bomb: the directory states 3 GB; refused before a byte is unpacked.
TEST_F(XlsxLimitsTest, PartAboveTheUnpackedLimitIsRefusedBeforeReading) {
  const auto path = make("bom.xlsx", std::string(1000, ' '));
  set_stated_size(path, "xl/worksheets/sheet1.xml", 3'000'000'000u);
  EXPECT_EQ(refusal(path),
            "bom.xlsx: onderdeel xl/worksheets/sheet1.xml is uitgepakt 2862 MB; de onderdelen van een "
            "xlsx-bestand mogen samen hoogstens 128 MB zijn (sla grote gegevens op als CSV)");
}

// Real whitespace against a lowered limit, counted over all parts read: the shared strings
// (1.1 MB) fit, the sheet (1.5 MB) does not fit in what is left of 2 MB.
TEST_F(XlsxLimitsTest, PartsAreCountedTogether) {
  std::string shared;
  for (int i = 0; i < 10000; ++i) shared += "<si><t>" + std::string(100, 'a') + "</t></si>";
  const auto path = make("spaties.xlsx", std::string(3u << 19, ' '), shared);
  EXPECT_LT(fs::file_size(path), 100'000u);
  EXPECT_THAT(refusal(path, {.unpacked_bytes = 2u << 20}), HasSubstr("xl/worksheets/sheet1.xml is uitgepakt 2 MB"));
  EXPECT_TRUE(read_xlsx(path, {.unpacked_bytes = 3u << 20}));
}

// A directory that states less than the data: reading stops at the stated size.
TEST_F(XlsxLimitsTest, DirectoryUnderstatingTheSizeIsDamage) {
  const auto path = make("liegt.xlsx", std::string(2u << 20, ' '));
  set_stated_size(path, "xl/worksheets/sheet1.xml", 1000);
  EXPECT_THAT(refusal(path),
              HasSubstr("liegt.xlsx: geen geldig xlsx-bestand (xl/worksheets/sheet1.xml is beschadigd)"));
}

TEST_F(XlsxLimitsTest, LongInlineCellIsRefusedWithSheetAndCell) {
  const auto path = make(
      "cel.xlsx", R"(<row r="1"><c r="B1" t="inlineStr"><is><t>)" + std::string(200'000, 'x') + "</t></is></c></row>");
  EXPECT_EQ(refusal(path),
            "cel.xlsx, blad Blad1, cel B1: de cel is 200000 bytes lang; een cel mag hoogstens 131072 bytes zijn");
}

// One shared string of 100 KB referenced by many cells would multiply in memory.
TEST_F(XlsxLimitsTest, TextOfAllCellsTogetherIsBounded) {
  std::string rows;
  for (int r = 1; r <= 40; ++r) rows += "<row r=\"" + std::to_string(r) + "\"><c t=\"s\"><v>0</v></c></row>";
  const auto path = make("veel.xlsx", rows, "<si><t>" + std::string(100'000, 'y') + "</t></si>");
  EXPECT_EQ(refusal(path, {.text_bytes = 2u << 20}),
            "veel.xlsx, blad Blad1, cel A21: de cellen bevatten samen meer dan 2 MB tekst");
}

TEST_F(XlsxLimitsTest, ColumnBeyondXfdIsRefused) {
  EXPECT_EQ(refusal(make("breed.xlsx", R"(<row r="1"><c r="ZZZZZZ1" t="inlineStr"><is><t>x</t></is></c></row>)")),
            "breed.xlsx, blad Blad1, cel ZZZZZZ1: voorbij de laatste kolom (een blad heeft hoogstens 16384 kolommen)");
}

TEST_F(XlsxLimitsTest, RowsAndCellsAreBounded) {
  std::string rows;
  for (int r = 1; r <= 5; ++r)
    rows += "<row r=\"" + std::to_string(r) + "\"><c r=\"C" + std::to_string(r) +
            "\" t=\"inlineStr\"><is><t>x</t></is></c></row>";
  const auto path = make("rijen.xlsx", rows);
  EXPECT_EQ(refusal(path, {.rows = 4}), "rijen.xlsx, blad Blad1: meer dan 4 rijen met gegevens");
  EXPECT_EQ(refusal(path, {.cells = 14}),
            "rijen.xlsx, blad Blad1: 5 rijen × 3 kolommen is meer dan 14 cellen (samen met de vorige bladen)");
  EXPECT_TRUE(read_xlsx(path, {.rows = 5, .cells = 15}));
}

}  // namespace
}  // namespace regio::tabular
