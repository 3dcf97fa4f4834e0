#include "advice/profile.h"

#include <algorithm>
#include <cmath>

#include "advice/profile_values.h"
#include "analysis/scores.h"
#include "base/text.h"

namespace regio::advice {
namespace {

using internal::ProfileWriter;
using internal::unanswered;

const forms::Response* response_of(const std::vector<forms::Response>& rs, const std::string& region) {
  for (const auto& r : rs)
    if (r.region == region && r.status == forms::ResponseStatus::kIngediend) return &r;
  return nullptr;
}

const analysis::RegionScores* scores_of(const analysis::NationalAnalysis* a, const std::string& region) {
  if (!a) return nullptr;
  for (const auto& r : a->per_region)
    if (r.scores.region == region) return &r.scores;
  return nullptr;
}

std::optional<double> as_double(const std::optional<int>& v) { return v ? std::optional<double>(*v) : std::nullopt; }

void add_level(const ProfileSources& s, const analysis::RegionScores& sc, ProfileWriter& w) {
  w.number_or("niveau", as_double(sc.level), 0, unanswered("niveau"));
  if (sc.level && *sc.level <= static_cast<int>(s.config->ladder.size()))
    w.text("niveau_naam", s.config->ladder[*sc.level - 1].name);
  else
    w.absent("niveau_naam", unanswered("niveau"));
  w.number_or("niveau_beoogd", as_double(sc.aimed_level), 0, unanswered("niveau_beoogd"));
  w.number_or("niveau_kloof", as_double(sc.gap), 0, "niveau of niveau_beoogd niet beantwoord");
  if (sc.level)
    w.yes_no("niveau5_zonder_meting", sc.level5_flag);
  else
    w.absent("niveau5_zonder_meting", unanswered("niveau"));
  const analysis::RegionScores* before = scores_of(s.previous, sc.region);
  const std::string no_previous = s.previous ? "geen niveau in het vorige meetmoment (" + s.previous->wave.code + ")"
                                             : "er is geen vorig meetmoment";
  std::optional<double> prev = before ? as_double(before->level) : std::nullopt;
  w.number_or("niveau_vorig", prev, 0, no_previous);
  if (prev && sc.level)
    w.number("niveau_stijging", *sc.level - *prev);
  else
    w.absent("niveau_stijging", prev ? unanswered("niveau") : no_previous);
}

void add_embedding(const analysis::Config& c, const analysis::RegionScores& sc, ProfileWriter& w) {
  const std::string incomplete = "niet alle zes borgingselementen beantwoord";
  w.number_or("borging_gemiddelde", sc.embedding_mean, 1, incomplete);
  w.text_or("borgingsklasse", sc.embedding_class.value_or(""), incomplete);
  for (std::size_t i = 0; i < c.embedding_elements.size(); ++i) {
    const auto& q = c.embedding_elements[i].question;
    w.number_or(q, i < sc.element_scores.size() ? as_double(sc.element_scores[i]) : std::nullopt, 0, unanswered(q));
  }
  if (sc.weakest_element) {
    const std::size_t i = *sc.weakest_element;
    w.text("zwakste_element", c.embedding_elements[i].question);
    w.text("zwakste_element_naam", c.embedding_elements[i].label);
    w.number("zwakste_element_score", *sc.element_scores[i]);
  } else {
    for (const char* n : {"zwakste_element", "zwakste_element_naam", "zwakste_element_score"}) w.absent(n, incomplete);
  }
}

void add_involvement(const analysis::Config& c, const analysis::RegionScores& sc, ProfileWriter& w) {
  for (std::size_t i = 0; i < c.stakeholders.size(); ++i) {
    const auto& q = c.stakeholders[i].question;
    const auto& degree = i < sc.involvement.size() ? sc.involvement[i] : std::nullopt;
    if (degree) {
      w.text(q, *degree);
      w.number(Catalogue::weight_name(q), c.involvement_weight(*degree));
    } else {
      w.absent(q, unanswered(q));
      w.absent(Catalogue::weight_name(q), unanswered(q));
    }
  }
  w.number_or("betrokkenheidsindex", sc.involvement_index, 2, "geen van de stakeholders beantwoord");
}

void add_products_goals(const analysis::Config& c, const forms::Response& r, const analysis::RegionScores& sc,
                        ProfileWriter& w) {
  for (const auto& p : c.products) w.text_or(p.question, analysis::answer_of(r, p.question), unanswered(p.question));
  w.number("producten_gepland", sc.products_planned);
  w.number("producten_gerealiseerd", sc.products_realised);
  w.number_or("producten_pct_gerealiseerd",
              sc.products_share_realised ? std::optional(*sc.products_share_realised * 100) : std::nullopt, 0,
              "geen product gepland");
  const auto rows = r.repeats.find("doelen");
  int count = 0, quantitative = 0;
  if (rows != r.repeats.end()) {
    count = static_cast<int>(rows->second.size());
    for (const auto& row : rows->second) {
      const auto q = row.find("doel_kwantitatief");
      if (q != row.end() && q->second == "ja") ++quantitative;
    }
  }
  w.number("doelen_aantal", count);
  w.number("doelen_kwantitatief", quantitative);
  w.yes_no("doelen_gemeten", sc.measured_goal);
  int met = 0, counted = 0;
  for (const auto& [type, tally] : sc.goals) {
    met += tally.met;
    counted += tally.counted;
  }
  w.number("doelen_beoordeeld", counted);
  w.number("doelen_behaald", met);
  w.number_or("doelen_pct_behaald", counted > 0 ? std::optional(100.0 * met / counted) : std::nullopt, 0,
              "geen doel beoordeeld (behaald, deels of niet behaald)");
}

void add_answers(const analysis::Config& c, const forms::Response& r, ProfileWriter& w) {
  const std::string& activities = analysis::answer_of(r, "activiteiten_clienten");
  if (activities.empty())
    w.absent("activiteiten_clienten_aantal", unanswered("activiteiten_clienten"));
  else
    w.number("activiteiten_clienten_aantal", static_cast<double>(split_whitespace(activities).size()));
  // The question says: leave empty when experience experts are not involved.
  const std::string& roles = analysis::answer_of(r, "ervaringsdeskundigen_rol");
  w.number("ervaringsdeskundigen_rollen", static_cast<double>(split_whitespace(roles).size()));
  w.yes_no("ervaringsdeskundigen_uitvoering", analysis::selection_contains(roles, "uitvoering"));
  w.text_or("clientenraad_geraadpleegd", analysis::answer_of(r, "clientenraad_geraadpleegd"),
            unanswered("clientenraad_geraadpleegd"));
  w.text_or("financiering_structureel", analysis::answer_of(r, "financiering_structureel"),
            unanswered("financiering_structureel"));
  const auto sources = split_whitespace(analysis::answer_of(r, "financiering"));
  if (sources.empty()) {
    w.absent("financiering_bronnen", unanswered("financiering"));
    w.absent("financiering_alleen_impuls", unanswered("financiering"));
  } else {
    w.number("financiering_bronnen", static_cast<double>(sources.size()));
    w.yes_no("financiering_alleen_impuls", sources.size() == 1 && sources[0] == "impulsgelden");
  }
  const auto reached = parse_decimal(analysis::answer_of(r, "effect_bereikt"));
  const auto work = parse_decimal(analysis::answer_of(r, "effect_werk"));
  w.number_or("effect_bereikt", reached, 0, unanswered("effect_bereikt"));
  w.number_or("effect_werk", work, 0, unanswered("effect_werk"));
  if (reached && work && *reached > 0)
    w.number("effect_pct_werk", 100 * *work / *reached);
  else
    w.absent("effect_pct_werk",
             reached && work ? "geen cliënten bereikt" : "effect_bereikt of effect_werk niet beantwoord");
  const std::string& bottlenecks = analysis::answer_of(r, "knelpunten");
  if (bottlenecks.empty()) {
    w.absent("knelpunten_aantal", unanswered("knelpunten"));
    for (const auto& b : c.bottlenecks) w.absent("knelpunt_" + b.choice, unanswered("knelpunten"));
  } else {
    w.number("knelpunten_aantal", static_cast<double>(split_whitespace(bottlenecks).size()));
    for (const auto& b : c.bottlenecks)
      w.yes_no("knelpunt_" + b.choice, analysis::selection_contains(bottlenecks, b.choice));
  }
  w.text_or("succesfactoren", std::string(trim(analysis::answer_of(r, "succesfactoren"))),
            unanswered("succesfactoren"));
}

}  // namespace

std::string rounded(double v, int decimals) {
  const double scale = std::pow(10.0, decimals);
  double r = std::round(v * scale) / scale;
  if (r == 0) r = 0;  // no "-0"
  return format_number(r);
}

std::vector<Profile> build_profiles(const ProfileSources& s) {
  const Catalogue catalogue(*s.config);
  const Profile national = internal::national_context(s, catalogue);
  std::vector<Profile> out;
  for (const auto& region : s.wave->per_region) {
    Profile p;
    p.region = region.scores.region;
    p.name = region.name;
    p.wave = s.wave->wave.code;
    p.wave_date = s.wave->wave.date;
    for (const auto& v : catalogue.variables()) p.absent[v.name] = "niet berekend";
    ProfileWriter w(p);
    const forms::Response* r = response_of(*s.responses, p.region);
    if (r) {
      add_level(s, region.scores, w);
      add_embedding(*s.config, region.scores, w);
      add_involvement(*s.config, region.scores, w);
      add_products_goals(*s.config, *r, region.scores, w);
      add_answers(*s.config, *r, w);
    }
    for (const auto& [name, value] : national.values) w.text(name, value);
    for (const auto& [name, reason] : national.absent) w.absent(name, reason);
    out.push_back(std::move(p));
  }
  std::sort(out.begin(), out.end(), [](const Profile& a, const Profile& b) { return a.region < b.region; });
  return out;
}

}  // namespace regio::advice
