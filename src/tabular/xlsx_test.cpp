#include "tabular/xlsx.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

namespace regio::tabular {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

const std::filesystem::path kTestData = std::filesystem::path(REGIO_SOURCE_DIR) / "src/tabular/testdata";

// A scratch directory per test, removed afterwards.
class XlsxTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("regio_xlsx_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::filesystem::path dir_;
};

Workbook read_ok(const std::filesystem::path& path) {
  auto book = read_xlsx(path);
  EXPECT_TRUE(book.has_value()) << (book ? "" : book.error().describe());
  return book ? *book : Workbook{};
}

TEST_F(XlsxTest, ReadsWorkbookSavedByLibreOffice) {
  Workbook book = read_ok(kTestData / "libreoffice.xlsx");
  ASSERT_EQ(book.sheets.size(), 2u);
  const Sheet& sheet = book.sheets[0];
  EXPECT_EQ(sheet.name, "Deelnemers");
  EXPECT_EQ(sheet.source, "libreoffice.xlsx[Deelnemers]");
  EXPECT_THAT(sheet.header, ElementsAre("naam", "aantal", "bedrag", "startdatum", "opmerking"));
  ASSERT_EQ(sheet.rows.size(), 3u);
  EXPECT_EQ(sheet.rows[0].line, 2u);
  EXPECT_THAT(sheet.rows[0].cells, ElementsAre("Jan de Vries", "3", "2.5", "2019-03-15", "eerste"));
  EXPECT_EQ(sheet.rows[1].line, 3u);
  EXPECT_THAT(sheet.rows[1].cells, ElementsAre("Zo\xC3\xAB \xC3\x87"
                                               "elik \xE2\x80\x93 \xC3\xBC \xE2\x82\xAC \xF0\x9F\x98\x80",
                                               "-12", "0.125", "2000-02-29", ""));
  EXPECT_EQ(sheet.rows[2].line, 4u);
  EXPECT_THAT(sheet.rows[2].cells, ElementsAre("Piet", "", "1234567.75", "2023-12-31", "laatste, met komma"));

  const Sheet* second = book.find("tweede BLAD");
  ASSERT_NE(second, nullptr);
  EXPECT_THAT(second->header, ElementsAre("code"));
  ASSERT_EQ(second->rows.size(), 1u);
  EXPECT_THAT(second->rows[0].cells, ElementsAre("GM0363"));
  EXPECT_EQ(book.find("derde"), nullptr);
}

TEST_F(XlsxTest, ReadsEveryCellTypeOfTheHandMadeWorkbook) {
  Workbook book = read_ok(kTestData / "handmade.xlsx");
  ASSERT_EQ(book.sheets.size(), 2u);
  const Sheet& sheet = book.sheets[0];
  EXPECT_EQ(sheet.name, "Typen");
  // D10 widens the sheet beyond the header; B1 was never written.
  EXPECT_THAT(sheet.header, ElementsAre("soort", "", "waarde", ""));
  ASSERT_EQ(sheet.rows.size(), 8u);
  auto expect_row = [&](std::size_t i, std::size_t line, std::vector<std::string> cells) {
    EXPECT_EQ(sheet.rows[i].line, line) << "rij " << i;
    EXPECT_EQ(sheet.rows[i].cells, cells) << "rij " << i;
  };
  expect_row(0, 3, {"vet en gewoon", "", "inline", ""});
  expect_row(1, 5, {"TRUE", "FALSE", "soortx", ""});
  expect_row(2, 6, {"#DIV/0!", "", "3", ""});
  expect_row(3, 7, {"2.5", "4", "0.1", ""});
  expect_row(4, 8, {"2019-03-15", "1900-02-29", "1900-02-28", ""});
  expect_row(5, 9, {"1900-03-01", "2019-03-15 18:00", "12:00", ""});
  expect_row(6, 10, {"een\ntwee", "-7", "", "extra"});
  expect_row(7, 11, {"soort", "", "  ", ""});

  const Sheet& prefixed = book.sheets[1];
  EXPECT_EQ(prefixed.name, "Voorvoegsel");
  EXPECT_THAT(prefixed.header, ElementsAre("", "kop"));
  ASSERT_EQ(prefixed.rows.size(), 1u);
  EXPECT_EQ(prefixed.rows[0].line, 4u);
  EXPECT_THAT(prefixed.rows[0].cells, ElementsAre("", "1e-07"));
}

TEST_F(XlsxTest, HonoursThe1904DateSystem) {
  Workbook book = read_ok(kTestData / "date1904.xlsx");
  ASSERT_EQ(book.sheets.size(), 1u);
  ASSERT_EQ(book.sheets[0].rows.size(), 2u);
  EXPECT_THAT(book.sheets[0].rows[0].cells, ElementsAre("1904-01-01"));
  EXPECT_THAT(book.sheets[0].rows[1].cells, ElementsAre("2019-03-15"));
}

TEST_F(XlsxTest, WriteThenReadRoundTrip) {
  Sheet first;
  first.name = "Uitkomsten";
  first.header = {"code", "naam", "aantal", "aandeel"};
  first.rows = {Row{2, {"0363", "Zo\xC3\xAB \xE2\x82\xAC", "12", "0.25"}}, Row{3, {"0599", "", "", "1.5"}},
                Row{4, {"0014", "met \"quote\" & <tag>", "7", "geen getal"}}, Row{5, {"", "", "", "-3"}}};
  Sheet second;
  second.name = "Leeg";
  second.header = {"x"};
  const auto path = dir_ / "uit.xlsx";
  XlsxWriteOptions options;
  options.numeric_columns = {{"Uitkomsten", {"aantal", "aandeel"}}};
  ASSERT_TRUE(write_xlsx(path, Workbook{{first, second}}, options).has_value());
  EXPECT_TRUE(looks_like_xlsx(path));

  Workbook back = read_ok(path);
  ASSERT_EQ(back.sheets.size(), 2u);
  EXPECT_EQ(back.sheets[0].name, "Uitkomsten");
  EXPECT_EQ(back.sheets[0].header, first.header);
  ASSERT_EQ(back.sheets[0].rows.size(), 4u);
  for (std::size_t i = 0; i < 4; ++i) {
    EXPECT_EQ(back.sheets[0].rows[i].cells, first.rows[i].cells) << "rij " << i;
    EXPECT_EQ(back.sheets[0].rows[i].line, i + 2);
  }
  EXPECT_EQ(back.sheets[1].name, "Leeg");
  EXPECT_THAT(back.sheets[1].header, ElementsAre("x"));
  EXPECT_TRUE(back.sheets[1].rows.empty());
}

// Which cells became numbers is visible in the sheet XML: numbers are <v> without t="s".
TEST_F(XlsxTest, WritesOnlyRequestedColumnsAsNumbers) {
  Sheet sheet;
  sheet.name = "Blad1";
  sheet.header = {"code", "n"};
  sheet.rows = {Row{2, {"0363", "0363"}}};
  const auto path = dir_ / "getallen.xlsx";
  ASSERT_TRUE(write_xlsx(path, Workbook{{sheet}}, {{{"Blad1", {"n"}}}}).has_value());
  Workbook back = read_ok(path);
  // "0363" as a number reads back as 363; the code column kept its leading zero.
  EXPECT_THAT(back.sheets[0].rows[0].cells, ElementsAre("0363", "363"));
}

TEST_F(XlsxTest, RejectsInvalidSheetNames) {
  Sheet sheet;
  sheet.name = "a/b";
  sheet.header = {"x"};
  auto status = write_xlsx(dir_ / "fout.xlsx", Workbook{{sheet}});
  ASSERT_FALSE(status.has_value());
  EXPECT_EQ(status.error().code, ErrorCode::kInvalidArgument);
  EXPECT_THAT(status.error().message, HasSubstr("a/b"));
  EXPECT_FALSE(std::filesystem::exists(dir_ / "fout.xlsx"));
}

void expect_invalid(const std::filesystem::path& path, const std::string& reason) {
  auto book = read_xlsx(path);
  ASSERT_FALSE(book.has_value());
  EXPECT_EQ(book.error().code, ErrorCode::kInvalidData);
  EXPECT_EQ(book.error().message, path.filename().string() + ": geen geldig xlsx-bestand (" + reason + ")");
  EXPECT_EQ(book.error().describe(), book.error().message);
}

TEST_F(XlsxTest, TruncatedFile) {
  std::ifstream in(kTestData / "libreoffice.xlsx", std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const auto path = dir_ / "afgebroken.xlsx";
  std::ofstream(path, std::ios::binary) << bytes.substr(0, bytes.size() / 2);
  EXPECT_TRUE(looks_like_xlsx(path));
  expect_invalid(path, "zip-archief is onvolledig of beschadigd");
}

TEST_F(XlsxTest, DamagedPartIsNamed) {
  std::ifstream in(kTestData / "libreoffice.xlsx", std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  // Flip a byte of the compressed data of the first sheet (just after its local file header).
  const std::string part = "xl/worksheets/sheet1.xml";
  const std::size_t header = bytes.find(part);
  ASSERT_NE(header, std::string::npos);
  bytes[header + part.size() + 40] ^= 0x55;
  const auto path = dir_ / "kapot.xlsx";
  std::ofstream(path, std::ios::binary) << bytes;
  expect_invalid(path, "xl/worksheets/sheet1.xml is beschadigd");
}

TEST_F(XlsxTest, TextFileNamedXlsx) {
  const auto path = dir_ / "tekst.xlsx";
  std::ofstream(path, std::ios::binary) << "naam;aantal\nJan;3\n";
  EXPECT_FALSE(looks_like_xlsx(path));
  expect_invalid(path, "geen zip-archief");
}

TEST_F(XlsxTest, ZipWithoutWorkbook) { expect_invalid(kTestData / "no_workbook.xlsx", "xl/workbook.xml ontbreekt"); }

TEST_F(XlsxTest, MissingFileIsUnavailable) {
  auto book = read_xlsx(dir_ / "weg.xlsx");
  ASSERT_FALSE(book.has_value());
  EXPECT_EQ(book.error().code, ErrorCode::kUnavailable);
  EXPECT_THAT(book.error().message, HasSubstr("weg.xlsx"));
  EXPECT_FALSE(looks_like_xlsx(dir_ / "weg.xlsx"));
}

}  // namespace
}  // namespace regio::tabular
