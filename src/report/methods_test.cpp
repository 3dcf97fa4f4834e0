// docs/METHODS.md holds every paragraph of report::methods() verbatim (one source), and the
// numbers in the text are the module's constants.
#include "report/methods.h"

#include <gtest/gtest.h>

#include <fmt/format.h>

#include "report/outlook.h"
#include "report/patterns.h"
#include "report/testing_input.h"

namespace regio::report {
namespace {

std::string markdown_sections() {
  std::string out;
  for (const auto& s : methods()) {
    out += fmt::format("## {}\n\n", s.title);
    for (const auto& p : s.paragraphs) out += fmt::format("{}\n\n", p);
  }
  return out;
}

TEST(Methods, TheDocumentHoldsEveryParagraphVerbatim) {
  const std::string doc = testing::read_file(std::filesystem::path(REGIO_SOURCE_DIR) / "docs/METHODS.md");
  EXPECT_NE(doc.find(markdown_sections()), std::string::npos)
      << "docs/METHODS.md wijkt af van report::methods(); de secties horen zo te luiden:\n\n"
      << markdown_sections();
}

TEST(Methods, TheTextStatesTheConstantsOfTheCode) {
  std::string all;
  for (const auto& s : methods())
    for (const auto& p : s.paragraphs) all += std::string(p) + "\n";
  EXPECT_NE(all.find(fmt::format("minder dan {} regio's", kIndicativeBelow)), std::string::npos);
  EXPECT_NE(all.find("p kleiner dan 0,05"), std::string::npos);
  EXPECT_EQ(kClearBelow, 0.05);
  EXPECT_NE(all.find(fmt::format("minder dan {} jaren", kMinTrendPoints)), std::string::npos);
  EXPECT_NE(all.find(fmt::format("{}%-voorspelinterval", static_cast<int>(kPredictionLevel * 100 + 0.5))),
            std::string::npos);
  EXPECT_NE(all.find("10.000 keer"), std::string::npos);
  EXPECT_EQ(BootstrapOptions{}.resamples, 10000);
  EXPECT_EQ(BootstrapOptions{}.level, 0.95);
}

}  // namespace
}  // namespace regio::report
