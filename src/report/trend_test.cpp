// Checks the trend fit, the t quantile and the prediction interval against numpy and scipy
// (testdata/make_projection_reference.py wrote testdata/projection_reference.tsv).
#include "report/trend.h"

#include <gtest/gtest.h>

#include <sstream>

#include "base/text.h"
#include "report/testing_input.h"

namespace regio::report {
namespace {

std::vector<double> numbers(const std::string& text) {
  std::vector<double> out;
  for (const auto& part : split_whitespace(text)) out.push_back(parse_decimal(part).value());
  return out;
}

TEST(Trend, EqualsNumpyAndScipyOnHandMadeSeries) {
  std::istringstream in(
      testing::read_file(std::filesystem::path(REGIO_SOURCE_DIR) / "src/report/testdata/projection_reference.tsv"));
  int cases = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::istringstream fields(line);
    for (std::string field; std::getline(fields, field, '\t');) f.push_back(field);
    ASSERT_EQ(f.size(), 11u) << line;
    SCOPED_TRACE(f[0]);
    const auto x = numbers(f[1]), y = numbers(f[2]);
    std::vector<TrendSample> points;
    for (std::size_t i = 0; i < x.size(); ++i) points.push_back({x[i], y[i]});
    const auto fit = fit_trend(points);
    ASSERT_TRUE(fit.has_value());
    EXPECT_NEAR(fit->slope, std::stod(f[5]), 1e-8);
    const auto p = project(*fit, std::stod(f[3]), std::stod(f[4]));
    EXPECT_NEAR(p.value, std::stod(f[7]), 1e-7);
    EXPECT_NEAR(p.t, std::stod(f[8]), 1e-9);
    EXPECT_NEAR(p.low, std::stod(f[9]), 1e-6);
    EXPECT_NEAR(p.high, std::stod(f[10]), 1e-6);
    ++cases;
  }
  EXPECT_EQ(cases, 5);
}

TEST(Trend, KnownQuantilesOfStudentT) {
  // Table values: t(0.95; 1) = 6.3138, t(0.975; 2) = 4.3027, t(0.95; 30) = 1.6973.
  EXPECT_NEAR(student_t_quantile(0.95, 1), 6.313751514800932, 1e-9);
  EXPECT_NEAR(student_t_quantile(0.975, 2), 4.302652729911275, 1e-9);
  EXPECT_NEAR(student_t_quantile(0.95, 30), 1.697260886839, 1e-9);
  EXPECT_NEAR(student_t_quantile(0.05, 30), -1.697260886839, 1e-9);
  EXPECT_DOUBLE_EQ(student_t_cdf(0, 5), 0.5);
}

TEST(Trend, NeedsThreePointsAndTwoDistinctYears) {
  const std::vector<TrendSample> two{{2019, 1}, {2020, 2}};
  EXPECT_FALSE(fit_trend(two));
  const std::vector<TrendSample> same_year{{2020, 1}, {2020, 2}, {2020, 3}};
  EXPECT_FALSE(fit_trend(same_year));
}

}  // namespace
}  // namespace regio::report
