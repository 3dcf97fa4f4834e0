// The demo generator's plan: per region, the figures each wave's answers must produce.
// Internal to the demo module.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace regio::demo::internal {

inline constexpr int kWaves = 4;  // 2017-start, 2018-tussen, 2019-eind, 2020-vervolg

// splitmix64 (Steele, Lea, Flood 2014): tiny, fast and fully specified, so the demo data does
// not depend on a standard library's distribution implementation.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next();
  // Uniform in [0, n); REQUIRES n > 0. The modulo bias is irrelevant for demo data.
  int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
  // Uniform in [lo, hi].
  int between(int lo, int hi) { return lo + below(hi - lo + 1); }
  // Uniform in [0, 1).
  double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  bool chance(double p) { return unit() < p; }
  template <class T>
  void shuffle(std::vector<T>& v) {
    for (std::size_t i = v.size(); i > 1; --i)
      std::swap(v[i - 1], v[static_cast<std::size_t>(below(static_cast<int>(i)))]);
  }

 private:
  std::uint64_t state_;
};

struct RegionPlan {
  std::string code;
  std::uint64_t seed = 0;                         // for the region's own answer details
  std::array<int, kWaves> level{};                // niveau per wave
  std::array<int, kWaves> element_sum{};          // sum of the six borging scores (6..24)
  std::array<int, kWaves> planned{};              // products planned (gepland/in_uitvoering/gerealiseerd)
  std::array<int, kWaves> realised{};             // of which gerealiseerd
  std::array<int, kWaves> ed_structural{};        // 1 = experience experts structureel/trekker
  std::array<int, kWaves> employer_structural{};  // idem werkgevers
  std::array<int, kWaves> insurer_structural{};   // idem zorgverzekeraar
  std::array<int, kWaves> client_org_structural{};
  std::array<double, 7> activity_key{};  // activity selected when key < wave's probability
  std::vector<int> product_order;        // indices 0..8 of the product questions
};

// Plans for the given regions (sorted codes). Deterministic for a given seed.
std::vector<RegionPlan> make_plans(const std::vector<std::string>& regions, std::uint64_t seed);

}  // namespace regio::demo::internal
