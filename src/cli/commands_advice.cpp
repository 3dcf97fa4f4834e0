// `regiomonitor advice`: advice per region from the rules (advice module) on the wave's analysis.
#include <optional>

#include <fmt/format.h>

#include "advice/format.h"
#include "advice/rules.h"
#include "analysis/config.h"
#include "cli/commands.h"
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
  std::optional<advice::RuleSet> rules;
  if (!o.rules.empty()) {
    auto loaded = advice::load_rules_file(o.rules, advice::Catalogue(*config));
    if (!loaded) return std::unexpected(loaded.error());
    rules = std::move(*loaded);
  }
  auto services = ctx.open_services();
  if (!services) return std::unexpected(services.error());
  // --region arrives normalised (cli/conventions.h): "am13" is AM13.
  auto report = (*services)->advice.advise(
      ctx.actor, {.wave = o.wave, .regions = o.regions, .rules = rules ? &*rules : nullptr, .config = &*config});
  if (!report) return std::unexpected(report.error());
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
