#include "report/outlook.h"

#include <fmt/format.h>

#include "report/dutch.h"
#include "report/indicator_text.h"

namespace regio::report {

using outcomes::Column;

std::string_view outlook_status_text(OutlookStatus s) {
  switch (s) {
    case OutlookStatus::kOpKoers:
      return "op koers";
    case OutlookStatus::kOnzeker:
      return "onzeker";
    case OutlookStatus::kNietOpKoers:
      return "niet op koers";
    case OutlookStatus::kTeWeinigGegevens:
      return "te weinig gegevens";
    case OutlookStatus::kBehaald:
      return "behaald";
    case OutlookStatus::kNietBehaald:
      return "niet behaald";
    case OutlookStatus::kNietGepubliceerd:
      return "niet gepubliceerd";
  }
  return "";
}

namespace {

bool complete(const outcomes::Goal& goal, int year, Date peildatum) {
  return peildatum >= outcomes::measurable_from(goal.indicator, year);
}

std::string suppressed_clause(const std::vector<int>& years) {
  if (years.empty()) return "";
  std::vector<std::string> y;
  for (int v : years) y.push_back(std::to_string(v));
  return fmt::format("; {} niet gepubliceerd en niet meegenomen", join_dutch(y));
}

GoalOutlook outlook_of(const outcomes::Goal& goal, const outcomes::DisclosedTable& table) {
  const Column c = *outcomes::column_from_name(goal.indicator);
  std::optional<outcomes::Interventie> interventie;
  if (goal.intervention != "*") interventie = outcomes::interventie_from_text(goal.intervention);
  const Date peildatum = table.source().peildatum;
  GoalOutlook o;
  o.goal = goal;
  o.lower_is_better = lower_is_better(c);
  Sentence& s = o.sentence;
  s.key = fmt::format("vooruit.{}.{}.{}.{}", goal.region, goal.indicator, goal.year, goal.intervention);
  const auto fmt_value = [&](double v) { return format_indicator_value(c, v); };
  s.figures.push_back({"vooruit.doel", goal.target, fmt_value(goal.target), false});
  const std::string start = goal_phrase(goal);

  for (const auto& row : table.rows()) {
    if (row.regio != goal.region || !row.jaar || *row.jaar >= goal.year || row.interventie != interventie) continue;
    if (!complete(goal, *row.jaar, peildatum)) continue;
    const auto& f = row[c];
    const std::string name = fmt::format("vooruit.punt.{}", *row.jaar);
    if (f.suppressed) {
      o.suppressed_years.push_back(*row.jaar);
      s.figures.push_back({name, std::nullopt, "", true});
    } else if (f.value) {
      o.points.push_back({*row.jaar, *f.value});
      s.figures.push_back({name, *f.value, "", false});  // used, not printed
    }
  }

  if (complete(goal, goal.year, peildatum)) {
    const auto* row = table.find(goal.region, goal.year, interventie);
    const outcomes::Figure f = row ? (*row)[c] : outcomes::Figure{};
    if (f.suppressed || !f.value) {
      o.status = OutlookStatus::kNietGepubliceerd;
      s.figures.push_back({"vooruit.gemeten", std::nullopt, "", f.suppressed});
      s.text = f.suppressed ? fmt::format("{}; het cijfer over {} is niet gepubliceerd (onthullingsbeveiliging).",
                                          start, goal.year)
                            : fmt::format("{}; over {} is er geen cijfer.", start, goal.year);
      return o;
    }
    o.measured = *f.value;
    const bool reached = o.lower_is_better ? *f.value <= goal.target : *f.value >= goal.target;
    o.status = reached ? OutlookStatus::kBehaald : OutlookStatus::kNietBehaald;
    s.figures.push_back({"vooruit.gemeten", *f.value, fmt_value(*f.value), false});
    s.text = fmt::format("{}; gemeten: {}: {}.", start, fmt_value(*f.value), outlook_status_text(o.status));
    return o;
  }

  std::vector<TrendSample> points;
  for (const auto& p : o.points) points.push_back({static_cast<double>(p.year), p.value});
  const auto fit = static_cast<int>(points.size()) >= kMinTrendPoints ? fit_trend(points) : std::nullopt;
  if (!fit) {
    o.status = OutlookStatus::kTeWeinigGegevens;
    const int n = static_cast<int>(o.points.size());
    s.text = fmt::format("{}; te weinig gegevens voor een trend: {}, ten minste {} nodig{}.", start,
                         n == 1 ? "1 gepubliceerd jaar" : fmt::format("{} gepubliceerde jaren", n), kMinTrendPoints,
                         suppressed_clause(o.suppressed_years));
    return o;
  }
  Projection p = project(*fit, goal.year, kPredictionLevel);
  p.value = clamp_to_range(c, p.value);
  p.low = clamp_to_range(c, p.low);
  p.high = clamp_to_range(c, p.high);
  o.projection = p;
  if (o.lower_is_better)
    o.status = p.high <= goal.target ? OutlookStatus::kOpKoers
               : p.low > goal.target ? OutlookStatus::kNietOpKoers
                                     : OutlookStatus::kOnzeker;
  else
    o.status = p.low >= goal.target   ? OutlookStatus::kOpKoers
               : p.high < goal.target ? OutlookStatus::kNietOpKoers
                                      : OutlookStatus::kOnzeker;
  s.figures.push_back({"vooruit.projectie", p.value, fmt_value(p.value), false});
  s.figures.push_back({"vooruit.laag", p.low, fmt_value(p.low), false});
  s.figures.push_back({"vooruit.hoog", p.high, fmt_value(p.high), false});
  s.text =
      fmt::format("{}; de trend over {}–{} ({} jaren{}) komt uit op {} ({}%-voorspelinterval {} tot {}): {}.", start,
                  o.points.front().year, o.points.back().year, o.points.size(), suppressed_clause(o.suppressed_years),
                  fmt_value(p.value), static_cast<int>(kPredictionLevel * 100 + 0.5), fmt_value(p.low),
                  fmt_value(p.high), outlook_status_text(o.status));
  return o;
}

}  // namespace

Result<std::vector<GoalOutlook>> goal_outlooks(std::span<const outcomes::Goal> goals,
                                               const outcomes::DisclosedTable& table) {
  std::vector<GoalOutlook> out;
  for (const auto& g : goals) {
    if (auto ok = outcomes::validate_goal(g); !ok) return std::unexpected(ok.error());
    out.push_back(outlook_of(g, table));
  }
  return out;
}

Sentence outlook_summary(std::span<const GoalOutlook> outlooks) {
  Sentence s{"vooruit.samenvatting", "", {}};
  if (outlooks.empty()) {
    s.text = "Er zijn geen kwantitatieve doelen vastgelegd, dus er valt niets vooruit te kijken.";
    return s;
  }
  const OutlookStatus order[] = {OutlookStatus::kBehaald,         OutlookStatus::kNietBehaald,
                                 OutlookStatus::kOpKoers,         OutlookStatus::kOnzeker,
                                 OutlookStatus::kNietOpKoers,     OutlookStatus::kTeWeinigGegevens,
                                 OutlookStatus::kNietGepubliceerd};
  std::vector<std::string> parts;
  for (const auto st : order) {
    int n = 0;
    for (const auto& o : outlooks) n += o.status == st;
    s.figures.push_back(
        {fmt::format("vooruit.{}", outlook_status_text(st)), static_cast<double>(n), std::to_string(n), false});
    if (n == 0) continue;
    if (st == OutlookStatus::kTeWeinigGegevens)
      parts.push_back(fmt::format("{} met te weinig gegevens voor een trend", n));
    else if (st == OutlookStatus::kNietGepubliceerd)
      parts.push_back(fmt::format("{} met een niet gepubliceerd cijfer", n));
    else
      parts.push_back(fmt::format("{} {}", n, outlook_status_text(st)));
  }
  const int total = static_cast<int>(outlooks.size());
  s.figures.push_back({"vooruit.doelen", static_cast<double>(total), std::to_string(total), false});
  s.text = fmt::format("Van de {} kwantitatieve {}: {}.", total, total == 1 ? "doel" : "doelen", join_dutch(parts));
  return s;
}

}  // namespace regio::report
