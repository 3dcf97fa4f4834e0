// Honest uncertainty for a difference of two group means: an exact two-sided permutation test
// and a percentile bootstrap interval, both reproducible (no clock, no std:: distributions).
//
//   auto t = permutation_test(gains_with, gains_without);   // nullopt when a group is empty
//   if (t) print(t->difference, t->p_value);
//   auto ci = bootstrap_interval(gains_with, gains_without); // 95 %, 10 000 resamples, fixed seed
//
// Definitions (docs/METHODS.md "Patronen"):
// - difference = mean(with) − mean(without).
// - Permutation test: under "the factor makes no difference" every split of the N = n_w + n_o
//   values into groups of n_w and n_o is equally likely. p = the share of all C(N, n_w) splits
//   whose |difference| is at least the observed |difference|. The values are whole numbers (level
//   gains), so the splits are counted exactly by their sum with dynamic programming (the
//   difference depends only on the sum of the first group): exact for every N, no sampling.
//   The comparison is done in integers (|S·N − T·n_w| against the observed one), so ties count.
// - Bootstrap: `resamples` times, draw n_w values with replacement from `with` and n_o from
//   `without` and take the difference of means; the interval is the sorted differences' elements
//   ⌊α/2·B⌋ and ⌈(1−α/2)·B⌉ − 1 (α = 1 − level; 1e-9 absorbs rounding of α·B). Draws use SplitMix64 from `seed` and
//   index ⌊u·n / 2^64⌋ (u the 64-bit draw), so the interval is the same on every machine; a Python port of exactly this
//   procedure is in src/report/testdata/make_permutation_reference.py.
#pragma once

#include <cstdint>
#include <optional>
#include <span>

namespace regio::report {

struct PermutationTest {
  double difference = 0;  // mean(with) − mean(without)
  double p_value = 1;     // two-sided, exact
  double splits = 0;      // C(N, n_with): the number of equally likely splits
};

// nullopt when either group is empty.
std::optional<PermutationTest> permutation_test(std::span<const int> with, std::span<const int> without);

struct Interval {
  double low = 0;
  double high = 0;
};

struct BootstrapOptions {
  double level = 0.95;
  int resamples = 10000;
  std::uint64_t seed = 20170701;
};

// nullopt when either group is empty. REQUIRES: 0 < level < 1, resamples >= 1.
std::optional<Interval> bootstrap_interval(std::span<const int> with, std::span<const int> without,
                                           const BootstrapOptions& options = {});

// The SplitMix64 generator the bootstrap uses (exposed for the reference test).
class SplitMix64 {
 public:
  explicit SplitMix64(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next();
  // A uniform index 0..n-1: ⌊next() · n / 2^64⌋. REQUIRES: n >= 1.
  std::uint64_t index(std::uint64_t n);

 private:
  std::uint64_t state_;
};

}  // namespace regio::report
