// Outcome extracts through the real binary: import, refusal of bad deliveries (nothing stored),
// indicators worked out by hand, disclosure, goals and pseudonymisation.
#include <gtest/gtest.h>

#include "cli_harness.h"

namespace regio::testing {
namespace {

// Three trajectories in AM13, worked out by hand against DESIGN §3.8 with C = 2022-12-31:
// t1 (p1, ips, s 2020-01-01): s+365 = 2020-12-31 <= C; job from 2020-02-01 (open, 20 h) is F,
//    F-s = 31 days; chain end capped at C >= F+182 -> duurzaam; covers 2020-12-31 -> werkend;
//    no benefit.
// t2 (p2, ips, s 2020-03-01): s+365 = 2021-03-01; job from 2021-04-01 is too late -> no F, not
//    werkend; bijstand 2019-01-01..2021-01-31 covers s but not s+365 -> uitkering_noemer and
//    uitstroom.
// t3 (p3, jobcoaching, s 2021-06-01): s+365 = 2022-06-01 <= C; no job; open WW covers s and
//    s+365 -> uitkering_noemer, no uitstroom.
constexpr const char* kTrajecten =
    "traject_id,persoon_id,regio,gemeente,interventie,verwijzer,uitkering_start,startdatum,einddatum\n"
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

constexpr const char* kExpectedUnsuppressed =
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

// What an unsuppressed table on 2022-12-31 says about itself, above the figures.
constexpr const char* kUnsuppressedPreamble =
    "# Regiomonitor uitkomstindicatoren; aantallen zijn trajecten (een persoon kan meer trajecten hebben).\n"
    "# Bron: berekend op peildatum 2022-12-31.\n"
    "# NIET BEVEILIGD: exacte cijfers zonder onderdrukking of afronding, alleen voor onderzoekers en beheerders; "
    "niet verspreiden.\n";

// The output without its "# " preamble lines.
std::string figures(const std::string& out) {
  std::size_t pos = 0;
  while (out.compare(pos, 2, "# ") == 0) pos = out.find('\n', pos) + 1;
  return out.substr(pos);
}

void write_extract(const std::filesystem::path& dir, const std::string& trajecten = kTrajecten) {
  std::filesystem::create_directories(dir);
  write_file(dir / "trajecten.csv", trajecten);
  write_file(dir / "werk.csv", kWerk);
  write_file(dir / "uitkeringen.csv", kUitkeringen);
}

// The same extract as Dutch Excel writes it: BOM, ';', CRLF, DD-MM-YYYY, decimal comma.
std::string dutch(std::string text) {
  std::string out = "\xEF\xBB\xBF";
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == ',')
      out += ';';
    else if (text[i] == '\n')
      out += "\r\n";
    else
      out += text[i];
  }
  // Rewrite YYYY-MM-DD to DD-MM-YYYY.
  std::string res;
  for (std::size_t i = 0; i < out.size();) {
    if (i + 10 <= out.size() && out[i + 4] == '-' && out[i + 7] == '-' && isdigit(out[i]) && isdigit(out[i + 9])) {
      res += out.substr(i + 8, 2) + "-" + out.substr(i + 5, 2) + "-" + out.substr(i, 4);
      i += 10;
    } else {
      res += out[i++];
    }
  }
  return res;
}

TEST(CliOutcomes, IndicatorsEqualTheHandComputation) {
  TempDir dir;
  write_extract(dir / "x");
  auto imp = run_cli({"--db", "o.db", "outcomes", "import", "--delivery", "ggz-1", "x"}, dir.path());
  ASSERT_EQ(imp.exit_code, 0) << imp.err;
  auto ind =
      run_cli({"--db", "o.db", "outcomes", "indicators", "--peildatum", "2022-12-31", "--unsuppressed"}, dir.path());
  ASSERT_EQ(ind.exit_code, 0) << ind.err;
  EXPECT_TRUE(ind.out.starts_with(kUnsuppressedPreamble)) << ind.out;
  EXPECT_EQ(figures(ind.out), kExpectedUnsuppressed);
}

TEST(CliOutcomes, DutchExcelVariantGivesTheSameFigures) {
  TempDir dir;
  std::filesystem::create_directories(dir / "nl");
  write_file(dir / "nl" / "trajecten.csv", dutch(kTrajecten));
  std::string werk = dutch(kWerk);
  write_file(dir / "nl" / "werk.csv", werk);
  write_file(dir / "nl" / "uitkeringen.csv", dutch(kUitkeringen));
  auto imp = run_cli({"--db", "o.db", "outcomes", "import", "--delivery", "nl", (dir / "nl" / "trajecten.csv").string(),
                      (dir / "nl" / "werk.csv").string(), (dir / "nl" / "uitkeringen.csv").string()},
                     dir.path());
  ASSERT_EQ(imp.exit_code, 0) << imp.err;
  auto ind =
      run_cli({"--db", "o.db", "outcomes", "indicators", "--peildatum", "31-12-2022", "--unsuppressed"}, dir.path());
  ASSERT_EQ(ind.exit_code, 0) << ind.err;
  EXPECT_EQ(ind.out, std::string(kUnsuppressedPreamble) + kExpectedUnsuppressed);
}

TEST(CliOutcomes, SmallCountsAreSuppressedByDefault) {
  TempDir dir;
  write_extract(dir / "x");
  ASSERT_EQ(run_cli({"--db", "o.db", "outcomes", "import", "--delivery", "a", "x"}, dir.path()).exit_code, 0);
  // Protected figures come from a release only.
  auto pub = run_cli({"--db", "o.db", "outcomes", "publish", "--peildatum", "2022-12-31"}, dir.path());
  ASSERT_EQ(pub.exit_code, 0) << pub.err;
  auto ind = run_cli({"--db", "o.db", "outcomes", "indicators"}, dir.path());
  ASSERT_EQ(ind.exit_code, 0) << ind.err;
  EXPECT_NE(ind.out.find("# Bron: release met peildatum 2022-12-31"), std::string::npos) << ind.out;
  // Every non-zero count is below 10: shown as '.', zero stays 0, rates with a small base are '.'.
  EXPECT_NE(ind.out.find("AM13,2021,jobcoaching,.,.,0,,0,0,0,.,0,\n"), std::string::npos) << ind.out;
  EXPECT_EQ(ind.out.find(",20.0"), std::string::npos);
  EXPECT_EQ(ind.out.find(",31,"), std::string::npos);
}

TEST(CliOutcomes, BsnLikePseudonymIsRefusedWithoutEchoAndNothingIsStored) {
  TempDir dir;
  write_extract(dir / "good");
  ASSERT_EQ(run_cli({"--db", "o.db", "outcomes", "import", "--delivery", "d1", "good"}, dir.path()).exit_code, 0);
  std::string bad = kTrajecten;
  bad.replace(bad.find("t3,p3"), 5, "t3,111222333");  // nine digits that pass the eleven-test
  write_extract(dir / "bad", bad);
  auto imp = run_cli({"--db", "o.db", "outcomes", "import", "--delivery", "d1", "bad"}, dir.path());
  EXPECT_EQ(imp.exit_code, 3);
  EXPECT_NE(imp.err.find("trajecten.csv"), std::string::npos) << imp.err;
  EXPECT_NE(imp.err.find("regel 4"), std::string::npos) << imp.err;
  EXPECT_NE(imp.err.find("persoon_id"), std::string::npos) << imp.err;
  EXPECT_EQ(imp.err.find("111222333"), std::string::npos) << imp.err;
  EXPECT_EQ(imp.out.find("111222333"), std::string::npos);
  // The earlier delivery d1 is untouched: same figures as before.
  auto ind =
      run_cli({"--db", "o.db", "outcomes", "indicators", "--peildatum", "2022-12-31", "--unsuppressed"}, dir.path());
  EXPECT_EQ(figures(ind.out), kExpectedUnsuppressed);
}

TEST(CliOutcomes, BadRowsAreListedWithFileLineAndColumn) {
  TempDir dir;
  std::string bad = kTrajecten;
  bad += "t4,p4,AM99,,ips,,geen,2021-01-01,\n";            // AM99 is not a region
  bad += "t5,p5,AM13,,fietsen,,geen,2021-01-01,\n";        // unknown intervention
  bad += "t6,p6,AM13,,ips,,geen,2021-02-01,2021-01-01\n";  // end before start
  write_extract(dir / "x", bad);
  auto imp = run_cli({"--db", "o.db", "outcomes", "import", "--delivery", "d", "x"}, dir.path());
  EXPECT_EQ(imp.exit_code, 3);
  for (const char* part : {"regel 5", "regel 6", "regel 7", "kolom regio", "kolom interventie", "kolom einddatum"})
    EXPECT_NE(imp.err.find(part), std::string::npos) << part << "\n" << imp.err;
  auto list = run_cli({"--db", "o.db", "outcomes", "deliveries"}, dir.path());
  EXPECT_NE(list.out.find("nog geen leveringen"), std::string::npos) << list.out;
}

TEST(CliOutcomes, DeliveriesAreReplacedAndDeleted) {
  TempDir dir;
  write_extract(dir / "x");
  ASSERT_EQ(run_cli({"--db", "o.db", "outcomes", "import", "--delivery", "d", "x"}, dir.path()).exit_code, 0);
  auto again = run_cli({"--db", "o.db", "outcomes", "import", "--delivery", "d", "x"}, dir.path());
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.out.find("vervangen"), std::string::npos);
  auto ind =
      run_cli({"--db", "o.db", "outcomes", "indicators", "--peildatum", "2022-12-31", "--unsuppressed"}, dir.path());
  EXPECT_EQ(figures(ind.out), kExpectedUnsuppressed);  // replaced, not doubled
  ASSERT_EQ(run_cli({"--db", "o.db", "outcomes", "delete", "--delivery", "d"}, dir.path()).exit_code, 0);
  EXPECT_EQ(run_cli({"--db", "o.db", "outcomes", "delete", "--delivery", "d"}, dir.path()).exit_code, 4);
  EXPECT_EQ(run_cli({"--db", "o.db", "outcomes", "indicators", "--unsuppressed"}, dir.path()).exit_code, 5);
}

TEST(CliOutcomes, GoalsAreEvaluatedFromTheData) {
  TempDir dir;
  write_extract(dir / "x");
  ASSERT_EQ(run_cli({"--db", "o.db", "outcomes", "import", "--delivery", "d", "x"}, dir.path()).exit_code, 0);
  auto add = run_cli({"--db", "o.db", "goals", "add", "--region", "AM13", "--indicator", "werk_12m_pct", "--target",
                      "40", "--year", "2020", "--intervention", "ips"},
                     dir.path());
  ASSERT_EQ(add.exit_code, 0) << add.err;
  auto bad = run_cli(
      {"--db", "o.db", "goals", "add", "--region", "AM13", "--indicator", "geluk", "--target", "1", "--year", "2020"},
      dir.path());
  EXPECT_EQ(bad.exit_code, 2);
  // 1 of 2 IPS starters of 2020 worked within 12 months: 50 % >= 40 % -> behaald (unsuppressed).
  auto status = run_cli({"--db", "o.db", "goals", "status", "--peildatum", "2022-12-31", "--unsuppressed"}, dir.path());
  ASSERT_EQ(status.exit_code, 0) << status.err;
  EXPECT_NE(status.out.find("50"), std::string::npos) << status.out;
  EXPECT_NE(status.out.find("behaald"), std::string::npos) << status.out;
  EXPECT_EQ(status.out.find("niet behaald"), std::string::npos) << status.out;
  // Under disclosure control (a release) the value (base 2 < 10) is not shown and cannot be judged.
  ASSERT_EQ(run_cli({"--db", "o.db", "outcomes", "publish", "--peildatum", "2022-12-31"}, dir.path()).exit_code, 0);
  auto suppressed = run_cli({"--db", "o.db", "goals", "status"}, dir.path());
  ASSERT_EQ(suppressed.exit_code, 0) << suppressed.err;
  EXPECT_NE(suppressed.out.find("nog niet meetbaar"), std::string::npos) << suppressed.out;
}

TEST(CliOutcomes, PseudonymizeMatchesAnIndependentHmac) {
  TempDir dir;
  write_file(dir / "key.bin", "0123456789abcdef0123456789abcdef");
  write_file(dir / "in.csv", "bsn;naam\r\n111222333;a\r\n123456789;b\r\n");
  auto r = run_cli({"pseudonymize", "--key-file", "key.bin", "--column", "bsn", "in.csv", "out.csv"}, dir.path());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string out = read_file(dir / "out.csv");
  // HMAC-SHA256(key, "111222333"), first 16 bytes, computed with Python's hmac module.
  EXPECT_NE(out.find("5e8873bcbe304b974c6265e78e74aecb;a"), std::string::npos) << out;
  EXPECT_EQ(out.find("111222333"), std::string::npos);
  EXPECT_EQ(out.find("123456789"), std::string::npos);
  // 123456789 fails the eleven-test: reported by line, never by value.
  EXPECT_NE(r.err.find("regel 3"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("123456789"), std::string::npos) << r.err;

  write_file(dir / "short.bin", "too short");
  EXPECT_EQ(
      run_cli({"pseudonymize", "--key-file", "short.bin", "--column", "bsn", "in.csv", "o2.csv"}, dir.path()).exit_code,
      2);
  auto nocol = run_cli({"pseudonymize", "--key-file", "key.bin", "--column", "BSN_NR", "in.csv", "o3.csv"}, dir.path());
  EXPECT_EQ(nocol.exit_code, 2);
  EXPECT_NE(nocol.err.find("2 kolommen"), std::string::npos) << nocol.err;  // counts, never echoes, the columns
}

}  // namespace
}  // namespace regio::testing
