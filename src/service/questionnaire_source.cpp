#include "service/questionnaire_source.h"

#include <fmt/format.h>

#include "tabular/workbook_json.h"

namespace regio::service {

Result<WaveDefinition> load_wave_definition(store::Store& store, const std::string& wave_code) {
  auto wave = store.wave(wave_code);
  if (!wave) {
    if (wave.error().code != ErrorCode::kNotFound) return std::unexpected(wave.error());
    auto all = store.waves();
    std::string known;
    if (all)
      for (const auto& w : *all) known += (known.empty() ? "" : ", ") + w.code;
    return fail(ErrorCode::kNotFound, "wave-not-found",
                fmt::format("meetmoment '{}' bestaat niet{}", wave_code,
                            known.empty() ? " (er zijn nog geen meetmomenten: maak er een met 'waves add')"
                                          : fmt::format(" (bekend: {})", known)));
  }
  auto record = store.questionnaire(wave->questionnaire);
  if (!record) return std::unexpected(record.error());
  auto book = tabular::workbook_from_json(record->workbook_json);
  if (!book) return std::unexpected(book.error());
  auto def = forms::load_definition(*book);
  if (!def) return std::unexpected(def.error());
  return WaveDefinition{std::move(*wave), std::move(*def)};
}

}  // namespace regio::service
