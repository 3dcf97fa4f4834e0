// `regiomonitor advice`: advice per region from the rules (advice module) on the wave's analysis.
#include <algorithm>

#include <fmt/format.h>

#include "advice/advise.h"
#include "advice/format.h"
#include "advice/profile.h"
#include "advice/rules.h"
#include "analysis/config.h"
#include "analysis/national.h"
#include "cli/commands.h"
#include "cli/outcome_data.h"
#include "cli/output.h"

namespace regio::cli {
namespace {

struct AdviceOptions {
  std::string wave;
  std::vector<std::string> regions;
  std::string rules;
  std::string config;
  std::string format = "table";
  std::string output;
};

// The analysis of one wave (only the regions' scores are used here).
Result<analysis::NationalAnalysis> analyse_wave(const forms::Wave& wave, std::vector<forms::Response> responses,
                                                const analysis::Config& config, const std::set<std::string>& measured,
                                                const regions::Registry& reg) {
  analysis::AnalysisInput in;
  in.wave = wave;
  in.responses = std::move(responses);
  in.config = config;
  in.registry = &reg;
  in.measured_goal_regions = measured;
  return analysis::analyse(in);
}

Status advice_command(Context& ctx, const AdviceOptions& o) {
  auto config =
      o.config.empty() ? Result<analysis::Config>(analysis::default_config()) : analysis::load_config_file(o.config);
  if (!config) return std::unexpected(config.error());
  const advice::Catalogue catalogue(*config);
  auto rules = o.rules.empty() ? advice::default_rules(catalogue) : advice::load_rules_file(o.rules, catalogue);
  if (!rules) return std::unexpected(rules.error());
  for (const auto& r : o.regions)
    if (!ctx.registry().is_known_region(r))
      return fail(ErrorCode::kInvalidArgument, fmt::format("--region '{}' is geen arbeidsmarktregio (AM-code)", r));

  auto store = ctx.open_store();
  if (!store) return std::unexpected(store.error());
  auto waves = (*store)->waves();
  if (!waves) return std::unexpected(waves.error());
  const auto at = std::find_if(waves->begin(), waves->end(), [&](const forms::Wave& w) { return w.code == o.wave; });
  if (at == waves->end())
    return fail(ErrorCode::kNotFound, fmt::format("meetmoment '{}' bestaat niet (zie 'waves list')", o.wave));
  auto measured = regions_with_measured_goals(**store);
  if (!measured) return std::unexpected(measured.error());

  auto responses = (*store)->responses(at->code);
  if (!responses) return std::unexpected(responses.error());
  auto now = analyse_wave(*at, *responses, *config, *measured, ctx.registry());
  if (!now) return std::unexpected(now.error());
  std::optional<analysis::NationalAnalysis> before;
  if (at != waves->begin()) {  // waves() is ordered by date: the one before is the previous wave
    const forms::Wave& previous = *(at - 1);
    auto prev_responses = (*store)->responses(previous.code);
    if (!prev_responses) return std::unexpected(prev_responses.error());
    auto prev = analyse_wave(previous, std::move(*prev_responses), *config, *measured, ctx.registry());
    if (!prev) return std::unexpected(prev.error());
    before = std::move(*prev);
  }

  const auto profiles = advice::build_profiles(
      {.wave = &*now, .responses = &*responses, .previous = before ? &*before : nullptr, .config = &*config});
  for (const auto& r : o.regions)
    if (std::none_of(profiles.begin(), profiles.end(), [&](const advice::Profile& p) { return p.region == r; }))
      return fail(ErrorCode::kNotFound,
                  fmt::format("regio {} heeft geen ingediend antwoord in meetmoment {}", r, o.wave));
  advice::AdviceReport report;
  report.wave = at->code;
  report.wave_name = at->name;
  if (before) report.previous_wave = before->wave.code;
  report.rules_source = rules->source;
  report.rule_count = rules->rules.size();
  for (const auto& p : profiles)
    if (o.regions.empty() || std::find(o.regions.begin(), o.regions.end(), p.region) != o.regions.end())
      report.regions.push_back(advice::advise(*rules, p, catalogue));
  return write_output(ctx, o.output, o.format == "json" ? advice::to_json(report) : advice::to_table(report));
}

}  // namespace

void add_advice_command(CLI::App& app, Action& action) {
  auto* cmd = add_command(
      app, "advice", "Advies per regio uit de adviesregels, met onderbouwing en kanttekening",
      "Advies per regio voor een meetmoment: elke adviesregel (voorwaarde over het profiel van de regio) wordt per "
      "regio geëvalueerd; een advies noemt de cijfers waarop het steunt. Een regel waarvan een cijfer ontbreekt "
      "(niet beantwoord, niet te berekenen of over te weinig regio's) wordt niet geëvalueerd en als overgeslagen "
      "gemeld. Het vorige meetmoment (voor de stijging op de ladder) is het meetmoment met de datum ervoor. "
      "Regels, variabelen en het JSON-formaat: docs/ADVICE.md");
  auto o = std::make_shared<AdviceOptions>();
  cmd->add_option("--wave", o->wave, "Code van het meetmoment")->required();
  cmd->add_option("--region", o->regions, "Alleen deze regio('s) (AM-code; herhaalbaar)");
  cmd->add_option("--rules", o->rules,
                  "Eigen regelbestand (JSON, zoals src/advice/default_rules.json); standaard "
                  "de meegeleverde regels");
  cmd->add_option("--config", o->config, "Configuratie van de analyse (zoals bij analyse); standaard de meegeleverde");
  cmd->add_option("--format", o->format, "table of json (standaard table)")->check(CLI::IsMember({"table", "json"}));
  cmd->add_option("--output", o->output, "Naar dit bestand in plaats van de standaarduitvoer");
  cmd->callback([&action, o] { action = [o](Context& ctx) { return advice_command(ctx, *o); }; });
}

}  // namespace regio::cli
