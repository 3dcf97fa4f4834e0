// The write use cases behind the upload and release pages and their JSON API, in one place so
// the page and the API take the same fields and make the same service call (no second
// validation path: the service layer checks everything, all or nothing).
//
// `fields` are the request's text fields by name: a form's (also a multipart form's), the query
// string's for a raw-body upload, or a JSON object's.
#pragma once

#include <map>
#include <string>

#include "base/error.h"
#include "outcomes/release.h"
#include "service/deliveries.h"
#include "service/responses.h"
#include "service/waves.h"
#include "web/app.h"

namespace regio::web {

using Fields = std::map<std::string, std::string>;

// The text fields of a request: the form's, else (raw-body uploads) the query's.
Fields request_fields(const Request& r);

// Fields: levering (id), extractiedatum (optional date); files: field "bestanden" or the raw body.
Result<service::DeliveryImported> import_delivery(AppContext& app, const Request& r, const Fields& fields);
// Files: field "bestanden" or the raw body, CSV or XLSX in the responses layout.
Result<service::ResponsesImported> import_responses(AppContext& app, const Request& r, const std::string& wave);
// Fields: peildatum (optional date; default the latest extraction date), toelichting.
Result<outcomes::Release> publish_release(AppContext& app, const Request& r, const Fields& fields);
// Fields: code, naam, datum; file: field "vragenlijst" (XLSForm .xlsx) or none (the built-in one).
Result<service::AddedWave> add_wave(AppContext& app, const Request& r, const Fields& fields);

// What a new release did, for the page and the API.
struct ReleaseSummary {
  std::size_t rows = 0;
  std::size_t suppressed = 0;      // counts suppressed (primary and secondary)
  std::size_t audit_added = 0;     // of which added by the audit
  std::size_t means_hidden = 0;    // mean hours hidden against differencing with earlier releases
};
ReleaseSummary summarize(const outcomes::Release& release);

}  // namespace regio::web
