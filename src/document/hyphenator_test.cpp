#include "document/hyphenator.h"

#include <gtest/gtest.h>

namespace regio::document {
namespace {

// Soft hyphens shown as '|' to compare with the Dutch word division (Woordenlijst).
std::string shown(const Hyphenator& h, std::string_view text) {
  std::string out = h.hyphenate(text);
  std::string r;
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (out.compare(i, 2, "\xC2\xAD") == 0) {
      r += '|';
      ++i;
    } else {
      r += out[i];
    }
  }
  return r;
}

class HyphenatorTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto h = Hyphenator::open(kDutchHyphenationPatterns);
    ASSERT_TRUE(h.has_value()) << h.error().message;
    hyphenator_.emplace(std::move(*h));
  }
  std::optional<Hyphenator> hyphenator_;
};

TEST_F(HyphenatorTest, DividesLongDutchWordsIntoSyllables) {
  EXPECT_EQ(shown(*hyphenator_, "ervaringsdeskundigheid"), "er|va|rings|des|kun|dig|heid");
  EXPECT_EQ(shown(*hyphenator_, "samenwerking"), "sa|men|wer|king");
}

TEST_F(HyphenatorTest, KeepsCapitalsAndAccentsAndLeavesAcronymsAndNumbersAlone) {
  EXPECT_EQ(shown(*hyphenator_, "Samenwerking"), "Sa|men|wer|king");
  EXPECT_EQ(shown(*hyphenator_, "cliënten"), "cli|ën|ten");
  EXPECT_EQ(shown(*hyphenator_, "UWV AM12 2020 GGZ-instelling"), "UWV AM12 2020 GGZ-in|stel|ling");
  EXPECT_EQ(shown(*hyphenator_, "werk, en"), "werk, en");  // short words stay whole
}

TEST_F(HyphenatorTest, KeepsPunctuationAndApostrophes) {
  EXPECT_EQ(shown(*hyphenator_, "arbeidsmarktregio's."), "ar|beids|markt|re|gio's.");
}

TEST_F(HyphenatorTest, LeavesWebAndMailAddressesWhole) {
  EXPECT_EQ(shown(*hyphenator_, "zie https://regiomonitor.example/samenwerking of www.arbeidsmarktregio.nl"),
            "zie https://regiomonitor.example/samenwerking of www.arbeidsmarktregio.nl");
  EXPECT_EQ(shown(*hyphenator_, "mail onderzoek@samenwerking.nl vandaag"), "mail onderzoek@samenwerking.nl van|daag");
}

TEST(HyphenatorOpenTest, MissingPatternsAreUnavailable) {
  auto h = Hyphenator::open("/geen/map/hyph_nl_NL.dic");
  ASSERT_FALSE(h.has_value());
  EXPECT_EQ(h.error().code, ErrorCode::kUnavailable);
  EXPECT_NE(h.error().message.find("hyphen-nl"), std::string::npos);
}

}  // namespace
}  // namespace regio::document
