#include "report/permutation.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <numeric>
#include <vector>

namespace regio::report {
namespace {

double mean(std::span<const int> v) {
  return static_cast<double>(std::accumulate(v.begin(), v.end(), 0LL)) / static_cast<double>(v.size());
}

}  // namespace

std::optional<PermutationTest> permutation_test(std::span<const int> with, std::span<const int> without) {
  if (with.empty() || without.empty()) return std::nullopt;
  std::vector<int> all(with.begin(), with.end());
  all.insert(all.end(), without.begin(), without.end());
  const long long n = static_cast<long long>(all.size()), k = static_cast<long long>(with.size());
  const int lo = *std::min_element(all.begin(), all.end());
  long long range = 0, total = 0;
  for (int v : all) {
    range += v - lo;
    total += v;
  }
  // ways[j][s]: subsets of j values (of those seen so far) whose shifted sum is s.
  std::vector<std::vector<long double>> ways(k + 1, std::vector<long double>(range + 1, 0.0L));
  ways[0][0] = 1.0L;
  for (int v : all) {
    const long long shifted = v - lo;
    for (long long j = k; j >= 1; --j)
      for (long long s = range; s >= shifted; --s) ways[j][s] += ways[j - 1][s - shifted];
  }
  const long long observed_sum = std::accumulate(with.begin(), with.end(), 0LL);
  const long long observed = std::llabs(observed_sum * n - total * k);
  long double extreme = 0, splits = 0;
  for (long long s = 0; s <= range; ++s) {
    if (ways[k][s] == 0) continue;
    const long long sum = s + k * lo;
    splits += ways[k][s];
    if (std::llabs(sum * n - total * k) >= observed) extreme += ways[k][s];
  }
  return PermutationTest{mean(with) - mean(without), static_cast<double>(extreme / splits),
                         static_cast<double>(splits)};
}

std::uint64_t SplitMix64::next() {
  std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

std::uint64_t SplitMix64::index(std::uint64_t n) {
  __extension__ using Wide = unsigned __int128;
  return static_cast<std::uint64_t>((static_cast<Wide>(next()) * n) >> 64);
}

std::optional<Interval> bootstrap_interval(std::span<const int> with, std::span<const int> without,
                                           const BootstrapOptions& options) {
  if (with.empty() || without.empty()) return std::nullopt;
  SplitMix64 rng(options.seed);
  const auto resample_mean = [&](std::span<const int> v) {
    long long sum = 0;
    for (std::size_t i = 0; i < v.size(); ++i) sum += v[rng.index(v.size())];
    return static_cast<double>(sum) / static_cast<double>(v.size());
  };
  std::vector<double> diffs(static_cast<std::size_t>(options.resamples));
  for (auto& d : diffs) {
    const double w = resample_mean(with);
    d = w - resample_mean(without);
  }
  std::sort(diffs.begin(), diffs.end());
  const double alpha = 1.0 - options.level;
  const double b = static_cast<double>(options.resamples);
  auto low = static_cast<std::size_t>(std::floor(alpha / 2 * b + 1e-9));
  auto high = static_cast<std::size_t>(std::ceil((1 - alpha / 2) * b - 1e-9)) - 1;
  low = std::min(low, diffs.size() - 1);
  high = std::min(high, diffs.size() - 1);
  return Interval{diffs[low], diffs[high]};
}

}  // namespace regio::report
