// `regiomonitor waves`: measuring moments (meetmomenten) and their questionnaire versions.
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/output.h"
#include "forms/definition.h"
#include "forms/definition_io.h"
#include "tabular/workbook_json.h"

namespace regio::cli {
namespace {

constexpr const char* kDefaultQuestionnaire = "standaard";

struct AddOptions {
  std::string code;
  std::string name;
  std::string date;
  std::string questionnaire;
};

Status add_wave(Context& ctx, const AddOptions& o) {
  if (!forms::is_valid_wave_code(o.code))
    return fail(ErrorCode::kInvalidArgument,
                fmt::format("ongeldige code '{}': 1–40 tekens uit a-z, 0-9 en '-', beginnend met een letter of cijfer",
                            o.code));
  auto date = parse_date(o.date);
  if (!date) return fail(ErrorCode::kInvalidArgument, fmt::format("--date '{}' is geen datum (JJJJ-MM-DD)", o.date));

  store::QuestionnaireRecord q;
  std::string warnings;  // columns and settings the product does not use: said, never silent
  if (o.questionnaire.empty()) {
    q = {kDefaultQuestionnaire, tabular::workbook_to_json(forms::default_workbook())};
  } else {
    auto book = forms::read_definition_file(o.questionnaire);
    if (!book) return std::unexpected(book.error());
    auto def = forms::load_definition(*book);  // refuse a broken definition before storing anything
    if (!def) return std::unexpected(def.error());
    for (const auto& w : def->warnings) warnings += fmt::format("Waarschuwing: {}\n", describe(w));
    q = {o.code, tabular::workbook_to_json(*book)};
  }
  auto store = ctx.open_store();
  if (!store) return std::unexpected(store.error());
  forms::Wave w{o.code, o.name.empty() ? o.code : o.name, *date, q.id};
  if (auto st = (*store)->add_wave_with_questionnaire(w, q); !st) return st;
  return write_output(ctx, {},
                      fmt::format("{}Meetmoment {} ({}, {}) toegevoegd met vragenlijst '{}'.\n", warnings, w.code,
                                  w.name, format_iso(w.date), q.id));
}

Status list_waves(Context& ctx) {
  auto store = ctx.open_store();
  if (!store) return std::unexpected(store.error());
  auto waves = (*store)->waves();
  if (!waves) return std::unexpected(waves.error());
  if (waves->empty()) return write_output(ctx, {}, "Er zijn nog geen meetmomenten. Voeg er een toe met 'waves add'.\n");
  std::vector<std::vector<std::string>> rows;
  for (const auto& w : *waves) {
    auto rs = (*store)->responses(w.code);
    if (!rs) return std::unexpected(rs.error());
    std::size_t submitted = 0;
    for (const auto& r : *rs) submitted += r.status == forms::ResponseStatus::kIngediend;
    rows.push_back(
        {w.code, w.name, format_iso(w.date), w.questionnaire, std::to_string(rs->size()), std::to_string(submitted)});
  }
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
