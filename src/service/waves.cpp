#include "service/waves.h"

#include <algorithm>

#include <fmt/format.h>

#include "forms/definition.h"
#include "forms/definition_io.h"
#include "service/audit.h"
#include "service/outcome_data.h"
#include "service/policy.h"
#include "tabular/workbook_json.h"

namespace regio::service {
namespace {

constexpr const char* kDefaultQuestionnaire = "standaard";

// Whether two analysis configurations are equal field by field (the analysis cache keeps one
// with its configuration).
template <class T, class Same>
bool same_list(const std::vector<T>& a, const std::vector<T>& b, Same same) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), same);
}

bool same_config(const analysis::Config& a, const analysis::Config& b) {
  auto question = [](const auto& x, const auto& y) { return x.question == y.question && x.label == y.label; };
  auto choice = [](const auto& x, const auto& y) { return x.choice == y.choice && x.label == y.label; };
  return same_list(a.ladder, b.ladder,
                   [](const auto& x, const auto& y) {
                     return x.level == y.level && x.name == y.name && x.meaning == y.meaning;
                   }) &&
         same_list(a.embedding_classes, b.embedding_classes,
                   [](const auto& x, const auto& y) { return x.name == y.name && x.min_mean == y.min_mean; }) &&
         same_list(a.embedding_elements, b.embedding_elements, question) &&
         same_list(a.stakeholders, b.stakeholders, question) &&
         same_list(a.involvement, b.involvement,
                   [](const auto& x, const auto& y) { return x.degree == y.degree && x.weight == y.weight; }) &&
         same_list(a.products, b.products, question) && same_list(a.goal_types, b.goal_types, choice) &&
         same_list(a.client_activities, b.client_activities, choice) &&
         same_list(a.bottlenecks, b.bottlenecks, choice) &&
         same_list(a.pattern_factors, b.pattern_factors, [](const auto& x, const auto& y) {
           return x.id == y.id && x.label == y.label && x.kind == y.kind && x.question == y.question &&
                  x.values == y.values;
         });
}

}  // namespace

Status check_wave_code(const std::string& code) {
  if (forms::is_valid_wave_code(code)) return {};
  return fail(
      ErrorCode::kInvalidArgument, "invalid-wave-code",
      fmt::format("ongeldige code '{}': 1–40 tekens uit a-z, 0-9 en '-', beginnend met een letter of cijfer", code));
}

Result<AddedWave> Waves::add(const Actor& actor, const WaveRequest& o) {
  if (auto st = authorize(actor, Action::kManageWaves); !st) return std::unexpected(st.error());
  if (auto st = check_wave_code(o.code); !st) return std::unexpected(st.error());
  store::QuestionnaireRecord q;
  std::vector<Problem> warnings;
  if (!o.questionnaire) {
    q = {kDefaultQuestionnaire, tabular::workbook_to_json(forms::default_workbook())};
  } else {
    auto def = forms::load_definition(*o.questionnaire);  // refuse a broken definition before storing anything
    if (!def) return std::unexpected(def.error());
    warnings = def->warnings;
    q = {o.code, tabular::workbook_to_json(*o.questionnaire)};
  }
  forms::Wave w{o.code, o.name.empty() ? o.code : o.name, o.date, q.id};
  const auto audit =
      audit_entry(actor, "meetmoment toegevoegd", fmt::format("{} ({}, vragenlijst {})", w.code, w.name, q.id));
  if (auto st = deps_.store.add_wave_with_questionnaire(w, q, audit); !st) return std::unexpected(st.error());
  return AddedWave{std::move(w), std::move(warnings)};
}

Result<std::vector<WaveSummary>> Waves::list(const Actor& actor) {
  // Which waves exist and how many responses came in is national, published information.
  if (auto st = authorize(actor, Action::kReadPublished); !st) return std::unexpected(st.error());
  auto kept = caches_->list.get(deps_.store, "", [&] { return list_uncached(); });
  if (!kept) return std::unexpected(kept.error());
  return **kept;
}

Result<std::vector<WaveSummary>> Waves::list_uncached() {
  auto waves = deps_.store.waves();
  if (!waves) return std::unexpected(waves.error());
  std::vector<WaveSummary> out;
  for (const auto& w : *waves) {
    auto rs = deps_.store.responses(w.code);
    if (!rs) return std::unexpected(rs.error());
    WaveSummary s{w, rs->size(), 0};
    for (const auto& r : *rs) s.submitted += r.status == forms::ResponseStatus::kIngediend;
    out.push_back(std::move(s));
  }
  return out;
}

analysis::NationalAnalysis readable_part(const Actor& actor, analysis::NationalAnalysis a) {
  std::erase_if(a.per_region, [&](const analysis::RegionResult& r) {
    return !allowed(actor, Action::kReadRegion, r.scores.region);
  });
  return a;
}

Result<analysis::NationalAnalysis> Waves::analyse(const Actor& actor, const std::string& wave_code,
                                                  const std::optional<std::string>& compare, analysis::Config config) {
  if (auto st = authorize(actor, Action::kReadPublished); !st) return std::unexpected(st.error());
  // Wave codes hold no '|' (check_wave_code), so the key is unambiguous.
  const std::string key = wave_code + "|" + compare.value_or("");
  auto kept = caches_->analyses.get(deps_.store, key, [&]() -> Result<KeptAnalysis> {
    auto a = analyse_uncached(wave_code, compare, config);
    if (!a) return std::unexpected(a.error());
    return KeptAnalysis{config, std::move(*a)};
  });
  if (!kept) return std::unexpected(kept.error());
  if (same_config((*kept)->config, config)) return (*kept)->analysis;
  // Kept under another configuration (one process uses one in practice: the web the default,
  // `analyse --config` its file): computed, not kept.
  return analyse_uncached(wave_code, compare, std::move(config));
}

Result<analysis::NationalAnalysis> Waves::analyse_uncached(const std::string& wave_code,
                                                           const std::optional<std::string>& compare,
                                                           analysis::Config config) {
  analysis::AnalysisInput in;
  in.config = std::move(config);
  in.registry = &deps_.registry;
  auto wave = deps_.store.wave(wave_code);
  if (!wave)
    return fail(ErrorCode::kNotFound, "wave-not-found",
                fmt::format("meetmoment '{}' bestaat niet (zie 'waves list')", wave_code));
  in.wave = *wave;
  auto responses = deps_.store.responses(wave_code);
  if (!responses) return std::unexpected(responses.error());
  in.responses = std::move(*responses);
  if (compare) {
    auto cw = deps_.store.wave(*compare);
    if (!cw)
      return fail(ErrorCode::kNotFound, "wave-not-found",
                  fmt::format("vergelijkingsmeetmoment '{}' bestaat niet (zie 'waves list')", *compare));
    auto cr = deps_.store.responses(*compare);
    if (!cr) return std::unexpected(cr.error());
    in.compare_wave = *cw;
    in.compare_responses = std::move(*cr);
  }
  auto measured = regions_with_measured_goals(deps_.store, &cache_);
  if (!measured) return std::unexpected(measured.error());
  in.measured_goal_regions = std::move(*measured);
  return analysis::analyse(in);
}

}  // namespace regio::service
