// `regiomonitor waves`: measuring moments (meetmomenten) and their questionnaire versions.
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/output.h"
#include "forms/definition_io.h"

namespace regio::cli {
namespace {

struct AddOptions {
  std::string code;
  std::string name;
  std::string date;
  std::string questionnaire;
};

Status add_wave(Context& ctx, const AddOptions& o) {
  if (auto st = service::check_wave_code(o.code); !st) return st;
  auto date = parse_date(o.date);
  if (!date) return fail(ErrorCode::kInvalidArgument, fmt::format("--date '{}' is geen datum (JJJJ-MM-DD)", o.date));
  service::WaveRequest request{o.code, o.name, *date, std::nullopt};
  if (!o.questionnaire.empty()) {
    auto book = forms::read_definition_file(o.questionnaire);
    if (!book) return std::unexpected(book.error());
    request.questionnaire = std::move(*book);
  }
  auto services = ctx.open_services();
  if (!services) return std::unexpected(services.error());
  auto w = (*services)->waves.add(ctx.actor, request);
  if (!w) return std::unexpected(w.error());
  std::string warnings;  // columns and settings the product does not use: said, never silent
  for (const auto& p : w->warnings) warnings += fmt::format("Waarschuwing: {}\n", describe(p));
  return write_output(ctx, {},
                      fmt::format("{}Meetmoment {} ({}, {}) toegevoegd met vragenlijst '{}'.\n", warnings, w->wave.code,
                                  w->wave.name, format_iso(w->wave.date), w->wave.questionnaire));
}

Status list_waves(Context& ctx) {
  auto services = ctx.open_services();
  if (!services) return std::unexpected(services.error());
  auto waves = (*services)->waves.list(ctx.actor);
  if (!waves) return std::unexpected(waves.error());
  if (waves->empty()) return write_output(ctx, {}, "Er zijn nog geen meetmomenten. Voeg er een toe met 'waves add'.\n");
  std::vector<std::vector<std::string>> rows;
  for (const auto& s : *waves)
    rows.push_back({s.wave.code, s.wave.name, format_iso(s.wave.date), s.wave.questionnaire,
                    std::to_string(s.responses), std::to_string(s.submitted)});
  return write_output(ctx, {}, text_table({"code", "naam", "datum", "vragenlijst", "antwoorden", "ingediend"}, rows));
}

}  // namespace

void add_waves_commands(CLI::App& app, Action& action) {
  auto* waves = app.add_subcommand("waves", "Meetmomenten beheren");
  waves->require_subcommand(1);

  auto* add = waves->add_subcommand("add", "Een meetmoment toevoegen");
  auto o = std::make_shared<AddOptions>();
  add->add_option("code", o->code, "Code van het meetmoment, bijv. 2021-jaarlijks")->required();
  add->add_option("--name", o->name, "Naam voor weergave")->required();
  add->add_option("--date", o->date, "Peildatum van het meetmoment (JJJJ-MM-DD)")->required();
  add->add_option("--questionnaire", o->questionnaire,
                  "Vragenlijst als XLSForm: .xlsx (bladen survey, choices, settings) of een map met "
                  "survey.csv, choices.csv en settings.csv; standaard de meegeleverde vragenlijst");
  add->callback([&action, o] { action = [o](Context& ctx) { return add_wave(ctx, *o); }; });

  auto* list = waves->add_subcommand("list", "Meetmomenten tonen met het aantal antwoorden");
  list->callback([&action] { action = [](Context& ctx) { return list_waves(ctx); }; });
}

}  // namespace regio::cli
