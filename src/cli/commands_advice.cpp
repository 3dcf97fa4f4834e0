// `regiomonitor advice`: advice per region from the rules (advice module) on the wave's analysis.
#include <algorithm>

#include <fmt/format.h>

#include "advice/format.h"
#include "advice/rules.h"
#include "advice/wave_advice.h"
#include "analysis/config.h"
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

Status advice_command(Context& ctx, const AdviceOptions& o) {
  auto config =
      o.config.empty() ? Result<analysis::Config>(analysis::default_config()) : analysis::load_config_file(o.config);
  if (!config) return std::unexpected(config.error());
  const advice::Catalogue catalogue(*config);
  auto rules = o.rules.empty() ? advice::default_rules(catalogue) : advice::load_rules_file(o.rules, catalogue);
  if (!rules) return std::unexpected(rules.error());
  // --region arrives normalised (cli/conventions.h): "am13" is AM13.
  for (const auto& r : o.regions)
    if (!ctx.registry().is_known_region(r))
      return fail(ErrorCode::kInvalidArgument, fmt::format("--region '{}' is geen arbeidsmarktregio (AM-code)", r));

  auto store = ctx.open_store();
  if (!store) return std::unexpected(store.error());
  auto waves = (*store)->waves();
  if (!waves) return std::unexpected(waves.error());
  const auto wave = std::find_if(waves->begin(), waves->end(), [&](const forms::Wave& w) { return w.code == o.wave; });
  if (wave == waves->end())
    return fail(ErrorCode::kNotFound, fmt::format("meetmoment '{}' bestaat niet (zie 'waves list')", o.wave));
  advice::WaveAdviceInput in{.wave = *wave, .config = *config, .registry = &ctx.registry()};
  auto responses = (*store)->responses(wave->code);
  if (!responses) return std::unexpected(responses.error());
  in.responses = std::move(*responses);
  in.previous_wave = advice::previous_wave(*waves, wave->code);
  if (in.previous_wave) {
    auto previous = (*store)->responses(in.previous_wave->code);
    if (!previous) return std::unexpected(previous.error());
    in.previous_responses = std::move(*previous);
  }
  auto measured = regions_with_measured_goals(**store);
  if (!measured) return std::unexpected(measured.error());
  in.measured_goal_regions = std::move(*measured);

  auto report = advice::advise_wave(in, *rules, catalogue);
  if (!report) return std::unexpected(report.error());
  if (!o.regions.empty()) {
    for (const auto& r : o.regions)
      if (std::none_of(report->regions.begin(), report->regions.end(),
                       [&](const advice::RegionAdvice& a) { return a.region == r; }))
        return fail(ErrorCode::kNotFound,
                    fmt::format("regio {} heeft geen ingediend antwoord in meetmoment {}", r, o.wave));
    std::erase_if(report->regions, [&](const advice::RegionAdvice& a) {
      return std::find(o.regions.begin(), o.regions.end(), a.region) == o.regions.end();
    });
  }
  return write_output(ctx, o.output, o.format == "json" ? advice::to_json(*report) : advice::to_table(*report));
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
                  "Eigen regelbestand (JSON, zoals src/advice/default_rules.json); standaard de meegeleverde regels");
  cmd->add_option("--config", o->config, "Configuratie van de analyse (zoals bij analyse); standaard de meegeleverde");
  cmd->add_option("--format", o->format, "table of json (standaard table)")->check(CLI::IsMember({"table", "json"}));
  cmd->add_option("--output", o->output, "Naar dit bestand in plaats van de standaarduitvoer");
  cmd->callback([&action, o] { action = [o](Context& ctx) { return advice_command(ctx, *o); }; });
}

}  // namespace regio::cli
