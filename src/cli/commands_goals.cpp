// `regiomonitor goals`: quantitative goals on outcome indicators, evaluated from the data.
#include <cmath>

#include <fmt/format.h>

#include "base/text.h"
#include "cli/commands.h"
#include "cli/output.h"
#include "outcomes/goals.h"
#include "service/outcome_data.h"

namespace regio::cli {
namespace {

using service::kFictionalNotice;
using service::parse_date_option;
using service::parse_peildatum;

struct AddOptions {
  std::string region;
  std::string indicator;
  std::string target;  // text: "40,5" (decimal comma) is as good as "40.5"
  int year = 0;
  std::string intervention = "*";
  std::string description;
};

Status add_goal(Context& ctx, const AddOptions& o) {
  if (!ctx.registry().is_known_region(o.region))
    return fail(ErrorCode::kInvalidArgument,
                fmt::format("--region '{}' is geen arbeidsmarktregio (AM-code)", o.region));
  const auto target = parse_decimal(o.target);
  if (!target)
    return fail(ErrorCode::kInvalidArgument, fmt::format("--target '{}' is geen getal (bijv. 40 of 40,5)", o.target));
  store::GoalRecord g{0, o.region, o.indicator, *target, o.year, o.intervention, o.description};
  if (auto st = outcomes::validate_goal({g.region, g.indicator, g.target, g.year, g.intervention, g.description}); !st)
    return st;  // before the database is opened, as always
  auto services = ctx.open_services();
  if (!services) return std::unexpected(services.error());
  auto id = (*services)->goals.add(ctx.actor, g);
  if (!id) return std::unexpected(id.error());
  return write_output(ctx, {},
                      fmt::format("Doel {} toegevoegd: {} {} {} {} voor startjaar {} (interventie {}).\n", *id,
                                  o.region, o.indicator, o.indicator == "dagen_tot_werk_mediaan" ? "≤" : "≥",
                                  format_number_nl(*target), o.year, o.intervention));
}

std::string figure_text(const outcomes::Figure& f) {
  if (f.suppressed) return ".";
  if (!f.value) return "-";
  return format_number_nl(std::round(*f.value * 10.0) / 10.0);
}

struct StatusOptions {
  std::string region;
  std::string peildatum;
  std::string release;
  bool unsuppressed = false;
};

Status goal_status(Context& ctx, const StatusOptions& o) {
  if (!o.peildatum.empty() && !o.unsuppressed)
    return fail(ErrorCode::kInvalidArgument,
                "--peildatum geldt alleen met --unsuppressed: beveiligde doelstatus komt uit een release (--release)");
  auto peildatum = parse_peildatum(o.peildatum);
  if (!peildatum) return std::unexpected(peildatum.error());
  auto release = parse_date_option(o.release, "--release");
  if (!release) return std::unexpected(release.error());
  auto services = ctx.open_services();
  if (!services) return std::unexpected(services.error());
  auto evaluated =
      (*services)->goals.status(ctx.actor, o.region.empty() ? std::nullopt : std::optional<std::string>(o.region),
                                {o.unsuppressed, *peildatum, *release, {}});
  if (!evaluated) return std::unexpected(evaluated.error());
  if (evaluated->records.empty())
    return write_output(ctx, {}, "Er zijn nog geen doelen. Voeg er een toe met 'goals add'.\n");
  const auto* records = &evaluated->records;
  const auto* evaluations = &evaluated->evaluations;
  const service::OutcomeTable* data = &*evaluated->data;
  std::vector<std::vector<std::string>> rows;
  for (std::size_t i = 0; i < evaluations->size(); ++i) {
    const auto& e = (*evaluations)[i];
    std::string trend;
    for (const auto& p : e.trend)
      trend += fmt::format("{}{}: {}", trend.empty() ? "" : ", ", p.year, figure_text(p.value));
    std::string status(outcomes::goal_status_text(e.status));
    if (!e.reason.empty()) status += " (" + e.reason + ")";
    rows.push_back({std::to_string((*records)[i].id), e.goal.region, ctx.registry().region_name(e.goal.region),
                    e.goal.indicator, e.goal.intervention, std::to_string(e.goal.year),
                    fmt::format("{} {}", e.lower_is_better ? "≤" : "≥", format_number_nl(e.goal.target)),
                    figure_text(e.current), trend, status});
  }
  std::string text = std::string(data->fictional ? kFictionalNotice : "") +
                     fmt::format("Doelen op peildatum {}{}\n", format_iso(data->peildatum),
                                 o.unsuppressed ? " (NIET BEVEILIGD: exacte cijfers)"
                                                : fmt::format(" (release; '.' = onderdrukt, aantallen afgerond op {})",
                                                              data->table.rounding()));
  text += text_table({"id", "regio", "naam", "indicator", "interventie", "startjaar", "doel", "nu", "trend", "status"},
                     rows);
  return write_output(ctx, {}, text);
}

Status delete_goal(Context& ctx, std::int64_t id) {
  auto services = ctx.open_services();
  if (!services) return std::unexpected(services.error());
  if (auto st = (*services)->goals.remove(ctx.actor, id); !st) return st;
  return write_output(ctx, {}, fmt::format("Doel {} verwijderd.\n", id));
}

}  // namespace

void add_goals_commands(CLI::App& app, Action& action) {
  auto* cmd = app.add_subcommand("goals", "Kwantitatieve doelen op uitkomstindicatoren");
  cmd->require_subcommand(1);

  auto* add = cmd->add_subcommand("add", "Een doel toevoegen (telt mee als gemeten kwantitatief doel, ladderniveau 5)");
  auto a = std::make_shared<AddOptions>();
  add->add_option("--region", a->region, "Arbeidsmarktregio (AM-code)")->required();
  add->add_option("--indicator", a->indicator,
                  "starters, werk_12m_teller, werk_12m_pct, duurzaam_pct, werkend_12m_pct, uitstroom_pct, "
                  "dagen_tot_werk_mediaan (lager is beter), uren_gem, of een andere telling uit 'outcomes indicators'")
      ->required();
  add->add_option("--target", a->target,
                  "Streefwaarde, decimale komma of punt (percentages 0–100: 40 of 40,5 voor 40,5 %; tellingen een "
                  "geheel getal; dagen_tot_werk_mediaan 0–365; uren_gem 0–80)")
      ->required();
  add->add_option("--year", a->year, "Startjaar van de trajecten waarover het doel gaat (1990–2100)")->required();
  add->add_option("--intervention", a->intervention,
                  "ips, jobcoaching, reintegratie, participatie, overig of * voor alle (standaard *)");
  add->add_option("--description", a->description, "Omschrijving");
  add->callback([&action, a] { action = [a](Context& ctx) { return add_goal(ctx, *a); }; });

  auto* status = cmd->add_subcommand("status", "Doelen met huidige waarde, trend en of ze behaald zijn");
  auto s = std::make_shared<StatusOptions>();
  status->add_option("--region", s->region, "Alleen deze regio");
  status->add_option("--release", s->release, "Peildatum van de release (standaard: de laatste release)");
  status->add_flag("--unsuppressed", s->unsuppressed, "Zonder onderdrukking (alleen onderzoeker en beheerder)");
  status->add_option("--peildatum", s->peildatum,
                     "Alleen met --unsuppressed: peildatum (standaard: de laatste extractiedatum van de leveringen)");
  status->callback([&action, s] { action = [s](Context& ctx) { return goal_status(ctx, *s); }; });

  auto* del = cmd->add_subcommand("delete", "Een doel verwijderen");
  auto id = std::make_shared<std::int64_t>(0);
  del->add_option("id", *id, "Id van het doel (zie 'goals status')")->required();
  del->callback([&action, id] { action = [id](Context& ctx) { return delete_goal(ctx, *id); }; });
}

}  // namespace regio::cli
