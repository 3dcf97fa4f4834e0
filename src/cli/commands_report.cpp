// `regiomonitor report national|regions`: the national report and the fact sheets as PDF or HTML.
// Thin: the report use case (service/reports_service.h) gathers and assembles; this writes files.
#include <filesystem>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/output.h"
#include "cli/progress.h"
#include "service/outcome_data.h"
#include "service/reports_service.h"

namespace regio::cli {
namespace {

constexpr const char* kSoftware = "Regiomonitor 0.1";

struct ReportOptions {
  std::string wave;
  std::string release;
  std::string compare;
  std::string format = "pdf";
  std::string output;
  std::vector<std::string> regions;
};

Result<service::ReportRequest> request_of(const ReportOptions& o) {
  auto release = service::parse_date_option(o.release, "--release");
  if (!release) return std::unexpected(release.error());
  service::ReportRequest r{.wave = o.wave, .release = *release, .regions = o.regions, .software = kSoftware};
  if (!o.compare.empty()) r.compare = o.compare;
  return r;
}

Status national_command(Context& ctx, const ReportOptions& o) {
  auto request = request_of(o);
  if (!request) return std::unexpected(request.error());
  if (auto st = check_output_target(ctx, o.output); !st) return st;
  auto services = ctx.open_services();
  if (!services) return std::unexpected(services.error());
  auto doc = (*services)->reports.national(ctx.actor, *request);
  if (!doc) return std::unexpected(doc.error());
  auto format = service::document_format(o.format);
  if (!format) return std::unexpected(format.error());
  auto bytes = service::document_bytes(*doc, *format);
  if (!bytes) return std::unexpected(bytes.error());
  if (auto st = write_output(ctx, o.output, *bytes); !st) return st;
  ctx.err() << fmt::format("Landelijk rapport geschreven naar {}.\n", o.output);
  return {};
}

Status regions_command(Context& ctx, const ReportOptions& o) {
  auto request = request_of(o);
  if (!request) return std::unexpected(request.error());
  const std::filesystem::path dir = o.output;
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec))
    return fail(ErrorCode::kInvalidArgument, "not-a-directory",
                fmt::format("--output '{}' is geen bestaande map; maak de map eerst aan", o.output));
  auto services = ctx.open_services();
  if (!services) return std::unexpected(services.error());
  auto docs = (*services)->reports.fact_sheets(ctx.actor, *request);
  if (!docs) return std::unexpected(docs.error());
  auto path_of = [&](const std::string& region) { return dir / fmt::format("factsheet-{}.{}", region, o.format); };
  // Check every target first: refuse before anything is written.
  for (const auto& d : *docs)
    if (auto st = check_output_target(ctx, path_of(d.region)); !st) return st;
  auto format = service::document_format(o.format);
  if (!format) return std::unexpected(format.error());
  Progress progress(ctx.err(), ctx.env.err_is_terminal, "Factsheets maken");
  std::size_t done = 0;
  for (const auto& d : *docs) {
    auto bytes = service::document_bytes(d.document, *format);
    if (!bytes) return std::unexpected(bytes.error());
    if (auto st = write_output(ctx, path_of(d.region), *bytes); !st) return st;
    progress.update(++done, docs->size());
  }
  progress.finish();
  ctx.err() << fmt::format("{} factsheets geschreven in {}.\n", docs->size(), o.output);
  return {};
}

void add_common(CLI::App* cmd, ReportOptions& o) {
  cmd->add_option("--wave", o.wave, "Code van het meetmoment")->required();
  cmd->add_option("--release", o.release,
                  "Peildatum van de release voor de uitkomsten (standaard: de laatste release; zonder release "
                  "zeggen de uitkomstparagrafen dat er nog geen is)");
  cmd->add_option("--compare", o.compare, "Vergelijkingsmeetmoment (standaard: het meetmoment ervoor)");
  cmd->add_option("--format", o.format, "pdf of html (standaard pdf)")->check(CLI::IsMember({"pdf", "html"}));
}

}  // namespace

void add_report_commands(CLI::App& app, Action& action) {
  auto* cmd = app.add_subcommand("report", "Het landelijk rapport en de factsheets per regio (PDF of HTML)");
  cmd->require_subcommand(1);
  auto* nat = add_command(
      *cmd, "national", "Het landelijk rapport van een meetmoment",
      "Het landelijk rapport 'Stand van zaken' van een meetmoment: samenvatting, niveaus en overgangen, borging, "
      "partijen, producten, doelen, activiteiten, knelpunten, uitkomsten voor cliënten uit een release (beveiligd), "
      "patronen, blik vooruit, adviezen, methoden en colofon. PDF (getagd, met inhoudsopgave) of HTML.");
  auto n = std::make_shared<ReportOptions>();
  add_common(nat, *n);
  nat->add_option("--output", n->output, "Het bestand om te schrijven (bestaat het al: alleen met --force)")
      ->required();
  nat->callback([&action, n] { action = [n](Context& ctx) { return national_command(ctx, *n); }; });

  auto* reg = add_command(
      *cmd, "regions", "Een factsheet per regio",
      "Een factsheet (2–4 pagina's) per regio: niveau over de meetmomenten tegen het landelijk beeld, borging per "
      "element, partijen, producten, doelen met voortgang en verwachting, uitkomsten uit de release en het advies. "
      "Bestanden heten factsheet-<AM-code>.pdf (of .html) in de map van --output.");
  auto r = std::make_shared<ReportOptions>();
  add_common(reg, *r);
  reg->add_option("--output", r->output, "Bestaande map voor de factsheets (bestaande bestanden: alleen met --force)")
      ->required();
  reg->add_option("--region", r->regions, "Alleen deze regio('s) (AM-code; herhaalbaar); standaard alle regio's");
  reg->callback([&action, r] { action = [r](Context& ctx) { return regions_command(ctx, *r); }; });
}

}  // namespace regio::cli
