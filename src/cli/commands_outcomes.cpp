// `regiomonitor outcomes`: pseudonymised client extracts and the outcome indicators.
#include <chrono>
#include <optional>
#include <ctime>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/delivery_overlap.h"
#include "cli/outcome_data.h"
#include "cli/output.h"
#include "cli/progress.h"
#include "outcomes/extract_reader.h"
#include "outcomes/indicator_format.h"
#include "outcomes/policy.h"
#include "outcomes/serialize.h"

namespace regio::cli {
namespace {


bool valid_delivery_id(const std::string& id) {
  if (id.empty() || id.size() > 64) return false;
  for (char c : id)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
          c == '.'))
      return false;
  return true;
}

struct ImportOptions {
  std::string delivery;
  std::vector<std::string> paths;
  std::string extraction_date;  // --extractiedatum; "" = today
  std::string earliest_date;    // --vroegste-datum; "" = outcomes::kDefaultEarliestDate
  bool empty = false;           // --leeg: an empty delivery is meant
};

// The plausible-date bounds of an import: [earliest, extraction date], both inclusive.
struct DateBounds {
  Date earliest;
  Date extraction;
};

Result<DateBounds> date_bounds(const Context& ctx, const ImportOptions& o) {
  DateBounds b{outcomes::kDefaultEarliestDate, ctx.today()};
  if (!o.extraction_date.empty()) {
    auto d = parse_date(o.extraction_date);
    if (!d)
      return fail(ErrorCode::kInvalidArgument,
                  fmt::format("--extractiedatum '{}' is geen datum (JJJJ-MM-DD)", o.extraction_date));
    if (*d > ctx.today())
      return fail(ErrorCode::kInvalidArgument,
                  fmt::format("--extractiedatum {} ligt na vandaag ({}): een levering kan niet uit de toekomst komen",
                              format_iso(*d), format_iso(ctx.today())));
    b.extraction = *d;
  }
  if (!o.earliest_date.empty()) {
    auto d = parse_date(o.earliest_date);
    if (!d)
      return fail(ErrorCode::kInvalidArgument,
                  fmt::format("--vroegste-datum '{}' is geen datum (JJJJ-MM-DD)", o.earliest_date));
    b.earliest = *d;
  }
  if (b.earliest > b.extraction)
    return fail(ErrorCode::kInvalidArgument, fmt::format("--vroegste-datum {} ligt na de extractiedatum {}",
                                                         format_iso(b.earliest), format_iso(b.extraction)));
  return b;
}

// A traject_id of the new delivery already in another delivery: refused, naming that delivery
// and the first such row.
Error overlap_error(const ImportOptions& o, const outcomes::ImportedExtract& imported, const Overlap& overlap) {
  const std::size_t line = overlap.row < imported.trajecten_lines.size() ? imported.trajecten_lines[overlap.row] : 0;
  Error e{ErrorCode::kAlreadyExists,
          fmt::format("Levering {} geweigerd: {} {} al in een andere levering; er is niets opgeslagen. Een traject "
                      "hoort in precies één levering: werk de trajecten van een bron bij door haar hele bestand "
                      "opnieuw te leveren onder haar eigen leverings-id (zelfde id = vervangen).",
                      o.delivery, overlap.rows, overlap.rows == 1 ? "traject staat" : "trajecten staan"),
          {},
          0};
  e.problems.push_back(Problem{imported.trajecten_file, line, "traject_id", "traject-in-andere-levering",
                               fmt::format("dit traject_id staat al in levering {}", overlap.delivery)});
  return e;
}

Status import_delivery(Context& ctx, const ImportOptions& o) {
  if (!valid_delivery_id(o.delivery))
    return fail(ErrorCode::kInvalidArgument,
                fmt::format("ongeldig leverings-id '{}': 1–64 tekens uit A-Z, a-z, 0-9, '-', '_' en '.'", o.delivery));
  auto bounds = date_bounds(ctx, o);
  if (!bounds) return std::unexpected(bounds.error());
  auto store = ctx.open_store();  // open first: a database problem should not wait for a long read
  if (!store) return std::unexpected(store.error());
  std::vector<std::filesystem::path> paths(o.paths.begin(), o.paths.end());
  outcomes::ImportOptions options;
  options.earliest_date = bounds->earliest;
  options.latest_date = bounds->extraction;
  Progress progress(ctx.err(), ctx.env.err_is_terminal, "Inlezen en controleren");
  options.progress = [&progress](std::uint64_t done, std::uint64_t total) { progress.update(done, total); };
  auto imported = outcomes::read_extract(paths, ctx.registry(), options);
  progress.finish();
  // The reader's error already says that nothing was stored (all or nothing).
  if (!imported) return std::unexpected(imported.error());
  const bool has_rows = imported->trajecten + imported->werk + imported->uitkeringen > 0;
  if (!has_rows && !o.empty)
    return fail(ErrorCode::kInvalidData,
                fmt::format("levering {} bevat geen rijen; gebruik --leeg om bewust een lege levering op te slaan "
                            "(die een bestaande levering {} vervangt). Er is niets opgeslagen.",
                            o.delivery, o.delivery));
  auto overlap = find_overlap(**store, o.delivery, imported->extract.trajecten.traject_id);
  if (!overlap) return std::unexpected(overlap.error());
  if (*overlap) return std::unexpected(overlap_error(o, *imported, **overlap));
  store::DeliveryRecord record;
  record.info.id = o.delivery;
  record.info.imported_at = now_utc_iso();
  record.info.trajecten = static_cast<std::int64_t>(imported->trajecten);
  record.info.werk = static_cast<std::int64_t>(imported->werk);
  record.info.uitkeringen = static_cast<std::int64_t>(imported->uitkeringen);
  record.info.first_date = has_rows ? format_iso(imported->first) : "";
  record.info.last_date = has_rows ? format_iso(imported->last) : "";
  record.info.extraction_date = format_iso(bounds->extraction);
  // Frees each column as soon as it is copied: the extract and its payload never both exist whole.
  record.payload = outcomes::serialize_and_release(std::move(imported->extract));
  auto existed = (*store)->deliveries();
  if (!existed) return std::unexpected(existed.error());
  bool replaced = false;
  for (const auto& d : *existed) replaced |= d.id == o.delivery;
  if (auto st = (*store)->put_delivery(record); !st) return st;
  return write_output(
      ctx, {},
      fmt::format("Levering {} {}: {} trajecten, {} werkperiodes, {} uitkeringsperiodes, {} personen "
                  "({}extractiedatum {}).\n",
                  o.delivery, replaced ? "vervangen" : "opgeslagen", imported->trajecten, imported->werk,
                  imported->uitkeringen, imported->persons,
                  has_rows ? fmt::format("{} t/m {}; ", record.info.first_date, record.info.last_date) : "",
                  record.info.extraction_date));
}

Status list_deliveries(Context& ctx) {
  auto store = ctx.open_store();
  if (!store) return std::unexpected(store.error());
  auto infos = (*store)->deliveries();
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
  auto store = ctx.open_store();
  if (!store) return std::unexpected(store.error());
  if (auto st = (*store)->delete_delivery(id); !st) {
    if (st.error().code == ErrorCode::kNotFound)
      return fail(ErrorCode::kNotFound, fmt::format("levering '{}' bestaat niet (zie 'outcomes deliveries')", id));
    return st;
  }
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
    return fail(ErrorCode::kInvalidArgument, "kies --release (beveiligd) of --unsuppressed (met --peildatum), niet beide");
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
    if (auto st = outcomes::require_unsuppressed(ctx.actor); !st) return st;
  }
  auto store = ctx.open_store();
  if (!store) return std::unexpected(store.error());
  auto data = o.unsuppressed ? unsuppressed_outcomes(**store, ctx.actor, *peildatum)
                             : released_outcomes(**store, *release);
  if (!data) return std::unexpected(data.error());
  const outcomes::DisclosedTable shown = regions.empty() ? data->table : data->table.only_regions(regions);
  return write_output(ctx, o.output,
                      outcomes::format_indicators(shown, *format,
                                                  {.percentages = o.percentages, .fictional = data->fictional}));
}

struct PublishOptions {
  std::string peildatum;
  std::string note;
  std::optional<int> threshold;
};

Status publish(Context& ctx, const PublishOptions& o) {
  auto peildatum = parse_peildatum(o.peildatum);
  if (!peildatum) return std::unexpected(peildatum.error());
  if (auto st = outcomes::require_publish(ctx.actor); !st) return st;
  auto store = ctx.open_store();
  if (!store) return std::unexpected(store.error());
  ctx.err() << "Indicatoren berekenen, beveiligen en controleren tegen alle eerdere releases...\n";
  Progress progress(ctx.err(), ctx.env.err_is_terminal, "Onderdrukte cellen controleren");
  auto release = publish_release(
      **store, ctx.actor,
      {*peildatum, o.note, o.threshold, now_utc_iso(),
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
  auto store = ctx.open_store();
  if (!store) return std::unexpected(store.error());
  auto infos = (*store)->releases();
  if (!infos) return std::unexpected(infos.error());
  if (infos->empty())
    return write_output(ctx, {},
                        "Er zijn nog geen releases. Publiceer er een met 'outcomes publish --peildatum JJJJ-MM-DD'.\n");
  std::vector<std::vector<std::string>> rows;
  for (const auto& r : *infos)
    rows.push_back({r.peildatum, r.published_at, r.published_by, std::to_string(r.threshold),
                    std::to_string(r.rounding), r.note});
  return write_output(ctx, {},
                      text_table({"peildatum", "gepubliceerd", "door", "drempel", "afronding", "toelichting"}, rows));
}

struct SettingsOptions {
  std::optional<int> threshold;
  std::optional<int> rounding;
};

Status settings(Context& ctx, const SettingsOptions& o) {
  auto store = ctx.open_store();
  if (!store) return std::unexpected(store.error());
  auto current = disclosure_settings(**store);
  if (!current) return std::unexpected(current.error());
  if (o.threshold || o.rounding) {
    outcomes::DisclosureSettings next = *current;
    if (o.threshold) next.threshold = *o.threshold;
    if (o.rounding) next.rounding = *o.rounding;
    if (auto st = put_disclosure_settings(**store, ctx.actor, next); !st) return st;
    current = next;
  }
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
  ind->add_option("--peildatum", n->peildatum,
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
  pub->add_option("--peildatum", p->peildatum, "Peildatum JJJJ-MM-DD (standaard: de laatste extractiedatum van de leveringen)");
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
