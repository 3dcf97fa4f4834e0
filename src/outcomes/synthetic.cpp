#include "outcomes/synthetic.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <memory>

#include <fmt/format.h>

#include "base/date.h"

namespace regio::outcomes {
namespace {

class SplitMix64 {
 public:
  explicit SplitMix64(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
  }
  // Uniform in [0, n); the tiny modulo bias is irrelevant for synthetic data.
  std::int32_t below(std::int32_t n) { return static_cast<std::int32_t>(next() % static_cast<std::uint64_t>(n)); }
  std::int32_t between(std::int32_t lo, std::int32_t hi) { return lo + below(hi - lo + 1); }
  bool chance(double p) { return static_cast<double>(next() >> 11) * 0x1.0p-53 < p; }
  template <class T, std::size_t N>
  T pick(const std::pair<T, double> (&weights)[N]) {
    double r = static_cast<double>(next() >> 11) * 0x1.0p-53;
    for (const auto& [value, w] : weights) {
      if (r < w) return value;
      r -= w;
    }
    return weights[N - 1].first;
  }

 private:
  std::uint64_t state_;
};

struct Place {
  std::string gemeente;
  std::string regio;
};

constexpr std::pair<Interventie, double> kInterventies[] = {{Interventie::kIps, 0.25},
                                                            {Interventie::kJobcoaching, 0.20},
                                                            {Interventie::kReintegratie, 0.30},
                                                            {Interventie::kParticipatie, 0.15},
                                                            {Interventie::kOverig, 0.10}};
constexpr std::pair<UitkeringStart, double> kUitkeringStarts[] = {
    {UitkeringStart::kBijstand, 0.35}, {UitkeringStart::kWw, 0.10}, {UitkeringStart::kWia, 0.12},
    {UitkeringStart::kWajong, 0.08},   {UitkeringStart::kZw, 0.05}, {UitkeringStart::kGeen, 0.20},
    {UitkeringStart::kOnbekend, 0.10}};

std::int32_t day(int y, int m, int d) { return from_civil({y, m, d}).days; }

class Generator {
 public:
  Generator(const regions::Registry& registry, const SyntheticOptions& options)
      : rng_(options.seed), options_(options) {
    for (int year = 2016; year <= 2024; ++year) {
      auto& places = places_by_year_[static_cast<std::size_t>(year - 2016)];
      const auto& c = registry.for_year(year);
      for (const auto& m : c.municipalities())
        if (c.is_region(m.region)) places.push_back({m.code, m.region});
    }
  }

  Extract run() {
    e_.persons.reserve(options_.persons, options_.persons * 32);
    for (std::size_t p = 0; p < options_.persons; ++p) person(static_cast<std::uint32_t>(p));
    return std::move(e_);
  }

 private:
  void person(std::uint32_t p) {
    e_.persons.push_back(fmt::format("{:016x}{:016x}", rng_.next(), rng_.next()));
    const double home = static_cast<double>(rng_.next() >> 11) * 0x1.0p-53;
    const int count = rng_.chance(0.38) ? 2 : 1;  // ~1.3 trajectories per person
    std::int32_t start = rng_.between(day(2016, 1, 1), day(2024, 12, 31));
    for (int k = 0; k < count; ++k) {
      if (k > 0) start += rng_.between(120, 1200);
      if (start > day(2024, 12, 31)) break;  // a second trajectory after the data's last year
      trajectory(p, start, home);
    }
  }

  void trajectory(std::uint32_t p, std::int32_t s, double home) {
    const auto& places = places_by_year_[static_cast<std::size_t>(year_of(Date{s}) - 2016)];
    const Place& place =
        places[std::min(places.size() - 1, static_cast<std::size_t>(home * static_cast<double>(places.size())))];
    const Interventie interventie = rng_.pick(kInterventies);
    const UitkeringStart benefit = rng_.pick(kUitkeringStarts);
    auto& t = e_.trajecten;
    t.traject_id.push_back(fmt::format("T{:08}", t.traject_id.size() + 1));
    t.person.push_back(p);
    t.regio.push_back(place.regio);
    t.gemeente.push_back(rng_.chance(0.9) ? place.gemeente : std::string());
    t.interventie.push_back(interventie);
    t.verwijzer.push_back(rng_.chance(0.1) ? Verwijzer::kOnbekend : static_cast<Verwijzer>(1 + rng_.below(6)));
    t.uitkering_start.push_back(benefit);
    t.start.push_back(s);
    t.end.push_back(as_of_extraction(rng_.chance(0.3) ? kOpenEnd : s + rng_.between(60, 900)));

    if (rng_.chance(0.55)) job(p, s - rng_.between(400, 2500), rng_.between(30, 360));
    if (rng_.chance(0.2)) job(p, s - rng_.between(2600, 4000), rng_.between(30, 700));
    std::int32_t found = kOpenEnd;
    const double placed = interventie == Interventie::kIps ? 0.43 : 0.22;
    if (rng_.chance(placed)) {
      found = s + rng_.between(0, 365);
    } else if (rng_.chance(0.12)) {
      found = s + rng_.between(366, 730);
    }
    if (found != kOpenEnd) {
      const std::int32_t length = rng_.chance(0.4) ? kOpenEnd : rng_.between(20, 900);
      job(p, found, length);
      if (length != kOpenEnd && rng_.chance(0.3)) job(p, found + length + rng_.between(1, 60), rng_.between(30, 600));
    }
    const bool has_benefit = benefit != UitkeringStart::kGeen && benefit != UitkeringStart::kOnbekend;
    if (has_benefit) {
      const std::int32_t begin = s - rng_.between(30, 1500);
      std::int32_t end = kOpenEnd;
      if (found != kOpenEnd && rng_.chance(0.7))
        end = std::max(begin, found + rng_.between(-30, 120));
      else if (rng_.chance(0.5))
        end = s + rng_.between(100, 900);
      benefit_spell(p, static_cast<UitkeringSoort>(static_cast<int>(benefit)), begin, end);
    }
    if (rng_.chance(0.15)) {
      const std::int32_t begin = s - rng_.between(1600, 3000);
      benefit_spell(p, static_cast<UitkeringSoort>(rng_.below(5)), begin, begin + rng_.between(30, 90));
    }
  }

  // An end after the extraction date is not known yet at the source: the spell is ongoing.
  std::int32_t as_of_extraction(std::int32_t end) const { return end > extraction_day_ ? kOpenEnd : end; }

  void job(std::uint32_t p, std::int32_t start, std::int32_t length) {
    if (start > extraction_day_) return;
    auto& w = e_.werk;
    w.person.push_back(p);
    w.start.push_back(start);
    w.end.push_back(as_of_extraction(length == kOpenEnd ? kOpenEnd : start + length));
    w.hours.push_back(rng_.chance(0.85) ? static_cast<float>(rng_.between(16, 80)) / 2.0f : kUnknownHours);
    w.contract.push_back(rng_.chance(0.2) ? Contract::kOnbekend : static_cast<Contract>(1 + rng_.below(6)));
  }

  void benefit_spell(std::uint32_t p, UitkeringSoort soort, std::int32_t start, std::int32_t end) {
    if (start > extraction_day_) return;
    auto& u = e_.uitkeringen;
    u.person.push_back(p);
    u.soort.push_back(soort);
    u.start.push_back(start);
    u.end.push_back(as_of_extraction(end));
  }

  SplitMix64 rng_;
  SyntheticOptions options_;
  std::int32_t extraction_day_ = from_civil(options_.extraction_date).days;
  std::array<std::vector<Place>, 9> places_by_year_;
  Extract e_;
};

}  // namespace

Extract generate_extract(const regions::Registry& registry, const SyntheticOptions& options) {
  return Generator(registry, options).run();
}

}  // namespace regio::outcomes
