#include "report/trend.h"

#include <cmath>

namespace regio::report {
namespace {

// The continued fraction of the incomplete beta function (modified Lentz), as in Numerical
// Recipes §6.4; converges quickly for x < (a + 1) / (a + b + 2).
double beta_fraction(double a, double b, double x) {
  constexpr double kTiny = 1e-300;
  double c = 1, d = 1 - (a + b) * x / (a + 1);
  if (std::abs(d) < kTiny) d = kTiny;
  d = 1 / d;
  double h = d;
  for (int m = 1; m <= 1000; ++m) {
    const double m2 = 2.0 * m;
    double aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (std::abs(d) < kTiny) d = kTiny;
    c = 1 + aa / c;
    if (std::abs(c) < kTiny) c = kTiny;
    d = 1 / d;
    h *= d * c;
    aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (std::abs(d) < kTiny) d = kTiny;
    c = 1 + aa / c;
    if (std::abs(c) < kTiny) c = kTiny;
    d = 1 / d;
    const double delta = d * c;
    h *= delta;
    if (std::abs(delta - 1) < 1e-15) break;
  }
  return h;
}

// The regularized incomplete beta function I_x(a, b).
double incomplete_beta(double a, double b, double x) {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const double front =
      std::exp(std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) + b * std::log1p(-x));
  if (x < (a + 1) / (a + b + 2)) return front * beta_fraction(a, b, x) / a;
  return 1 - front * beta_fraction(b, a, 1 - x) / b;
}

}  // namespace

double student_t_cdf(double t, int df) {
  const double v = df;
  const double tail = 0.5 * incomplete_beta(v / 2, 0.5, v / (v + t * t));  // P(T > |t|)
  return t >= 0 ? 1 - tail : tail;
}

double student_t_quantile(double p, int df) {
  if (p == 0.5) return 0;
  if (p < 0.5) return -student_t_quantile(1 - p, df);
  double lo = 0, hi = 1;
  while (student_t_cdf(hi, df) < p) hi *= 2;
  for (int i = 0; i < 200 && hi - lo > 1e-13 * hi; ++i) {
    const double mid = (lo + hi) / 2;
    (student_t_cdf(mid, df) < p ? lo : hi) = mid;
  }
  return (lo + hi) / 2;
}

std::optional<TrendFit> fit_trend(std::span<const TrendSample> points) {
  if (points.size() < 3) return std::nullopt;
  TrendFit f;
  f.n = static_cast<int>(points.size());
  double sx = 0, sy = 0;
  for (const auto& p : points) {
    sx += p.x;
    sy += p.y;
  }
  f.mean_x = sx / f.n;
  const double mean_y = sy / f.n;
  double sxy = 0;
  for (const auto& p : points) {
    f.sxx += (p.x - f.mean_x) * (p.x - f.mean_x);
    sxy += (p.x - f.mean_x) * (p.y - mean_y);
  }
  if (f.sxx <= 0) return std::nullopt;
  f.slope = sxy / f.sxx;
  f.intercept = mean_y - f.slope * f.mean_x;
  double ssr = 0;
  for (const auto& p : points) {
    const double r = p.y - (f.intercept + f.slope * p.x);
    ssr += r * r;
  }
  f.residual_sd = std::sqrt(ssr / (f.n - 2));
  return f;
}

Projection project(const TrendFit& fit, double x0, double level) {
  Projection p;
  p.level = level;
  p.value = fit.intercept + fit.slope * x0;
  p.standard_error = fit.residual_sd * std::sqrt(1 + 1.0 / fit.n + (x0 - fit.mean_x) * (x0 - fit.mean_x) / fit.sxx);
  p.t = student_t_quantile(1 - (1 - level) / 2, fit.n - 2);
  p.low = p.value - p.t * p.standard_error;
  p.high = p.value + p.t * p.standard_error;
  return p;
}

}  // namespace regio::report
