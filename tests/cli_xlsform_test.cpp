// Questionnaires as research teams write them, through the real binary: a real XLSForm with
// ignored columns (warnings), a form with a photo question (refused naming type and row), and
// an ODK Central export imported as responses.
#include <gtest/gtest.h>

#include "cli_harness.h"

namespace regio::testing {
namespace {

const std::filesystem::path kCorpus = std::filesystem::path(REGIO_SOURCE_DIR) / "tests/testdata/xlsform-corpus";

TEST(CliXlsform, RealFormLoadsWithWarningsAndAPhotoFormIsRefusedNamingTypeAndRow) {
  TempDir dir;
  const std::string db = (dir / "r.db").string();
  auto ok = run_cli({"--db", db, "waves", "add", "spray", "--name", "Spray", "--date", "2021-01-01", "--questionnaire",
                     (kCorpus / "xlsform2qgis/survey_spraying.xlsx").string()},
                    dir.path());
  EXPECT_EQ(ok.exit_code, 0) << ok.err;
  EXPECT_NE(ok.out.find("Waarschuwing: survey_spraying.xlsx[survey], regel 18, kolom appearance: kolom appearance "
                        "wordt niet gebruikt"),
            std::string::npos)
      << ok.out;
  EXPECT_NE(ok.out.find("Meetmoment spray"), std::string::npos);
  auto refused = run_cli({"--db", db, "waves", "add", "foto", "--name", "Foto", "--date", "2021-01-01",
                          "--questionnaire", (kCorpus / "pyxform/file_type.xlsx").string()},
                         dir.path());
  EXPECT_NE(refused.exit_code, 0);
  EXPECT_NE(refused.err.find("file_type.xlsx[survey], regel 2, kolom type: type 'photo' van vraag photo kan in de "
                             "vragenlijst van een regio niet beantwoord worden"),
            std::string::npos)
      << refused.err;
  auto list = run_cli({"--db", db, "waves", "list"}, dir.path());
  EXPECT_EQ(list.out.find("foto"), std::string::npos);  // nothing stored
}

TEST(CliXlsform, OdkCentralExportImports) {
  TempDir dir;
  const std::string db = (dir / "r.db").string();
  std::filesystem::create_directories(dir / "vragen");
  write_file(dir / "vragen/survey.csv",
             "type,name,label\nselect_one regios,regio,Regio\ninteger,aantal,Aantal\nbegin repeat,doelen,Doelen\n"
             "text,doel,Doel\nend repeat,,\n");
  write_file(dir / "vragen/choices.csv", "list name,name,label\nregios,AM13,Amsterdam\nregios,AM07,Twente\n");
  ASSERT_EQ(run_cli({"--db", db, "waves", "add", "w1", "--name", "W1", "--date", "2021-01-01", "--questionnaire",
                     (dir / "vragen").string()},
                    dir.path())
                .exit_code,
            0);
  write_file(dir / "regiomonitor.csv",
             "SubmissionDate,regio,aantal,meta-instanceID,KEY\n2021-01-05T10:00:00Z,AM13,4,uuid:a,uuid:a\n");
  write_file(dir / "regiomonitor-doelen.csv", "doel,PARENT_KEY,KEY\nMeer werk,uuid:a,uuid:a/doelen[1]\n");
  auto imp = run_cli({"--db", db, "responses", "import", "--wave", "w1", (dir / "regiomonitor.csv").string(),
                      (dir / "regiomonitor-doelen.csv").string()},
                     dir.path());
  ASSERT_EQ(imp.exit_code, 0) << imp.err;
  auto exp = run_cli({"--db", db, "responses", "export", "--wave", "w1", "--output", "uit.csv"}, dir.path());
  ASSERT_EQ(exp.exit_code, 0) << exp.err;
  EXPECT_EQ(read_file(dir / "uit.csv"), "regio,status,aantal\nAM13,ingediend,4\n");
  EXPECT_EQ(read_file(dir / "uit_doelen.csv"), "regio,doel\nAM13,Meer werk\n");
}

}  // namespace
}  // namespace regio::testing
