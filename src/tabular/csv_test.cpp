#include "tabular/csv.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace regio::tabular {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

Sheet parse_ok(std::string_view text, CsvDialect* dialect = nullptr) {
  auto sheet = parse_csv(text, "test.csv", dialect);
  EXPECT_TRUE(sheet.has_value()) << (sheet ? "" : sheet.error().describe());
  return sheet ? *sheet : Sheet{};
}

Error parse_error(std::string_view text) {
  auto sheet = parse_csv(text, "test.csv");
  EXPECT_FALSE(sheet.has_value());
  return sheet ? Error{} : sheet.error();
}

TEST(ParseCsv, CommaSeparatedWithNameAndSource) {
  CsvDialect dialect;
  Sheet sheet = parse_ok("a,b\n1,2\n3,4\n", &dialect);
  EXPECT_EQ(sheet.name, "test");
  EXPECT_EQ(sheet.source, "test.csv");
  EXPECT_THAT(sheet.header, ElementsAre("a", "b"));
  ASSERT_EQ(sheet.rows.size(), 2u);
  EXPECT_EQ(sheet.rows[0].line, 2u);
  EXPECT_THAT(sheet.rows[0].cells, ElementsAre("1", "2"));
  EXPECT_EQ(sheet.rows[1].line, 3u);
  EXPECT_THAT(sheet.rows[1].cells, ElementsAre("3", "4"));
  EXPECT_EQ(dialect.separator, ',');
  EXPECT_EQ(dialect.decimal, '.');
  EXPECT_FALSE(dialect.bom);
  EXPECT_FALSE(dialect.crlf);
}

TEST(ParseCsv, DutchExcelBomSemicolonCrlf) {
  CsvDialect dialect;
  Sheet sheet = parse_ok("\xEF\xBB\xBFnaam;bedrag\r\nJan;1,5\r\nPiet;2,25\r\n", &dialect);
  EXPECT_THAT(sheet.header, ElementsAre("naam", "bedrag"));
  ASSERT_EQ(sheet.rows.size(), 2u);
  EXPECT_THAT(sheet.rows[0].cells, ElementsAre("Jan", "1,5"));
  EXPECT_THAT(sheet.rows[1].cells, ElementsAre("Piet", "2,25"));
  EXPECT_EQ(sheet.rows[1].line, 3u);
  EXPECT_EQ(dialect.separator, ';');
  EXPECT_EQ(dialect.decimal, ',');
  EXPECT_TRUE(dialect.bom);
  EXPECT_TRUE(dialect.crlf);
}

TEST(ParseCsv, SeparatorIsCountedOnHeaderOutsideQuotes) {
  // Header has one ';' outside quotes and two ',' inside quotes: ';' wins.
  Sheet sheet = parse_ok("\"a,b,c\";d\n1,5;2\n");
  EXPECT_THAT(sheet.header, ElementsAre("a,b,c", "d"));
  EXPECT_THAT(sheet.rows[0].cells, ElementsAre("1,5", "2"));
  // Data rows full of ';' do not change the decision made on the header.
  Sheet commas = parse_ok("x,y\n\"p;q;r\",s\n");
  EXPECT_THAT(commas.rows[0].cells, ElementsAre("p;q;r", "s"));
}

TEST(ParseCsv, SingleColumnFile) {
  Sheet sheet = parse_ok("code\nGM0363\nGM0599\n");
  EXPECT_THAT(sheet.header, ElementsAre("code"));
  ASSERT_EQ(sheet.rows.size(), 2u);
  EXPECT_THAT(sheet.rows[1].cells, ElementsAre("GM0599"));
}

TEST(ParseCsv, LoneCarriageReturnsEndLines) {
  Sheet sheet = parse_ok("a;b\r1;2\r3;4");
  ASSERT_EQ(sheet.rows.size(), 2u);
  EXPECT_EQ(sheet.rows[0].line, 2u);
  EXPECT_EQ(sheet.rows[1].line, 3u);
  EXPECT_THAT(sheet.rows[1].cells, ElementsAre("3", "4"));
}

TEST(ParseCsv, QuotedSeparatorsEscapedQuotesAndLineBreaks) {
  Sheet sheet = parse_ok(
      "id,tekst,n\n"
      "1,\"hallo, wereld\",2\n"
      "2,\"zij zei \"\"ja\"\"\",3\n"
      "3,\"regel een\nregel twee\r\nregel drie\",4\n"
      "4,\"\",5\n");
  ASSERT_EQ(sheet.rows.size(), 4u);
  EXPECT_THAT(sheet.rows[0].cells, ElementsAre("1", "hallo, wereld", "2"));
  EXPECT_THAT(sheet.rows[1].cells, ElementsAre("2", "zij zei \"ja\"", "3"));
  EXPECT_THAT(sheet.rows[2].cells, ElementsAre("3", "regel een\nregel twee\r\nregel drie", "4"));
  EXPECT_EQ(sheet.rows[2].line, 4u);
  // The quoted cell spans lines 4, 5 and 6, so the next row is on line 7.
  EXPECT_EQ(sheet.rows[3].line, 7u);
  EXPECT_THAT(sheet.rows[3].cells, ElementsAre("4", "", "5"));
}

TEST(ParseCsv, ShortRowsArePaddedAndEmptyRowsDropped) {
  Sheet sheet = parse_ok("a,b,c\n1\n\n , ,\n2,3\n;\n");
  ASSERT_EQ(sheet.rows.size(), 3u);
  EXPECT_THAT(sheet.rows[0].cells, ElementsAre("1", "", ""));
  EXPECT_EQ(sheet.rows[0].line, 2u);
  EXPECT_THAT(sheet.rows[1].cells, ElementsAre("2", "3", ""));
  EXPECT_EQ(sheet.rows[1].line, 5u);
  // ";" is text in a comma file, so that row is not empty.
  EXPECT_THAT(sheet.rows[2].cells, ElementsAre(";", "", ""));
  EXPECT_EQ(sheet.rows[2].line, 6u);
}

TEST(ParseCsv, HeaderCellsAreTrimmedDataCellsAreNot) {
  Sheet sheet = parse_ok(" a , b\t\n x ,y \n");
  EXPECT_THAT(sheet.header, ElementsAre("a", "b"));
  EXPECT_THAT(sheet.rows[0].cells, ElementsAre(" x ", "y "));
}

TEST(ParseCsv, LeadingBlankLinesBeforeHeader) {
  Sheet sheet = parse_ok("\n  \na;b\n1;2\n");
  EXPECT_THAT(sheet.header, ElementsAre("a", "b"));
  EXPECT_EQ(sheet.rows[0].line, 4u);
}

TEST(ParseCsv, HeaderOnlyGivesNoRows) {
  Sheet sheet = parse_ok("a,b\n");
  EXPECT_THAT(sheet.header, ElementsAre("a", "b"));
  EXPECT_TRUE(sheet.rows.empty());
}

TEST(ParseCsv, LongerRowIsAnErrorNamingLineAndCounts) {
  Error error = parse_error("a,b\n1,2\n1,2,3\n4,5\n6,7,8,9\n");
  EXPECT_EQ(error.code, ErrorCode::kInvalidData);
  EXPECT_THAT(error.message, HasSubstr("test.csv"));
  ASSERT_EQ(error.problems.size(), 2u);
  EXPECT_EQ(error.problems[0].file, "test.csv");
  EXPECT_EQ(error.problems[0].line, 3u);
  EXPECT_EQ(error.problems[0].message, "regel 3 heeft 3 velden, de kopregel heeft 2");
  EXPECT_EQ(error.problems[1].line, 5u);
  EXPECT_EQ(error.problems[1].message, "regel 5 heeft 4 velden, de kopregel heeft 2");
  EXPECT_THAT(error.describe(), HasSubstr("test.csv, regel 3: regel 3 heeft 3 velden"));
}

TEST(ParseCsv, UnterminatedQuoteNamesTheLineWhereTheFieldStarted) {
  Error error = parse_error("a,b\n1,2\n3,\"open\nnog meer\nen meer\n");
  EXPECT_EQ(error.code, ErrorCode::kInvalidData);
  ASSERT_EQ(error.problems.size(), 1u);
  EXPECT_EQ(error.problems[0].line, 3u);
  EXPECT_EQ(error.problems[0].rule, "open-aanhalingsteken");
  EXPECT_THAT(error.problems[0].message, HasSubstr("aanhalingsteken"));
}

TEST(ParseCsv, InvalidUtf8NamesTheLine) {
  // Latin-1 "é" (0xE9) on line 3, as an old Excel "CSV (gescheiden door lijstscheidingsteken)" writes it.
  Error error = parse_error("a;b\r\n1;2\r\ncaf\xE9;3\r\n");
  EXPECT_EQ(error.code, ErrorCode::kInvalidData);
  ASSERT_EQ(error.problems.size(), 1u);
  EXPECT_EQ(error.problems[0].line, 3u);
  EXPECT_EQ(error.problems[0].rule, "ongeldige-utf8");
  EXPECT_THAT(error.problems[0].message, HasSubstr("ongeldige UTF-8-tekens (byte 0xE9)"));
  EXPECT_THAT(error.problems[0].message, HasSubstr("waarschijnlijk opgeslagen als Latin-1 of Windows-1252"));
  EXPECT_THAT(error.problems[0].message, HasSubstr("'CSV UTF-8 (door komma's gescheiden)'"));
}

TEST(ParseCsv, Utf16IsRecognisedWithOrWithoutByteOrderMark) {
  const std::string utf16le(
      "\xFF\xFE"
      "a\0;\0b\0\r\0\n\0",
      12);
  for (const std::string& text : {utf16le, utf16le.substr(2), std::string("\xFE\xFF\0a\0;\0b", 8)}) {
    Error error = parse_error(text);
    ASSERT_EQ(error.problems.size(), 1u);
    EXPECT_EQ(error.problems[0].rule, "utf16");
    EXPECT_THAT(error.problems[0].message, HasSubstr("UTF-16"));
  }
}

TEST(ParseCsv, NulBytesAreRefusedWithLineAndColumn) {
  Error error = parse_error(std::string("regio;antwoord\nAM13;ja\nAM14;ne") + '\0' + "e\n");
  ASSERT_EQ(error.problems.size(), 1u);
  EXPECT_EQ(error.problems[0].line, 3u);
  EXPECT_EQ(error.problems[0].column, "antwoord");
  EXPECT_EQ(error.problems[0].rule, "nul-teken");
}

TEST(ParseCsv, FieldAndRecordLimits) {
  Error field = parse_error("regio,antwoord\nAM13,\"" + std::string(kMaxCsvFieldBytes + 1, 'x') + "\"\n");
  ASSERT_EQ(field.problems.size(), 1u);
  EXPECT_EQ(field.problems[0].line, 2u);
  EXPECT_EQ(field.problems[0].column, "antwoord");
  EXPECT_EQ(field.problems[0].message, "het veld is 131073 bytes lang; een veld mag hoogstens 131072 bytes zijn");
  EXPECT_TRUE(parse_csv("regio,antwoord\nAM13," + std::string(kMaxCsvFieldBytes, 'x') + "\n", "x.csv"));

  std::string wide = "a";
  for (int i = 0; i < 9; ++i) wide += ",k" + std::to_string(i);
  wide += "\n1";
  for (int i = 0; i < 9; ++i) wide += "," + std::string(120'000, 'y');
  Error record = parse_error(wide + "\n");
  ASSERT_EQ(record.problems.size(), 1u);
  EXPECT_EQ(record.problems[0].rule, "regel-te-lang");
  EXPECT_EQ(record.problems[0].line, 2u);
}

TEST(ParseCsv, RejectsOverlongAndSurrogateSequences) {
  EXPECT_FALSE(parse_csv("a\n\xC0\xAF\n", "x.csv"));                   // overlong '/'
  EXPECT_FALSE(parse_csv("a\n\xED\xA0\x80\n", "x.csv"));               // UTF-16 surrogate
  EXPECT_FALSE(parse_csv("a\n\xF4\x90\x80\x80\n", "x.csv"));           // above U+10FFFF
  EXPECT_FALSE(parse_csv("a\n\xE2\x82\n", "x.csv"));                   // truncated sequence
  Sheet ok = parse_ok("a\n\xE2\x82\xAC \xF0\x9F\x98\x80 \xC3\xA9\n");  // € 😀 é
  EXPECT_EQ(ok.rows[0].cells[0], "\xE2\x82\xAC \xF0\x9F\x98\x80 \xC3\xA9");
}

TEST(ParseCsv, EmptyFiles) {
  for (std::string_view text : {std::string_view{}, std::string_view{"\xEF\xBB\xBF"}, std::string_view{" \r\n\n\t "},
                                std::string_view{"\xEF\xBB\xBF\r\n"}, std::string_view{",,\n , \r\n"}}) {
    Error error = parse_error(text);
    EXPECT_EQ(error.code, ErrorCode::kInvalidData);
    EXPECT_THAT(error.message, HasSubstr("bestand is leeg"));
    EXPECT_THAT(error.message, HasSubstr("test.csv"));
  }
}

TEST(WriteCsv, QuotesOnlyWhenNeeded) {
  Sheet sheet;
  sheet.header = {"naam", "opmerking"};
  sheet.rows = {Row{2, {"a;b", "zei \"ja\""}}, Row{3, {"x,y", "twee\nregels"}}};
  EXPECT_EQ(write_csv(sheet, CsvDialect::plain()),
            "naam,opmerking\na;b,\"zei \"\"ja\"\"\"\n\"x,y\",\"twee\nregels\"\n");
  EXPECT_EQ(write_csv(sheet, CsvDialect::dutch_excel()),
            "\xEF\xBB\xBFnaam;opmerking\r\n\"a;b\";\"zei \"\"ja\"\"\"\r\nx,y;\"twee\nregels\"\r\n");
}

TEST(WriteCsv, QuotesTheOtherSeparatorWhereDetectionLooks) {
  Sheet two;
  two.header = {"a;b", "c"};
  two.rows = {Row{2, {"x;y", "z"}}};
  EXPECT_EQ(write_csv(two, CsvDialect::plain()), "\"a;b\",c\nx;y,z\n");
  Sheet one;
  one.header = {"naam"};
  one.rows = {Row{2, {"a,b"}}, Row{3, {"c;d"}}};
  EXPECT_EQ(write_csv(one, CsvDialect::dutch_excel()), "\xEF\xBB\xBFnaam\r\n\"a,b\"\r\n\"c;d\"\r\n");
  auto back = parse_csv(write_csv(one, CsvDialect::dutch_excel()), "een.csv");
  ASSERT_TRUE(back.has_value());
  EXPECT_THAT(back->rows[0].cells, ElementsAre("a,b"));
  EXPECT_THAT(back->rows[1].cells, ElementsAre("c;d"));
}

// Found by csv_fuzz: a header cell with ';' in a one-column ',' file was read back as two columns.
TEST(WriteCsv, RoundTripsFuzzFinding) {
  // (The finding had NUL bytes where \x01 is now: NUL bytes are refused since.)
  const std::string input(
      "\"a;;\x01"
      "a\x01\x12\"\r\x01"
      "5;",
      13);
  CsvDialect dialect;
  auto sheet = parse_csv(input, "f.csv", &dialect);
  ASSERT_TRUE(sheet.has_value());
  EXPECT_THAT(sheet->header, ElementsAre(std::string("a;;\x01"
                                                     "a\x01\x12",
                                                     7)));
  auto back = parse_csv(write_csv(*sheet, dialect), "f.csv");
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(back->header, sheet->header);
  EXPECT_EQ(back->rows[0].cells, sheet->rows[0].cells);
}

void expect_round_trip(const Sheet& original, const CsvDialect& dialect) {
  CsvDialect detected;
  auto back = parse_csv(write_csv(original, dialect), "rond.csv", &detected);
  ASSERT_TRUE(back.has_value()) << back.error().describe();
  EXPECT_EQ(back->header, original.header);
  ASSERT_EQ(back->rows.size(), original.rows.size());
  for (std::size_t i = 0; i < original.rows.size(); ++i) {
    EXPECT_EQ(back->rows[i].cells, original.rows[i].cells) << "rij " << i;
  }
  EXPECT_EQ(detected.separator, dialect.separator);
  EXPECT_EQ(detected.bom, dialect.bom);
  EXPECT_EQ(detected.crlf, dialect.crlf);
}

TEST(WriteCsv, RoundTripsPlainAndDutchExcel) {
  Sheet sheet;
  sheet.header = {"code", "naam", "bedrag", "notitie"};
  sheet.rows = {Row{2, {"GM0363", "Amsterdam", "1,5", ""}},
                Row{3, {"GM0599", "Rotterdam; Zuid", "2.25", "\"citaat\" en\r\nregel"}},
                Row{4, {"", "", "", "alleen laatste"}}, Row{5, {"  spaties  ", "Zoë", "-3", "a,b;c"}}};
  expect_round_trip(sheet, CsvDialect::plain());
  expect_round_trip(sheet, CsvDialect::dutch_excel());
}

TEST(ReadCsvFile, ReadsFileAndNamesItInMessages) {
  const auto dir = std::filesystem::temp_directory_path() / "regio_tabular_csv_test";
  std::filesystem::create_directories(dir);
  const auto path = dir / "trajecten.csv";
  std::ofstream(path, std::ios::binary) << "a;b\n1;2\n";
  auto sheet = read_csv_file(path);
  ASSERT_TRUE(sheet.has_value());
  EXPECT_EQ(sheet->name, "trajecten");
  EXPECT_EQ(sheet->source, "trajecten.csv");

  auto missing = read_csv_file(dir / "bestaat-niet.csv");
  ASSERT_FALSE(missing.has_value());
  EXPECT_EQ(missing.error().code, ErrorCode::kUnavailable);
  EXPECT_THAT(missing.error().message, HasSubstr("bestaat-niet.csv"));
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace regio::tabular
