#include <fmt/format.h>

#include "analysis/format.h"
#include "base/date.h"
#include "base/text.h"

namespace regio::analysis {
namespace {

// Dutch number form for display: one decimal, decimal comma; "–" for an empty value.
std::string number(const std::optional<double>& v, int decimals = 1) {
  if (!v) return "–";
  return format_fixed_nl(*v, decimals);
}

std::string percent(const std::optional<double>& share) {
  if (!share) return "–";
  return number(*share * 100.0, 0) + " %";
}

void heading(std::string& out, const std::string& title) {
  out += fmt::format("\n{}\n{}\n", title, std::string(title.size(), '-'));
}

}  // namespace

std::string to_table(const NationalAnalysis& a) {
  std::string out =
      fmt::format("Landelijke analyse meetmoment {} ({}, {})\n", a.wave.code, a.wave.name, format_dutch(a.wave.date));
  if (a.compare_wave) out += fmt::format("Vergeleken met meetmoment {}\n", a.compare_wave->code);
  out += fmt::format("Aantal regio's (ingediend): {}\n", a.regions);

  heading(out, "Samenwerkingsniveau");
  for (const auto& l : a.ladder) {
    const auto& r = a.aimed_vs_reached[static_cast<std::size_t>(l.level - 1)];
    out += fmt::format("  {} {:<28} {:>3} regio's   (beoogd: {})\n", l.level, l.name, a.levels.at(l.level), r.aiming);
  }
  if (a.level_unknown) out += fmt::format("  onbekend: {}\n", a.level_unknown);
  out += fmt::format("  Gemiddeld verschil beoogd - bereikt: {}\n", number(a.mean_gap));
  if (a.transitions)
    out += fmt::format("  Sinds {}: {} gestegen, {} gelijk, {} gedaald (van {} regio's)\n", a.transitions->from_wave,
                       a.transitions->up, a.transitions->same, a.transitions->down, a.transitions->regions);

  heading(out, "Borging en inbedding");
  for (const auto& [cls, n] : a.embedding_classes) out += fmt::format("  {:<12} {:>3}\n", cls, n);
  if (a.embedding_unknown) out += fmt::format("  onbekend     {:>3}\n", a.embedding_unknown);
  for (const auto& e : a.elements)
    out += fmt::format("  {:<50} gem. {}  zwakste bij {}\n", e.element.label, number(e.mean), e.weakest);

  heading(out, "Betrokkenheid");
  for (const auto& s : a.stakeholders) {
    out += fmt::format("  {:<22}", s.stakeholder.label);
    for (const auto& [degree, n] : s.degrees) out += fmt::format(" {} {:>2}", degree, n);
    out += '\n';
  }

  heading(out, "Samenwerkingsproducten");
  out += fmt::format("  Gerealiseerd van gepland: {} van {} ({})\n", a.products_realised, a.products_planned,
                     percent(a.products_share_realised));

  heading(out, "Doelen behaald per type");
  for (const auto& g : a.goals)
    out += fmt::format("  {:<14} {} van {} ({}), nog niet te zeggen: {}\n", g.type.label, g.tally.met, g.tally.counted,
                       percent(g.share_met), g.tally.open);

  heading(out, "Activiteiten voor cliënten");
  for (const auto& act : a.activities)
    out += fmt::format("  {:<38} {:>3} regio's, bereik {}\n", act.activity.label, act.regions, act.clients_reached);

  heading(out, "Knelpunten");
  for (const auto& b : a.bottlenecks) out += fmt::format("  {:<26} {:>3}\n", b.label, b.regions);

  if (!a.patterns.empty()) {
    heading(out, "Patronen: gemiddelde stijging op de ladder");
    for (const auto& p : a.patterns)
      out += fmt::format("  {}\n    met: {} (n={})   zonder: {} (n={})\n", p.label, number(p.with.mean_gain, 2),
                         p.with.n, number(p.without.mean_gain, 2), p.without.n);
  }

  heading(out, "Controle niveau 5");
  if (a.level5_flags.empty()) out += "  Geen signaleringen.\n";
  for (const auto& rr : a.per_region)
    if (rr.scores.level5_flag)
      out += fmt::format("  {} {}: claimt niveau 5 zonder gemeten kwantitatief doel\n", rr.scores.region, rr.name);
  for (const auto& n : a.notes) out += fmt::format("\nOpmerking: {}\n", n);
  return out;
}

}  // namespace regio::analysis
