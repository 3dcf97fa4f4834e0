// Delivery rules through the real binary (DESIGN §3.7): plausible dates against the extraction
// date, the extraction date as the default peildatum, empty deliveries only on request, and a
// traject_id in one delivery only. Every refusal asserts the message and that nothing was stored.
#include <gtest/gtest.h>

#include "cli_harness.h"

namespace regio::testing {
namespace {

// The extract of cli_outcomes_test.cpp, worked out by hand there for C = 2022-12-31; its latest
// date is 2021-10-01 (the end of p2's job).
constexpr const char* kHeader =
    "traject_id,persoon_id,regio,gemeente,interventie,verwijzer,uitkering_start,startdatum,einddatum\n";
constexpr const char* kRows =
    "t1,p1,AM13,GM0344,ips,ggz,geen,2020-01-01,\n"
    "t2,p2,AM13,,ips,uwv,bijstand,2020-03-01,2020-12-31\n"
    "t3,p3,AM13,,jobcoaching,,ww,2021-06-01,\n";
constexpr const char* kWerk =
    "persoon_id,startdatum,einddatum,uren_per_week,contract\n"
    "p1,2020-02-01,,20,vast\n"
    "p2,2021-04-01,2021-10-01,,\n";
constexpr const char* kUitkeringen =
    "persoon_id,soort,startdatum,einddatum\n"
    "p2,bijstand,2019-01-01,2021-01-31\n"
    "p3,ww,2021-01-01,\n";
constexpr const char* kExpectedOn20221231 =
    "regio,jaar,interventie,starters,werk_12m_noemer,werk_12m_teller,dagen_tot_werk_mediaan,duurzaam_noemer,"
    "duurzaam_teller,werkend_12m_teller,uitkering_noemer,uitkering_uitstroom_teller,uren_gem\n"
    "AM13,*,*,3,3,1,31,1,1,1,2,1,20.0\n"
    "AM13,2020,*,2,2,1,31,1,1,1,1,1,20.0\n"
    "AM13,2020,ips,2,2,1,31,1,1,1,1,1,20.0\n"
    "AM13,2021,*,1,1,0,,0,0,0,1,0,\n"
    "AM13,2021,jobcoaching,1,1,0,,0,0,0,1,0,\n"
    "NL,*,*,3,3,1,31,1,1,1,2,1,20.0\n"
    "NL,2020,*,2,2,1,31,1,1,1,1,1,20.0\n"
    "NL,2021,*,1,1,0,,0,0,0,1,0,\n";

// What unsuppressed figures on 2022-12-31 say about themselves (csv), above the figures.
constexpr const char* kUnsuppressedPreamble =
    "# Regiomonitor uitkomstindicatoren; aantallen zijn trajecten (een persoon kan meer trajecten hebben).\n"
    "# Bron: berekend op peildatum 2022-12-31.\n"
    "# NIET BEVEILIGD: exacte cijfers zonder onderdrukking of afronding, alleen voor onderzoekers en beheerders; "
    "niet verspreiden.\n";
const std::string kUnsuppressedOn20221231 = std::string(kUnsuppressedPreamble) + kExpectedOn20221231;

void write_extract(const std::filesystem::path& dir, const std::string& rows = kRows, const std::string& werk = kWerk,
                   const std::string& uitkeringen = kUitkeringen) {
  std::filesystem::create_directories(dir);
  write_file(dir / "trajecten.csv", kHeader + rows);
  write_file(dir / "werk.csv", werk);
  write_file(dir / "uitkeringen.csv", uitkeringen);
}

CliRun cli(const TempDir& dir, std::vector<std::string> args) {
  args.insert(args.begin(), {"--db", "o.db"});
  return run_cli(args, dir.path());
}

void expect_has(const std::string& text, const std::string& part) {
  EXPECT_NE(text.find(part), std::string::npos) << "missing: " << part << "\nin:\n" << text;
}

void expect_nothing_stored(const TempDir& dir) {
  expect_has(cli(dir, {"outcomes", "deliveries"}).out, "nog geen leveringen");
}

TEST(CliDeliveries, DateAfterTheExtractionDateIsRefusedAndNothingStored) {
  TempDir dir;
  write_extract(dir / "x", kRows, std::string(kWerk) + "p3,2022-01-01,2030-12-31,,\n");
  auto imp = cli(dir, {"outcomes", "import", "--delivery", "d", "--extractiedatum", "2022-12-31", "x"});
  EXPECT_EQ(imp.exit_code, 3);
  expect_has(imp.err, "werk.csv, regel 4, kolom einddatum: 2030-12-31 ligt na de extractiedatum 2022-12-31");
  expect_has(imp.err, "[datum-na-extractiedatum]");
  expect_has(imp.err, "niets opgeslagen");
  expect_nothing_stored(dir);

  // 9999-12-31 as an "open" end is a date after any extraction date too (default: today).
  write_extract(dir / "y", std::string(kRows) + "t4,p4,AM13,,ips,,geen,2021-01-01,31-12-9999\n");
  imp = cli(dir, {"outcomes", "import", "--delivery", "d", "y"});
  EXPECT_EQ(imp.exit_code, 3);
  expect_has(imp.err, "trajecten.csv, regel 5, kolom einddatum: 9999-12-31 ligt na de extractiedatum");
  expect_nothing_stored(dir);
}

TEST(CliDeliveries, DateBeforeTheEarliestDateIsRefusedAndNothingStored) {
  TempDir dir;
  write_extract(dir / "x", std::string(kRows) + "t4,p4,AM13,,ips,,geen,01-01-0001,\n");
  auto imp = cli(dir, {"outcomes", "import", "--delivery", "d", "x"});
  EXPECT_EQ(imp.exit_code, 3);
  expect_has(imp.err,
             "trajecten.csv, regel 5, kolom startdatum: 0001-01-01 ligt vóór de vroegste toegestane datum 1990-01-01");
  expect_nothing_stored(dir);

  // The earliest date is an option: 2019-01-01 (p2's benefit start) is before 2019-06-01.
  write_extract(dir / "y");
  imp = cli(dir, {"outcomes", "import", "--delivery", "d", "--vroegste-datum", "2019-06-01", "y"});
  EXPECT_EQ(imp.exit_code, 3);
  expect_has(imp.err,
             "uitkeringen.csv, regel 2, kolom startdatum: 2019-01-01 ligt vóór de vroegste toegestane "
             "datum 2019-06-01");
  expect_nothing_stored(dir);
}

TEST(CliDeliveries, BadDateOptionsAreRefused) {
  TempDir dir;
  write_extract(dir / "x");
  auto future = cli(dir, {"outcomes", "import", "--delivery", "d", "--extractiedatum", "2999-01-01", "x"});
  EXPECT_EQ(future.exit_code, 2);
  expect_has(future.err, "--extractiedatum 2999-01-01 ligt na vandaag");
  auto junk = cli(dir, {"outcomes", "import", "--delivery", "d", "--extractiedatum", "gisteren", "x"});
  EXPECT_EQ(junk.exit_code, 2);
  expect_has(junk.err, "--extractiedatum 'gisteren' is geen datum");
  auto crossed = cli(dir, {"outcomes", "import", "--delivery", "d", "--extractiedatum", "2022-12-31",
                           "--vroegste-datum", "2023-01-01", "x"});
  EXPECT_EQ(crossed.exit_code, 2);
  expect_has(crossed.err, "--vroegste-datum 2023-01-01 ligt na de extractiedatum 2022-12-31");
  expect_nothing_stored(dir);
}

TEST(CliDeliveries, TheExtractionDateIsStoredShownAndTheDefaultPeildatum) {
  TempDir dir;
  write_extract(dir / "x");
  auto imp = cli(dir, {"outcomes", "import", "--delivery", "d", "--extractiedatum", "31-12-2022", "x"});
  ASSERT_EQ(imp.exit_code, 0) << imp.err;
  expect_has(imp.out, "extractiedatum 2022-12-31");
  auto list = cli(dir, {"outcomes", "deliveries"});
  expect_has(list.out, "extractiedatum");
  expect_has(list.out, "2021-10-01  2022-12-31");  // latest date in the data, then the extraction date
  // Without --peildatum: the extraction date, not the latest date in the data (2021-10-01).
  auto ind = cli(dir, {"outcomes", "indicators", "--unsuppressed"});
  ASSERT_EQ(ind.exit_code, 0) << ind.err;
  EXPECT_EQ(ind.out, kUnsuppressedOn20221231);
  auto table = cli(dir, {"outcomes", "indicators", "--unsuppressed", "--format", "table"});
  expect_has(table.out, "Bron: berekend op peildatum 2022-12-31.\nNIET BEVEILIGD");
}

TEST(CliDeliveries, AnEmptyDeliveryIsRefusedUnlessAskedFor) {
  TempDir dir;
  write_extract(dir / "x");
  ASSERT_EQ(cli(dir, {"outcomes", "import", "--delivery", "d", "--extractiedatum", "2022-12-31", "x"}).exit_code, 0);
  std::filesystem::create_directories(dir / "leeg");
  write_file(dir / "leeg" / "trajecten.csv", kHeader);
  write_file(dir / "leeg" / "werk.csv", "persoon_id,startdatum\n");
  write_file(dir / "leeg" / "uitkeringen.csv", "persoon_id,soort,startdatum\n");
  auto imp = cli(dir, {"outcomes", "import", "--delivery", "d", "leeg"});
  EXPECT_EQ(imp.exit_code, 3);
  expect_has(imp.err, "levering d bevat geen rijen; gebruik --leeg om");
  expect_has(imp.err, "Er is niets opgeslagen");
  // d is untouched: same figures on the same peildatum.
  auto ind = cli(dir, {"outcomes", "indicators", "--unsuppressed"});
  EXPECT_EQ(ind.out, kUnsuppressedOn20221231);

  auto meant = cli(dir, {"outcomes", "import", "--delivery", "d", "--leeg", "--extractiedatum", "2023-01-31", "leeg"});
  ASSERT_EQ(meant.exit_code, 0) << meant.err;
  expect_has(meant.out, "Levering d vervangen: 0 trajecten, 0 werkperiodes, 0 uitkeringsperiodes, 0 personen");
  expect_has(cli(dir, {"outcomes", "deliveries"}).out, "2023-01-31");
  auto none = cli(dir, {"outcomes", "indicators", "--unsuppressed"});
  ASSERT_EQ(none.exit_code, 0) << none.err;
  EXPECT_EQ(none.out.find("AM13"), std::string::npos) << none.out;
  expect_has(none.out, "# Bron: berekend op peildatum 2023-01-31.\n");  // the new extraction date
}

TEST(CliDeliveries, ATrajectIdInAnotherDeliveryIsRefusedNamingIt) {
  TempDir dir;
  write_extract(dir / "q3");
  ASSERT_EQ(
      cli(dir, {"outcomes", "import", "--delivery", "ggz-2024q3", "--extractiedatum", "2022-12-31", "q3"}).exit_code,
      0);
  // t4 is new, t3 (line 3) and t1 (line 4) are already in ggz-2024q3.
  write_extract(dir / "q4",
                "t4,p4,AM13,,ips,,geen,2022-01-01,\n"
                "t3,p3,AM13,,jobcoaching,,ww,2021-06-01,\n"
                "t1,p1,AM13,GM0344,ips,ggz,geen,2020-01-01,\n");
  auto imp = cli(dir, {"outcomes", "import", "--delivery", "ggz-2024q4", "--extractiedatum", "2022-12-31", "q4"});
  EXPECT_EQ(imp.exit_code, 5);
  expect_has(imp.err, "Levering ggz-2024q4 geweigerd: 2 trajecten staan al in een andere levering");
  expect_has(imp.err, "trajecten.csv, regel 3, kolom traject_id: dit traject_id staat al in levering ggz-2024q3");
  expect_has(imp.err, "niets opgeslagen");
  auto list = cli(dir, {"outcomes", "deliveries"});
  EXPECT_EQ(list.out.find("ggz-2024q4"), std::string::npos) << list.out;
  EXPECT_EQ(cli(dir, {"outcomes", "indicators", "--unsuppressed"}).out, kUnsuppressedOn20221231);  // not doubled

  // The way to update: the source's whole file again under its own delivery id.
  auto update = cli(dir, {"outcomes", "import", "--delivery", "ggz-2024q3", "--extractiedatum", "2022-12-31", "q4"});
  ASSERT_EQ(update.exit_code, 0) << update.err;
  expect_has(update.out, "Levering ggz-2024q3 vervangen: 3 trajecten");
}

}  // namespace
}  // namespace regio::testing
