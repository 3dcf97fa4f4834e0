// `regiomonitor responses`: import and export of questionnaire responses (one row per region).
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/output.h"
#include "forms/layout.h"
#include "service/questionnaire_source.h"
#include "tabular/csv.h"
#include "tabular/read_any.h"
#include "tabular/xlsx.h"

namespace regio::cli {
namespace {

struct ImportOptions {
  std::string wave;
  std::vector<std::string> files;
};

Status import_responses(Context& ctx, const ImportOptions& o) {
  auto services = ctx.open_services();
  if (!services) return std::unexpected(services.error());
  // The wave is checked before the files are read, so a wrong --wave is named first.
  if (auto wd = service::load_wave_definition(*services->store, o.wave); !wd) return std::unexpected(wd.error());
  tabular::Workbook book;
  for (const auto& f : o.files) {
    auto part = tabular::read_table_file(f);
    if (!part) return std::unexpected(part.error());
    for (auto& s : part->sheets) book.sheets.push_back(std::move(s));
  }
  auto imported = (*services)->responses.import(ctx.actor, o.wave, book);
  if (!imported) return std::unexpected(imported.error());
  return write_output(
      ctx, {},
      fmt::format("{} antwoorden opgeslagen voor meetmoment {} ({} ingediend, {} concept).\n{}", imported->count,
                  o.wave, imported->submitted, imported->count - imported->submitted, imported->note));
}

struct ExportOptions {
  std::string wave;
  std::string format = "csv";
  std::string output;
};

// Dutch Excel reads decimals with a comma: rewrite the decimal columns for csv-nl.
void to_decimal_comma(const forms::Definition& def, tabular::Sheet& sheet) {
  for (std::size_t c = 0; c < sheet.header.size(); ++c) {
    const forms::Question* q = def.question(sheet.header[c]);
    if (q == nullptr || q->type != forms::QuestionType::kDecimal) continue;
    for (auto& row : sheet.rows)
      for (char& ch : row.cells[c])
        if (ch == '.') ch = ',';
  }
}

Status export_responses(Context& ctx, const ExportOptions& o) {
  auto services = ctx.open_services();
  if (!services) return std::unexpected(services.error());
  auto exported = (*services)->responses.export_wave(ctx.actor, o.wave);
  if (!exported) return std::unexpected(exported.error());
  tabular::Workbook& book = exported->book;
  const service::WaveDefinition* wd = &exported->wave;

  if (o.format == "xlsx") {
    if (o.output.empty()) return fail(ErrorCode::kInvalidArgument, "xlsx schrijven vraagt --output BESTAND.xlsx");
    auto st = write_output_file(
        ctx, o.output, [&](const std::filesystem::path& temporary) { return tabular::write_xlsx(temporary, book); });
    if (!st) return st;
    ctx.err() << fmt::format("{} antwoorden geschreven naar {}\n", exported->count, o.output);
    return {};
  }
  const auto dialect = o.format == "csv-nl" ? tabular::CsvDialect::dutch_excel() : tabular::CsvDialect::plain();
  if (o.format == "csv-nl")
    for (auto& s : book.sheets) to_decimal_comma(wd->definition, s);
  // The main sheet goes to --output (or stdout); each repeat to "<stem>_<repeat>.csv" beside it.
  std::vector<std::filesystem::path> paths(book.sheets.size());
  for (std::size_t i = 0; i < book.sheets.size(); ++i) {
    if (o.output.empty()) continue;
    const std::filesystem::path main(o.output);
    paths[i] = i == 0 ? main : main.parent_path() / fmt::format("{}_{}.csv", main.stem().string(), book.sheets[i].name);
  }
  // Every target is checked before the first is written, so a refusal leaves no partial set.
  for (const auto& path : paths)
    if (!path.empty())
      if (auto st = check_output_target(ctx, path); !st) return st;
  for (std::size_t i = 0; i < book.sheets.size(); ++i) {
    const auto& sheet = book.sheets[i];
    if (i > 0 && paths[i].empty()) {
      if (!sheet.rows.empty())
        ctx.err() << fmt::format(
            "Let op: herhaalgroep '{}' niet geschreven; gebruik --output om ook {}.csv te krijgen\n", sheet.name,
            sheet.name);
      continue;
    }
    if (auto st = write_output(ctx, paths[i], tabular::write_csv(sheet, dialect)); !st) return st;
    if (!paths[i].empty()) ctx.err() << fmt::format("Geschreven: {}\n", paths[i].string());
  }
  return {};
}

struct ReopenOptions {
  std::string wave;
  std::string region;
};

// A submitted response becomes a draft again, so the region can change it (onderzoeker,
// beheerder). The version read here is checked again when saving: a change meanwhile is refused.
Status reopen_response(Context& ctx, const ReopenOptions& o) {
  auto services = ctx.open_services();
  if (!services) return std::unexpected(services.error());
  auto current = (*services)->responses.response(ctx.actor, o.wave, o.region);
  if (!current) return std::unexpected(current.error());
  if (current->version == 0)
    return fail(ErrorCode::kNotFound, "response-not-found",
                fmt::format("regio {} heeft voor meetmoment {} nog geen antwoord", o.region, o.wave));
  auto reopened = (*services)->responses.reopen(ctx.actor, o.wave, o.region, current->version);
  if (!reopened) return std::unexpected(reopened.error());
  return write_output(ctx, {},
                      fmt::format("Antwoord van regio {} voor meetmoment {} heropend: weer concept (versie {}).\n",
                                  o.region, o.wave, reopened->version));
}

}  // namespace

void add_responses_commands(CLI::App& app, Action& action) {
  auto* cmd = app.add_subcommand("responses", "Antwoorden op de vragenlijst importeren en exporteren");
  cmd->require_subcommand(1);

  auto* imp = add_command(
      *cmd, "import", "Antwoorden importeren uit CSV of XLSX (alles of niets)",
      "Antwoorden importeren uit CSV of XLSX: één rij per regio (kolom regio met AM-code, optioneel kolom status "
      "= concept/ingediend), één kolom per vraag, meerkeuze als waarden gescheiden door spaties; herhaalgroepen "
      "(zoals doelen) in een tweede blad of bestand (naam eindigt op _doelen.csv) met kolom regio. Zonder blad of "
      "bestand voor een herhaalgroep blijven de opgeslagen rijen ervan behouden (een bestand met alleen de kopregel "
      "wist ze). Alles wordt gecontroleerd; bij één fout wordt niets opgeslagen.");
  auto i = std::make_shared<ImportOptions>();
  imp->add_option("--wave", i->wave, "Code van het meetmoment")->required();
  imp->add_option("bestanden", i->files, "CSV- of XLSX-bestand(en)")->required()->check(CLI::ExistingFile);
  imp->callback([&action, i] { action = [i](Context& ctx) { return import_responses(ctx, *i); }; });

  auto* exp = cmd->add_subcommand("export", "Antwoorden exporteren in dezelfde indeling als de import");
  auto e = std::make_shared<ExportOptions>();
  exp->add_option("--wave", e->wave, "Code van het meetmoment")->required();
  exp->add_option("--format", e->format,
                  "csv (',' en '.'), csv-nl (zoals Nederlandse Excel: ';', decimale komma, BOM) of xlsx")
      ->check(CLI::IsMember({"csv", "csv-nl", "xlsx"}));
  exp->add_option("--output", e->output,
                  "Bestand; herhaalgroepen komen als <naam>_<groep>.csv ernaast (standaard: standaarduitvoer)");
  exp->callback([&action, e] { action = [e](Context& ctx) { return export_responses(ctx, *e); }; });

  auto* reo = add_command(*cmd, "reopen", "Een ingediend antwoord heropenen (weer concept)",
                          "Een ingediend antwoord van één regio weer concept maken, zodat de regio het kan aanpassen "
                          "en opnieuw indienen. Alleen voor onderzoekers en beheerders. Elke opslag verhoogt de versie "
                          "van het antwoord; wie intussen een oudere versie opslaat, krijgt een melding in plaats van "
                          "dat wijzigingen verloren gaan.");
  auto ro = std::make_shared<ReopenOptions>();
  reo->add_option("--wave", ro->wave, "Code van het meetmoment")->required();
  reo->add_option("--region", ro->region, "Arbeidsmarktregio (AM-code)")->required();
  reo->callback([&action, ro] { action = [ro](Context& ctx) { return reopen_response(ctx, *ro); }; });
}

}  // namespace regio::cli
