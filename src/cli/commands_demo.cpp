// `regiomonitor demo`: a fresh database with fictional demo data, written through the same
// validation and import paths as real data.
#include <unistd.h>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/demo_users.h"
#include "cli/output.h"
#include "cli/progress.h"
#include "demo/responses.h"
#include "forms/definition_io.h"
#include "forms/layout.h"
#include "outcomes/extract_reader.h"
#include "outcomes/serialize.h"
#include "outcomes/synthetic.h"
#include "service/audit.h"
#include "service/outcome_data.h"
#include "tabular/workbook_json.h"

namespace regio::cli {
namespace {

using service::kDemoDelivery;
using service::now_utc_iso;

struct DemoOptions {
  bool force = false;
  std::size_t persons = 30000;
  bool releases = true;
  std::string demo_password = kDefaultDemoPassword;
};

Status remove_database(const std::filesystem::path& db) {
  std::error_code ec;
  for (const char* suffix : {"", "-wal", "-shm"}) {
    std::filesystem::remove(db.string() + suffix, ec);
    if (ec)
      return fail(ErrorCode::kUnavailable,
                  fmt::format("kan {}{} niet verwijderen: {}", db.string(), suffix, ec.message()));
  }
  return {};
}

// Responses go through the export layout and back through the importer, so the demo holds
// exactly what a region could have imported.
Status store_responses(Context& ctx, store::Store& store, const forms::Definition& def,
                       const demo::DemoResponses& demo) {
  for (const auto& wave : demo.waves) {
    std::vector<forms::Response> of_wave;
    for (const auto& r : demo.responses)
      if (r.wave == wave.code) of_wave.push_back(r);
    auto book = forms::write_responses(def, of_wave);
    auto checked = forms::read_responses(def, book, wave.code, ctx.registry().for_year(year_of(wave.date)), wave.date);
    if (!checked) {
      Error e = checked.error();
      e.code = ErrorCode::kInternal;
      e.message = "demo-antwoorden voldoen niet aan de vragenlijst: " + e.message;
      return std::unexpected(std::move(e));
    }
    const auto audit = service::audit_entry(ctx.actor, "demo-antwoorden ingelezen",
                                            fmt::format("meetmoment {}: {} regio('s)", wave.code, checked->size()));
    if (auto st = store.replace_responses(wave.code, *checked, audit); !st) return st;
  }
  return {};
}

Status store_extract(Context& ctx, store::Store& store, std::size_t persons) {
  const auto dir = std::filesystem::temp_directory_path() / fmt::format("regiomonitor-demo-{}", getpid());
  const outcomes::SyntheticOptions synthetic{.persons = persons, .seed = 20170101};
  outcomes::Extract extract = outcomes::generate_extract(ctx.registry(), synthetic);
  auto written = outcomes::write_extract_csv(extract, dir, outcomes::CsvStyle::kDutchExcel);
  extract = {};
  if (!written) return written;
  Progress progress(ctx.err(), ctx.env.err_is_terminal, "Demo-extract importeren");
  outcomes::ImportOptions options;
  options.progress = [&progress](std::uint64_t done, std::uint64_t total) { progress.update(done, total); };
  // The generator draws its data at its extraction date (nothing later in it): the same rule as
  // for a real delivery, and the demo's default peildatum.
  const Date extraction = from_civil(synthetic.extraction_date);
  options.latest_date = extraction;
  auto imported = outcomes::read_extract({dir}, ctx.registry(), options);
  progress.finish();
  std::error_code ec;
  std::filesystem::remove_all(dir, ec);
  if (!imported) {
    Error e = imported.error();
    e.code = ErrorCode::kInternal;
    e.message = "het demo-extract komt niet door de controle: " + e.message;
    return std::unexpected(std::move(e));
  }
  store::DeliveryRecord record;
  record.info = {kDemoDelivery,
                 "2025-01-01T00:00:00Z",
                 static_cast<std::int64_t>(imported->trajecten),
                 static_cast<std::int64_t>(imported->werk),
                 static_cast<std::int64_t>(imported->uitkeringen),
                 format_iso(imported->first),
                 format_iso(imported->last),
                 format_iso(extraction)};
  record.payload = outcomes::serialize_and_release(std::move(imported->extract));
  return store.put_delivery(record,
                            service::audit_entry(ctx.actor, "demolevering ingelezen",
                                                 fmt::format("{} ({} trajecten)", kDemoDelivery, imported->trajecten)));
}

Status store_goals(const Actor& actor, store::Store& store, const demo::DemoResponses& demo) {
  std::vector<store::GoalRecord> goals;
  for (const auto& region : demo.level5_regions) {
    goals.push_back({0, region, "werk_12m_pct", 40, 2022, "ips",
                     "Fictief demodoel: ≥ 40 % van de IPS-starters binnen 12 maanden aan het werk"});
    goals.push_back({0, region, "starters", 100, 2023, "*", "Fictief demodoel: ≥ 100 trajecten gestart per jaar"});
  }
  goals.push_back({0, "AM13", "duurzaam_pct", 50, 2021, "*", "Fictief demodoel: de helft werkt duurzaam"});
  for (const auto& g : goals)
    if (auto id = store.add_goal(
            g, service::audit_entry(actor, "demodoel toegevoegd", fmt::format("regio {}: {}", g.region, g.indicator)));
        !id)
      return std::unexpected(id.error());
  return {};
}

constexpr const char* kDemoWaveSuffix = " (fictieve demodata)";

// True when the database holds nothing but an earlier demo (or nothing at all), so replacing it
// loses no real data.
Result<bool> only_demo_data(Context& ctx) {
  auto store = ctx.open_store();
  if (!store) return std::unexpected(store.error());
  auto waves = (*store)->waves();
  if (!waves) return std::unexpected(waves.error());
  for (const auto& w : *waves)
    if (!w.name.ends_with(kDemoWaveSuffix)) return false;
  auto deliveries = (*store)->deliveries();
  if (!deliveries) return std::unexpected(deliveries.error());
  for (const auto& d : *deliveries)
    if (d.id != kDemoDelivery) return false;
  return true;
}

Status run_demo(Context& ctx, const DemoOptions& o) {
  if (ctx.db.string().find("://") != std::string::npos) {
    // A database server (PostgreSQL URI): there is no file to replace, so it must be empty.
    auto store = ctx.open_store();
    if (!store) return std::unexpected(store.error());
    auto waves = (*store)->waves();
    if (!waves) return std::unexpected(waves.error());
    auto deliveries = (*store)->deliveries();
    if (!deliveries) return std::unexpected(deliveries.error());
    if (!waves->empty() || !deliveries->empty())
      return fail(ErrorCode::kAlreadyExists,
                  "de demo vraagt een lege database; deze bevat al meetmomenten of leveringen");
  } else if (std::filesystem::exists(ctx.db)) {
    if (ctx.env.read_only_db)
      return fail(ErrorCode::kPermissionDenied,
                  fmt::format("de demo maakt een verse database, maar {} is alleen-lezen gevraagd "
                              "(REGIOMONITOR_DB_READONLY); er is niets veranderd",
                              ctx.db_display()));
    if (!o.force) {
      auto demo_only = only_demo_data(ctx);
      if (!demo_only) return std::unexpected(demo_only.error());
      if (!*demo_only)
        return fail(ErrorCode::kAlreadyExists,
                    fmt::format("{} bevat echte gegevens; de demo maakt een verse database. Kies een ander --db of "
                                "gebruik --force om het bestand te vervangen",
                                ctx.db_display()));
    }
    if (auto st = remove_database(ctx.db); !st) return st;
  }
  auto def = forms::default_definition();
  if (!def) return std::unexpected(def.error());
  auto store = ctx.open_store();
  if (!store) return std::unexpected(store.error());
  demo::DemoResponses demo = demo::generate_demo_responses(ctx.registry());
  for (auto& w : demo.waves) w.name += kDemoWaveSuffix;

  const store::QuestionnaireRecord q{"standaard", tabular::workbook_to_json(forms::default_workbook())};
  for (std::size_t i = 0; i < demo.waves.size(); ++i) {
    const auto audit = service::audit_entry(ctx.actor, "demomeetmoment toegevoegd", demo.waves[i].code);
    auto st = i == 0 ? (*store)->add_wave_with_questionnaire(demo.waves[i], q, audit)
                     : (*store)->add_wave(demo.waves[i], audit);
    if (!st) return st;
  }
  if (auto st = store_responses(ctx, **store, *def, demo); !st) return st;
  if (auto st = store_extract(ctx, **store, o.persons); !st) return st;
  if (auto st = store_goals(ctx.actor, **store, demo); !st) return st;
  // Two releases, a year apart, so that everything shown under disclosure control (and the
  // protection of the differences between releases) can be tried at once.
  std::string released;
  if (o.releases) {
    for (const char* peildatum : {"2024-01-01", "2025-01-01"}) {
      ctx.err() << "Release " << peildatum << " publiceren (beveiligen en controleren; dit duurt even)...\n";
      Progress progress(ctx.err(), ctx.env.err_is_terminal, "Onderdrukte cellen controleren");
      auto r = service::publish_release(
          **store, ctx.actor,
          {parse_iso_date(peildatum), "fictieve demorelease", std::nullopt, now_utc_iso(),
           [&progress](std::size_t done, std::size_t total) { progress.update(done, total); }});
      progress.finish();
      if (!r) return std::unexpected(r.error());
      released += (released.empty() ? "" : " en ") + std::string(peildatum);
    }
  }

  auto logins = store_demo_users(ctx, **store, o.demo_password);
  if (!logins) return std::unexpected(logins.error());

  std::string level5;
  for (const auto& r : demo.level5_regions) level5 += (level5.empty() ? "" : ", ") + r;
  return write_output(
      ctx, {},
      fmt::format(
          "Demodatabase {} gemaakt met FICTIEVE gegevens (de regio's zijn echt, de antwoorden en cliënten niet):\n"
          "  {} meetmomenten, {} regio's met ingediende antwoorden per meetmoment,\n"
          "  levering {} met {} fictieve personen, doelen voor onder meer {},\n"
          "  {}.\n{}",
          ctx.db_display(), demo.waves.size(), demo.regions.size(), kDemoDelivery, o.persons, level5,
          released.empty() ? "geen releases (--zonder-releases)" : "releases met peildatum " + released, *logins));
}

}  // namespace

void add_demo_command(CLI::App& app, Action& action) {
  auto* cmd = add_command(
      app, "demo", "Verse database met fictieve demogegevens",
      "Maak een verse database met FICTIEVE demogegevens: de 31 regio's van de impulsprojecten, vier meetmomenten "
      "(2017-start, 2018-tussen, 2019-eind, 2020-vervolg), synthetische cliëntextracten 2016–2024, doelen en twee "
      "releases van de uitkomstcijfers "
      "(peildatum 2024-01-01 en 2025-01-01; het beveiligen duurt ongeveer een minuut)");
  auto o = std::make_shared<DemoOptions>();
  cmd->add_flag("--force", o->force,
                "Vervang het databasebestand ook als het andere dan demogegevens bevat (een eerdere demo of een "
                "lege database wordt altijd vervangen)");
  cmd->add_option("--persons", o->persons, "Aantal fictieve personen in het extract (standaard 30000)")
      ->check(CLI::Range(100, 2000000));
  cmd->add_flag(
      "--zonder-releases", [o](std::int64_t) { o->releases = false; },
      "Geen releases publiceren (sneller; beveiligde uitkomstcijfers zijn er dan nog niet)");
  cmd->add_option("--demo-password", o->demo_password,
                  "Wachtwoord van alle demo-logins (standaard 'demo'; ONVEILIG, alleen voor een demo)");
  cmd->callback([&action, o] { action = [o](Context& ctx) { return run_demo(ctx, *o); }; });
}

}  // namespace regio::cli
