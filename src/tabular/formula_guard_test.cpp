#include "tabular/formula_guard.h"

#include <gtest/gtest.h>

#include <functional>

namespace regio::tabular {
namespace {

TEST(FormulaGuard, OwaspTriggersGetAQuote) {
  EXPECT_EQ(guard_formula("=HYPERLINK(\"http://x\",\"y\")"), "'=HYPERLINK(\"http://x\",\"y\")");
  EXPECT_EQ(guard_formula("+cmd|' /C calc'!A0"), "'+cmd|' /C calc'!A0");
  EXPECT_EQ(guard_formula("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(guard_formula("-2+3"), "'-2+3");
  EXPECT_EQ(guard_formula("\tx"), "'\tx");
  EXPECT_EQ(guard_formula("\rx"), "'\rx");
  EXPECT_EQ(guard_formula("'=already"), "''=already");
  EXPECT_EQ(guard_formula("-"), "'-");
}

TEST(FormulaGuard, NumbersAndPlainTextAreLeftAlone) {
  for (const char* same : {"", "-5", "+3", "-0,25", "-0.25", "12", "tekst", "'s-Hertogenbosch", "'", "a=b", " =x"})
    EXPECT_EQ(guard_formula(same), same) << same;
  EXPECT_EQ(guard_formula("-5 "), "'-5 ");  // not exactly a number
}

TEST(FormulaGuard, UnguardStripsExactlyOneQuoteBeforeATrigger) {
  EXPECT_EQ(unguard_formula("'=x"), "=x");
  EXPECT_EQ(unguard_formula("''=x"), "'=x");
  EXPECT_EQ(unguard_formula("'hallo"), "'hallo");
  EXPECT_EQ(unguard_formula("'"), "'");
  EXPECT_EQ(unguard_formula("=x"), "=x");
}

// Every text of up to five characters over the characters that matter.
TEST(FormulaGuard, RoundTripsEveryShortText) {
  const std::string alphabet = "'=-+@\t\r5,a ";
  std::function<void(std::string)> check = [&](std::string text) {
    const std::string guarded = guard_formula(text);
    ASSERT_EQ(unguard_formula(guarded), text) << "[" << text << "]";
    if (!guarded.empty() && guarded != text) {
      EXPECT_EQ(guarded.front(), '\'');
    }
    // What a spreadsheet would run is only ever a signed number.
    if (!guarded.empty() && std::string_view("=-+@\t\r").find(guarded.front()) != std::string_view::npos) {
      EXPECT_TRUE(guarded == text && (text[0] == '-' || text[0] == '+')) << "[" << text << "]";
    }
    if (text.size() < 5)
      for (char c : alphabet) check(text + c);
  };
  check("");
}

}  // namespace
}  // namespace regio::tabular
