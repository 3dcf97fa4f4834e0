// The profile sentences of findings.h: embedding, stakeholders, products, goals, activities,
// bottlenecks.
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "base/text.h"
#include "report/dutch.h"
#include "report/findings.h"
#include "report/internal/figures.h"

namespace regio::report {
namespace {

using internal::count;

std::string in_quotes(std::string_view label) { return fmt::format("‘{}’", label); }

// "‘A’ (in 5 regio's)" or "‘A’ en ‘B’ (elk in 5 regio's)".
std::string labels_with_count(const std::vector<std::string>& labels, const std::string& n_text, int n) {
  std::vector<std::string> q;
  for (const auto& l : labels) q.push_back(in_quotes(l));
  if (n == 0) return fmt::format("{} (in geen enkele regio)", join_dutch(q));
  const std::string regions = n == 1 ? "1 regio" : n_text + " regio's";
  return fmt::format("{} ({}in {})", join_dutch(q), labels.size() > 1 ? "elk " : "", regions);
}

std::string pct(double share) { return format_percent(share * 100.0, 0); }

}  // namespace

Sentence embedding_classes(const analysis::NationalAnalysis& a) {
  Sentence s{"borging.klassen", "", {}};
  const int known = a.regions - a.embedding_unknown;
  std::vector<std::string> parts;
  for (const auto& [name, n] : a.embedding_classes) {
    count(s, "borging." + name, n);
    parts.push_back(fmt::format("in {} {}", regions_phrase(n, known), name));
  }
  count(s, "borging.onbekend", a.embedding_unknown);
  if (known == 0) {
    s.text = a.regions == 0 ? "Er zijn geen ingediende antwoorden, dus ook geen borging."
                            : fmt::format("Van {} is de borging onbekend (niet alle elementen beantwoord).",
                                          regions_phrase(a.regions, a.regions));
    return s;
  }
  s.text = "Naar borging is de samenwerking " + join_dutch(parts);
  if (a.embedding_unknown > 0)
    s.text += fmt::format("; van {} is de borging onbekend (niet alle elementen beantwoord)",
                          regions_count(a.embedding_unknown));
  s.text += ".";
  return s;
}

Sentence weakest_elements(const analysis::NationalAnalysis& a) {
  Sentence s{"borging.elementen", "", {}};
  int most = 0;
  std::optional<double> lowest;
  for (const auto& e : a.elements) {
    most = std::max(most, e.weakest);
    if (e.mean && (!lowest || *e.mean < *lowest)) lowest = e.mean;
  }
  if (most == 0 || !lowest) {
    s.text = "Van geen enkele regio zijn alle elementen van de borging bekend, dus geen zwakste element.";
    return s;
  }
  std::vector<std::string> weakest, low;
  std::string most_text, low_text = format_fixed_nl(*lowest, 1);
  for (const auto& e : a.elements) {
    if (e.weakest == most) {
      weakest.push_back(e.element.label);
      most_text = count(s, "zwakste." + e.element.question, e.weakest);
    }
    if (e.mean && format_fixed_nl(*e.mean, 1) == low_text) {
      low.push_back(in_quotes(e.element.label));
      internal::shown(s, "gemiddelde." + e.element.question, *e.mean, low_text);
    }
  }
  s.text = fmt::format(
      "Het zwakste element is het vaakst {}; gemiddeld het laagst {} {} ({} op een schaal van 1 tot 4).",
      labels_with_count(weakest, most_text, most), low.size() == 1 ? "scoort" : "scoren", join_dutch(low), low_text);
  return s;
}

Sentence stakeholder_involvement(const analysis::NationalAnalysis& a, const analysis::Config& config) {
  Sentence s{"betrokkenheid", "", {}};
  const int max_weight = config.max_involvement_weight();
  std::vector<std::string> strong_degrees, none_degrees;
  for (const auto& d : config.involvement) {
    if (2 * d.weight > max_weight) strong_degrees.push_back(d.degree);
    if (d.weight == 0) none_degrees.push_back(d.degree);
  }
  struct Tally {
    const analysis::StakeholderStat* st;
    int strong = 0, none = 0;
  };
  std::vector<Tally> tallies;
  int answered = 0;
  for (const auto& st : a.stakeholders) {
    Tally t{&st};
    for (const auto& [degree, n] : st.degrees) {
      if (std::find(strong_degrees.begin(), strong_degrees.end(), degree) != strong_degrees.end()) t.strong += n;
      if (std::find(none_degrees.begin(), none_degrees.end(), degree) != none_degrees.end()) t.none += n;
      answered += n;
    }
    tallies.push_back(t);
  }
  if (tallies.empty() || answered == 0) {
    s.text = "Over de betrokkenheid van partijen is niets beantwoord.";
    return s;
  }
  const auto pick = [&](auto value, bool highest, const std::string& prefix) {
    int best = value(tallies.front());
    for (const auto& t : tallies) best = highest ? std::max(best, value(t)) : std::min(best, value(t));
    std::vector<std::string> labels;
    std::string shown;
    for (const auto& t : tallies)
      if (value(t) == best) {
        labels.push_back(t.st->stakeholder.label);
        shown = count(s, prefix + t.st->stakeholder.question, best);
      }
    return fmt::format("{} {}", labels.size() == 1 ? "de partij" : "de partijen",
                       labels_with_count(labels, shown, best));
  };
  const auto strong = [](const Tally& t) { return t.strong; };
  const auto none = [](const Tally& t) { return t.none; };
  s.text = fmt::format("Het vaakst structureel betrokken ({}): {}; het minst: {}", join_dutch(strong_degrees, " of "),
                       pick(strong, true, "structureel."), pick(strong, false, "structureel."));
  if (!none_degrees.empty()) s.text += fmt::format("; het vaakst niet betrokken: {}", pick(none, true, "niet."));
  s.text += ".";
  return s;
}

Sentence products_realised(const analysis::NationalAnalysis& a) {
  Sentence s{"producten", "", {}};
  if (a.products_planned == 0 || !a.products_share_realised) {
    count(s, "producten.gepland", 0);
    s.text = "Geen enkele regio heeft producten gepland, in uitvoering of gerealiseerd.";
    return s;
  }
  const std::string planned = count(s, "producten.gepland", a.products_planned);
  const std::string realised = count(s, "producten.gerealiseerd", a.products_realised);
  const std::string share =
      internal::shown(s, "producten.aandeel_pct", *a.products_share_realised * 100, pct(*a.products_share_realised));
  s.text = fmt::format("Van de {} geplande producten (gepland, in uitvoering of gerealiseerd) is {} gerealiseerd ({})",
                       planned, share, realised);
  int most = 0;
  for (const auto& p : a.products)
    for (const auto& [status, n] : p.statuses)
      if (status == "gerealiseerd") most = std::max(most, n);
  if (most > 0) {
    std::vector<std::string> labels;
    std::string shown;
    for (const auto& p : a.products)
      for (const auto& [status, n] : p.statuses)
        if (status == "gerealiseerd" && n == most) {
          labels.push_back(p.product.label);
          shown = count(s, "gerealiseerd." + p.product.question, n);
        }
    s.text += fmt::format("; het vaakst gerealiseerd {} {}", labels.size() == 1 ? "is" : "zijn",
                          labels_with_count(labels, shown, most));
  }
  s.text += ".";
  return s;
}

Sentence goals_met(const analysis::NationalAnalysis& a) {
  Sentence s{"doelen", "", {}};
  std::vector<std::string> judged, not_judged;
  int open = 0;
  for (const auto& g : a.goals) {
    open += g.tally.open;
    const std::string type = lower_first(g.type.label);
    if (g.tally.counted == 0 || !g.share_met) {
      if (g.tally.open > 0) not_judged.push_back(type);
      continue;
    }
    const std::string met = count(s, "doelen." + g.type.choice + ".behaald", g.tally.met);
    const std::string counted = count(s, "doelen." + g.type.choice + ".beoordeeld", g.tally.counted);
    const std::string share =
        internal::shown(s, "doelen." + g.type.choice + ".pct", *g.share_met * 100, pct(*g.share_met));
    judged.push_back(fmt::format("over {} {} ({} van {})", type, share, met, counted));
  }
  const std::string open_text = count(s, "doelen.open", open);
  if (judged.empty() && open == 0) {
    s.text = "Geen enkele regio heeft doelen met een status opgegeven.";
    return s;
  }
  std::vector<std::string> clauses;
  if (!judged.empty()) clauses.push_back("Van de beoordeelde doelen is behaald: " + join_dutch(judged));
  if (!not_judged.empty())
    clauses.push_back(fmt::format("{} over {} is nog geen doel te beoordelen", judged.empty() ? "Van de doelen" : "",
                                  join_dutch(not_judged)));
  if (open > 0)
    clauses.push_back(fmt::format("{} {} nog te vroeg om te beoordelen en {} niet mee", open_text,
                                  open == 1 ? "doel is" : "doelen zijn", open == 1 ? "telt" : "tellen"));
  std::string text;
  for (auto c : clauses) {
    if (c.starts_with(" ")) c.erase(0, 1);
    text += (text.empty() ? upper_first(c) : "; " + c);
  }
  s.text = text + ".";
  return s;
}

Sentence client_activities(const analysis::NationalAnalysis& a) {
  Sentence s{"activiteiten", "", {}};
  int most = 0;
  long long total = 0;
  for (const auto& act : a.activities) {
    most = std::max(most, act.regions);
    total += act.clients_reached;
  }
  if (most == 0) {
    s.text = "Geen enkele regio meldt activiteiten voor cliënten.";
    return s;
  }
  std::vector<std::string> parts;
  for (const auto& act : a.activities) {
    if (act.regions != most) continue;
    const std::string n = count(s, "activiteit." + act.activity.choice + ".regios", act.regions);
    const std::string reach = count(s, "activiteit." + act.activity.choice + ".bereik", act.clients_reached);
    parts.push_back(fmt::format("{} (in {}, {} cliënten bereikt)", in_quotes(act.activity.label),
                                most == 1 ? "1 regio" : n + " regio's", reach));
  }
  const std::string total_text = count(s, "activiteiten.bereik_totaal", total);
  s.text = fmt::format(
      "Het vaakst aangeboden {} {}; opgeteld over alle activiteiten melden de regio's een bereik van {} cliënten.",
      parts.size() == 1 ? "is de activiteit" : "zijn de activiteiten", join_dutch(parts), total_text);
  return s;
}

Sentence bottlenecks(const analysis::NationalAnalysis& a) {
  Sentence s{"knelpunten", "", {}};
  std::vector<const analysis::BottleneckStat*> named;
  for (const auto& b : a.bottlenecks)
    if (b.regions > 0) named.push_back(&b);  // already most frequent first
  if (named.empty()) {
    s.text = "Geen enkele regio noemt een knelpunt.";
    return s;
  }
  std::vector<std::string> parts;
  for (std::size_t i = 0; i < named.size(); ++i) {
    if (i >= 3 && named[i]->regions < named[2]->regions) break;
    const std::string n = count(s, "knelpunt." + named[i]->choice, named[i]->regions);
    parts.push_back(
        fmt::format("{} ({})", in_quotes(named[i]->label), named[i]->regions == 1 ? "1 regio" : n + " regio's"));
  }
  s.text =
      fmt::format("{} {}.", parts.size() == 1 ? "Het meest genoemde knelpunt is" : "De meest genoemde knelpunten zijn",
                  join_dutch(parts));
  return s;
}

}  // namespace regio::report
