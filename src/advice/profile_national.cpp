// The national context of a wave: nat_* (all regions) and nat_hoog_* (regions at the top two
// ladder levels) variables, computed from the analysis' per-region scores and the responses.
#include <fmt/format.h>

#include "advice/profile.h"
#include "advice/profile_values.h"
#include "analysis/scores.h"
#include "base/text.h"

namespace regio::advice::internal {
namespace {

struct Mean {
  double sum = 0;
  int n = 0;
  void add(double v) {
    sum += v;
    ++n;
  }
};

// A mean over at least kMinGroupSize regions, else absent with the reason.
void put(ProfileWriter& w, const std::string& name, const Mean& m, int decimals, double scale = 1) {
  if (m.n >= kMinGroupSize) {
    w.number(name, scale * m.sum / m.n, decimals);
  } else {
    w.absent(name,
             fmt::format("berekend over {} regio's; minder dan {} is te weinig om te vergelijken", m.n, kMinGroupSize));
  }
}

const forms::Response* submitted(const std::vector<forms::Response>& rs, const std::string& region) {
  for (const auto& r : rs)
    if (r.region == region && r.status == forms::ResponseStatus::kIngediend) return &r;
  return nullptr;
}

}  // namespace

Profile national_context(const ProfileSources& s, const Catalogue&) {
  const analysis::Config& c = *s.config;
  Profile p;
  ProfileWriter w(p);
  const int high = static_cast<int>(c.ladder.size()) - 1;  // the top two levels
  std::map<std::string, int> previous;
  if (s.previous)
    for (const auto& r : s.previous->per_region)
      if (r.scores.level) previous[r.scores.region] = *r.scores.level;

  Mean level, gain, embedding, roles, high_count;
  std::vector<Mean> elements(c.embedding_elements.size()), elements_high(c.embedding_elements.size());
  std::vector<Mean> weights(c.stakeholders.size()), weights_high(c.stakeholders.size());
  Mean measured, measured_high, structural, structural_high;
  std::vector<Mean> bottlenecks(c.bottlenecks.size());
  for (const auto& region : s.wave->per_region) {
    const analysis::RegionScores& sc = region.scores;
    const bool is_high = sc.level && *sc.level >= high;
    if (is_high) high_count.add(1);
    if (sc.level) {
      level.add(*sc.level);
      if (auto it = previous.find(sc.region); it != previous.end()) gain.add(*sc.level - it->second);
    }
    if (sc.embedding_mean) embedding.add(*sc.embedding_mean);
    for (std::size_t i = 0; i < elements.size() && i < sc.element_scores.size(); ++i) {
      if (!sc.element_scores[i]) continue;
      elements[i].add(*sc.element_scores[i]);
      if (is_high) elements_high[i].add(*sc.element_scores[i]);
    }
    for (std::size_t i = 0; i < weights.size() && i < sc.involvement.size(); ++i) {
      if (!sc.involvement[i]) continue;
      const int weight = c.involvement_weight(*sc.involvement[i]);
      weights[i].add(weight);
      if (is_high) weights_high[i].add(weight);
    }
    measured.add(sc.measured_goal ? 1 : 0);
    if (is_high) measured_high.add(sc.measured_goal ? 1 : 0);
    const forms::Response* r = submitted(*s.responses, sc.region);
    if (!r) continue;
    roles.add(static_cast<double>(split_whitespace(analysis::answer_of(*r, "ervaringsdeskundigen_rol")).size()));
    if (const std::string& f = analysis::answer_of(*r, "financiering_structureel"); !f.empty()) {
      structural.add(f == "ja" ? 1 : 0);
      if (is_high) structural_high.add(f == "ja" ? 1 : 0);
    }
    if (const std::string& k = analysis::answer_of(*r, "knelpunten"); !k.empty())
      for (std::size_t i = 0; i < bottlenecks.size(); ++i)
        bottlenecks[i].add(analysis::selection_contains(k, c.bottlenecks[i].choice) ? 1 : 0);
  }

  w.number("nat_regios", static_cast<double>(s.wave->per_region.size()));
  w.number("nat_hoog_regios", high_count.n);
  put(w, "nat_niveau", level, 1);
  if (s.previous)
    put(w, "nat_niveau_stijging", gain, 1);
  else
    w.absent("nat_niveau_stijging", "er is geen vorig meetmoment");
  put(w, "nat_borging_gemiddelde", embedding, 1);
  for (std::size_t i = 0; i < elements.size(); ++i) {
    put(w, "nat_" + c.embedding_elements[i].question, elements[i], 1);
    put(w, "nat_hoog_" + c.embedding_elements[i].question, elements_high[i], 1);
  }
  for (std::size_t i = 0; i < weights.size(); ++i) {
    const std::string name = Catalogue::weight_name(c.stakeholders[i].question);
    put(w, "nat_" + name, weights[i], 1);
    put(w, "nat_hoog_" + name, weights_high[i], 1);
  }
  put(w, "nat_pct_doelen_gemeten", measured, 0, 100);
  put(w, "nat_hoog_pct_doelen_gemeten", measured_high, 0, 100);
  put(w, "nat_pct_financiering_structureel", structural, 0, 100);
  put(w, "nat_hoog_pct_financiering_structureel", structural_high, 0, 100);
  put(w, "nat_ervaringsdeskundigen_rollen", roles, 1);
  for (std::size_t i = 0; i < bottlenecks.size(); ++i)
    put(w, "nat_pct_knelpunt_" + c.bottlenecks[i].choice, bottlenecks[i], 0, 100);
  return p;
}

}  // namespace regio::advice::internal
