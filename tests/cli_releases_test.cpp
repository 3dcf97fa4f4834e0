// Releases, roles and the disclosure settings through the real binary (DESIGN §3.9): protected
// figures come only from a published release, every output says what it is, and the policy
// decides who may see unprotected figures, publish and change the settings. Every refusal
// asserts the message and that nothing changed.
#include <algorithm>
#include <sstream>

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli_harness.h"

namespace regio::testing {
namespace {

// 62 ips, 27 jobcoaching and 3 overig starters in AM13, January–April 2020; every third ips
// client (21) finds a job on the day of the start (20 hours). In a release with threshold 10 and
// rounding 5: overig's 3 is suppressed, 62 -> 60, 27 -> 25, 21 -> 20, 92 -> 90.
void write_extract(const std::filesystem::path& dir) {
  std::filesystem::create_directories(dir);
  std::string trajecten =
      "traject_id,persoon_id,regio,gemeente,interventie,verwijzer,uitkering_start,startdatum,einddatum\n";
  std::string werk = "persoon_id,startdatum,einddatum,uren_per_week,contract\n";
  for (int i = 0; i < 92; ++i) {
    const std::string date = fmt::format("2020-{:02}-{:02}", 1 + i / 28, 1 + i % 28);
    const char* iv = i < 62 ? "ips" : i < 89 ? "jobcoaching" : "overig";
    trajecten += fmt::format("t{},p{},AM13,,{},ggz,geen,{},\n", i, i, iv, date);
    if (i < 62 && i % 3 == 0) werk += fmt::format("p{},{},,20,vast\n", i, date);
  }
  write_file(dir / "trajecten.csv", trajecten);
  write_file(dir / "werk.csv", werk);
  write_file(dir / "uitkeringen.csv", "persoon_id,soort,startdatum,einddatum\n");
}

class CliReleases : public ::testing::Test {
 protected:
  void SetUp() override {
    write_extract(dir_ / "x");
    auto imp = cli({"outcomes", "import", "--delivery", "ggz", "x"});
    ASSERT_EQ(imp.exit_code, 0) << imp.err;
  }
  CliRun cli(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", "o.db"});
    return run_cli(args, dir_.path());
  }
  CliRun as(const std::string& role, std::vector<std::string> args) {
    args.insert(args.begin(), {"--rol", role});
    return cli(std::move(args));
  }
  std::string releases() { return cli({"outcomes", "releases"}).out; }

  TempDir dir_;
};

void expect_has(const std::string& text, const std::string& part) {
  EXPECT_NE(text.find(part), std::string::npos) << "missing: " << part << "\nin:\n" << text;
}

// The lines of `text` that start with "# " (the preamble), each without that mark.
std::vector<std::string> preamble(const std::string& text) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (text.compare(pos, 2, "# ") == 0) {
    const std::size_t end = text.find('\n', pos);
    out.push_back(text.substr(pos + 2, end - pos - 2));
    pos = end + 1;
  }
  return out;
}

TEST_F(CliReleases, WithoutAReleaseThereAreNoProtectedFigures) {
  auto ind = cli({"outcomes", "indicators"});
  EXPECT_EQ(ind.exit_code, 5);  // kFailedPrecondition
  expect_has(ind.err, "er is nog geen release");
  expect_has(ind.err, "outcomes publish");
  EXPECT_EQ(ind.out, "");
  expect_has(releases(), "Er zijn nog geen releases");
}

TEST_F(CliReleases, PublishedReleaseIsListedAndShownWithItsPreamble) {
  auto pub = cli({"outcomes", "publish", "--peildatum", "2022-12-31", "--note", "kwartaal 4"});
  ASSERT_EQ(pub.exit_code, 0) << pub.err;
  expect_has(pub.out, "Release met peildatum 2022-12-31 gepubliceerd door");
  expect_has(pub.out, "drempel 10, afronding op 5");
  const std::string list = releases();
  expect_has(list, "drempel  afronding  toelichting");
  // peildatum, published at, by, threshold, rounding, note.
  std::istringstream row(list.substr(list.find("\n2022-12-31") + 1));
  std::string peildatum, at, by, threshold, rounding, note;
  row >> peildatum >> at >> by >> threshold >> rounding;
  std::getline(row >> std::ws, note);
  EXPECT_EQ(threshold, "10") << list;
  EXPECT_EQ(rounding, "5") << list;
  EXPECT_EQ(note, "kwartaal 4") << list;

  auto ind = cli({"outcomes", "indicators"});
  ASSERT_EQ(ind.exit_code, 0) << ind.err;
  const auto lines = preamble(ind.out);
  ASSERT_EQ(lines.size(), 3u) << ind.out;
  EXPECT_TRUE(lines[1].starts_with("Bron: release met peildatum 2022-12-31, gepubliceerd ")) << lines[1];
  EXPECT_TRUE(lines[1].ends_with(" (kwartaal 4).")) << lines[1];
  expect_has(lines[2], "aantallen van 1 tot en met 9");
  expect_has(lines[2], "afgerond op veelvouden van 5");
  expect_has(ind.out, "\nregio,jaar,interventie,starters,");
  // 62 ips starters, 21 at work within 12 months (on the day they started), rounded; overig's 3
  // is suppressed.
  expect_has(ind.out, "\nAM13,2020,ips,60,60,20,0,");
  expect_has(ind.out, "\nAM13,2020,overig,.,.,0,,0,0,0,0,0,\n");

  // The same peildatum again is refused; the release is unchanged.
  auto again = cli({"outcomes", "publish", "--peildatum", "2022-12-31", "--note", "opnieuw"});
  EXPECT_EQ(again.exit_code, 5);
  expect_has(again.err, "er is al een release met peildatum 2022-12-31");
  EXPECT_EQ(releases(), list);
  EXPECT_EQ(cli({"outcomes", "indicators"}).out, ind.out);
  // --release picks it explicitly; an unknown one is not found.
  EXPECT_EQ(cli({"outcomes", "indicators", "--release", "2022-12-31"}).out, ind.out);
  auto unknown = cli({"outcomes", "indicators", "--release", "2021-01-01"});
  EXPECT_EQ(unknown.exit_code, 4);
  expect_has(unknown.err, "er is geen release met peildatum 2021-01-01");
}

TEST_F(CliReleases, AReleaseThresholdMayBeRaisedNeverLowered) {
  auto low = cli({"outcomes", "publish", "--peildatum", "2022-12-31", "--threshold", "5"});
  EXPECT_EQ(low.exit_code, 2);
  expect_has(low.err, "--threshold 5 is lager dan de drempel van deze installatie (10)");
  expect_has(releases(), "Er zijn nog geen releases");
  auto high = cli({"outcomes", "publish", "--peildatum", "2022-12-31", "--threshold", "20"});
  ASSERT_EQ(high.exit_code, 0) << high.err;
  expect_has(high.out, "drempel 20, afronding op 5");
  auto json = cli({"outcomes", "indicators", "--format", "json"});
  ASSERT_EQ(json.exit_code, 0) << json.err;
  EXPECT_EQ(nlohmann::json::parse(json.out)["meta"]["drempel"], 20);
}

TEST_F(CliReleases, PeildatumOnlyWithUnsuppressed) {
  ASSERT_EQ(cli({"outcomes", "publish", "--peildatum", "2022-12-31"}).exit_code, 0);
  auto ind = cli({"outcomes", "indicators", "--peildatum", "2022-12-31"});
  EXPECT_EQ(ind.exit_code, 2);
  expect_has(ind.err, "--peildatum geldt alleen voor niet beveiligde cijfers (--unsuppressed)");
  EXPECT_EQ(ind.out, "");
  auto goals = cli({"goals", "status", "--peildatum", "2022-12-31"});
  EXPECT_EQ(goals.exit_code, 2);
  expect_has(goals.err, "--peildatum geldt alleen met --unsuppressed");
}

TEST_F(CliReleases, OnlyResearchersAndOperatorsSeeUnprotectedFigures) {
  ASSERT_EQ(cli({"goals", "add", "--region", "AM13", "--indicator", "starters", "--target", "50", "--year", "2020"})
                .exit_code,
            0);
  for (const std::string role : {"publiek", "regio:AM13", "lezer:AM13"}) {
    auto r = as(role, {"outcomes", "indicators", "--unsuppressed"});
    EXPECT_EQ(r.exit_code, 6) << role;
    expect_has(r.err, "geen toestemming: cijfers zonder onthullingsbeveiliging");
    EXPECT_EQ(r.out, "") << role;
    auto g = as(role, {"goals", "status", "--unsuppressed"});
    EXPECT_EQ(g.exit_code, 6) << role;
    expect_has(g.err, "geen toestemming");
    EXPECT_EQ(g.out, "") << role;
  }
  auto res = as("onderzoeker", {"outcomes", "indicators", "--unsuppressed", "--peildatum", "2022-12-31"});
  ASSERT_EQ(res.exit_code, 0) << res.err;
  const auto lines = preamble(res.out);
  ASSERT_EQ(lines.size(), 3u) << res.out;
  EXPECT_EQ(lines[1], "Bron: berekend op peildatum 2022-12-31.");
  EXPECT_TRUE(lines[2].starts_with("NIET BEVEILIGD: exacte cijfers")) << lines[2];
  expect_has(res.out, "\nAM13,2020,ips,62,62,21,0,21,21,21,0,0,20.0\n");
  expect_has(res.out, "\nAM13,2020,overig,3,3,0,,0,0,0,0,0,\n");
  // Everyone reads a published release.
  ASSERT_EQ(as("onderzoeker", {"outcomes", "publish", "--peildatum", "2022-12-31"}).exit_code, 0);
  auto pub = as("publiek", {"outcomes", "indicators"});
  ASSERT_EQ(pub.exit_code, 0) << pub.err;
  expect_has(pub.out, "# Bron: release met peildatum 2022-12-31");
}

TEST_F(CliReleases, OnlyResearchersAndOperatorsPublish) {
  for (const std::string role : {"lezer:AM13", "regio:AM13", "publiek"}) {
    auto r = as(role, {"outcomes", "publish", "--peildatum", "2022-12-31"});
    EXPECT_EQ(r.exit_code, 6) << role;
    expect_has(r.err, "geen toestemming: een release publiceren is alleen voor onderzoekers en beheerders");
  }
  expect_has(releases(), "Er zijn nog geen releases");
}

TEST_F(CliReleases, OnlyTheOperatorChangesTheSettings) {
  expect_has(cli({"outcomes", "settings"}).out, "drempel 10, afronding op veelvouden van 5");
  auto low = cli({"outcomes", "settings", "--threshold", "4"});
  EXPECT_EQ(low.exit_code, 2);
  expect_has(low.err, "drempel 4 is niet toegestaan: kies 5 tot en met 1000");
  auto res = as("onderzoeker", {"outcomes", "settings", "--threshold", "12"});
  EXPECT_EQ(res.exit_code, 6);
  expect_has(res.err, "geen toestemming: de instellingen van de onthullingsbeveiliging wijzigen");
  expect_has(cli({"outcomes", "settings"}).out, "drempel 10, afronding op veelvouden van 5");  // unchanged
  auto set = cli({"outcomes", "settings", "--threshold", "12"});
  ASSERT_EQ(set.exit_code, 0) << set.err;
  expect_has(set.out, "drempel 12, afronding op veelvouden van 5");
  ASSERT_EQ(cli({"outcomes", "publish", "--peildatum", "2022-12-31"}).exit_code, 0);
  auto json = cli({"outcomes", "indicators", "--format", "json"});
  ASSERT_EQ(json.exit_code, 0) << json.err;
  EXPECT_EQ(nlohmann::json::parse(json.out)["meta"]["drempel"], 12);
  // Below the new installation threshold is refused now too.
  auto lower = cli({"outcomes", "publish", "--peildatum", "2023-06-30", "--threshold", "10"});
  EXPECT_EQ(lower.exit_code, 2);
  expect_has(lower.err, "lager dan de drempel van deze installatie (12)");
}

TEST_F(CliReleases, JsonSaysWhatItIsAndEveryShownCountIsRounded) {
  ASSERT_EQ(cli({"outcomes", "publish", "--peildatum", "2022-12-31", "--note", "q4"}).exit_code, 0);
  auto json = cli({"outcomes", "indicators", "--format", "json"});
  ASSERT_EQ(json.exit_code, 0) << json.err;
  const auto doc = nlohmann::json::parse(json.out);
  const auto& meta = doc["meta"];
  EXPECT_EQ(meta["bron"], "release");
  EXPECT_EQ(meta["peildatum"], "2022-12-31");
  EXPECT_EQ(meta["toelichting"], "q4");
  EXPECT_EQ(meta["beveiligd"], true);
  EXPECT_EQ(meta["drempel"], 10);
  EXPECT_EQ(meta["afronding"], 5);
  EXPECT_EQ(meta["fictief"], false);
  ASSERT_TRUE(doc["rijen"].is_array());
  ASSERT_GE(doc["rijen"].size(), 5u);  // AM13 and NL totals, years, interventions
  int shown = 0;
  for (const auto& row : doc["rijen"])
    for (const char* c : {"starters", "werk_12m_noemer", "werk_12m_teller", "duurzaam_noemer", "duurzaam_teller",
                          "werkend_12m_teller", "uitkering_noemer", "uitkering_uitstroom_teller"}) {
      if (row[c].is_null()) {
        EXPECT_NE(std::find(row["onderdrukt"].begin(), row["onderdrukt"].end(), c), row["onderdrukt"].end())
            << row.dump();
        continue;
      }
      EXPECT_EQ(row[c].get<long>() % 5, 0) << c << " in " << row.dump();
      ++shown;
    }
  EXPECT_GT(shown, 20);
  // Unsuppressed JSON says so as well.
  auto raw = cli({"outcomes", "indicators", "--unsuppressed", "--format", "json"});
  ASSERT_EQ(raw.exit_code, 0) << raw.err;
  const auto m = nlohmann::json::parse(raw.out)["meta"];
  EXPECT_EQ(m["bron"], "berekend");
  EXPECT_EQ(m["beveiligd"], false);
  EXPECT_TRUE(m["drempel"].is_null());
}

TEST_F(CliReleases, GoalStatusComesFromTheRelease) {
  ASSERT_EQ(cli({"goals", "add", "--region", "AM13", "--indicator", "starters", "--target", "50", "--year", "2020",
                 "--intervention", "ips"})
                .exit_code,
            0);
  auto before = cli({"goals", "status"});
  EXPECT_EQ(before.exit_code, 5);
  expect_has(before.err, "outcomes publish");
  ASSERT_EQ(cli({"outcomes", "publish", "--peildatum", "2022-12-31"}).exit_code, 0);
  auto status = cli({"goals", "status"});
  ASSERT_EQ(status.exit_code, 0) << status.err;
  expect_has(status.out, "Doelen op peildatum 2022-12-31 (release; '.' = onderdrukt, aantallen afgerond op 5)");
  expect_has(status.out, "2020: 60");  // the release's rounded 60, not the true 62
  expect_has(status.out, "behaald");
  EXPECT_EQ(status.out.find("niet behaald"), std::string::npos) << status.out;
}

TEST(CliReleasesDemo, AReleaseOfTheDemoSaysItIsFictional) {
  TempDir dir;
  ASSERT_EQ(run_cli({"demo", "--zonder-releases", "--db", "d.db", "--persons", "200"}, dir.path()).exit_code, 0);
  auto pub = run_cli({"--db", "d.db", "outcomes", "publish"}, dir.path());
  ASSERT_EQ(pub.exit_code, 0) << pub.err;
  auto csv = run_cli({"--db", "d.db", "outcomes", "indicators"}, dir.path());
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  const auto lines = preamble(csv.out);
  ASSERT_EQ(lines.size(), 4u) << csv.out;
  EXPECT_EQ(lines[1], "FICTIEVE demogegevens: geen echte cliënten.");
  EXPECT_TRUE(lines[2].starts_with("Bron: release met peildatum ")) << lines[2];
  auto json = run_cli({"--db", "d.db", "outcomes", "indicators", "--format", "json"}, dir.path());
  ASSERT_EQ(json.exit_code, 0) << json.err;
  EXPECT_EQ(nlohmann::json::parse(json.out)["meta"]["fictief"], true);
  auto goals = run_cli({"--db", "d.db", "goals", "status"}, dir.path());
  ASSERT_EQ(goals.exit_code, 0) << goals.err;
  expect_has(goals.out, "FICTIEVE demogegevens");
  expect_has(goals.out, "(release;");
}

}  // namespace
}  // namespace regio::testing
