// `regiomonitor outcomes`: pseudonymised client extracts and the outcome indicators.
#include <optional>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/output.h"
#include "cli/progress.h"
#include "outcomes/indicator_format.h"
#include "service/outcome_data.h"
#include "service/policy.h"

namespace regio::cli {
namespace {

using service::kFictionalNotice;
using service::now_utc_iso;
using service::parse_date_option;
using service::parse_peildatum;

struct ImportOptions {
  std::string delivery;
  std::vector<std::string> paths;
  std::string extraction_date;  // --extractiedatum; "" = today
  std::string earliest_date;    // --vroegste-datum; "" = outcomes::kDefaultEarliestDate
  bool empty = false;           // --leeg: an empty delivery is meant
};

Status import_delivery(Context& ctx, const ImportOptions& o) {
  service::DeliveryImport request;
  request.delivery = o.delivery;
  request.paths.assign(o.paths.begin(), o.paths.end());
  request.allow_empty = o.empty;
  if (!o.extraction_date.empty()) {
    auto d = parse_date(o.extraction_date);
    if (!d)
      return fail(ErrorCode::kInvalidArgument,
                  fmt::format("--extractiedatum '{}' is geen datum (JJJJ-MM-DD)", o.extraction_date));
    request.extraction_date = *d;
  }
  if (!o.earliest_date.empty()) {
    auto d = parse_date(o.earliest_date);
    if (!d)
      return fail(ErrorCode::kInvalidArgument,
                  fmt::format("--vroegste-datum '{}' is geen datum (JJJJ-MM-DD)", o.earliest_date));
    request.earliest_date = *d;
  }
  auto services = ctx.open_services();  // open first: a database problem should not wait for a long read
  if (!services) return std::unexpected(services.error());
  Progress progress(ctx.err(), ctx.env.err_is_terminal, "Inlezen en controleren");
  request.progress = [&progress](std::uint64_t done, std::uint64_t total) { progress.update(done, total); };
  request.read_done = [&progress] { progress.finish(); };
  auto imported = (*services)->deliveries.import(ctx.actor, request);
  progress.finish();
  if (!imported) return std::unexpected(imported.error());
  const store::DeliveryInfo& info = imported->info;
  const bool has_rows = info.trajecten + info.werk + info.uitkeringen > 0;
  return write_output(
      ctx, {},
      fmt::format("Levering {} {}: {} trajecten, {} werkperiodes, {} uitkeringsperiodes, {} personen "
                  "({}extractiedatum {}).\n",
                  o.delivery, imported->replaced ? "vervangen" : "opgeslagen", info.trajecten, info.werk,
                  info.uitkeringen, imported->persons,
                  has_rows ? fmt::format("{} t/m {}; ", info.first_date, info.last_date) : "", info.extraction_date));
}

Status list_deliveries(Context& ctx) {
  auto services = ctx.open_services();
  if (!services) return std::unexpected(services.error());
  auto infos = (*services)->deliveries.list(ctx.actor);
  if (!infos) return std::unexpected(infos.error());
  if (infos->empty())
    return write_output(ctx, {}, "Er zijn nog geen leveringen. Importeer er een met 'outcomes import'.\n");
  std::vector<std::vector<std::string>> rows;
  for (const auto& d : *infos)
    rows.push_back({d.id, d.imported_at, std::to_string(d.trajecten), std::to_string(d.werk),
                    std::to_string(d.uitkeringen), d.first_date, d.last_date, d.extraction_date});
  return write_output(ctx, {},
                      text_table({"levering", "geïmporteerd", "trajecten", "werk", "uitkeringen", "vanaf", "tot en met",
                                  "extractiedatum"},
                                 rows));
}

Status delete_delivery(Context& ctx, const std::string& id) {
  auto services = ctx.open_services();
  if (!services) return std::unexpected(services.error());
  if (auto st = (*services)->deliveries.remove(ctx.actor, id); !st) return st;
  return write_output(ctx, {}, fmt::format("Levering {} verwijderd.\n", id));
}

struct IndicatorOptions {
  std::string peildatum;
  std::string release;
  bool unsuppressed = false;
  std::string format = "csv";
  std::vector<std::string> regions;
  bool percentages = false;
  std::string output;
};

Status indicators(Context& ctx, const IndicatorOptions& o) {
  if (!o.peildatum.empty() && !o.unsuppressed)
    return fail(ErrorCode::kInvalidArgument,
                "--peildatum geldt alleen voor niet beveiligde cijfers (--unsuppressed): beveiligde cijfers komen "
                "altijd uit een release (--release JJJJ-MM-DD, zie 'outcomes releases')");
  if (!o.release.empty() && o.unsuppressed)
    return fail(ErrorCode::kInvalidArgument,
                "kies --release (beveiligd) of --unsuppressed (met --peildatum), niet beide");
  auto peildatum = parse_peildatum(o.peildatum);
  if (!peildatum) return std::unexpected(peildatum.error());
  auto release = parse_date_option(o.release, "--release");
  if (!release) return std::unexpected(release.error());
  auto format = outcomes::parse_indicator_format(o.format);
  if (!format) return std::unexpected(format.error());
  // --region arrives normalised (cli/conventions.h): "am13" is AM13.
  const std::vector<std::string>& regions = o.regions;
  for (const auto& r : regions)
    if (r != "NL" && !ctx.registry().is_known_region(r))
      return fail(ErrorCode::kInvalidArgument,
                  fmt::format("--region '{}' is geen arbeidsmarktregio (AM-code) of NL", r));
  if (o.unsuppressed) {  // refuse before any work when the role may not
    if (auto st = service::authorize(ctx.actor, service::Action::kSeeUnsuppressed); !st) return st;
  }
  auto services = ctx.open_services();
  if (!services) return std::unexpected(services.error());
  auto data = (*services)->outcomes.indicators(ctx.actor, {o.unsuppressed, *peildatum, *release, regions});
  if (!data) return std::unexpected(data.error());
  return write_output(
      ctx, o.output,
      outcomes::format_indicators(data->table, *format, {.percentages = o.percentages, .fictional = data->fictional}));
}

struct PublishOptions {
  std::string peildatum;
  std::string note;
  std::optional<int> threshold;
};

Status publish(Context& ctx, const PublishOptions& o) {
  auto peildatum = parse_peildatum(o.peildatum);
  if (!peildatum) return std::unexpected(peildatum.error());
  if (auto st = service::authorize(ctx.actor, service::Action::kPublishRelease); !st) return st;
  auto services = ctx.open_services();
  if (!services) return std::unexpected(services.error());
  ctx.err() << "Indicatoren berekenen, beveiligen en controleren tegen alle eerdere releases...\n";
  Progress progress(ctx.err(), ctx.env.err_is_terminal, "Onderdrukte cellen controleren");
  auto release = (*services)->outcomes.publish(
      ctx.actor, {*peildatum, o.note, o.threshold, now_utc_iso(),
                  [&progress](std::size_t done, std::size_t total) { progress.update(done, total); }});
  progress.finish();
  if (!release) return std::unexpected(release.error());
  std::size_t suppressed = 0, means = 0;
  for (const auto& flags : release->suppressed)
    for (bool f : flags) suppressed += f ? 1 : 0;
  for (bool hidden : release->means_hidden) means += hidden ? 1 : 0;
  return write_output(
      ctx, {},
      fmt::format("Release met peildatum {} gepubliceerd door {}: {} rijen, drempel {}, afronding op {}; {} "
                  "aantallen onderdrukt, waarvan {} extra na de controle tegen afleiden ({} lineaire programma's); "
                  "{} gemiddelde uren verborgen omdat een eerdere release ze over bijna dezelfde trajecten toonde.\n",
                  format_iso(release->peildatum), release->published_by, release->rows.size(),
                  release->settings.threshold, release->settings.rounding, suppressed, release->audit.added,
                  release->audit.solves, means));
}

Status list_releases(Context& ctx) {
  auto services = ctx.open_services();
  if (!services) return std::unexpected(services.error());
  auto infos = (*services)->outcomes.releases(ctx.actor);
  if (!infos) return std::unexpected(infos.error());
  if (infos->empty())
    return write_output(ctx, {},
                        "Er zijn nog geen releases. Publiceer er een met 'outcomes publish --peildatum JJJJ-MM-DD'.\n");
  std::vector<std::vector<std::string>> rows;
  for (const auto& r : *infos)
    rows.push_back(
        {r.peildatum, r.published_at, r.published_by, std::to_string(r.threshold), std::to_string(r.rounding), r.note});
  return write_output(ctx, {},
                      text_table({"peildatum", "gepubliceerd", "door", "drempel", "afronding", "toelichting"}, rows));
}

struct SettingsOptions {
  std::optional<int> threshold;
  std::optional<int> rounding;
};

Status settings(Context& ctx, const SettingsOptions& o) {
  auto services = ctx.open_services();
  if (!services) return std::unexpected(services.error());
  auto current = (*services)->outcomes.change_settings(ctx.actor, o.threshold, o.rounding);
  if (!current) return std::unexpected(current.error());
  return write_output(ctx, {},
                      fmt::format("Onthullingsbeveiliging van deze installatie: drempel {}, afronding op veelvouden "
                                  "van {}.\n",
                                  current->threshold, current->rounding));
}

}  // namespace

void add_outcomes_commands(CLI::App& app, Action& action) {
  auto* cmd = app.add_subcommand("outcomes", "Cliëntgegevens (gepseudonimiseerde extracten) en uitkomstindicatoren");
  cmd->require_subcommand(1);

  auto* imp = add_command(
      *cmd, "import", "Een levering importeren (alles of niets; zelfde id = vervangen)",
      "Een levering importeren: trajecten.csv, werk.csv en uitkeringen.csv, een map met die bestanden, of één .xlsx "
      "met de bladen trajecten, werk en uitkeringen. Alles wordt gecontroleerd; bij één fout wordt niets opgeslagen. "
      "Een bestaande levering met hetzelfde id wordt in één keer vervangen. Geen datum mag na de extractiedatum of "
      "vóór de vroegste datum liggen; een traject_id dat al in een andere levering staat wordt geweigerd; een lege "
      "levering alleen met --leeg.");
  auto i = std::make_shared<ImportOptions>();
  imp->add_option("--delivery", i->delivery, "Id van de levering, bijv. ggz-noord-2024q4")->required();
  imp->add_option("paden", i->paths, "Bestanden of map")->required()->check(CLI::ExistingPath);
  imp->add_option("--extractiedatum", i->extraction_date,
                  "Dag waarop de bron het extract trok, JJJJ-MM-DD (standaard: vandaag); geen datum in de levering "
                  "mag later liggen");
  imp->add_option("--vroegste-datum", i->earliest_date,
                  "Vroegste toegestane datum in de levering, JJJJ-MM-DD (standaard: 1990-01-01)");
  imp->add_flag("--leeg", i->empty,
                "Een levering zonder rijen toch opslaan (vervangt een bestaande levering met hetzelfde id)");
  imp->callback([&action, i] { action = [i](Context& ctx) { return import_delivery(ctx, *i); }; });

  auto* list = cmd->add_subcommand("deliveries", "Leveringen tonen met aantallen en datums");
  list->callback([&action] { action = [](Context& ctx) { return list_deliveries(ctx); }; });

  auto* del = cmd->add_subcommand("delete", "Een levering verwijderen");
  auto d = std::make_shared<std::string>();
  del->add_option("--delivery", *d, "Id van de levering")->required();
  del->callback([&action, d] { action = [d](Context& ctx) { return delete_delivery(ctx, *d); }; });

  auto* ind = add_command(
      *cmd, "indicators", "Uitkomstindicatoren uit de laatste release (beveiligd)",
      "Uitkomstindicatoren per regio × startjaar × interventie, regio, en landelijk (NL), over alle leveringen samen. "
      "Beveiligde cijfers komen altijd uit een gepubliceerde release (standaard de laatste; zie 'outcomes "
      "releases'): kleine aantallen onderdrukt ('.'), de rest afgerond. Alleen onderzoekers en beheerders kunnen met "
      "--unsuppressed exacte cijfers op elke peildatum zien. Elke uitvoer zegt wat hij is: CSV begint met regels "
      "'# ', JSON heeft 'meta'.");
  auto n = std::make_shared<IndicatorOptions>();
  ind->add_option("--release", n->release, "Peildatum van de release (standaard: de laatste release)");
  ind->add_flag("--unsuppressed", n->unsuppressed,
                "Exacte cijfers zonder onderdrukking of afronding (alleen onderzoeker en beheerder)");
  ind->add_option(
      "--peildatum", n->peildatum,
      "Alleen met --unsuppressed: peildatum JJJJ-MM-DD (standaard: de laatste extractiedatum van de leveringen)");
  ind->add_option("--format", n->format, "csv (',' '.'), csv-nl (';' en decimale komma, BOM), json of table")
      ->check(CLI::IsMember({"csv", "csv-nl", "json", "table"}));
  ind->add_option("--region", n->regions, "Alleen deze regio('s) tonen (AM-code of NL; herhaalbaar)");
  ind->add_flag("--percentages", n->percentages,
                "Ook werk_12m_pct, duurzaam_pct, werkend_12m_pct en uitstroom_pct (csv, csv-nl, table)");
  ind->add_option("--output", n->output, "Naar dit bestand in plaats van de standaarduitvoer");
  ind->callback([&action, n] { action = [n](Context& ctx) { return indicators(ctx, *n); }; });

  auto* pub = add_command(
      *cmd, "publish", "Een release publiceren: de beveiligde cijfers van één peildatum, bevroren",
      "Berekent de indicatoren op de peildatum, beveiligt ze (kleine aantallen en alles waaruit ze af te leiden zijn "
      "onderdrukt, gecontroleerd met lineaire programmering tegen deze én alle eerdere releases; aantallen afgerond) "
      "en legt ze vast met wie en wanneer. Een release wordt nooit gewijzigd of vervangen. Alleen voor onderzoekers "
      "en beheerders.");
  auto p = std::make_shared<PublishOptions>();
  pub->add_option("--peildatum", p->peildatum,
                  "Peildatum JJJJ-MM-DD (standaard: de laatste extractiedatum van de leveringen)");
  pub->add_option("--note", p->note, "Toelichting, bijv. 'kwartaal 4, na levering ggz-2024q4'");
  pub->add_option("--threshold", p->threshold,
                  "Hogere drempel voor deze release (nooit lager dan die van de installatie, zie 'outcomes settings')");
  pub->callback([&action, p] { action = [p](Context& ctx) { return publish(ctx, *p); }; });

  auto* rel = cmd->add_subcommand("releases", "Gepubliceerde releases tonen");
  rel->callback([&action] { action = [](Context& ctx) { return list_releases(ctx); }; });

  auto* set = add_command(*cmd, "settings", "Drempel en afronding van de onthullingsbeveiliging tonen of instellen",
                          "Toont de drempel (standaard 10, minstens 5) en de afronding (standaard 5) van deze "
                          "installatie; met opties stelt een beheerder ze in. Ze gelden voor nieuwe releases.");
  auto so = std::make_shared<SettingsOptions>();
  set->add_option("--threshold", so->threshold, "Nieuwe drempel (5 tot en met 1000)");
  set->add_option("--rounding", so->rounding, "Nieuwe afronding (1 tot en met de drempel; 1 = niet afronden)");
  set->callback([&action, so] { action = [so](Context& ctx) { return settings(ctx, *so); }; });
}

}  // namespace regio::cli
