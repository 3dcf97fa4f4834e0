// Checks the exact permutation test and the bootstrap against values computed independently in
// Python (testdata/make_permutation_reference.py: full enumeration with exact fractions, scipy
// for the symmetric cases, and a port of the bootstrap procedure).
#include "report/permutation.h"

#include <gtest/gtest.h>

#include <cmath>
#include <sstream>

#include "base/text.h"
#include "report/testing_input.h"

namespace regio::report {
namespace {

std::vector<int> ints(const std::string& text) {
  std::vector<int> out;
  for (const auto& part : split_whitespace(text)) out.push_back(static_cast<int>(parse_integer(part).value()));
  return out;
}

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out;
  std::string field;
  std::istringstream in(line);
  while (std::getline(in, field, '\t')) out.push_back(field);
  return out;
}

TEST(Permutation, EqualsTheEnumerationAndBootstrapPortInPython) {
  const auto text =
      testing::read_file(std::filesystem::path(REGIO_SOURCE_DIR) / "src/report/testdata/permutation_reference.tsv");
  std::istringstream in(text);
  int cases = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    const auto f = split_tabs(line);
    ASSERT_EQ(f.size(), 8u) << line;
    SCOPED_TRACE(f[0]);
    const auto with = ints(f[1]), without = ints(f[2]);
    const auto t = permutation_test(with, without);
    ASSERT_TRUE(t.has_value());
    EXPECT_NEAR(t->difference, std::stod(f[3]), 1e-12);
    EXPECT_NEAR(t->p_value, std::stod(f[4]), 1e-12);
    EXPECT_EQ(t->splits, std::stod(f[5]));
    const auto ci = bootstrap_interval(with, without);
    ASSERT_TRUE(ci.has_value());
    EXPECT_DOUBLE_EQ(ci->low, std::stod(f[6]));
    EXPECT_DOUBLE_EQ(ci->high, std::stod(f[7]));
    ++cases;
  }
  EXPECT_EQ(cases, 7);
}

TEST(Permutation, HandWorkedSmallCase) {
  // {3,2,3} vs {0,1,0,1}: of the C(7,3) = 35 splits only {3,3,2} is as extreme (sum 8; a sum of
  // 0 would be needed on the other side, and there are only two zeros).
  const std::vector<int> with{3, 2, 3}, without{0, 1, 0, 1};
  const auto t = permutation_test(with, without);
  ASSERT_TRUE(t);
  EXPECT_DOUBLE_EQ(t->p_value, 1.0 / 35.0);
  EXPECT_DOUBLE_EQ(t->difference, 8.0 / 3.0 - 0.5);
}

TEST(Permutation, LargeGroupsStayExactAndSymmetric) {
  // 31 regions: C(31, 15) = 300 540 195 splits, counted exactly by the sums.
  std::vector<int> a, b;
  for (int i = 0; i < 15; ++i) a.push_back(i % 4);
  for (int i = 0; i < 16; ++i) b.push_back((i + 1) % 4);
  const auto t = permutation_test(a, b);
  ASSERT_TRUE(t);
  EXPECT_EQ(t->splits, 300540195.0);
  const auto swapped = permutation_test(b, a);
  EXPECT_NEAR(t->p_value, swapped->p_value, 1e-12);
  EXPECT_NEAR(t->difference, -swapped->difference, 1e-12);
}

TEST(Permutation, EmptyGroupCannotBeTested) {
  const std::vector<int> some{1, 2}, none;
  EXPECT_FALSE(permutation_test(some, none));
  EXPECT_FALSE(permutation_test(none, some));
  EXPECT_FALSE(bootstrap_interval(some, none));
}

TEST(Permutation, BootstrapIsReproducibleAndContainsTheObservedDifference) {
  const std::vector<int> with{2, 3, 1, 2, 4}, without{1, 2, 1, 0, 1, 2};
  const auto a = bootstrap_interval(with, without), b = bootstrap_interval(with, without);
  ASSERT_TRUE(a && b);
  EXPECT_EQ(a->low, b->low);
  EXPECT_EQ(a->high, b->high);
  const double diff = 12.0 / 5.0 - 7.0 / 6.0;
  EXPECT_LE(a->low, diff);
  EXPECT_GE(a->high, diff);
}

}  // namespace
}  // namespace regio::report
