// Deterministic stand-in for the libFuzzer target (csv_fuzz.cpp): a few thousand random and
// mutated inputs, checking the invariants every caller relies on.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "tabular/csv.h"

namespace regio::tabular {
namespace {

// Pieces that exercise every branch of the parser, including invalid UTF-8 and a BOM.
const std::vector<std::string> kPieces = {"a",    "b",  "1", ",",        ";",    "\"",       "\"\"",         "\n",
                                          "\r\n", "\r", " ", "\xC3\xA9", "\xFF", "\xE2\x82", "\xEF\xBB\xBF", "x;y",
                                          "\t"};

std::string random_input(std::mt19937& random) {
  std::string text;
  const std::size_t length = random() % 40;
  for (std::size_t i = 0; i < length; ++i) text += kPieces[random() % kPieces.size()];
  return text;
}

std::string mutate(std::string text, std::mt19937& random) {
  const std::size_t edits = 1 + random() % 4;
  for (std::size_t i = 0; i < edits; ++i) {
    const std::size_t at = text.empty() ? 0 : random() % (text.size() + 1);
    switch (random() % 3) {
      case 0:
        text.insert(at, kPieces[random() % kPieces.size()]);
        break;
      case 1:
        if (at < text.size()) text.erase(at, 1 + random() % 3);
        break;
      default:
        if (at < text.size()) text[at] = static_cast<char>(random() % 256);
        break;
    }
  }
  return text;
}

void check_invariants(const std::string& input) {
  auto sheet = parse_csv(input, "fuzz.csv");
  if (!sheet) {
    EXPECT_EQ(sheet.error().code, ErrorCode::kInvalidData);
    EXPECT_FALSE(sheet.error().problems.empty());
    return;
  }
  EXPECT_FALSE(sheet->header.empty());
  std::size_t previous_line = 0;
  for (const auto& row : sheet->rows) {
    ASSERT_EQ(row.cells.size(), sheet->header.size());
    ASSERT_GT(row.line, previous_line);
    previous_line = row.line;
  }
}

TEST(CsvFuzzSmoke, RandomInputsKeepInvariants) {
  std::mt19937 random(20240611);
  for (int i = 0; i < 3000; ++i) {
    const std::string input = random_input(random);
    SCOPED_TRACE(input);
    check_invariants(input);
  }
}

TEST(CsvFuzzSmoke, MutatedValidFilesKeepInvariants) {
  const std::string seed =
      "\xEF\xBB\xBFid;naam;bedrag\r\n1;\"Zo\xC3\xAB; \"\"de\"\" eerste\";1,5\r\n2;\"twee\nregels\";\r\n\r\n3;x;4\r\n";
  std::mt19937 random(7);
  for (int i = 0; i < 3000; ++i) {
    const std::string input = mutate(seed, random);
    SCOPED_TRACE(input);
    check_invariants(input);
  }
}

// Any sheet of valid UTF-8 cells survives write_csv -> parse_csv unchanged (up to the documented
// normalisations: trimmed header, dropped empty rows), in both dialects.
TEST(CsvFuzzSmoke, RandomSheetsRoundTrip) {
  const std::vector<std::string> cell_pieces = {"a", "Z", "0", ",", ";", "\"", "\n", "\r\n", " ", "\xC3\xA9", "1,5"};
  std::mt19937 random(99);
  for (int i = 0; i < 1000; ++i) {
    Sheet sheet;
    const std::size_t columns = 2 + random() % 4;
    for (std::size_t c = 0; c < columns; ++c) sheet.header.push_back("kolom" + std::to_string(c));
    const std::size_t rows = random() % 6;
    for (std::size_t r = 0; r < rows; ++r) {
      Row row{r + 2, {}};
      for (std::size_t c = 0; c < columns; ++c) {
        std::string cell;
        const std::size_t length = random() % 4;
        for (std::size_t k = 0; k < length; ++k) cell += cell_pieces[random() % cell_pieces.size()];
        row.cells.push_back(cell);
      }
      row.cells[0] = "r" + std::to_string(r);  // never an all-empty row
      sheet.rows.push_back(row);
    }
    for (const CsvDialect& dialect : {CsvDialect::plain(), CsvDialect::dutch_excel()}) {
      auto back = parse_csv(write_csv(sheet, dialect), "rond.csv");
      ASSERT_TRUE(back.has_value()) << back.error().describe();
      EXPECT_EQ(back->header, sheet.header);
      ASSERT_EQ(back->rows.size(), sheet.rows.size());
      for (std::size_t r = 0; r < rows; ++r) EXPECT_EQ(back->rows[r].cells, sheet.rows[r].cells);
    }
  }
}

}  // namespace
}  // namespace regio::tabular
