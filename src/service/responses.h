// Use cases on questionnaire responses: the bulk import and export of a wave (CSV/XLSX layout,
// forms/layout.h) and, for the web questionnaire, one region's response with its version:
// save a draft, submit, reopen (see response_edit.cpp).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/actor.h"
#include "base/error.h"
#include "forms/response.h"
#include "forms/validate.h"
#include "service/deps.h"
#include "service/questionnaire_source.h"
#include "store/response_checks.h"
#include "tabular/table.h"

namespace regio::service {

struct ResponsesImported {
  std::size_t count = 0;
  std::size_t submitted = 0;
  std::string note;  // Dutch lines about stored repeat rows that were kept ("" when none)
};

struct ResponsesExport {
  WaveDefinition wave;
  std::size_t count = 0;
  tabular::Workbook book;  // main sheet first, then one sheet per repeat group
};

class Responses {
 public:
  explicit Responses(Deps deps) : deps_(deps) {}

  // Validates every row of `book` (sheets of one or more files) against the wave's
  // questionnaire and stores them all or nothing, replacing earlier responses of the same
  // regions (each stored response's version goes up by one). kInvalidData with every problem.
  Result<ResponsesImported> import(const Actor& actor, const std::string& wave, const tabular::Workbook& book);
  // Every response of the wave in the import layout.
  Result<ResponsesExport> export_wave(const Actor& actor, const std::string& wave);

  // The wave and its questionnaire, to build the form (the questionnaire is public).
  Result<WaveDefinition> definition(const Actor& actor, const std::string& wave);
  // Validates `answers` as save_draft (kConcept) or submit (kIngediend) would, without storing:
  // the normalised response (calculations filled in), or kInvalidData with every problem. For
  // the web form's re-evaluation while the user types; the same evaluator as every save.
  Result<forms::Response> check(const Actor& actor, const std::string& wave, const std::string& region,
                                const forms::Response& answers, forms::ResponseStatus status);

  // What the web form shows for `answers` as typed (forms::evaluate_form): hidden questions and
  // the messages per field, judged as save_draft (kConcept) or submit (kIngediend) would judge
  // them, by the same evaluator. Stores nothing; for anyone who may read the region.
  Result<forms::FormState> evaluate(const Actor& actor, const std::string& wave, const std::string& region,
                                    const forms::Response& answers, forms::ResponseStatus status);

  // One region's response and its version (0 and an empty draft when nothing is stored yet).
  Result<store::StoredResponse> response(const Actor& actor, const std::string& wave, const std::string& region);
  // Every stored response of the wave with its version (for the overview of all regions).
  Result<std::vector<store::StoredResponse>> of_wave(const Actor& actor, const std::string& wave);
  // Saves a draft (answers checked for form, not for completeness). `expected_version` is the
  // version the editor started from (0 for a new response). kFailedPrecondition with reason
  // "version-conflict" when someone saved meanwhile, "response-submitted" when it is locked.
  Result<store::StoredResponse> save_draft(const Actor& actor, const std::string& wave, const std::string& region,
                                           const forms::Response& answers, std::int64_t expected_version);
  // Validates everything (kInvalidData with every problem) and stores the response submitted
  // (locked). Same version rule as save_draft.
  Result<store::StoredResponse> submit(const Actor& actor, const std::string& wave, const std::string& region,
                                       const forms::Response& answers, std::int64_t expected_version);
  // Makes a submitted response a draft again (onderzoeker, beheerder).
  Result<store::StoredResponse> reopen(const Actor& actor, const std::string& wave, const std::string& region,
                                       std::int64_t expected_version);

 private:
  Result<store::StoredResponse> save(const Actor& actor, const std::string& wave, const std::string& region,
                                     const forms::Response& answers, std::int64_t expected_version,
                                     forms::ResponseStatus status);
  Deps deps_;
};

}  // namespace regio::service
