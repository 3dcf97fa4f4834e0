// The corpus of real XLSForms (tests/testdata/xlsform-corpus, see SOURCES.md there): every form
// is loaded with the product's definition loader and its outcome is compared with
// expected.tsv, one line per form:
//   <file>\tlaadt                 the form loads;
//   <file>\tgeweigerd: <words>    the form is refused and the error names <words> (e.g. the
//                                 unanswerable type "image").
// REGIO_CORPUS_REPORT=<path> writes the actual outcomes (first problem of a refusal) there, for
// reviewing a change by hand.
#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "base/text.h"
#include "forms/definition.h"
#include "forms/definition_io.h"

namespace regio::forms {
namespace {

const std::filesystem::path kCorpus = std::filesystem::path(REGIO_SOURCE_DIR) / "tests/testdata/xlsform-corpus";

std::map<std::string, std::string> read_expected() {
  std::map<std::string, std::string> out;
  std::ifstream in(kCorpus / "expected.tsv");
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const auto tab = line.find('\t');
    if (tab == std::string::npos) continue;
    out[line.substr(0, tab)] = line.substr(tab + 1);
  }
  return out;
}

std::vector<std::string> corpus_files() {
  std::vector<std::string> out;
  for (const auto& e : std::filesystem::recursive_directory_iterator(kCorpus))
    if (e.is_regular_file() && e.path().extension() == ".xlsx")
      out.push_back(std::filesystem::relative(e.path(), kCorpus).generic_string());
  std::sort(out.begin(), out.end());
  return out;
}

struct Outcome {
  bool loads = false;
  std::string text;  // describe() of the error
  std::string first;  // first problem or the message
};

Outcome load(const std::string& file) {
  Outcome o;
  auto book = read_definition_file(kCorpus / file);
  if (!book) {
    o.text = book.error().describe();
    o.first = book.error().message;
    return o;
  }
  auto def = load_definition(*book);
  if (def) {
    o.loads = true;
    return o;
  }
  o.text = def.error().describe();
  o.first = def.error().problems.empty() ? def.error().message : describe(def.error().problems.front());
  return o;
}

TEST(FormsCorpus, EveryFormHasThePinnedOutcome) {
  const auto expected = read_expected();
  const auto files = corpus_files();
  ASSERT_GE(files.size(), 40u);
  std::ofstream report;
  if (const char* path = std::getenv("REGIO_CORPUS_REPORT")) report.open(path);
  std::size_t loaded = 0;
  for (const auto& file : files) {
    SCOPED_TRACE(file);
    const Outcome o = load(file);
    loaded += o.loads;
    if (report.is_open()) report << file << '\t' << (o.loads ? "laadt" : "geweigerd: " + o.first) << '\n';
    auto it = expected.find(file);
    if (it == expected.end()) {
      ADD_FAILURE() << "no line in expected.tsv";
      continue;
    }
    if (it->second == "laadt") {
      EXPECT_TRUE(o.loads) << o.text;
    } else {
      EXPECT_TRUE(it->second.starts_with("geweigerd: ")) << it->second;
      EXPECT_FALSE(o.loads);
      EXPECT_NE(o.text.find(it->second.substr(std::min<std::size_t>(11, it->second.size()))), std::string::npos) << o.text;
    }
  }
  EXPECT_EQ(expected.size(), files.size()) << "expected.tsv names a form that is not in the corpus";
  std::printf("corpus: %zu of %zu forms load\n", loaded, files.size());
}

}  // namespace
}  // namespace regio::forms
