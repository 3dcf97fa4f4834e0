// Golden cases of the main findings: every folder under src/report/testdata/findings/ holds
//   input.json    an analysis input (format in testing_input.h), worked out by hand
//   expected.tsv  one line per expected sentence: key <TAB> exact text, in report order
//   how the expected sentences follow from the input: `#` comment lines at the top of
//   expected.tsv, or a README.md for a larger case (demo)
// Adding a case needs no C++.
#include <gtest/gtest.h>

#include "report/findings.h"
#include "report/testing_input.h"

namespace regio::report {
namespace {

namespace fs = std::filesystem;

const fs::path kCases = fs::path(REGIO_SOURCE_DIR) / "src/report/testdata/findings";

std::vector<std::pair<std::string, std::string>> expected_of(const fs::path& file) {
  std::vector<std::pair<std::string, std::string>> out;
  std::istringstream in(testing::read_file(file));
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    const auto tab = line.find('\t');
    out.emplace_back(line.substr(0, tab), tab == std::string::npos ? "" : line.substr(tab + 1));
  }
  return out;
}

TEST(FindingsGolden, EveryCaseGivesTheHandWorkedSentences) {
  int cases = 0;
  for (const auto& dir : fs::directory_iterator(kCases)) {
    if (!dir.is_directory()) continue;
    ++cases;
    SCOPED_TRACE(dir.path().filename().string());
    const auto input = testing::analysis_input(nlohmann::json::parse(testing::read_file(dir.path() / "input.json")));
    const auto a = analysis::analyse(input);
    ASSERT_TRUE(a.has_value()) << a.error().message;
    const auto sentences = main_findings(*a, input.config);
    const auto expected = expected_of(dir.path() / "expected.tsv");
    std::string actual_text;
    for (const auto& s : sentences) actual_text += s.key + "\t" + s.text + "\n";
    ASSERT_EQ(sentences.size(), expected.size()) << actual_text;
    for (std::size_t i = 0; i < expected.size(); ++i) {
      EXPECT_EQ(sentences[i].key, expected[i].first);
      EXPECT_EQ(sentences[i].text, expected[i].second);
    }
  }
  EXPECT_GE(cases, 5);
}

}  // namespace
}  // namespace regio::report
