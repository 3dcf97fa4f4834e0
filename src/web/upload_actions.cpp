#include "web/upload_actions.h"

#include <fmt/format.h>

#include "forms/definition_io.h"
#include "tabular/read_any.h"
#include "web/upload.h"

namespace regio::web {
namespace {

std::string get(const Fields& fields, const char* key) {
  auto it = fields.find(key);
  return it == fields.end() ? std::string{} : it->second;
}

// An optional date field: nullopt when empty, kInvalidArgument naming the field when not a date.
Result<std::optional<Date>> optional_date(const Fields& fields, const char* key, const char* label) {
  const std::string text = get(fields, key);
  if (text.empty()) return std::optional<Date>{};
  auto d = parse_date(text);
  if (!d)
    return fail(ErrorCode::kInvalidArgument, "invalid-date",
                fmt::format("{} '{}' is geen datum (JJJJ-MM-DD).", label, text));
  return std::optional<Date>{*d};
}

std::unexpected<Error> no_files(const char* what) {
  return fail(ErrorCode::kInvalidArgument, "no-file", fmt::format("Kies {}.", what));
}

}  // namespace

Fields request_fields(const Request& r) { return raw_upload(r) ? Fields(r.query.begin(), r.query.end()) : r.form; }

Result<service::DeliveryImported> import_delivery(AppContext& app, const Request& r, const Fields& fields) {
  service::DeliveryImport request;
  request.delivery = get(fields, "levering");
  auto extraction = optional_date(fields, "extractiedatum", "De extractiedatum");
  if (!extraction) return std::unexpected(extraction.error());
  request.extraction_date = *extraction;
  auto files = receive_files(r, "bestanden");
  if (!files) return std::unexpected(files.error());
  if (files->paths.empty()) return no_files("trajecten.csv, werk.csv en/of uitkeringen.csv, of één .xlsx");
  request.paths = files->paths;
  return app.services.deliveries.import(r.actor, request);
}

Result<service::ResponsesImported> import_responses(AppContext& app, const Request& r, const std::string& wave) {
  auto files = receive_files(r, "bestanden");
  if (!files) return std::unexpected(files.error());
  if (files->paths.empty()) return no_files("een of meer bestanden met antwoorden (.csv of .xlsx)");
  tabular::Workbook book;
  for (const auto& path : files->paths) {
    auto part = tabular::read_table_file(path);
    if (!part) return std::unexpected(part.error());
    for (auto& sheet : part->sheets) book.sheets.push_back(std::move(sheet));
  }
  return app.services.responses.import(r.actor, wave, book);
}

Result<outcomes::Release> publish_release(AppContext& app, const Request& r, const Fields& fields) {
  auto peildatum = optional_date(fields, "peildatum", "De peildatum");
  if (!peildatum) return std::unexpected(peildatum.error());
  service::PublishRequest request;
  request.peildatum = *peildatum;
  request.note = get(fields, "toelichting");
  request.published_at = iso_time(app.clock.now());
  return app.services.outcomes.publish(r.actor, request);
}

Result<service::AddedWave> add_wave(AppContext& app, const Request& r, const Fields& fields) {
  service::WaveRequest request;
  request.code = get(fields, "code");
  request.name = get(fields, "naam");
  auto date = optional_date(fields, "datum", "De datum");
  if (!date) return std::unexpected(date.error());
  if (!*date) return fail(ErrorCode::kInvalidArgument, "invalid-date", "Geef de datum van het meetmoment (JJJJ-MM-DD).");
  request.date = **date;
  if (!r.files.empty() || raw_upload(r)) {
    auto files = receive_files(r, "vragenlijst");
    if (!files) return std::unexpected(files.error());
    if (files->paths.size() > 1)
      return fail(ErrorCode::kInvalidArgument, "invalid-upload", "Kies één vragenlijst (.xlsx).");
    if (!files->paths.empty()) {
      auto book = forms::read_definition_file(files->paths.front());
      if (!book) return std::unexpected(book.error());
      request.questionnaire = std::move(*book);
    }
  }
  return app.services.waves.add(r.actor, request);
}

ReleaseSummary summarize(const outcomes::Release& release) {
  ReleaseSummary s;
  s.rows = release.rows.size();
  for (const auto& flags : release.suppressed)
    for (bool f : flags) s.suppressed += f ? 1 : 0;
  s.audit_added = release.audit.added;
  for (bool hidden : release.means_hidden) s.means_hidden += hidden ? 1 : 0;
  return s;
}

}  // namespace regio::web
