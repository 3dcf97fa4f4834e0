// Limits and encodings of the extract scanner: records above the length limit (refused with
// file, line and column, without reading the rest), NUL bytes, UTF-16 files and a traject_id that
// is not UTF-8 (Latin-1), each named without echoing the value.
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "outcomes/extract_reader.h"
#include "outcomes/extract_reader_csv.h"

namespace regio::outcomes {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::Not;

const regions::Registry& registry() {
  static const regions::Registry r = regions::Registry::load_embedded().value();
  return r;
}

constexpr std::string_view kHeader =
    "traject_id,persoon_id,regio,gemeente,interventie,verwijzer,uitkering_start,startdatum,einddatum\n";

std::vector<Problem> problems(std::string_view text) {
  auto r = read_extract_csv_text(text, "trajecten.csv", registry());
  if (r) return {};
  return r.error().problems;
}

void expect_problem(const std::vector<Problem>& found, std::size_t line, std::string_view column, std::string_view rule,
                    std::string_view message_part) {
  ASSERT_EQ(found.size(), 1u) << (found.empty() ? "" : describe(found[0]));
  EXPECT_EQ(found[0].file, "trajecten.csv");
  EXPECT_EQ(found[0].line, line);
  EXPECT_EQ(found[0].column, column);
  EXPECT_EQ(found[0].rule, rule);
  EXPECT_THAT(found[0].message, HasSubstr(message_part));
}

// Through the file path, which reads 1 MiB chunks: a traject_id of 3 MB neither grows the
// buffer nor is stored.
TEST(ExtractLimits, HugeTrajectIdIsRefusedWithFileLineAndColumn) {
  const fs::path dir = fs::temp_directory_path() / ("regio_extract_limits_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  {
    std::ofstream out(dir / "trajecten.csv", std::ios::binary);
    out << kHeader << "t1,p1,AM13,,ips,,geen,2019-02-01,\n"
        << std::string(3u << 20, 'x') << ",p2,AM13,,ips,,geen,2019-02-01,\n";
  }
  std::ofstream(dir / "werk.csv") << "persoon_id,startdatum,einddatum\n";
  std::ofstream(dir / "uitkeringen.csv") << "persoon_id,soort,startdatum,einddatum\n";
  auto r = read_extract({dir}, registry());
  fs::remove_all(dir);
  ASSERT_FALSE(r);
  ASSERT_EQ(r.error().problems.size(), 1u) << r.error().describe();
  const Problem& p = r.error().problems[0];
  EXPECT_EQ(p.file, "trajecten.csv");
  EXPECT_EQ(p.line, 3u);
  EXPECT_EQ(p.column, "traject_id");
  EXPECT_EQ(p.rule, "regel-te-lang");
  EXPECT_EQ(p.message,
            "de regel is langer dan 65536 bytes (in kolom traject_id); de rest van het bestand is niet gelezen");
}

TEST(ExtractLimits, RecordLimitNamesTheColumnWhereItIsCrossed) {
  const std::string text =
      std::string(kHeader) + "t1,p1,AM13,\"" + std::string(70'000, ',') + "\",ips,,geen,2019-02-01,\n";
  expect_problem(problems(text), 2, "gemeente", "regel-te-lang", "65536 bytes");
}

TEST(ExtractLimits, LongTrajectIdBelowTheRecordLimit) {
  expect_problem(problems(std::string(kHeader) + std::string(129, 't') + ",p1,AM13,,ips,,geen,2019-02-01,\n"), 2,
                 "traject_id", "traject-id", "129 bytes lang; hoogstens 128");
  EXPECT_TRUE(problems(std::string(kHeader) + std::string(128, 't') + ",p1,AM13,,ips,,geen,2019-02-01,\n").empty());
}

TEST(ExtractLimits, NulBytesAreRefusedWithLineAndColumn) {
  const std::string row =
      std::string("t1,p1,AM13,,ips,,geen,2019-02-01,\nt") + '\0' + "2,p2,AM13,,ips,,geen,2019-02-01,\n";
  expect_problem(problems(std::string(kHeader) + row), 3, "traject_id", "nul-teken", "NUL-teken");
  const std::string in_date = std::string("t1,p1,AM13,,ips,,geen,2019-02-01") + '\0' + ",\n";
  expect_problem(problems(std::string(kHeader) + in_date), 2, "startdatum", "nul-teken", "NUL-teken");
}

// Latin-1 "é" in a traject_id, as old Excel CSV writes it: stored it would break JSON output.
TEST(ExtractLimits, Latin1TrajectIdIsRefusedWithAHint) {
  const auto found = problems(std::string(kHeader) + "caf\xE9-1,p1,AM13,,ips,,geen,2019-02-01,\n");
  expect_problem(found, 2, "traject_id", "traject-id", "Latin-1 of Windows-1252");
  EXPECT_THAT(found[0].message, Not(HasSubstr("caf")));
  EXPECT_TRUE(problems(std::string(kHeader) + "caf\xC3\xA9-1,p1,AM13,,ips,,geen,2019-02-01,\n").empty());
}

TEST(ExtractLimits, Utf16FileIsRecognised) {
  std::string utf16 = "\xFF\xFE";
  for (char c : kHeader) (utf16 += c) += '\0';
  expect_problem(problems(utf16), 1, "", "utf16", "UTF-16");
  expect_problem(problems(utf16.substr(2)), 1, "", "utf16", "UTF-16");
}

// A file without header row starts with data: the "unknown column" is not echoed when it could
// be a BSN, and never as bytes that are not printable ASCII.
TEST(ExtractLimits, HeaderThatIsDataIsNotEchoed) {
  const auto found = problems("t1,123456782,AM13,,ips,,geen,2019-02-01,\n");
  ASSERT_FALSE(found.empty());
  for (const Problem& p : found) EXPECT_THAT(describe(p), Not(HasSubstr("123456782")));
}

}  // namespace
}  // namespace regio::outcomes
