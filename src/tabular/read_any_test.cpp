#include "tabular/read_any.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace regio::tabular {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

const std::filesystem::path kTestData = std::filesystem::path(REGIO_SOURCE_DIR) / "src/tabular/testdata";

class ReadAnyTest : public ::testing::Test {
 protected:
  void SetUp() override { std::filesystem::create_directories(dir_); }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  const std::filesystem::path dir_ = std::filesystem::temp_directory_path() / "regio_read_any_test";
};

TEST_F(ReadAnyTest, XlsxIsDetectedByContentNotName) {
  const auto path = dir_ / "uitvoer.csv";
  std::filesystem::copy_file(kTestData / "libreoffice.xlsx", path);
  auto book = read_table_file(path);
  ASSERT_TRUE(book.has_value()) << book.error().describe();
  ASSERT_EQ(book->sheets.size(), 2u);
  EXPECT_EQ(book->sheets[0].name, "Deelnemers");
}

TEST_F(ReadAnyTest, AnythingElseIsOneCsvSheetNamedAfterTheStem) {
  const auto path = dir_ / "trajecten.xlsx";
  std::ofstream(path, std::ios::binary) << "\xEF\xBB\xBF"
                                           "code;naam\r\nGM0363;Amsterdam\r\n";
  auto book = read_table_file(path);
  ASSERT_TRUE(book.has_value()) << book.error().describe();
  ASSERT_EQ(book->sheets.size(), 1u);
  EXPECT_EQ(book->sheets[0].name, "trajecten");
  EXPECT_EQ(book->sheets[0].source, "trajecten.xlsx");
  EXPECT_THAT(book->sheets[0].rows[0].cells, ElementsAre("GM0363", "Amsterdam"));
}

TEST_F(ReadAnyTest, MissingFileIsUnavailableAndNamed) {
  auto book = read_table_file(dir_ / "nergens.csv");
  ASSERT_FALSE(book.has_value());
  EXPECT_EQ(book.error().code, ErrorCode::kUnavailable);
  EXPECT_THAT(book.error().message, HasSubstr("nergens.csv"));
}

TEST_F(ReadAnyTest, DirectoryIsUnavailable) {
  auto book = read_table_file(dir_);
  ASSERT_FALSE(book.has_value());
  EXPECT_EQ(book.error().code, ErrorCode::kUnavailable);
}

TEST_F(ReadAnyTest, CsvErrorsPassThrough) {
  const auto path = dir_ / "leeg.csv";
  std::ofstream(path, std::ios::binary) << "\n";
  auto book = read_table_file(path);
  ASSERT_FALSE(book.has_value());
  EXPECT_EQ(book.error().code, ErrorCode::kInvalidData);
  EXPECT_EQ(book.error().message, "leeg.csv: bestand is leeg");
}

}  // namespace
}  // namespace regio::tabular
