#include "report/patterns.h"

#include <cmath>
#include <map>

#include <fmt/format.h>

#include "base/text.h"
#include "report/dutch.h"
#include "report/internal/figures.h"

namespace regio::report {
namespace {

std::map<std::string, const forms::Response*> submitted(const std::vector<forms::Response>& responses) {
  std::map<std::string, const forms::Response*> out;
  for (const auto& r : responses)
    if (r.status == forms::ResponseStatus::kIngediend) out.emplace(r.region, &r);
  return out;
}

// "stegen gemiddeld 2,64 niveau" / "steeg 2,00 niveau" / "daalden gemiddeld 0,50 niveau".
std::string movement(int n, const std::string& shown_abs, double mean) {
  if (shown_abs == "0,00") return n == 1 ? "bleef op hetzelfde niveau" : "bleven gemiddeld op hetzelfde niveau";
  const bool up = mean > 0;
  if (n == 1) return fmt::format("{} {} niveau", up ? "steeg" : "daalde", shown_abs);
  return fmt::format("{} gemiddeld {} niveau", up ? "stegen" : "daalden", shown_abs);
}

std::string group(int n, std::string_view which) {
  return n == 1 ? fmt::format("de enige regio {}", which) : fmt::format("de {} regio's {}", n, which);
}

}  // namespace

Result<std::vector<PatternData>> pattern_observations(const analysis::AnalysisInput& input) {
  auto a = analysis::analyse(input);  // validates the input exactly as the analysis does
  if (!a) return std::unexpected(a.error());
  std::vector<PatternData> out;
  if (!input.compare_wave) return out;
  const auto now = submitted(input.responses);
  std::map<std::string, int> before;
  for (const auto& [region, r] : submitted(input.compare_responses))
    if (const auto level = analysis::score_region(*r, input.config, false).level) before[region] = *level;
  for (const auto& factor : input.config.pattern_factors) {
    PatternData d{factor, {}};
    for (const auto& rr : a->per_region) {
      const auto prev = before.find(rr.scores.region);
      if (prev == before.end() || !rr.scores.level) continue;
      const auto has = analysis::evaluate_factor(factor, *now.at(rr.scores.region), rr.scores);
      if (!has) continue;
      d.observations.push_back({rr.scores.region, *rr.scores.level - prev->second, *has});
    }
    out.push_back(std::move(d));
  }
  return out;
}

PatternFinding pattern_finding(const PatternData& data, const BootstrapOptions& bootstrap) {
  PatternFinding f;
  f.factor = data.factor.id;
  f.label = data.factor.label;
  std::vector<int> with, without;
  for (const auto& o : data.observations) (o.has_factor ? with : without).push_back(o.gain);
  f.n_with = static_cast<int>(with.size());
  f.n_without = static_cast<int>(without.size());
  const auto mean = [](const std::vector<int>& v) -> std::optional<double> {
    if (v.empty()) return std::nullopt;
    long long sum = 0;
    for (int g : v) sum += g;
    return static_cast<double>(sum) / static_cast<double>(v.size());
  };
  f.mean_with = mean(with);
  f.mean_without = mean(without);
  f.test = permutation_test(with, without);
  f.interval = bootstrap_interval(with, without, bootstrap);

  Sentence& s = f.sentence;
  s.key = "patroon." + f.factor;
  const std::string label = fmt::format("‘{}’", f.label);
  internal::count(s, "patroon.n_met", f.n_with);
  internal::count(s, "patroon.n_zonder", f.n_without);
  if (!f.test) {
    f.verdict = PatternVerdict::kNotTestable;
    const int n = f.n_with + f.n_without;
    s.text = n == 0
                 ? fmt::format("{}: niet te toetsen, want van geen enkele regio zijn factor en niveaus bekend.", label)
             : f.n_with == 0 ? fmt::format("{}: niet te toetsen, want geen enkele regio heeft deze factor.", label)
                             : fmt::format("{}: niet te toetsen, want {} {} deze factor.", label, regions_phrase(n, n),
                                           n == 1 ? "heeft" : "hebben");
    return f;
  }
  const auto shown_mean = [&](const char* name, double m) {
    return internal::shown(s, name, m, format_fixed_nl(std::abs(m), 2));
  };
  const std::string w = shown_mean("patroon.gemiddelde_met", *f.mean_with);
  const std::string wo = shown_mean("patroon.gemiddelde_zonder", *f.mean_without);
  const std::string diff =
      internal::shown(s, "patroon.verschil", f.test->difference, format_fixed_nl(f.test->difference, 2));
  const std::string p = f.test->p_value < 0.001 ? "p < 0,001" : "p = " + format_fixed_nl(f.test->p_value, 3);
  internal::shown(s, "patroon.p", f.test->p_value, p.substr(4));
  const std::string lo =
      internal::shown(s, "patroon.interval_laag", f.interval->low, format_fixed_nl(f.interval->low, 2));
  const std::string hi =
      internal::shown(s, "patroon.interval_hoog", f.interval->high, format_fixed_nl(f.interval->high, 2));
  if (f.n_with < kIndicativeBelow || f.n_without < kIndicativeBelow)
    f.verdict = PatternVerdict::kIndicative;
  else
    f.verdict = f.test->p_value < kClearBelow ? PatternVerdict::kClearDifference : PatternVerdict::kNoClearDifference;
  const char* verdict =
      f.verdict == PatternVerdict::kIndicative        ? "indicatief, want een groep telt minder dan 5 regio's"
      : f.verdict == PatternVerdict::kClearDifference ? "een duidelijk verschil"
                                                      : "geen duidelijk verschil; het kan toeval zijn";
  s.text = fmt::format(
      "{}: {} {}, {} {}; het verschil (met min zonder) is {} niveau (permutatietoets {}; 95%-bootstrapinterval {} tot "
      "{}): {}.",
      label, group(f.n_with, "met deze factor"), movement(f.n_with, w, *f.mean_with), group(f.n_without, "zonder"),
      movement(f.n_without, wo, *f.mean_without), diff, p, lo, hi, verdict);
  return f;
}

Sentence patterns_summary(std::span<const PatternFinding> findings) {
  Sentence s{"patronen.samenvatting", "", {}};
  if (findings.empty()) {
    s.text = "Er is geen eerder meetmoment om mee te vergelijken, dus geen patronen in de groei.";
    return s;
  }
  std::vector<std::string> clear;
  int indicative = 0, unclear = 0, untestable = 0;
  for (const auto& f : findings) {
    if (f.verdict == PatternVerdict::kClearDifference) clear.push_back(fmt::format("‘{}’", f.label));
    indicative += f.verdict == PatternVerdict::kIndicative;
    unclear += f.verdict == PatternVerdict::kNoClearDifference;
    untestable += f.verdict == PatternVerdict::kNotTestable;
  }
  const int total = static_cast<int>(findings.size());
  internal::count(s, "patronen.factoren", total);
  internal::count(s, "patronen.duidelijk", static_cast<long long>(clear.size()));
  internal::count(s, "patronen.indicatief", indicative);
  internal::count(s, "patronen.geen_duidelijk_verschil", unclear);
  internal::count(s, "patronen.niet_te_toetsen", untestable);
  std::string first =
      clear.empty() ? "geen enkele een duidelijk verschil in groei zien"
                    : fmt::format("{} een duidelijk verschil in groei zien ({})", clear.size(), join_dutch(clear));
  if (total == 1)
    first = clear.empty() ? "geen duidelijk verschil in groei zien" : "een duidelijk verschil in groei zien";
  std::vector<std::string> parts{first};
  if (indicative > 0) parts.push_back(fmt::format("{} een indicatief verschil (een kleine groep)", indicative));
  if (unclear > 0) parts.push_back(fmt::format("{} geen duidelijk verschil", unclear));
  if (untestable > 0) parts.push_back(fmt::format("{} niets, omdat een groep leeg is", untestable));
  if (total == 1) {
    const auto& f = findings.front();
    s.text = f.verdict == PatternVerdict::kClearDifference || f.verdict == PatternVerdict::kNoClearDifference
                 ? fmt::format("De enige onderzochte factor, ‘{}’, laat {}.", f.label, first)
                 : fmt::format("De enige onderzochte factor, ‘{}’, is {}.", f.label,
                               f.verdict == PatternVerdict::kIndicative
                                   ? "alleen indicatief te beoordelen (een kleine groep)"
                                   : "niet te toetsen (een groep is leeg)");
  } else {
    const bool singular = clear.size() <= 1;
    s.text =
        fmt::format("Van de {} onderzochte factoren {} {}.", total, singular ? "laat" : "laten", join_dutch(parts));
  }
  return s;
}

Result<std::vector<PatternFinding>> pattern_findings(const analysis::AnalysisInput& input) {
  auto data = pattern_observations(input);
  if (!data) return std::unexpected(data.error());
  std::vector<PatternFinding> out;
  for (const auto& d : *data) out.push_back(pattern_finding(d));
  return out;
}

}  // namespace regio::report
