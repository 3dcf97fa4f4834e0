#include "analysis/scores.h"

#include <algorithm>

#include "base/text.h"

namespace regio::analysis {
namespace {

const std::string kEmpty;

std::optional<int> int_in_range(const std::string& text, int lo, int hi) {
  const auto v = parse_integer(text);
  if (!v || *v < lo || *v > hi) return std::nullopt;
  return static_cast<int>(*v);
}

void score_embedding(const forms::Response& r, const Config& c, RegionScores& s) {
  bool complete = true;
  int sum = 0;
  for (const auto& e : c.embedding_elements) {
    const auto v = int_in_range(answer_of(r, e.question), 1, 4);
    s.element_scores.push_back(v);
    if (v)
      sum += *v;
    else
      complete = false;
  }
  if (!complete || s.element_scores.empty()) return;
  s.embedding_mean = static_cast<double>(sum) / static_cast<double>(s.element_scores.size());
  s.embedding_class = c.embedding_class_of(*s.embedding_mean);
  std::size_t weakest = 0;
  for (std::size_t i = 1; i < s.element_scores.size(); ++i)
    if (*s.element_scores[i] < *s.element_scores[weakest]) weakest = i;  // strict: ties keep first
  s.weakest_element = weakest;
}

void score_involvement(const forms::Response& r, const Config& c, RegionScores& s) {
  int answered = 0;
  int total = 0;
  for (const auto& st : c.stakeholders) {
    const std::string& degree = answer_of(r, st.question);
    const int w = c.involvement_weight(degree);
    if (w < 0) {
      s.involvement.push_back(std::nullopt);
      continue;
    }
    s.involvement.push_back(degree);
    ++answered;
    total += w;
  }
  const int max = c.max_involvement_weight();
  if (answered > 0 && max > 0) s.involvement_index = static_cast<double>(total) / answered / max;
}

void score_products(const forms::Response& r, const Config& c, RegionScores& s) {
  for (const auto& p : c.products) {
    const std::string& status = answer_of(r, p.question);
    if (status == "gepland" || status == "in_uitvoering" || status == "gerealiseerd") ++s.products_planned;
    if (status == "gerealiseerd") ++s.products_realised;
  }
  if (s.products_planned > 0) s.products_share_realised = static_cast<double>(s.products_realised) / s.products_planned;
}

void score_goals(const forms::Response& r, RegionScores& s) {
  const auto it = r.repeats.find("doelen");
  if (it == r.repeats.end()) return;
  for (const auto& row : it->second) {
    const auto type = row.find("doel_type");
    const auto status = row.find("doel_status");
    if (type == row.end() || status == row.end()) continue;
    GoalTally& t = s.goals[type->second];
    if (status->second == "behaald") {
      ++t.met;
      ++t.counted;
    } else if (status->second == "deels" || status->second == "niet_behaald") {
      ++t.counted;
    } else if (status->second == "nog_niet") {
      ++t.open;
    }
  }
}

bool filled(const forms::Answers& row, const char* name) {
  const auto it = row.find(name);
  return it != row.end() && !trim(it->second).empty();
}

}  // namespace

const std::string& answer_of(const forms::Response& response, const std::string& question) {
  const auto it = response.answers.find(question);
  return it == response.answers.end() ? kEmpty : it->second;
}

bool selection_contains(const std::string& value, const std::string& choice) {
  const auto parts = split_whitespace(value);
  return std::find(parts.begin(), parts.end(), choice) != parts.end();
}

bool has_measured_goal_row(const forms::Response& response) {
  const auto it = response.repeats.find("doelen");
  if (it == response.repeats.end()) return false;
  return std::any_of(it->second.begin(), it->second.end(), [](const forms::Answers& row) {
    const auto q = row.find("doel_kwantitatief");
    const auto st = row.find("doel_status");
    return q != row.end() && q->second == "ja" && filled(row, "doel_indicator") && filled(row, "doel_streefwaarde") &&
           st != row.end() && !st->second.empty() && st->second != "nog_niet";
  });
}

RegionScores score_region(const forms::Response& response, const Config& config, bool has_store_goal) {
  RegionScores s;
  s.region = response.region;
  const int top = static_cast<int>(config.ladder.size());
  s.level = int_in_range(answer_of(response, "niveau"), 1, top);
  s.aimed_level = int_in_range(answer_of(response, "niveau_beoogd"), 1, top);
  if (s.level && s.aimed_level) s.gap = *s.aimed_level - *s.level;
  score_embedding(response, config, s);
  score_involvement(response, config, s);
  score_products(response, config, s);
  score_goals(response, s);
  s.claims_level5 = s.level && *s.level == top;
  s.measured_goal = has_store_goal || has_measured_goal_row(response);
  s.level5_flag = s.claims_level5 && !s.measured_goal;
  return s;
}

}  // namespace regio::analysis
