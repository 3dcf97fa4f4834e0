// One region's response in the web questionnaire: read, save a draft, submit, reopen. Every
// save names the version it started from (optimistic concurrency): the store refuses a stale
// one with kFailedPrecondition "version-conflict", so two people saving the same draft never
// overwrite each other silently.
#include <fmt/format.h>

#include "base/date_time.h"
#include "forms/validate.h"
#include "service/audit.h"
#include "service/policy.h"
#include "service/responses.h"

namespace regio::service {
namespace {

Status known_region(const regions::Registry& registry, const std::string& region) {
  if (registry.is_known_region(region)) return {};
  return fail(ErrorCode::kInvalidArgument, "unknown-region",
              fmt::format("'{}' is geen arbeidsmarktregio (AM-code)", region));
}

std::unexpected<Error> locked(const std::string& wave, const std::string& region) {
  return fail(ErrorCode::kFailedPrecondition, "response-submitted",
              fmt::format("Het antwoord van regio {} voor meetmoment {} is ingediend en kan niet meer worden "
                          "gewijzigd; een onderzoeker kan het heropenen.",
                          region, wave));
}

// The answers checked as a response of `status`, normalised. A draft may be incomplete (required
// questions are checked on submit only), but what it holds must be valid answers: the store
// keeps answers in their canonical form only.
forms::Response as_response(const forms::Response& answers, const std::string& wave, const std::string& region,
                            forms::ResponseStatus status) {
  forms::Response raw = answers;
  raw.wave = wave;
  raw.region = region;
  raw.status = status;
  return raw;
}

forms::ResponseSource source_of(const Actor& actor, const Clock& clock) {
  forms::ResponseSource source;  // metadata: username is who saves, start/end the moment of saving
  source.username = actor.name;
  source.now = odk_now(clock);
  return source;
}

Result<forms::Response> validated(const forms::Definition& definition, const forms::Response& answers,
                                  const std::string& wave, const std::string& region, forms::ResponseStatus status,
                                  const Clock& clock, const Actor& actor) {
  auto clean = forms::validate_response(definition, as_response(answers, wave, region, status), clock.today(),
                                        source_of(actor, clock));
  if (!clean) {
    Error e = clean.error();
    e.reason = status == forms::ResponseStatus::kIngediend ? "response-incomplete" : "response-invalid";
    return std::unexpected(std::move(e));
  }
  clean->wave = wave;
  clean->region = region;
  clean->status = status;
  return clean;
}

}  // namespace

Result<store::StoredResponse> Responses::response(const Actor& actor, const std::string& wave,
                                                  const std::string& region) {
  if (auto st = authorize(actor, Action::kReadRegion, region); !st) return std::unexpected(st.error());
  if (auto st = known_region(deps_.registry, region); !st) return std::unexpected(st.error());
  if (auto wd = load_wave_definition(deps_.store, wave); !wd) return std::unexpected(wd.error());
  return deps_.store.response(wave, region);
}

Result<std::vector<store::StoredResponse>> Responses::of_wave(const Actor& actor, const std::string& wave) {
  if (auto st = authorize(actor, Action::kReadAllRegions); !st) return std::unexpected(st.error());
  auto all = deps_.store.responses(wave);
  if (!all) return std::unexpected(all.error());
  std::vector<store::StoredResponse> out;
  for (const auto& r : *all) {
    auto one = deps_.store.response(wave, r.region);
    if (!one) return std::unexpected(one.error());
    out.push_back(std::move(*one));
  }
  return out;
}

Result<WaveDefinition> Responses::definition(const Actor& actor, const std::string& wave) {
  if (auto st = authorize(actor, Action::kReadPublished); !st) return std::unexpected(st.error());
  return load_wave_definition(deps_.store, wave);
}

Result<forms::Response> Responses::check(const Actor& actor, const std::string& wave, const std::string& region,
                                         const forms::Response& answers, forms::ResponseStatus status) {
  if (auto st = authorize(actor, Action::kEditResponse, region); !st) return std::unexpected(st.error());
  if (auto st = known_region(deps_.registry, region); !st) return std::unexpected(st.error());
  auto wd = load_wave_definition(deps_.store, wave);
  if (!wd) return std::unexpected(wd.error());
  return validated(wd->definition, answers, wave, region, status, deps_.clock, actor);
}

Result<forms::FormState> Responses::evaluate(const Actor& actor, const std::string& wave, const std::string& region,
                                             const forms::Response& answers, forms::ResponseStatus status) {
  if (auto st = authorize(actor, Action::kReadRegion, region); !st) return std::unexpected(st.error());
  if (auto st = known_region(deps_.registry, region); !st) return std::unexpected(st.error());
  auto wd = load_wave_definition(deps_.store, wave);
  if (!wd) return std::unexpected(wd.error());
  return forms::evaluate_form(wd->definition, as_response(answers, wave, region, status), deps_.clock.today(),
                              source_of(actor, deps_.clock));
}

Result<store::StoredResponse> Responses::save(const Actor& actor, const std::string& wave, const std::string& region,
                                              const forms::Response& answers, std::int64_t expected_version,
                                              forms::ResponseStatus status) {
  if (auto st = authorize(actor, Action::kEditResponse, region); !st) return std::unexpected(st.error());
  if (auto st = known_region(deps_.registry, region); !st) return std::unexpected(st.error());
  auto wd = load_wave_definition(deps_.store, wave);
  if (!wd) return std::unexpected(wd.error());
  auto stored = deps_.store.response(wave, region);
  if (!stored) return std::unexpected(stored.error());
  if (stored->version != expected_version) return std::unexpected(store::version_conflict(stored->version));
  if (stored->response.status == forms::ResponseStatus::kIngediend) return locked(wave, region);
  auto clean = validated(wd->definition, answers, wave, region, status, deps_.clock, actor);
  if (!clean) {
    Error e = clean.error();
    e.message += "\nNiets opgeslagen.";
    return std::unexpected(std::move(e));
  }
  const bool submit = status == forms::ResponseStatus::kIngediend;
  const auto audit =
      audit_entry(actor, submit ? "antwoord ingediend" : "concept opgeslagen",
                  fmt::format("meetmoment {}, regio {} (versie {})", wave, region, expected_version + 1));
  return deps_.store.save_response(*clean, expected_version, audit);
}

Result<store::StoredResponse> Responses::save_draft(const Actor& actor, const std::string& wave,
                                                    const std::string& region, const forms::Response& answers,
                                                    std::int64_t expected_version) {
  return save(actor, wave, region, answers, expected_version, forms::ResponseStatus::kConcept);
}

Result<store::StoredResponse> Responses::submit(const Actor& actor, const std::string& wave, const std::string& region,
                                                const forms::Response& answers, std::int64_t expected_version) {
  return save(actor, wave, region, answers, expected_version, forms::ResponseStatus::kIngediend);
}

Result<store::StoredResponse> Responses::reopen(const Actor& actor, const std::string& wave, const std::string& region,
                                                std::int64_t expected_version) {
  if (auto st = authorize(actor, Action::kReopenResponse, region); !st) return std::unexpected(st.error());
  if (auto st = known_region(deps_.registry, region); !st) return std::unexpected(st.error());
  if (auto wd = load_wave_definition(deps_.store, wave); !wd) return std::unexpected(wd.error());
  auto stored = deps_.store.response(wave, region);
  if (!stored) return std::unexpected(stored.error());
  if (stored->version != expected_version) return std::unexpected(store::version_conflict(stored->version));
  if (stored->response.status != forms::ResponseStatus::kIngediend)
    return fail(ErrorCode::kFailedPrecondition, "response-not-submitted",
                fmt::format("Het antwoord van regio {} voor meetmoment {} is niet ingediend; heropenen is niet nodig.",
                            region, wave));
  forms::Response reopened = stored->response;
  reopened.status = forms::ResponseStatus::kConcept;
  const auto audit =
      audit_entry(actor, "antwoord heropend",
                  fmt::format("meetmoment {}, regio {} (versie {})", wave, region, expected_version + 1));
  return deps_.store.save_response(reopened, expected_version, audit);
}

}  // namespace regio::service
