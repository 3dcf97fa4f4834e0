// Integrity of what goes in and comes out, through the real binary: deliveries that round-trip
// and are verified on every read, input limits and encodings, no BSN in any message or output,
// and exports that spreadsheet programs cannot run as formulas.
#include <gtest/gtest.h>

#include <string>

#include "cli_harness.h"

namespace regio::testing {
namespace {

// The delivery of issue 6: its regio column holds 20 bytes, which GCC 12's resize_and_overwrite
// made unreadable after it had been stored.
std::string five_rows() {
  std::string t = "traject_id,persoon_id,regio,gemeente,interventie,verwijzer,uitkering_start,startdatum,einddatum\n";
  for (int i = 0; i < 5; ++i)
    t += "T" + std::to_string(i) + ",p" + std::to_string(i) + ",AM35,,ips,ggz,bijstand,2022-03-0" +
         std::to_string(i + 1) + ",\n";
  return t;
}

void write_five_rows(const std::filesystem::path& dir) {
  std::filesystem::create_directories(dir);
  write_file(dir / "trajecten.csv", five_rows());
  write_file(dir / "werk.csv", "persoon_id,startdatum,einddatum,uren_per_week,contract\n");
  write_file(dir / "uitkeringen.csv", "persoon_id,soort,startdatum,einddatum\n");
}

TEST(CliIntegrity, FiveRowDeliveryImportsAndEveryCommandWorksAfterIt) {
  TempDir dir;
  auto demo = run_cli({"demo", "--db", "o.db", "--persons", "200"}, dir.path());
  ASSERT_EQ(demo.exit_code, 0) << demo.err;
  ASSERT_EQ(run_cli({"--db", "o.db", "goals", "add", "--region", "AM35", "--indicator", "starters", "--target", "3",
                     "--year", "2022"},
                    dir.path())
                .exit_code,
            0);
  write_five_rows(dir / "x");
  auto imp = run_cli({"--db", "o.db", "outcomes", "import", "--delivery", "vijf", "x"}, dir.path());
  ASSERT_EQ(imp.exit_code, 0) << imp.err;

  auto ind = run_cli({"--db", "o.db", "outcomes", "indicators", "--unsuppressed", "--format", "csv"}, dir.path());
  ASSERT_EQ(ind.exit_code, 0) << ind.err;
  EXPECT_NE(ind.out.find("AM35,2022,"), std::string::npos) << ind.out;
  auto goals = run_cli({"--db", "o.db", "goals", "status"}, dir.path());
  EXPECT_EQ(goals.exit_code, 0) << goals.err;
  auto analyse = run_cli({"--db", "o.db", "analyse", "--wave", "2020-vervolg"}, dir.path());
  EXPECT_EQ(analyse.exit_code, 0) << analyse.err;
  EXPECT_EQ(analyse.err.find("beschadigd"), std::string::npos) << analyse.err;
}

TEST(CliIntegrity, DamagedStoredPayloadIsAnErrorNamingTheDelivery) {
  TempDir dir;
  write_five_rows(dir / "x");
  ASSERT_EQ(run_cli({"--db", "o.db", "outcomes", "import", "--delivery", "vijf", "x"}, dir.path()).exit_code, 0);
  std::string db = read_file(dir / "o.db");
  const std::size_t payload_at = db.find("RGXT");
  ASSERT_NE(payload_at, std::string::npos);
  // A byte in the start dates of the trajectories: still a valid date, so only the checksum sees it.
  const std::size_t date_byte = db.find("AM35AM35AM35AM35AM35", payload_at);
  ASSERT_NE(date_byte, std::string::npos);
  db[date_byte + 20 + 87] ^= 0x01;  // gemeente (40), three code columns (39), start length (8)
  write_file(dir / "o.db", db);
  auto ind = run_cli({"--db", "o.db", "outcomes", "indicators", "--unsuppressed"}, dir.path());
  EXPECT_NE(ind.exit_code, 0);
  EXPECT_EQ(ind.out, "");  // never different figures
  EXPECT_NE(ind.err.find("levering vijf"), std::string::npos) << ind.err;
  EXPECT_NE(ind.err.find("controlegetal"), std::string::npos) << ind.err;
}

}  // namespace
}  // namespace regio::testing
