// The plausible-date rule of DESIGN §3.7 (extract_validation_dates.cpp): every date of every
// table lies between the earliest allowed date and the extraction date, both inclusive.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "outcomes/extract_reader.h"

namespace regio::outcomes {
namespace {

using ::testing::HasSubstr;

const regions::Registry& registry() {
  static const regions::Registry r = regions::Registry::load_embedded().value();
  return r;
}

constexpr std::string_view kTrajecten =
    "traject_id,persoon_id,regio,gemeente,interventie,verwijzer,uitkering_start,startdatum,einddatum\n";

// Extraction date 2024-12-31, earliest date the default 1990-01-01.
Result<ImportedExtract> read(std::string_view text, std::string_view file) {
  ImportOptions options;
  options.latest_date = from_civil({2024, 12, 31});
  return read_extract_csv_text(text, file, registry(), options);
}

void expect_refused(std::string_view text, std::string_view file, std::size_t line, std::string_view column,
                    std::string_view rule, std::string_view message) {
  auto r = read(text, file);
  ASSERT_FALSE(r) << "accepted: " << text;
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidData);
  ASSERT_EQ(r.error().problems.size(), 1u) << r.error().describe();
  const Problem& p = r.error().problems[0];
  EXPECT_EQ(p.file, file);
  EXPECT_EQ(p.line, line);
  EXPECT_EQ(p.column, column);
  EXPECT_EQ(p.rule, rule);
  EXPECT_THAT(p.message, HasSubstr(message));
}

TEST(ExtractDates, AfterTheExtractionDateIsRefusedInEveryTable) {
  expect_refused(std::string(kTrajecten) + "t1,p1,AM13,,ips,,geen,2025-01-01,\n", "trajecten.csv", 2, "startdatum",
                 "datum-na-extractiedatum", "2025-01-01 ligt na de extractiedatum 2024-12-31");
  expect_refused(std::string(kTrajecten) +
                     "t1,p1,AM13,,ips,,geen,2019-01-01,\nt2,p1,AM13,,ips,,geen,2019-01-01,"
                     "31-12-9999\n",
                 "trajecten.csv", 3, "einddatum", "datum-na-extractiedatum", "9999-12-31 ligt na de extractiedatum");
  expect_refused("persoon_id,startdatum,einddatum\np1,2019-01-01,2030-12-31\n", "werk.csv", 2, "einddatum",
                 "datum-na-extractiedatum", "2030-12-31 ligt na de extractiedatum 2024-12-31");
  expect_refused("persoon_id,soort,startdatum,einddatum\np1,ww,2025-06-01,\n", "uitkeringen.csv", 2, "startdatum",
                 "datum-na-extractiedatum", "2025-06-01 ligt na de extractiedatum");
}

TEST(ExtractDates, BeforeTheEarliestDateIsRefused) {
  expect_refused(std::string(kTrajecten) + "t1,p1,AM13,,ips,,geen,01-01-0001,\n", "trajecten.csv", 2, "startdatum",
                 "datum-voor-vroegste-datum", "0001-01-01 ligt vóór de vroegste toegestane datum 1990-01-01");
  expect_refused("persoon_id,soort,startdatum,einddatum\np1,ww,1989-12-31,2019-01-01\n", "uitkeringen.csv", 2,
                 "startdatum", "datum-voor-vroegste-datum", "1989-12-31 ligt vóór");
}

TEST(ExtractDates, BothBoundsAreInclusive) {
  auto r = read("persoon_id,startdatum,einddatum\np1,1990-01-01,2024-12-31\n", "werk.csv");
  ASSERT_TRUE(r) << r.error().describe();
  EXPECT_EQ(r->werk, 1u);
}

TEST(ExtractDates, TheEarliestDateCanBeSetAndTheBoundsLifted) {
  ImportOptions options;
  options.earliest_date = from_civil({2019, 1, 2});
  auto r = read_extract_csv_text("persoon_id,startdatum\np1,2019-01-01\n", "werk.csv", registry(), options);
  ASSERT_FALSE(r);
  EXPECT_THAT(r.error().problems.at(0).message, HasSubstr("vóór de vroegste toegestane datum 2019-01-02"));
  options.earliest_date.reset();
  EXPECT_TRUE(read_extract_csv_text("persoon_id,startdatum\np1,1900-01-01\n", "werk.csv", registry(), options));
}

}  // namespace
}  // namespace regio::outcomes
