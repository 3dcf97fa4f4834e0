// The Store for a shared multi-user installation: everything in one PostgreSQL database, which
// several processes (e.g. more than one `serve` and an import command) use at once (DESIGN §6).
//
//   auto store = store::PostgresStore::open("postgresql://regio@db.example.nl/regiomonitor");
//   if (!store) return std::unexpected(store.error());
//   (*store)->add_wave(wave, audit);  // audit: service::audit_entry(actor, ...)
//
// open() brings the schema up to date (migrations.h); processes opening a database at the same
// time take turns, so every migration runs once. Every mutating call is one transaction, applied
// whole or not at all; reads that take more than one statement run in one read-only snapshot.
// A lost connection is re-established at the start of the next call. One PostgresStore holds a
// pool of up to kConnections connections (opened when first needed) and may be used from
// several threads: each call borrows one connection for its duration, so calls run
// concurrently and PostgreSQL's transactions keep them apart. Other processes' commits are
// visible to the next call.
#pragma once

#include <memory>
#include <mutex>
#include <string>

#include "store/connection_pool.h"
#include "store/store.h"

namespace regio::store {

namespace postgres_detail {
class Connection;
}

class PostgresStore final : public Store {
 public:
  // Connects with a libpq connection string: a URI ("postgresql://user@host:5432/db") or
  // "key=value" pairs. Errors: kInvalidArgument when the string is malformed; kUnavailable when
  // the server cannot be reached or refuses the login (the message names the server and database,
  // never the password); kFailedPrecondition when the database was written by a newer
  // Regiomonitor (its schema version is newer than this program knows).
  static Result<std::unique_ptr<PostgresStore>> open(const std::string& conninfo);

  ~PostgresStore() override;

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
  Status visit_deliveries(const std::function<Status(const DeliveryInfo&, PayloadReader&)>& visit) override;
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
  // Appends one audit entry inside the caller's open transaction on `db`.
  static Status insert_audit(postgres_detail::Connection& db, const AuditEntry& e);

  explicit PostgresStore(std::unique_ptr<ConnectionPool<postgres_detail::Connection>> pool);

  // Connections at most per store (per process): enough for the web server's threads and a
  // long read (a ~100 MB payload) beside them, few enough for the server's max_connections.
  static constexpr std::size_t kConnections = 4;

  std::unique_ptr<ConnectionPool<postgres_detail::Connection>> pool_;
};

}  // namespace regio::store
