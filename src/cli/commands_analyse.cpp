// `regiomonitor analyse`: the national picture of one wave, optionally compared with another.
#include <fmt/format.h>

#include "analysis/config.h"
#include "analysis/format.h"
#include "analysis/national.h"
#include "cli/commands.h"
#include "cli/output.h"

namespace regio::cli {
namespace {

struct AnalyseOptions {
  std::string wave;
  std::string compare;
  std::string format = "table";
  std::string config;
  std::string output;
};

Status analyse(Context& ctx, const AnalyseOptions& o) {
  auto config =
      o.config.empty() ? Result<analysis::Config>(analysis::default_config()) : analysis::load_config_file(o.config);
  if (!config) return std::unexpected(config.error());
  auto services = ctx.open_services();
  if (!services) return std::unexpected(services.error());
  auto result = (*services)->waves.analyse(
      ctx.actor, o.wave, o.compare.empty() ? std::nullopt : std::optional<std::string>(o.compare), std::move(*config));
  if (!result) return std::unexpected(result.error());
  std::string text = o.format == "json"  ? analysis::to_json(*result)
                     : o.format == "csv" ? analysis::to_csv(*result)
                                         : analysis::to_table(*result);
  return write_output(ctx, o.output, text);
}

}  // namespace

void add_analyse_command(CLI::App& app, Action& action) {
  auto* cmd = add_command(
      app, "analyse", "Landelijk beeld van een meetmoment, eventueel vergeleken met een eerder",
      "Landelijk beeld van een meetmoment: ladder, overgangen, beoogd versus bereikt, borging, betrokkenheid, "
      "producten, doelen, activiteiten, knelpunten en patronen (alleen ingediende antwoorden). Formaat van de JSON: "
      "docs/ANALYSIS_FORMAT.md");
  auto o = std::make_shared<AnalyseOptions>();
  cmd->add_option("--wave", o->wave, "Code van het meetmoment")->required();
  cmd->add_option("--compare", o->compare, "Vergelijk met dit (eerdere) meetmoment: overgangen en patronen");
  cmd->add_option("--format", o->format, "json, csv of table (standaard table)")
      ->check(CLI::IsMember({"json", "csv", "table"}));
  cmd->add_option(
      "--config", o->config,
      "Configuratie (JSON) van ladder, borgingsklassen, stakeholders en factoren; standaard de meegeleverde");
  cmd->add_option("--output", o->output, "Naar dit bestand in plaats van de standaarduitvoer");
  cmd->callback([&action, o] { action = [o](Context& ctx) { return analyse(ctx, *o); }; });
}

}  // namespace regio::cli
