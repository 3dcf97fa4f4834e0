#include "analysis/national.h"

#include <algorithm>

#include <fmt/format.h>

#include "analysis/internal/patterns.h"
#include "base/text.h"

namespace regio::analysis {
namespace {

using ResponseIndex = std::map<std::string, const forms::Response*>;

// Submitted responses by region. Concept responses are dropped here, once, so no statistic
// can accidentally include them.
Result<ResponseIndex> index_submitted(const std::vector<forms::Response>& responses, const forms::Wave& wave,
                                      int* concepts) {
  ResponseIndex index;
  for (const auto& r : responses) {
    if (r.wave != wave.code)
      return fail(
          ErrorCode::kInvalidArgument,
          fmt::format("Antwoord van regio {} hoort bij meetmoment '{}', niet bij '{}'.", r.region, r.wave, wave.code));
    if (r.status != forms::ResponseStatus::kIngediend) {
      ++*concepts;
      continue;
    }
    if (!index.emplace(r.region, &r).second)
      return fail(ErrorCode::kInvalidData,
                  fmt::format("Regio {} heeft twee ingediende antwoorden voor meetmoment '{}'.", r.region, wave.code));
  }
  return index;
}

std::optional<double> ratio(long long num, long long den) {
  if (den == 0) return std::nullopt;
  return static_cast<double>(num) / static_cast<double>(den);
}

void add_levels(NationalAnalysis& a, const std::vector<const RegionScores*>& scores) {
  const int top = static_cast<int>(a.ladder.size());
  for (int l = 1; l <= top; ++l) a.levels[l] = 0;
  std::map<int, int> aiming;
  long long gap_sum = 0;
  for (const auto* s : scores) {
    if (s->level)
      ++a.levels[*s->level];
    else
      ++a.level_unknown;
    if (s->aimed_level) ++aiming[*s->aimed_level];
    if (s->gap) {
      ++a.gap_regions;
      gap_sum += *s->gap;
    }
  }
  for (int l = 1; l <= top; ++l) a.aimed_vs_reached.push_back({l, aiming[l], a.levels[l]});
  a.mean_gap = ratio(gap_sum, a.gap_regions);
}

void add_embedding(NationalAnalysis& a, const Config& c, const std::vector<const RegionScores*>& scores) {
  for (const auto& cls : c.embedding_classes) a.embedding_classes.emplace_back(cls.name, 0);
  for (const auto& e : c.embedding_elements) a.elements.push_back({e, std::nullopt, 0, 0});
  std::vector<long long> sums(c.embedding_elements.size(), 0);
  for (const auto* s : scores) {
    if (s->embedding_class) {
      for (auto& [name, n] : a.embedding_classes)
        if (name == *s->embedding_class) ++n;
    } else {
      ++a.embedding_unknown;
    }
    if (s->weakest_element) ++a.elements[*s->weakest_element].weakest;
    for (std::size_t i = 0; i < s->element_scores.size(); ++i) {
      if (!s->element_scores[i]) continue;
      ++a.elements[i].n;
      sums[i] += *s->element_scores[i];
    }
  }
  for (std::size_t i = 0; i < a.elements.size(); ++i) a.elements[i].mean = ratio(sums[i], a.elements[i].n);
}

void add_stakeholders(NationalAnalysis& a, const Config& c, const std::vector<const RegionScores*>& scores) {
  for (std::size_t i = 0; i < c.stakeholders.size(); ++i) {
    StakeholderStat st{c.stakeholders[i], {}, 0};
    for (const auto& d : c.involvement) st.degrees.emplace_back(d.degree, 0);
    for (const auto* s : scores) {
      if (!s->involvement[i]) {
        ++st.unanswered;
        continue;
      }
      for (auto& [degree, n] : st.degrees)
        if (degree == *s->involvement[i]) ++n;
    }
    a.stakeholders.push_back(std::move(st));
  }
}

void add_products(NationalAnalysis& a, const Config& c, const ResponseIndex& responses,
                  const std::vector<const RegionScores*>& scores) {
  static const char* const kStatuses[] = {"niet_gepland", "gepland", "in_uitvoering", "gerealiseerd"};
  for (const auto& p : c.products) {
    ProductStat ps{p, {}, 0};
    for (const char* st : kStatuses) ps.statuses.emplace_back(st, 0);
    for (const auto& [region, r] : responses) {
      const std::string& v = answer_of(*r, p.question);
      auto it = std::find_if(ps.statuses.begin(), ps.statuses.end(), [&](const auto& e) { return e.first == v; });
      if (it == ps.statuses.end())
        ++ps.unanswered;
      else
        ++it->second;
    }
    a.products.push_back(std::move(ps));
  }
  for (const auto* s : scores) {
    a.products_planned += s->products_planned;
    a.products_realised += s->products_realised;
  }
  a.products_share_realised = ratio(a.products_realised, a.products_planned);
}

void add_goals(NationalAnalysis& a, const Config& c, const std::vector<const RegionScores*>& scores) {
  for (const auto& t : c.goal_types) {
    GoalStat g{t, {}, std::nullopt};
    for (const auto* s : scores) {
      const auto it = s->goals.find(t.choice);
      if (it == s->goals.end()) continue;
      g.tally.met += it->second.met;
      g.tally.counted += it->second.counted;
      g.tally.open += it->second.open;
    }
    g.share_met = ratio(g.tally.met, g.tally.counted);
    a.goals.push_back(std::move(g));
  }
}

void add_activities_and_bottlenecks(NationalAnalysis& a, const Config& c, const ResponseIndex& responses) {
  for (const auto& act : c.client_activities) {
    ActivityStat st{act, 0, 0};
    for (const auto& [region, r] : responses) {
      if (!selection_contains(answer_of(*r, "activiteiten_clienten"), act.choice)) continue;
      ++st.regions;
      st.clients_reached += parse_integer(answer_of(*r, "bereik_" + act.choice)).value_or(0);
    }
    a.activities.push_back(std::move(st));
  }
  std::map<std::string, int> counts;
  for (const auto& [region, r] : responses)
    for (const auto& k : split_whitespace(answer_of(*r, "knelpunten"))) ++counts[k];
  std::vector<BottleneckStat> out;
  for (const auto& b : c.bottlenecks) {
    const auto it = counts.find(b.choice);
    out.push_back({b.choice, b.label, it == counts.end() ? 0 : it->second});
    if (it != counts.end()) counts.erase(it);
  }
  for (const auto& [choice, n] : counts) out.push_back({choice, choice, n});  // alphabetical
  std::stable_sort(out.begin(), out.end(), [](const auto& x, const auto& y) { return x.regions > y.regions; });
  a.bottlenecks = std::move(out);
}

Transitions transitions_of(const forms::Wave& from, const NationalAnalysis& a,
                           const std::map<std::string, std::optional<int>>& previous) {
  Transitions t;
  t.from_wave = from.code;
  for (const auto& rr : a.per_region) {
    const auto it = previous.find(rr.scores.region);
    if (it == previous.end() || !it->second || !rr.scores.level) continue;
    const int f = *it->second, to = *rr.scores.level;
    ++t.regions;
    ++t.counts[{f, to}];
    if (to > f)
      ++t.up;
    else if (to == f)
      ++t.same;
    else
      ++t.down;
  }
  return t;
}

}  // namespace

Result<NationalAnalysis> analyse(const AnalysisInput& in) {
  const Config& c = in.config;
  NationalAnalysis a;
  a.wave = in.wave;
  a.compare_wave = in.compare_wave;
  a.ladder = c.ladder;
  int concepts = 0;
  auto current = index_submitted(in.responses, in.wave, &concepts);
  if (!current) return std::unexpected(current.error());
  if (concepts > 0) a.notes.push_back(fmt::format("{} conceptantwoord(en) niet meegeteld.", concepts));

  a.regions = static_cast<int>(current->size());
  for (const auto& [region, r] : *current) {
    const bool store_goal = in.measured_goal_regions.count(region) > 0;
    a.per_region.push_back(
        {in.registry ? in.registry->region_name(region) : std::string(), score_region(*r, c, store_goal)});
  }
  std::vector<const RegionScores*> scores;
  for (const auto& rr : a.per_region) scores.push_back(&rr.scores);

  add_levels(a, scores);
  add_embedding(a, c, scores);
  add_stakeholders(a, c, scores);
  add_products(a, c, *current, scores);
  add_goals(a, c, scores);
  add_activities_and_bottlenecks(a, c, *current);
  for (const auto* s : scores)
    if (s->level5_flag) a.level5_flags.push_back(s->region);

  if (in.compare_wave) {
    int compare_concepts = 0;
    auto before = index_submitted(in.compare_responses, *in.compare_wave, &compare_concepts);
    if (!before) return std::unexpected(before.error());
    std::map<std::string, std::optional<int>> previous;
    for (const auto& [region, r] : *before) previous[region] = score_region(*r, c, false).level;
    a.transitions = transitions_of(*in.compare_wave, a, previous);
    std::vector<internal::PatternSubject> subjects;
    for (std::size_t i = 0; i < a.per_region.size(); ++i) {
      const auto it = previous.find(a.per_region[i].scores.region);
      subjects.push_back({current->at(a.per_region[i].scores.region), &a.per_region[i].scores,
                          it == previous.end() ? std::nullopt : it->second});
    }
    a.patterns = internal::compute_patterns(c, subjects);
  }
  return a;
}

}  // namespace regio::analysis
