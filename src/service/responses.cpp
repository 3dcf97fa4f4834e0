#include "service/responses.h"

#include <map>

#include <fmt/format.h>

#include "forms/layout.h"
#include "service/audit.h"
#include "service/policy.h"

namespace regio::service {
namespace {

// A main table imported without the sheet or file of a repeat (e.g. a corrected main table
// without its doelen file) keeps the stored rows of that repeat for the regions it imports,
// instead of erasing them. Returns the note that says so ("" when nothing was kept).
Result<std::string> keep_stored_repeats(store::Store& store, const std::string& wave,
                                        const std::vector<std::string>& missing,
                                        std::vector<forms::Response>& imported) {
  if (missing.empty()) return std::string();
  auto stored = store.responses(wave);
  if (!stored) return std::unexpected(stored.error());
  std::map<std::string, const forms::Response*> by_region;
  for (const auto& r : *stored) by_region[r.region] = &r;
  std::string note;
  for (const auto& repeat : missing) {
    std::vector<std::string> regions;
    for (auto& r : imported) {
      const auto it = by_region.find(r.region);
      if (it == by_region.end()) continue;
      const auto rows = it->second->repeats.find(repeat);
      if (rows == it->second->repeats.end() || rows->second.empty()) continue;
      r.repeats[repeat] = rows->second;
      if (auto parents = it->second->repeat_parents.find(repeat); parents != it->second->repeat_parents.end())
        r.repeat_parents[repeat] = parents->second;  // a nested repeat keeps its rows' parents
      regions.push_back(r.region);
    }
    if (regions.empty()) continue;
    std::string list;
    for (const auto& code : regions) list += (list.empty() ? "" : ", ") + code;
    note += fmt::format(
        "Let op: geen blad of bestand '{0}' meegegeven; de opgeslagen {0} van {1} regio('s) zijn behouden ({2}).\n"
        "Geef een bestand *_{0}.csv of een blad {0} mee (alleen de kopregel wist ze) om ze te vervangen.\n",
        repeat, regions.size(), list);
  }
  return note;
}

}  // namespace

Result<ResponsesImported> Responses::import(const Actor& actor, const std::string& wave,
                                            const tabular::Workbook& book) {
  if (auto st = authorize(actor, Action::kImportResponses); !st) return std::unexpected(st.error());
  auto wd = load_wave_definition(deps_.store, wave);
  if (!wd) return std::unexpected(wd.error());
  const auto& classification = deps_.registry.for_year(year_of(wd->wave.date));
  auto responses = forms::read_responses(wd->definition, book, wave, classification, deps_.clock.today());
  if (!responses) {
    Error e = responses.error();
    e.message += fmt::format("\nNiets opgeslagen: de antwoorden van meetmoment {} zijn ongewijzigd.", wave);
    return std::unexpected(std::move(e));
  }
  auto kept = keep_stored_repeats(deps_.store, wave, forms::missing_repeat_sheets(wd->definition, book), *responses);
  if (!kept) return std::unexpected(kept.error());
  ResponsesImported out{responses->size(), 0, std::move(*kept)};
  for (const auto& r : *responses) out.submitted += r.status == forms::ResponseStatus::kIngediend;
  const auto audit =
      audit_entry(actor, "antwoorden ingelezen",
                  fmt::format("meetmoment {}: {} regio('s), waarvan {} ingediend", wave, out.count, out.submitted));
  if (auto st = deps_.store.replace_responses(wave, *responses, audit); !st) return std::unexpected(st.error());
  return out;
}

Result<ResponsesExport> Responses::export_wave(const Actor& actor, const std::string& wave) {
  if (auto st = authorize(actor, Action::kReadAllRegions); !st) return std::unexpected(st.error());
  auto wd = load_wave_definition(deps_.store, wave);
  if (!wd) return std::unexpected(wd.error());
  auto responses = deps_.store.responses(wave);
  if (!responses) return std::unexpected(responses.error());
  tabular::Workbook book = forms::write_responses(wd->definition, *responses);
  return ResponsesExport{std::move(*wd), responses->size(), std::move(book)};
}

}  // namespace regio::service
