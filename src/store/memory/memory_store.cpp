#include "store/memory/memory_store.h"

#include <fmt/format.h>

#include <algorithm>

#include "store/audit_checks.h"
#include "store/response_checks.h"

namespace regio::store {
namespace {

Error not_found(std::string what) { return Error{ErrorCode::kNotFound, std::move(what), {}, 0}; }

}  // namespace

Status MemoryStore::put_questionnaire(const QuestionnaireRecord& q, const AuditEntry& audit) {
  if (auto st = check_audit_entry(audit); !st) return st;
  std::unique_lock lock(mutex_);
  ++generation_;
  questionnaires_[q.id] = q.workbook_json;
  append_audit(audit);
  return {};
}

Result<QuestionnaireRecord> MemoryStore::questionnaire(const std::string& id) {
  std::shared_lock lock(mutex_);
  auto it = questionnaires_.find(id);
  if (it == questionnaires_.end()) {
    return std::unexpected(not_found(fmt::format("Vragenlijst {} bestaat niet", id)));
  }
  return QuestionnaireRecord{it->first, it->second};
}

Status MemoryStore::check_new_wave(const forms::Wave& w, const std::string* pending_questionnaire) const {
  // Same order of checks as SqliteStore, so both report the same error for the same input.
  if (waves_.contains(w.code)) {
    return fail(ErrorCode::kAlreadyExists, fmt::format("Meetmoment {} bestaat al", w.code));
  }
  bool pending = pending_questionnaire != nullptr && *pending_questionnaire == w.questionnaire;
  if (!pending && !questionnaires_.contains(w.questionnaire)) {
    return std::unexpected(not_found(
        fmt::format("Meetmoment {}: vragenlijst {} bestaat niet; voeg die eerst toe", w.code, w.questionnaire)));
  }
  return {};
}

Status MemoryStore::add_wave(const forms::Wave& w, const AuditEntry& audit) {
  if (auto st = check_audit_entry(audit); !st) return st;
  std::unique_lock lock(mutex_);
  ++generation_;
  if (auto s = check_new_wave(w, nullptr); !s) return s;
  waves_.emplace(w.code, w);
  append_audit(audit);
  return {};
}

Status MemoryStore::add_wave_with_questionnaire(const forms::Wave& w, const QuestionnaireRecord& q,
                                                const AuditEntry& audit) {
  if (auto st = check_audit_entry(audit); !st) return st;
  std::unique_lock lock(mutex_);
  ++generation_;
  if (auto s = check_new_wave(w, &q.id); !s) return s;
  questionnaires_[q.id] = q.workbook_json;
  waves_.emplace(w.code, w);
  append_audit(audit);
  return {};
}

Result<std::vector<forms::Wave>> MemoryStore::waves() {
  std::shared_lock lock(mutex_);
  std::vector<forms::Wave> out;
  for (const auto& [code, w] : waves_) out.push_back(w);
  // Stable over code order (the map's), so equal dates stay ordered by code.
  std::stable_sort(out.begin(), out.end(), [](const forms::Wave& a, const forms::Wave& b) { return a.date < b.date; });
  return out;
}

Result<forms::Wave> MemoryStore::wave(const std::string& code) {
  std::shared_lock lock(mutex_);
  auto it = waves_.find(code);
  if (it == waves_.end()) {
    return std::unexpected(not_found(fmt::format("Meetmoment {} bestaat niet", code)));
  }
  return it->second;
}

Status MemoryStore::replace_responses(const std::string& wave, const std::vector<forms::Response>& rs,
                                      const AuditEntry& audit) {
  if (auto st = check_audit_entry(audit); !st) return st;
  if (auto st = check_responses_of_wave(wave, rs); !st) return st;
  std::unique_lock lock(mutex_);
  ++generation_;
  if (!waves_.contains(wave)) {
    return std::unexpected(not_found(fmt::format("Meetmoment {} bestaat niet", wave)));
  }
  auto& stored = responses_[wave];
  const std::string now = now_iso_utc();
  for (const auto& r : rs) {
    StoredResponse& slot = stored[r.region];
    slot.response = r;
    slot.response.wave = wave;
    slot.version += 1;
    slot.updated_at = now;
  }
  append_audit(audit);
  return {};
}

Result<std::vector<forms::Response>> MemoryStore::responses(const std::string& wave) {
  std::shared_lock lock(mutex_);
  if (!waves_.contains(wave)) {
    return std::unexpected(not_found(fmt::format("Meetmoment {} bestaat niet", wave)));
  }
  std::vector<forms::Response> out;
  if (auto it = responses_.find(wave); it != responses_.end()) {
    for (const auto& [region, r] : it->second) out.push_back(r.response);
  }
  return out;
}

Result<StoredResponse> MemoryStore::response(const std::string& wave, const std::string& region) {
  std::shared_lock lock(mutex_);
  if (!waves_.contains(wave)) {
    return std::unexpected(not_found(fmt::format("Meetmoment {} bestaat niet", wave)));
  }
  if (auto w = responses_.find(wave); w != responses_.end())
    if (auto r = w->second.find(region); r != w->second.end()) return r->second;
  StoredResponse none;
  none.response.wave = wave;
  none.response.region = region;
  return none;
}

Result<StoredResponse> MemoryStore::save_response(const forms::Response& r, std::int64_t expected_version,
                                                  const AuditEntry& audit) {
  if (auto st = check_audit_entry(audit); !st) return std::unexpected(st.error());
  if (auto st = check_single_response(r, expected_version); !st) return std::unexpected(st.error());
  std::unique_lock lock(mutex_);
  ++generation_;
  if (!waves_.contains(r.wave)) {
    return std::unexpected(not_found(fmt::format("Meetmoment {} bestaat niet", r.wave)));
  }
  auto& of_wave = responses_[r.wave];
  const auto it = of_wave.find(r.region);
  const std::int64_t stored = it == of_wave.end() ? 0 : it->second.version;
  if (stored != expected_version) return std::unexpected(version_conflict(stored));
  StoredResponse next{r, expected_version + 1, now_iso_utc()};
  of_wave.insert_or_assign(r.region, next);
  append_audit(audit);
  return next;
}

Status MemoryStore::put_delivery(const DeliveryRecord& d, const AuditEntry& audit) {
  if (auto st = check_audit_entry(audit); !st) return st;
  std::unique_lock lock(mutex_);
  ++generation_;
  deliveries_.insert_or_assign(d.info.id, d);
  append_audit(audit);
  return {};
}

Result<std::vector<DeliveryInfo>> MemoryStore::deliveries() {
  std::shared_lock lock(mutex_);
  std::vector<DeliveryInfo> out;
  for (const auto& [id, d] : deliveries_) out.push_back(d.info);
  return out;
}

Result<std::vector<DeliveryRecord>> MemoryStore::load_deliveries() {
  std::shared_lock lock(mutex_);
  std::vector<DeliveryRecord> out;
  for (const auto& [id, d] : deliveries_) out.push_back(d);
  return out;
}

Status MemoryStore::delete_delivery(const std::string& id, const AuditEntry& audit) {
  if (auto st = check_audit_entry(audit); !st) return st;
  std::unique_lock lock(mutex_);
  ++generation_;
  if (deliveries_.erase(id) == 0) {
    return std::unexpected(not_found(fmt::format("Levering {} bestaat niet", id)));
  }
  append_audit(audit);
  return {};
}

Result<std::int64_t> MemoryStore::add_goal(const GoalRecord& g, const AuditEntry& audit) {
  if (auto st = check_audit_entry(audit); !st) return std::unexpected(st.error());
  std::unique_lock lock(mutex_);
  ++generation_;
  GoalRecord copy = g;
  copy.id = ++last_goal_id_;
  goals_.emplace(copy.id, std::move(copy));
  append_audit(audit);
  return last_goal_id_;
}

Result<std::vector<GoalRecord>> MemoryStore::goals(const std::optional<std::string>& region) {
  std::shared_lock lock(mutex_);
  std::vector<GoalRecord> out;
  for (const auto& [id, g] : goals_) {
    if (!region || g.region == *region) out.push_back(g);
  }
  return out;
}

Status MemoryStore::delete_goal(std::int64_t id, const AuditEntry& audit) {
  if (auto st = check_audit_entry(audit); !st) return st;
  std::unique_lock lock(mutex_);
  ++generation_;
  if (goals_.erase(id) == 0) {
    return std::unexpected(not_found(fmt::format("Doel {} bestaat niet", id)));
  }
  append_audit(audit);
  return {};
}

Status MemoryStore::add_release(const ReleaseRecord& r, const AuditEntry& audit) {
  if (auto st = check_audit_entry(audit); !st) return st;
  std::unique_lock lock(mutex_);
  ++generation_;
  if (!releases_.emplace(r.info.peildatum, r).second)
    return fail(ErrorCode::kAlreadyExists, fmt::format("Release met peildatum {} bestaat al", r.info.peildatum));
  append_audit(audit);
  return {};
}

Result<std::vector<ReleaseInfo>> MemoryStore::releases() {
  std::shared_lock lock(mutex_);
  std::vector<ReleaseInfo> out;
  for (const auto& [key, r] : releases_) out.push_back(r.info);
  return out;
}

Result<ReleaseRecord> MemoryStore::release(const std::string& peildatum) {
  std::shared_lock lock(mutex_);
  auto it = releases_.find(peildatum);
  if (it == releases_.end())
    return std::unexpected(not_found(fmt::format("Release met peildatum {} bestaat niet", peildatum)));
  return it->second;
}

Result<std::optional<std::string>> MemoryStore::setting(const std::string& key) {
  std::shared_lock lock(mutex_);
  auto it = settings_.find(key);
  if (it == settings_.end()) return std::optional<std::string>{};
  return std::optional<std::string>{it->second};
}

Status MemoryStore::put_settings(const std::map<std::string, std::string>& values, const AuditEntry& audit) {
  if (auto st = check_audit_entry(audit); !st) return st;
  std::unique_lock lock(mutex_);
  ++generation_;
  for (const auto& [key, value] : values) settings_[key] = value;
  append_audit(audit);
  return {};
}

Result<std::int64_t> MemoryStore::data_generation() {
  std::shared_lock lock(mutex_);
  return generation_;
}

}  // namespace regio::store
