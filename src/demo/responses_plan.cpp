#include <algorithm>
#include <cmath>
#include <numeric>

#include "demo/internal/plan.h"

namespace regio::demo::internal {

std::uint64_t Rng::next() {
  std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

namespace {

// Level paths end at the 2020 level and rise at most as fast as the research saw; none falls.
void plan_levels(std::vector<RegionPlan>& plans, Rng& rng) {
  std::vector<std::size_t> order(plans.size());
  std::iota(order.begin(), order.end(), 0);
  rng.shuffle(order);
  int early_fours = 0;
  for (std::size_t rank = 0; rank < order.size(); ++rank) {
    RegionPlan& p = plans[order[rank]];
    auto& l = p.level;
    if (rank < 2) {
      l = {2, 3, 4, 5};
    } else if (rank < 10) {
      l[0] = early_fours++ < 3 ? 2 : 1;
      l[1] = std::max(l[0], rng.between(2, 3));
      l[2] = std::max(l[1], rng.between(3, 4));
      l[3] = 4;
    } else if (rank < 15) {
      l[0] = 1;
      l[1] = rng.between(1, 2);
      l[2] = std::max(l[1], rng.between(2, 3));
      l[3] = 3;
    } else {
      l = {1, rng.between(1, 2), 2, 2};
    }
  }
}

// Embedding classes at 2020 go mostly, not strictly, with the level: 3 stevig, 8 vrij sterk,
// 8 redelijk, the rest kwetsbaar. Earlier waves score lower.
void plan_embedding(std::vector<RegionPlan>& plans, Rng& rng) {
  std::vector<std::pair<double, std::size_t>> keyed;
  for (std::size_t i = 0; i < plans.size(); ++i) keyed.emplace_back(plans[i].level[3] + 1.2 * rng.unit(), i);
  std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  for (std::size_t rank = 0; rank < keyed.size(); ++rank) {
    auto& s = plans[keyed[rank].second].element_sum;
    if (rank < 3)
      s[3] = rng.between(21, 23);  // mean ≥ 3.5
    else if (rank < 11)
      s[3] = rng.between(18, 20);  // ≥ 3.0
    else if (rank < 19)
      s[3] = rng.between(15, 17);  // ≥ 2.5
    else
      s[3] = rng.between(9, 14);
    s[2] = std::max(6, s[3] - rng.between(0, 2));
    s[1] = std::max(6, s[2] - rng.between(1, 3));
    s[0] = std::max(6, s[1] - rng.between(1, 3));
  }
}

// A stakeholder becomes structurally involved in the regions with the lowest keys first, so a
// region once structural stays structural and each wave has exactly `targets[w]` of them.
void plan_stakeholder(std::vector<RegionPlan>& plans, Rng& rng, std::array<int, kWaves> targets,
                      std::array<int, kWaves> RegionPlan::*field) {
  std::vector<std::pair<double, std::size_t>> keyed;
  for (std::size_t i = 0; i < plans.size(); ++i) keyed.emplace_back(rng.unit(), i);
  std::sort(keyed.begin(), keyed.end());
  for (std::size_t rank = 0; rank < keyed.size(); ++rank)
    for (int w = 0; w < kWaves; ++w)
      (plans[keyed[rank].second].*field)[w] = static_cast<int>(rank) < targets[w] ? 1 : 0;
}

// Products planned grow per region; the realised total per wave is set to a fixed share of the
// planned total (about a third at 2019-eind, as reported) and handed out to the regions with
// the highest level first, never taking back a product realised before.
void plan_products(std::vector<RegionPlan>& plans, Rng& rng) {
  constexpr double kShareRealised[kWaves] = {0.06, 0.15, 0.33, 0.5};
  for (auto& p : plans) {
    p.product_order = {0, 1, 2, 3, 4, 5, 6, 7};
    rng.shuffle(p.product_order);
    p.product_order.push_back(8);  // "anders" comes last, if ever
    p.planned[0] = rng.between(1, 3);
    p.planned[1] = std::max(p.planned[0], rng.between(3, 5));
    p.planned[2] = std::max(p.planned[1], rng.between(4, 7));
    p.planned[3] = std::max(p.planned[2], rng.between(5, 8));
  }
  std::vector<std::size_t> by_level(plans.size());
  std::iota(by_level.begin(), by_level.end(), 0);
  for (int w = 0; w < kWaves; ++w) {
    int total_planned = 0, realised = 0;
    for (auto& p : plans) {
      total_planned += p.planned[w];
      p.realised[w] = w == 0 ? 0 : p.realised[w - 1];
      realised += p.realised[w];
    }
    const int target = std::max(realised, static_cast<int>(std::lround(total_planned * kShareRealised[w])));
    std::stable_sort(by_level.begin(), by_level.end(),
                     [&](std::size_t a, std::size_t b) { return plans[a].level[w] > plans[b].level[w]; });
    bool progress = true;
    while (realised < target && progress) {
      progress = false;
      for (std::size_t i : by_level) {
        if (realised >= target) break;
        if (plans[i].realised[w] < plans[i].planned[w]) {
          ++plans[i].realised[w];
          ++realised;
          progress = true;
        }
      }
    }
  }
}

}  // namespace

std::vector<RegionPlan> make_plans(const std::vector<std::string>& regions, std::uint64_t seed) {
  Rng rng(seed);
  std::vector<RegionPlan> plans(regions.size());
  for (std::size_t i = 0; i < regions.size(); ++i) {
    plans[i].code = regions[i];
    plans[i].seed = rng.next();
    for (auto& k : plans[i].activity_key) k = rng.unit();
  }
  plan_levels(plans, rng);
  plan_embedding(plans, rng);
  plan_stakeholder(plans, rng, {8, 14, 20, 24}, &RegionPlan::ed_structural);
  plan_stakeholder(plans, rng, {0, 1, 2, 4}, &RegionPlan::employer_structural);
  plan_stakeholder(plans, rng, {0, 1, 2, 3}, &RegionPlan::insurer_structural);
  plan_stakeholder(plans, rng, {3, 6, 9, 11}, &RegionPlan::client_org_structural);
  plan_products(plans, rng);
  return plans;
}

}  // namespace regio::demo::internal
