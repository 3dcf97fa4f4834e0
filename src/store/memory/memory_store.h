// An in-memory Store for tests of other modules: the same contract as SqliteStore (the shared
// contract test, store/store_contract_test.cpp, runs against both), nothing kept on disk.
//
//   store::MemoryStore store;
//   store.put_questionnaire({"standaard", workbook_json}, audit);
//   store.add_wave(wave, audit);
//
// Thread-safe: readers share a lock (they run at once), every mutation takes it alone, which
// also makes each mutation all or nothing.
#pragma once

#include <map>
#include <mutex>
#include <shared_mutex>
#include <vector>

#include "store/store.h"

namespace regio::store {

class MemoryStore : public Store {  // not final: tests count calls in a subclass
 public:
  Status put_questionnaire(const QuestionnaireRecord& q, const AuditEntry& audit) override;
  Result<QuestionnaireRecord> questionnaire(const std::string& id) override;

  Status add_wave(const forms::Wave& w, const AuditEntry& audit) override;
  Status add_wave_with_questionnaire(const forms::Wave& w, const QuestionnaireRecord& q,
                                     const AuditEntry& audit) override;
  Result<std::vector<forms::Wave>> waves() override;
  Result<forms::Wave> wave(const std::string& code) override;

  Status replace_responses(const std::string& wave, const std::vector<forms::Response>& rs,
                           const AuditEntry& audit) override;
  Result<std::vector<forms::Response>> responses(const std::string& wave) override;
  Result<StoredResponse> response(const std::string& wave, const std::string& region) override;
  Result<StoredResponse> save_response(const forms::Response& r, std::int64_t expected_version,
                                       const AuditEntry& audit) override;

  Status put_delivery(const DeliveryRecord& d, const AuditEntry& audit) override;
  Result<std::vector<DeliveryInfo>> deliveries() override;
  Result<std::vector<DeliveryRecord>> load_deliveries() override;
  Status delete_delivery(const std::string& id, const AuditEntry& audit) override;

  Result<std::int64_t> add_goal(const GoalRecord& g, const AuditEntry& audit) override;
  Result<std::vector<GoalRecord>> goals(const std::optional<std::string>& region) override;
  Status delete_goal(std::int64_t id, const AuditEntry& audit) override;

  Status add_release(const ReleaseRecord& r, const AuditEntry& audit) override;
  Result<std::vector<ReleaseInfo>> releases() override;
  Result<ReleaseRecord> release(const std::string& peildatum) override;
  Result<std::optional<std::string>> setting(const std::string& key) override;
  Status put_settings(const std::map<std::string, std::string>& values, const AuditEntry& audit) override;
  Result<std::int64_t> data_generation() override;

  Status add_user(const UserRecord& u, const AuditEntry& audit) override;
  Result<UserRecord> user(const std::string& name) override;
  Result<std::vector<UserRecord>> users() override;
  Status disable_user(const std::string& name, const AuditEntry& audit) override;
  Status put_session(const SessionRecord& s) override;
  Result<SessionRecord> session(const std::string& id_hash) override;
  Status touch_session(const std::string& id_hash, const std::string& last_seen) override;
  Status delete_session(const std::string& id_hash) override;
  Status delete_sessions_before(const std::string& idle_before, const std::string& created_before) override;
  Status add_login_attempt(const LoginAttempt& a) override;
  Result<LoginFailures> login_failures(const std::string& user, const std::string& ip,
                                       const std::string& since) override;
  Result<std::vector<AuditEntry>> audit_log(const AuditQuery& query) override;

 private:
  // REQUIRES: mutex_ held.
  void append_audit(AuditEntry e);

  // Whether add_wave would succeed with `pending_questionnaire` (may be null) also stored.
  // REQUIRES: mutex_ held.
  Status check_new_wave(const forms::Wave& w, const std::string* pending_questionnaire) const;

  mutable std::shared_mutex mutex_;
  std::map<std::string, std::string> questionnaires_;  // id -> workbook JSON
  std::map<std::string, forms::Wave> waves_;           // by code
  // wave -> region -> response with its version
  std::map<std::string, std::map<std::string, StoredResponse>> responses_;
  std::map<std::string, DeliveryRecord> deliveries_;  // by id
  std::map<std::int64_t, GoalRecord> goals_;          // by id
  std::int64_t last_goal_id_ = 0;
  std::map<std::string, ReleaseRecord> releases_;  // by peildatum
  std::map<std::string, std::string> settings_;
  // data_generation(): bumped by every data write above (a refused one too: harmless, a cache
  // only rebuilds once more).
  std::int64_t generation_ = 0;
  std::map<std::string, UserRecord> users_;        // by name
  std::map<std::string, SessionRecord> sessions_;  // by id_hash
  std::vector<LoginAttempt> attempts_;
  std::vector<AuditEntry> audit_;  // oldest first
};

}  // namespace regio::store
