// `regiomonitor pseudonymize`: run at the source, turns BSNs into pseudonyms before delivery.
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/output.h"
#include "outcomes/pseudonymize.h"

namespace regio::cli {
namespace {

struct PseudonymizeOptions {
  std::string key_file;
  std::string column;
  std::string in;
  std::string out;
};

Status pseudonymize(Context& ctx, const PseudonymizeOptions& o) {
  outcomes::PseudonymizeReport report;
  if (auto st = outcomes::pseudonymize_file(o.key_file, o.column, o.in, o.out, &report); !st) return st;
  if (!report.failed_elfproef_lines.empty()) {
    std::string lines;
    for (std::size_t i = 0; i < report.failed_elfproef_lines.size() && i < 50; ++i)
      lines += fmt::format("{}{}", i ? ", " : "", report.failed_elfproef_lines[i]);
    if (report.failed_elfproef_lines.size() > 50)
      lines += fmt::format(" … (nog {})", report.failed_elfproef_lines.size() - 50);
    ctx.err() << fmt::format(
        "Waarschuwing: {} waarde(n) in kolom {} voldoen niet aan de elfproef (geen geldig BSN), regel {}. "
        "Ze zijn wel gepseudonimiseerd; controleer de bron.\n",
        report.failed_elfproef_lines.size(), o.column, lines);
  }
  return write_output(ctx, {},
                      fmt::format("{} waarden in kolom {} gepseudonimiseerd ({} leeg gelaten); geschreven naar {}.\n",
                                  report.values, o.column, report.empty, o.out));
}

}  // namespace

void add_pseudonymize_command(CLI::App& app, Action& action) {
  auto* cmd = add_command(
      app, "pseudonymize", "BSN's vervangen door pseudoniemen, bij de bron vóór levering",
      "Vervang BSN's in één kolom van een CSV- of XLSX-bestand door pseudoniemen: HMAC-SHA256 met de sleutel van de "
      "vertrouwde derde partij, de eerste 16 bytes als 32 kleine hexadecimale tekens. Organisaties met dezelfde "
      "sleutel krijgen voor dezelfde persoon hetzelfde pseudoniem. Draai dit bij de bron, vóór levering.");
  auto o = std::make_shared<PseudonymizeOptions>();
  cmd->add_option("--key-file", o->key_file, "Bestand met de sleutel (minstens 32 bytes)")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option("--column", o->column, "Naam van de kolom met BSN's")->required();
  cmd->add_option("in", o->in, "Invoerbestand (CSV of XLSX)")->required()->check(CLI::ExistingFile);
  cmd->add_option("uit", o->out, "Uitvoerbestand (zelfde soort als de invoer)")->required();
  cmd->callback([&action, o] { action = [o](Context& ctx) { return pseudonymize(ctx, *o); }; });
}

}  // namespace regio::cli
