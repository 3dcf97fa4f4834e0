// Golden cases of the client-outcome sentences and the blik vooruit: every file under
// src/report/testdata/outcomes/ is one case, worked out by hand (the working is in its comments).
// Lines (tab separated; '#' starts a comment):
//   peildatum  YYYY-MM-DD                     the table's peildatum (a release published the next day)
//   drempel    10 | afronding 1               disclosure threshold and rounding (defaults 10 and 1)
//   row        REGIO  JAAR|*  INTERVENTIE|*  name=value ...   an indicator row (IndicatorRow
//              fields: starters werk_12m_noemer werk_12m_teller dagen duurzaam_noemer
//              duurzaam_teller werkend_12m_teller uitkering_noemer uitkering_uitstroom_teller)
//   goal       REGIO  INDICATOR  TARGET  JAAR  INTERVENTIE|*
//   bron                                      ask for the source sentence
//   uitkomst   COLUMN  REGIO  INTERVENTIE|*   ask for outcome_by_year
//   expect     the exact sentence
// The sentences asked for come in this order: the source, the uitkomst lines, one outlook per
// goal, the outlook summary. Counts 1..drempel-1 are suppressed by the table itself.
#include <gtest/gtest.h>

#include "base/text.h"
#include "report/client_outcomes.h"
#include "report/outlook.h"
#include "report/testing_input.h"

namespace regio::report {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> tabs(const std::string& line) {
  std::vector<std::string> out;
  std::istringstream in(line);
  for (std::string f; std::getline(in, f, '\t');) out.push_back(f);
  return out;
}

std::optional<outcomes::Interventie> interventie_of(const std::string& text) {
  if (text == "*") return std::nullopt;
  return outcomes::interventie_from_text(text).value();
}

outcomes::IndicatorRow row_of(const std::vector<std::string>& f) {
  outcomes::IndicatorRow r{f.at(1), f.at(2) == "*" ? std::nullopt : std::optional<int>(std::stoi(f.at(2))),
                           interventie_of(f.at(3))};
  for (const auto& kv : split_whitespace(f.at(4))) {
    const auto eq = kv.find('=');
    const std::string k = kv.substr(0, eq);
    const long long v = parse_integer(kv.substr(eq + 1)).value();
    if (k == "starters")
      r.starters = v;
    else if (k == "werk_12m_noemer")
      r.werk_12m_noemer = v;
    else if (k == "werk_12m_teller")
      r.werk_12m_teller = v;
    else if (k == "dagen")
      r.dagen_tot_werk_mediaan = static_cast<int>(v);
    else if (k == "duurzaam_noemer")
      r.duurzaam_noemer = v;
    else if (k == "duurzaam_teller")
      r.duurzaam_teller = v;
    else if (k == "werkend_12m_teller")
      r.werkend_12m_teller = v;
    else if (k == "uitkering_noemer")
      r.uitkering_noemer = v;
    else if (k == "uitkering_uitstroom_teller")
      r.uitkering_uitstroom_teller = v;
    else
      ADD_FAILURE() << "onbekend veld " << k;
  }
  return r;
}

void run_case(const fs::path& file) {
  SCOPED_TRACE(file.filename().string());
  std::istringstream in(testing::read_file(file));
  Date peildatum{};
  int threshold = 10, rounding = 1;
  bool source = false;
  std::vector<outcomes::IndicatorRow> rows;
  std::vector<outcomes::Goal> goals;
  std::vector<std::vector<std::string>> asked;
  std::vector<std::string> expected;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    const auto f = tabs(line);
    if (f[0] == "peildatum")
      peildatum = parse_date(f.at(1)).value();
    else if (f[0] == "drempel")
      threshold = std::stoi(f.at(1));
    else if (f[0] == "afronding")
      rounding = std::stoi(f.at(1));
    else if (f[0] == "row")
      rows.push_back(row_of(f));
    else if (f[0] == "goal")
      goals.push_back({f.at(1), f.at(2), std::stod(f.at(3)), std::stoi(f.at(4)), f.at(5)});
    else if (f[0] == "bron")
      source = true;
    else if (f[0] == "uitkomst")
      asked.push_back(f);
    else if (f[0] == "expect")
      expected.push_back(f.at(1));
    else
      ADD_FAILURE() << "onbekende regel: " << line;
  }
  const std::vector<outcomes::CountFlags> none(rows.size(), outcomes::CountFlags{});
  const auto table = outcomes::disclosed_from_decisions(
      rows, none, threshold, rounding,
      {peildatum, true, format_iso(peildatum + 1) + "T09:00:00Z", "onderzoeker", "golden"});
  std::vector<Sentence> actual;
  if (source) actual.push_back(outcome_source(table));
  for (const auto& a : asked)
    actual.push_back(
        outcome_by_year(table, outcomes::column_from_name(a.at(1)).value(), a.at(2), interventie_of(a.at(3))));
  const auto outlooks = goal_outlooks(goals, table);
  ASSERT_TRUE(outlooks.has_value()) << outlooks.error().message;
  for (const auto& o : *outlooks) actual.push_back(o.sentence);
  actual.push_back(outlook_summary(*outlooks));
  std::string all;
  for (const auto& s : actual) all += "expect\t" + s.text + "\n";
  ASSERT_EQ(actual.size(), expected.size()) << all;
  for (std::size_t i = 0; i < expected.size(); ++i) EXPECT_EQ(actual[i].text, expected[i]);
  // A suppressed figure is never shown: its UsedFigure has no value and no text.
  for (const auto& s : actual)
    for (const auto& f : s.figures)
      if (f.suppressed) {
        EXPECT_TRUE(!f.value && f.shown.empty()) << f.name;
      }
}

TEST(OutcomesGolden, EveryCaseGivesTheHandWorkedSentences) {
  int cases = 0;
  for (const auto& entry : fs::directory_iterator(fs::path(REGIO_SOURCE_DIR) / "src/report/testdata/outcomes")) {
    if (entry.path().extension() != ".txt") continue;
    run_case(entry.path());
    ++cases;
  }
  EXPECT_GE(cases, 4);
}

}  // namespace
}  // namespace regio::report
