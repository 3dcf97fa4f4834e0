// Integrity of what goes in and comes out, through the real binary: deliveries that round-trip
// and are verified on every read, input limits and encodings, no BSN in any message or output,
// and exports that spreadsheet programs cannot run as formulas.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "cli_harness.h"
#include "tabular/csv.h"
#include "tabular/formula_guard.h"
#include "tabular/xlsx.h"

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
  auto demo = run_cli({"demo", "--zonder-releases", "--db", "o.db", "--persons", "200"}, dir.path());
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
  EXPECT_NE(ind.out.find("\nAM35,2022,"), std::string::npos) << ind.out;
  // Protected figures: publish a release, then every reader of releases works.
  auto pub = run_cli({"--db", "o.db", "outcomes", "publish"}, dir.path());
  ASSERT_EQ(pub.exit_code, 0) << pub.err;
  EXPECT_EQ(pub.err.find("beschadigd"), std::string::npos) << pub.err;
  auto released = run_cli({"--db", "o.db", "outcomes", "indicators"}, dir.path());
  ASSERT_EQ(released.exit_code, 0) << released.err;
  EXPECT_NE(released.out.find("# Bron: release met peildatum "), std::string::npos) << released.out;
  EXPECT_NE(released.out.find("\nAM35,2022,"), std::string::npos) << released.out;
  auto goals = run_cli({"--db", "o.db", "goals", "status"}, dir.path());
  EXPECT_EQ(goals.exit_code, 0) << goals.err;
  EXPECT_NE(goals.out.find("(release;"), std::string::npos) << goals.out;
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

// ---- 7. No BSN ever leaks -------------------------------------------------------------------

TEST(CliIntegrity, PseudonymizeWithoutHeaderRowEchoesNoCellAndWritesNothing) {
  TempDir dir;
  write_file(dir / "key.bin", "0123456789abcdef0123456789abcdef");
  write_file(dir / "in.csv", "123456782,Jan\n111222333,Piet\n");
  auto r = run_cli({"pseudonymize", "--key-file", "key.bin", "--column", "bsn", "in.csv", "out.csv"}, dir.path());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("geen kolom 'bsn' (2 kolommen gevonden)"), std::string::npos) << r.err;
  for (const char* secret : {"123456782", "Jan", "111222333"}) {
    EXPECT_EQ(r.err.find(secret), std::string::npos) << r.err;
    EXPECT_EQ(r.out.find(secret), std::string::npos) << r.out;
  }
  EXPECT_FALSE(std::filesystem::exists(dir / "out.csv"));
}

TEST(CliIntegrity, PseudonymizeRefusesARowWithAFieldTooManyByLineOnly) {
  TempDir dir;
  write_file(dir / "key.bin", "0123456789abcdef0123456789abcdef");
  write_file(dir / "in.csv", "naam,bsn\nJan,111222333\nPiet,Jansen,123456782\n");
  auto r = run_cli({"pseudonymize", "--key-file", "key.bin", "--column", "bsn", "in.csv", "out.csv"}, dir.path());
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("in.csv: regels met een ander aantal velden dan de kopregel (2 velden): 3; er is niets "
                       "geschreven"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(r.err.find("123456782"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("Jansen"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(dir / "out.csv"));
}

TEST(CliIntegrity, ImportRefusesBsnWithoutLeadingZeroOrWithSeparatorsAndStoresNothing) {
  TempDir dir;
  for (const std::string id : {"12345672", "123-456-782", "123.456.782", "123 456 782"}) {
    std::filesystem::create_directories(dir / "x");
    write_file(dir / "x" / "trajecten.csv", "traject_id,persoon_id,regio,interventie,uitkering_start,startdatum\nt1," +
                                                id + ",AM13,ips,geen,2020-01-01\n");
    write_file(dir / "x" / "werk.csv", "persoon_id,startdatum,einddatum\n");
    write_file(dir / "x" / "uitkeringen.csv", "persoon_id,soort,startdatum,einddatum\n");
    auto imp = run_cli({"--db", "o.db", "outcomes", "import", "--delivery", "d", "x"}, dir.path());
    EXPECT_EQ(imp.exit_code, 3) << id;
    EXPECT_NE(imp.err.find("waarschijnlijk een BSN"), std::string::npos) << id << ": " << imp.err;
    EXPECT_EQ(imp.err.find(id), std::string::npos) << imp.err;
    EXPECT_EQ(imp.err.find("456"), std::string::npos) << imp.err;
  }
  auto list = run_cli({"--db", "o.db", "outcomes", "deliveries"}, dir.path());
  EXPECT_EQ(list.out.find("d "), std::string::npos) << list.out;
  EXPECT_EQ(run_cli({"--db", "o.db", "outcomes", "indicators", "--unsuppressed"}, dir.path()).exit_code,
            5);  // no deliveries
}

// ---- 8. Exports safe to open ----------------------------------------------------------------

const std::vector<std::string> kFormulas = {
    "=HYPERLINK(\"http://x\",\"y\")", "+cmd|' /C calc'!A0", "@SUM(A1)", "-2+3", "'=already", "\tgetabd", "\rterug"};

tabular::Sheet read_csv_ok(const std::filesystem::path& path) {
  auto sheet = tabular::read_csv_file(path);
  EXPECT_TRUE(sheet) << (sheet ? "" : sheet.error().describe());
  return sheet ? *sheet : tabular::Sheet{};
}

std::size_t column(const tabular::Sheet& sheet, const std::string& name) {
  for (std::size_t i = 0; i < sheet.header.size(); ++i)
    if (sheet.header[i] == name) return i;
  ADD_FAILURE() << "no column " << name;
  return 0;
}

// The cells of `question` in rows 0..6 of an export.
std::vector<std::string> formula_cells(const tabular::Sheet& sheet) {
  std::vector<std::string> out;
  const std::size_t c = column(sheet, "succesfactoren");
  for (std::size_t r = 0; r < kFormulas.size() && r < sheet.rows.size(); ++r) out.push_back(sheet.rows[r].cells[c]);
  return out;
}

TEST(CliIntegrity, FormulaAnswersAreNeutralisedInEveryExportAndReimportExactly) {
  TempDir dir;
  ASSERT_EQ(run_cli({"demo", "--zonder-releases", "--db", "d.db", "--persons", "200"}, dir.path()).exit_code, 0);
  auto cli = [&](std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", "d.db"});
    return run_cli(args, dir.path());
  };
  ASSERT_EQ(cli({"responses", "export", "--wave", "2019-eind", "--output", "start.csv"}).exit_code, 0);
  // Store the answers: written guarded, as an export writes them.
  tabular::Sheet sheet = read_csv_ok(dir / "start.csv");
  const std::size_t c = column(sheet, "succesfactoren");
  for (std::size_t r = 0; r < kFormulas.size(); ++r) sheet.rows[r].cells[c] = tabular::guard_formula(kFormulas[r]);
  write_file(dir / "start.csv", tabular::write_csv(sheet, tabular::CsvDialect::plain()));
  auto first = cli({"responses", "import", "--wave", "2019-eind", "start.csv", "start_doelen.csv"});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  ASSERT_EQ(cli({"responses", "export", "--wave", "2019-eind", "--output", "stored.csv"}).exit_code, 0);
  const std::string stored = read_file(dir / "stored.csv");

  // Answers are stored trimmed (forms/validate.h), so the tab- and CR-leading ones arrive as
  // plain text; the guard of a cell that does start with them is in formula_guard_test.
  const std::vector<std::string> answers = {kFormulas[0], kFormulas[1], kFormulas[2], kFormulas[3],
                                            kFormulas[4], "getabd",     "terug"};
  std::vector<std::string> guarded;
  for (std::size_t r = 0; r < 5; ++r) guarded.push_back("'" + answers[r]);
  guarded.insert(guarded.end(), {"getabd", "terug"});
  for (std::string format : {"csv", "csv-nl", "xlsx"}) {
    const std::string file = "uit-" + format + (format == "xlsx" ? ".xlsx" : ".csv");
    auto e = cli({"responses", "export", "--wave", "2019-eind", "--format", format, "--output", file});
    ASSERT_EQ(e.exit_code, 0) << e.err;
    if (format == "xlsx") {
      auto book = tabular::read_xlsx(dir / file);
      ASSERT_TRUE(book) << book.error().describe();
      EXPECT_EQ(formula_cells(book->sheets.at(0)), guarded) << format;
    } else {
      EXPECT_EQ(formula_cells(read_csv_ok(dir / file)), guarded) << format;
    }
    std::vector<std::string> args{"responses", "import", "--wave", "2019-eind", file};
    if (format != "xlsx") args.push_back("uit-" + format + "_doelen.csv");
    auto imp = cli(args);
    ASSERT_EQ(imp.exit_code, 0) << format << ": " << imp.err;
    // again.csv exists from the previous format: --output overwrites only with --force.
    auto again = cli({"responses", "export", "--wave", "2019-eind", "--output", "again.csv", "--force"});
    ASSERT_EQ(again.exit_code, 0) << again.err;
    EXPECT_EQ(read_file(dir / "again.csv"), stored) << format;
  }
  // What is stored is the answer itself, without the export's quote.
  tabular::Sheet back = read_csv_ok(dir / "stored.csv");
  const std::size_t bc = column(back, "succesfactoren");
  for (std::size_t r = 0; r < kFormulas.size(); ++r)
    EXPECT_EQ(tabular::unguard_formula(back.rows[r].cells[bc]), answers[r]);
}

// ---- 6. Responses: NUL bytes --------------------------------------------------------------------

TEST(CliIntegrity, NulByteInAnAnswerIsRefusedAndNothingStored) {
  TempDir dir;
  ASSERT_EQ(run_cli({"demo", "--zonder-releases", "--db", "d.db", "--persons", "200"}, dir.path()).exit_code, 0);
  ASSERT_EQ(run_cli({"--db", "d.db", "responses", "export", "--wave", "2019-eind", "--output", "a.csv"}, dir.path())
                .exit_code,
            0);
  const std::string before = read_file(dir / "a.csv");
  tabular::Sheet sheet = read_csv_ok(dir / "a.csv");
  sheet.rows[1].cells[column(sheet, "succesfactoren")] = std::string("met") + '\0' + "nul";
  write_file(dir / "a.csv", tabular::write_csv(sheet, tabular::CsvDialect::plain()));
  auto imp =
      run_cli({"--db", "d.db", "responses", "import", "--wave", "2019-eind", "a.csv", "a_doelen.csv"}, dir.path());
  EXPECT_EQ(imp.exit_code, 3);
  EXPECT_NE(imp.err.find("regel 3"), std::string::npos) << imp.err;
  EXPECT_NE(imp.err.find("succesfactoren"), std::string::npos) << imp.err;
  EXPECT_NE(imp.err.find("NUL-teken"), std::string::npos) << imp.err;
  ASSERT_EQ(run_cli({"--db", "d.db", "responses", "export", "--wave", "2019-eind", "--output", "b.csv"}, dir.path())
                .exit_code,
            0);
  EXPECT_EQ(read_file(dir / "b.csv"), before);
}

}  // namespace
}  // namespace regio::testing
