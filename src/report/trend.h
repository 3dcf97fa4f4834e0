// A straight-line trend over yearly values and its prediction interval (the "blik vooruit").
//
//   auto fit = fit_trend(points);                 // ordinary least squares, n >= 3
//   if (fit) auto p = project(*fit, 2026, 0.90);  // p.value, p.low, p.high
//
// Definitions (docs/METHODS.md "Blik vooruit"): y = a + b·x by ordinary least squares over the
// n points; s² = Σ residual² / (n − 2); at x0 the projection is ŷ = a + b·x0 and the prediction
// interval ŷ ± t(1 − (1 − level)/2; n − 2) · s · √(1 + 1/n + (x0 − x̄)² / Σ(x − x̄)²), the interval
// for the value of that one year itself (not for the mean), with Student's t distribution.
#pragma once

#include <optional>
#include <span>
#include <utility>

namespace regio::report {

struct TrendSample {
  double x = 0;  // year
  double y = 0;  // value
};

struct TrendFit {
  int n = 0;
  double intercept = 0;
  double slope = 0;        // per year
  double residual_sd = 0;  // s
  double mean_x = 0;
  double sxx = 0;  // Σ(x − x̄)²
};

// nullopt with fewer than 3 points or when all x are equal.
std::optional<TrendFit> fit_trend(std::span<const TrendSample> points);

struct Projection {
  double value = 0;  // ŷ at x0
  double low = 0;
  double high = 0;
  double level = 0.90;
  double t = 0;               // the quantile used
  double standard_error = 0;  // of the prediction
};

// REQUIRES: fit from fit_trend, 0 < level < 1.
Projection project(const TrendFit& fit, double x0, double level);

// The p-quantile of Student's t distribution with df degrees of freedom (0 < p < 1, df >= 1),
// accurate to ~1e-10: bisection on the distribution function, itself the regularized incomplete
// beta function by its continued fraction.
double student_t_quantile(double p, int df);
// Student's t distribution function.
double student_t_cdf(double t, int df);

}  // namespace regio::report
