#include "outcomes/extract_reader.h"

#include <unistd.h>

#include <fstream>

#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tabular/xlsx.h"

namespace regio::outcomes {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::Not;

const regions::Registry& registry() {
  static const regions::Registry r = regions::Registry::load_embedded().value();
  return r;
}

class TempDir {
 public:
  TempDir()
      : path_(fs::temp_directory_path() /
              ("regio_extract_" + std::to_string(::getpid()) + "_" + std::to_string(counter_++))) {
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  fs::path write(const std::string& name, std::string_view text) const {
    std::ofstream(path_ / name, std::ios::binary) << text;
    return path_ / name;
  }
  const fs::path& path() const { return path_; }

 private:
  static inline int counter_ = 0;
  fs::path path_;
};

constexpr std::string_view kTrajecten =
    "traject_id,persoon_id,regio,gemeente,interventie,verwijzer,uitkering_start,startdatum,einddatum\n"
    "t1,p-A,AM13,GM0344,ips,ggz,bijstand,2019-03-01,2019-12-31\n"
    "t2,p_B,AM18,,jobcoaching,,geen,2020-01-15,\n";
constexpr std::string_view kWerk =
    "persoon_id,startdatum,einddatum,uren_per_week,contract\n"
    "p-A,2019-06-01,,32.5,vast\n"
    "p_C,2018-01-01,2018-06-30,,\n";
constexpr std::string_view kUitkeringen =
    "persoon_id,soort,startdatum,einddatum\n"
    "p-A,bijstand,2018-01-01,2019-07-31\n";

// Dutch Excel: BOM, ';', CRLF, DD-MM-YYYY, decimal comma, other column order, quoted cells.
constexpr std::string_view kTrajectenDutch =
    "\xEF\xBB\xBFpersoon_id;traject_id;regio;gemeente;interventie;verwijzer;uitkering_start;startdatum;einddatum\r\n"
    "\"p-A\";t1;AM13;GM0344;ips;ggz;bijstand;01-03-2019;31-12-2019\r\n"
    "p_B;\"t2\";AM18;;jobcoaching;;geen;15-01-2020;\r\n";
constexpr std::string_view kWerkDutch =
    "\xEF\xBB\xBFpersoon_id;startdatum;einddatum;uren_per_week;contract\r\n"
    "p-A;01-06-2019;;32,5;vast\r\n"
    "p_C;01-01-2018;30-06-2018;;\r\n";
constexpr std::string_view kUitkeringenDutch =
    "\xEF\xBB\xBFsoort;persoon_id;startdatum;einddatum\r\n"
    "bijstand;p-A;01-01-2018;31-07-2019\r\n";

Result<ImportedExtract> read_dir(std::string_view t, std::string_view w, std::string_view u) {
  TempDir dir;
  dir.write("trajecten.csv", t);
  dir.write("werk.csv", w);
  dir.write("uitkeringen.csv", u);
  return read_extract({dir.path()}, registry());
}

// Day numbers worked out independently (Python: (date(y,m,d) - date(1970,1,1)).days).
TEST(ReadExtract, ReadsThePlainFilesIntoColumns) {
  auto r = read_dir(kTrajecten, kWerk, kUitkeringen);
  ASSERT_TRUE(r) << r.error().describe();
  const Extract& e = r->extract;
  ASSERT_EQ(e.persons.size(), 3u);
  EXPECT_EQ(e.persons[0], "p-A");
  EXPECT_EQ(e.persons[1], "p_B");
  EXPECT_EQ(e.persons[2], "p_C");
  ASSERT_EQ(e.trajecten.size(), 2u);
  EXPECT_EQ(e.trajecten.traject_id[1], "t2");
  EXPECT_EQ(e.trajecten.person, (std::vector<std::uint32_t>{0, 1}));
  EXPECT_EQ(e.trajecten.regio[0], "AM13");
  EXPECT_EQ(e.trajecten.gemeente[0], "GM0344");
  EXPECT_EQ(e.trajecten.gemeente[1], "");
  EXPECT_EQ(e.trajecten.interventie[1], Interventie::kJobcoaching);
  EXPECT_EQ(e.trajecten.verwijzer[0], Verwijzer::kGgz);
  EXPECT_EQ(e.trajecten.verwijzer[1], Verwijzer::kOnbekend);
  EXPECT_EQ(e.trajecten.uitkering_start[1], UitkeringStart::kGeen);
  EXPECT_EQ(e.trajecten.start, (std::vector<std::int32_t>{17956, 18276}));
  EXPECT_EQ(e.trajecten.end, (std::vector<std::int32_t>{18261, kOpenEnd}));
  EXPECT_EQ(e.werk.person, (std::vector<std::uint32_t>{0, 2}));
  EXPECT_EQ(e.werk.start, (std::vector<std::int32_t>{18048, 17532}));
  EXPECT_EQ(e.werk.end, (std::vector<std::int32_t>{kOpenEnd, 17712}));
  EXPECT_EQ(e.werk.hours, (std::vector<float>{32.5f, kUnknownHours}));
  EXPECT_EQ(e.werk.contract, (std::vector<Contract>{Contract::kVast, Contract::kOnbekend}));
  EXPECT_EQ(e.uitkeringen.soort, (std::vector<UitkeringSoort>{UitkeringSoort::kBijstand}));
  EXPECT_EQ(e.uitkeringen.end, (std::vector<std::int32_t>{18108}));
  EXPECT_EQ(r->trajecten, 2u);
  EXPECT_EQ(r->werk, 2u);
  EXPECT_EQ(r->uitkeringen, 1u);
  EXPECT_EQ(r->persons, 3u);
  EXPECT_EQ(r->first.days, 17532);  // 2018-01-01
  EXPECT_EQ(r->last.days, 18276);   // 2020-01-15: the latest start, later than every end
}

TEST(ReadExtract, DutchExcelVariantGivesTheSameExtract) {
  auto plain = read_dir(kTrajecten, kWerk, kUitkeringen);
  auto dutch = read_dir(kTrajectenDutch, kWerkDutch, kUitkeringenDutch);
  ASSERT_TRUE(plain) << plain.error().describe();
  ASSERT_TRUE(dutch) << dutch.error().describe();
  EXPECT_EQ(plain->extract, dutch->extract);
}

tabular::Sheet sheet(std::string name, std::vector<std::string> header, std::vector<std::vector<std::string>> rows) {
  tabular::Sheet s;
  s.name = std::move(name);
  s.header = std::move(header);
  std::size_t line = 1;
  for (auto& r : rows) s.rows.push_back({++line, std::move(r)});
  return s;
}

TEST(ReadExtract, WorkbookWithThreeSheetsGivesTheSameExtract) {
  TempDir dir;
  tabular::Workbook book;
  book.sheets.push_back(sheet("toelichting", {"tekst"}, {{"wordt genegeerd"}}));
  book.sheets.push_back(sheet("trajecten",
                              {"traject_id", "persoon_id", "regio", "gemeente", "interventie", "verwijzer",
                               "uitkering_start", "startdatum", "einddatum"},
                              {{"t1", "p-A", "AM13", "GM0344", "ips", "ggz", "bijstand", "2019-03-01", "2019-12-31"},
                               {"t2", "p_B", "AM18", "", "jobcoaching", "", "geen", "15-01-2020", ""}}));
  book.sheets.push_back(
      sheet("werk", {"persoon_id", "startdatum", "einddatum", "uren_per_week", "contract"},
            {{"p-A", "2019-06-01", "", "32.5", "vast"}, {"p_C", "2018-01-01", "2018-06-30", "", ""}}));
  book.sheets.push_back(sheet("uitkeringen", {"persoon_id", "soort", "startdatum", "einddatum"},
                              {{"p-A", "bijstand", "2018-01-01", "2019-07-31"}}));
  tabular::XlsxWriteOptions options;
  options.numeric_columns = {{"werk", {"uren_per_week"}}};
  ASSERT_TRUE(tabular::write_xlsx(dir.path() / "levering.xlsx", book, options));
  auto from_xlsx = read_extract({dir.path() / "levering.xlsx"}, registry());
  ASSERT_TRUE(from_xlsx) << from_xlsx.error().describe();
  auto from_csv = read_dir(kTrajecten, kWerk, kUitkeringen);
  ASSERT_TRUE(from_csv);
  EXPECT_EQ(from_xlsx->extract, from_csv->extract);
}

TEST(ReadExtract, WorkbookProblemsNameTheSheetAndRow) {
  TempDir dir;
  tabular::Workbook book;
  book.sheets.push_back(sheet("werk", {"persoon_id", "startdatum"}, {{"p1", "2019-01-01"}, {"p1", "gisteren"}}));
  ASSERT_TRUE(tabular::write_xlsx(dir.path() / "levering.xlsx", book));
  auto r = read_extract({dir.path() / "levering.xlsx"}, registry());
  ASSERT_FALSE(r);
  ASSERT_EQ(r.error().problems.size(), 1u);
  EXPECT_EQ(r.error().problems[0].file, "levering.xlsx[werk]");
  EXPECT_EQ(r.error().problems[0].line, 3u);
  EXPECT_EQ(r.error().problems[0].column, "startdatum");
}

TEST(ReadExtract, QuotedFieldWithSeparatorQuoteAndLineBreak) {
  auto r = read_extract_csv_text(
      "traject_id,persoon_id,regio,interventie,uitkering_start,startdatum\n"
      "\"a,\"\"b\"\"\nc\",p1,AM13,ips,geen,2019-01-01\n"
      "t2,p1,AM13,ips,geen,2019-01-02\n",
      "trajecten.csv", registry());
  ASSERT_TRUE(r) << r.error().describe();
  EXPECT_EQ(r->extract.trajecten.traject_id[0], "a,\"b\"\nc");
  EXPECT_EQ(r->extract.trajecten.traject_id[1], "t2");
}

TEST(ReadExtract, FilesCanBeNamedOneByOne) {
  TempDir dir;
  auto w = dir.write("werk.csv", kWerk);
  auto u = dir.write("uitkeringen.csv", kUitkeringen);
  auto r = read_extract({w, u}, registry());
  ASSERT_TRUE(r) << r.error().describe();
  EXPECT_EQ(r->trajecten, 0u);
  EXPECT_EQ(r->persons, 2u);
  EXPECT_EQ(r->extract.persons[0], "p-A");
}

TEST(ReadExtract, UnknownFileNameIsRefused) {
  TempDir dir;
  auto p = dir.write("personen.csv", kWerk);
  auto r = read_extract({p}, registry());
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
}

TEST(ReadExtract, ReportsProgressUpToTheTotal) {
  TempDir dir;
  dir.write("trajecten.csv", kTrajecten);
  dir.write("werk.csv", kWerk);
  std::uint64_t last_done = 0, last_total = 0;
  ImportOptions options;
  options.progress = [&](std::uint64_t done, std::uint64_t total) {
    last_done = done;
    last_total = total;
  };
  ASSERT_TRUE(read_extract({dir.path()}, registry(), options));
  EXPECT_EQ(last_total, kTrajecten.size() + kWerk.size());
  EXPECT_EQ(last_done, last_total);
}

}  // namespace
}  // namespace regio::outcomes

namespace regio::outcomes {
namespace {

// uitkeringen.csv is the larger file, so it is read first; persons must still be numbered by
// first appearance in werk, then uitkeringen.
void expect_persons_in_table_order(std::string_view a, std::string_view b, std::string_view c, unsigned threads) {
  TempDir dir;
  dir.write("werk.csv", fmt::format("persoon_id,startdatum\n{0},2019-01-01\n{1},2019-01-01\n", b, a));
  dir.write("uitkeringen.csv",
            fmt::format("persoon_id,soort,startdatum,einddatum\n{0},ww,2019-01-01,\n{1},ww,2019-01-01,\n"
                        "{0},ww,2019-01-01,\n{0},ww,2019-01-01,\n{0},ww,2019-01-01,\n",
                        c, b));
  ImportOptions options;
  options.threads = threads;
  auto r = read_extract({dir.path()}, registry(), options);
  ASSERT_TRUE(r) << r.error().describe();
  const Extract& e = r->extract;
  ASSERT_EQ(e.persons.size(), 3u);
  EXPECT_EQ(e.persons[0], b);
  EXPECT_EQ(e.persons[1], a);
  EXPECT_EQ(e.persons[2], c);
  EXPECT_EQ(e.werk.person, (std::vector<std::uint32_t>{0, 1}));
  EXPECT_EQ(e.uitkeringen.person, (std::vector<std::uint32_t>{2, 0, 2, 2, 2}));
}

TEST(ReadExtract, PersonsNumberedInTableOrderWhateverTheReadingOrder) {
  for (unsigned threads : {1u, 2u}) {
    expect_persons_in_table_order("aaaa", "bbbb", "cccc", threads);  // equal lengths: in place
    expect_persons_in_table_order("a", "bb", "ccc", threads);        // different lengths
  }
}

}  // namespace
}  // namespace regio::outcomes
