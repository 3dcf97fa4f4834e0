// Releases, the installation's disclosure settings, and what is read from releases.
#include <charconv>
#include <ctime>

#include <fmt/format.h>

#include "outcomes/policy.h"
#include "service/audit.h"
#include "service/outcome_data.h"
#include "service/policy.h"

namespace regio::service {
namespace {

constexpr const char* kThresholdKey = "onthulling.drempel";
constexpr const char* kRoundingKey = "onthulling.afronding";

Result<int> int_setting(store::Store& store, const char* key, int fallback) {
  auto value = store.setting(key);
  if (!value) return std::unexpected(value.error());
  if (!*value) return fallback;
  int out = 0;
  const std::string& text = **value;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  if (ec != std::errc{} || end != text.data() + text.size())
    return fail(ErrorCode::kInvalidData, fmt::format("instelling {} in de database is geen geheel getal", key));
  return out;
}

Result<outcomes::Release> decode(const store::ReleaseRecord& record) {
  auto r = outcomes::decode_release(record.body);
  if (!r) {
    Error e = r.error();
    e.message = fmt::format("release {}: {}", record.info.peildatum, e.message);
    e.reason = "release-damaged";
    return std::unexpected(std::move(e));
  }
  return r;
}

// The stored release `peildatum`, decoded (once, when a cache is given). Errors: the store's.
Result<std::shared_ptr<const CachedRelease>> load_release(store::Store& store, const std::string& peildatum,
                                                          ReleaseCache* cache) {
  if (cache != nullptr)
    if (auto hit = cache->find(peildatum)) return hit;
  auto record = store.release(peildatum);
  if (!record) return std::unexpected(record.error());
  auto r = decode(*record);
  if (!r) return std::unexpected(r.error());
  if (cache != nullptr) return cache->add(peildatum, std::move(*r));
  outcomes::DisclosedTable table = outcomes::table_of(*r);
  return std::make_shared<const CachedRelease>(CachedRelease{std::move(*r), std::move(table)});
}

}  // namespace

std::string now_utc_iso() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
                     tm.tm_min, tm.tm_sec);
}

Result<outcomes::DisclosureSettings> disclosure_settings(store::Store& store) {
  auto threshold = int_setting(store, kThresholdKey, outcomes::kDefaultThreshold);
  if (!threshold) return std::unexpected(threshold.error());
  auto rounding = int_setting(store, kRoundingKey, outcomes::kDefaultRounding);
  if (!rounding) return std::unexpected(rounding.error());
  outcomes::DisclosureSettings s{*threshold, *rounding};
  if (auto st = outcomes::validate_settings(s); !st) {
    Error e = st.error();
    e.code = ErrorCode::kInvalidData;
    e.message = "instellingen van de onthullingsbeveiliging in de database: " + e.message;
    return std::unexpected(std::move(e));
  }
  return s;
}

Status put_disclosure_settings(store::Store& store, const Actor& actor, const outcomes::DisclosureSettings& s) {
  if (auto st = authorize(actor, Action::kChangeSettings); !st) return st;
  if (auto st = outcomes::validate_settings(s); !st) return st;
  const auto audit = audit_entry(actor, "onthullingsinstellingen gewijzigd",
                                 fmt::format("drempel {}, afronding {}", s.threshold, s.rounding));
  return store.put_settings({{kThresholdKey, std::to_string(s.threshold)}, {kRoundingKey, std::to_string(s.rounding)}},
                            audit);
}

Result<std::vector<outcomes::Release>> all_releases(store::Store& store, ReleaseCache* cache) {
  auto infos = store.releases();
  if (!infos) return std::unexpected(infos.error());
  std::vector<outcomes::Release> out;
  for (const auto& info : *infos) {
    auto r = load_release(store, info.peildatum, cache);
    if (!r) return std::unexpected(r.error());
    out.push_back((*r)->release);
  }
  return out;
}

Result<OutcomeTable> released_outcomes(store::Store& store, std::optional<Date> release, ReleaseCache* cache,
                                       std::span<const std::string> regions) {
  std::string key;
  if (release) {
    key = format_iso(*release);
  } else {
    auto infos = store.releases();
    if (!infos) return std::unexpected(infos.error());
    if (infos->empty())
      return fail(ErrorCode::kFailedPrecondition, "no-release",
                  "er is nog geen release: beveiligde cijfers komen altijd uit een release. Een onderzoeker of "
                  "beheerder publiceert er een met 'outcomes publish --peildatum JJJJ-MM-DD'");
    key = infos->back().peildatum;
  }
  auto r = load_release(store, key, cache);
  if (!r) {
    if (r.error().code == ErrorCode::kNotFound)
      return fail(ErrorCode::kNotFound, "release-not-found",
                  fmt::format("er is geen release met peildatum {} (zie 'outcomes releases')", key));
    return std::unexpected(r.error());
  }
  const auto& table = (*r)->table;
  return OutcomeTable{regions.empty() ? table : table.only_regions(regions), (*r)->release.peildatum,
                      (*r)->release.fictional};
}

Result<outcomes::Release> publish_release(store::Store& store, const Actor& actor, const PublishRequest& request,
                                          ReleaseCache* cache) {
  if (auto st = authorize(actor, Action::kPublishRelease); !st) return std::unexpected(st.error());
  auto installation = disclosure_settings(store);
  if (!installation) return std::unexpected(installation.error());
  auto settings = outcomes::settings_for_release(*installation, request.threshold);
  if (!settings) return std::unexpected(settings.error());
  auto earlier = all_releases(store, cache);
  if (!earlier) return std::unexpected(earlier.error());
  auto computed = compute_outcomes(store, request.peildatum);
  if (!computed) return std::unexpected(computed.error());
  auto release = outcomes::make_release(computed->rows, computed->peildatum, *settings, *earlier, actor.name,
                                        request.note, request.published_at, request.progress);
  if (!release) return std::unexpected(release.error());
  release->fictional = computed->fictional;
  store::ReleaseRecord record{{format_iso(release->peildatum), release->published_at, release->published_by,
                               release->note, settings->threshold, settings->rounding},
                              outcomes::encode_release(*release)};
  const auto audit = audit_entry(actor, "release gepubliceerd",
                                 fmt::format("peildatum {} (drempel {}, afronding {})", record.info.peildatum,
                                             record.info.threshold, record.info.rounding));
  if (auto st = store.add_release(record, audit); !st) return std::unexpected(st.error());
  return release;
}

Result<std::set<std::string>> regions_with_measured_goals(store::Store& store, ReleaseCache* cache) {
  std::set<std::string> out;
  auto goals = store.goals(std::nullopt);
  if (!goals) return std::unexpected(goals.error());
  auto infos = store.releases();
  if (!infos) return std::unexpected(infos.error());
  if (goals->empty() || infos->empty()) return out;
  auto data = released_outcomes(store, std::nullopt, cache);
  if (!data) return std::unexpected(data.error());
  for (const auto& g : *goals) {
    std::optional<outcomes::Interventie> iv;
    if (g.intervention != "*") iv = outcomes::interventie_from_text(g.intervention);
    if (data->table.find(g.region, g.year, iv) != nullptr) out.insert(g.region);
  }
  return out;
}

}  // namespace regio::service
