// `regiomonitor regions`: the versioned classification of labour-market regions.
#include <nlohmann/json.hpp>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/output.h"
#include "tabular/csv.h"

namespace regio::cli {
namespace {

struct RegionsOptions {
  int year = 0;
  std::string format = "table";
  bool municipalities = false;
};

Status list_regions(Context& ctx, const RegionsOptions& o) {
  const auto& reg = ctx.registry();
  const auto& c = o.year == 0 ? reg.latest() : reg.for_year(o.year);
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  if (o.municipalities) {
    header = {"gemeente", "naam", "regio", "jaar"};
    for (const auto& m : c.municipalities()) rows.push_back({m.code, m.name, m.region, std::to_string(c.year())});
  } else {
    header = {"regio", "naam", "gemeenten", "jaar"};
    for (const auto& r : c.regions())
      rows.push_back({r.code, r.name, std::to_string(c.municipalities_of(r.code).size()), std::to_string(c.year())});
  }
  std::string text;
  if (o.format == "json") {
    nlohmann::json arr = nlohmann::json::array();
    for (const auto& r : rows) {
      nlohmann::json obj;
      for (std::size_t i = 0; i < header.size(); ++i) obj[header[i]] = r[i];
      arr.push_back(std::move(obj));
    }
    text =
        nlohmann::json{
            {"indeling", c.year()}, {"bron", regions::kAttribution}, {o.municipalities ? "gemeenten" : "regios", arr}}
            .dump(2) +
        "\n";
  } else if (o.format == "csv") {
    tabular::Sheet sheet;
    sheet.header = header;
    for (auto& r : rows) sheet.rows.push_back(tabular::Row{0, std::move(r)});
    text = tabular::write_csv(sheet, tabular::CsvDialect::plain());
  } else {
    if (o.year != 0 && o.year != c.year())
      text += fmt::format("Indeling {} (de laatste vastgestelde indeling op of vóór {}).\n", c.year(), o.year);
    text += text_table(header, rows);
    text += fmt::format("\n{}\n", regions::kAttribution);
  }
  return write_output(ctx, {}, text);
}

struct LookupOptions {
  std::string municipality;
  std::string date;
};

Status lookup(Context& ctx, const LookupOptions& o) {
  auto d = parse_date(o.date);
  if (!d)
    return fail(ErrorCode::kInvalidArgument,
                fmt::format("--date '{}' is geen datum (JJJJ-MM-DD of DD-MM-JJJJ)", o.date));
  const auto& c = ctx.registry().for_year(year_of(*d));
  const auto* m = c.municipality(o.municipality);
  if (m == nullptr)
    return fail(ErrorCode::kNotFound,
                fmt::format("gemeente {} bestaat niet in de indeling {}", o.municipality, c.year()));
  auto region = ctx.registry().region_of(o.municipality, *d);
  if (!region)
    return fail(ErrorCode::kNotFound,
                fmt::format("gemeente {} ({}) is in de indeling {} niet ingedeeld in een arbeidsmarktregio ({})",
                            m->code, m->name, c.year(), m->region));
  return write_output(
      ctx, {},
      fmt::format("{}\t{}\t(gemeente {} {}, indeling {})\n", *region,
                  ctx.registry().for_year(year_of(*d)).region(*region)->name, m->code, m->name, c.year()));
}

}  // namespace

void add_regions_commands(CLI::App& app, Action& action) {
  auto* cmd = app.add_subcommand("regions", "Arbeidsmarktregio's en gemeenten per jaar (CBS-indeling)");
  auto o = std::make_shared<RegionsOptions>();
  cmd->add_option("--year", o->year,
                  "Jaar; de indeling van de laatste vastgestelde indeling op of vóór dat jaar (standaard: nieuwste)");
  cmd->add_option("--format", o->format, "Uitvoer: table, csv of json (standaard table)")
      ->check(CLI::IsMember({"table", "csv", "json"}));
  cmd->add_flag("--gemeenten", o->municipalities, "Toon de gemeenten met hun regio in plaats van de regio's");
  cmd->callback([&action, o, cmd] {
    if (cmd->get_subcommands().empty()) action = [o](Context& ctx) { return list_regions(ctx, *o); };
  });

  auto* lk = cmd->add_subcommand("lookup", "Zoek de arbeidsmarktregio van een gemeente op een datum");
  auto l = std::make_shared<LookupOptions>();
  lk->add_option("gemeente", l->municipality, "Gemeentecode, bijv. GM0363")->required();
  lk->add_option("--date", l->date, "Datum (JJJJ-MM-DD of DD-MM-JJJJ)")->required();
  lk->callback([&action, l] { action = [l](Context& ctx) { return lookup(ctx, *l); }; });
}

}  // namespace regio::cli
