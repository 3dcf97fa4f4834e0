// The embedded default Store: everything in one SQLite file, so Regiomonitor runs without a
// database server (DESIGN §6).
//
//   auto store = store::SqliteStore::open("data/regiomonitor.db");
//   if (!store) return std::unexpected(store.error());
//   (*store)->add_wave(wave, audit);  // audit: service::audit_entry(actor, ...)
//
// open() creates the file when missing and brings its schema up to date (migrations.h). The file
// is in WAL mode with a 5 s busy timeout, so several processes (e.g. `serve` and an import
// command) can share it: readers never wait for a writer (opening a database whose schema is up
// to date takes no lock), and a writer waits up to 5 s for another writer before failing with
// kUnavailable. Every mutating call is one IMMEDIATE transaction. One SqliteStore may be used
// from several threads: reads run concurrently, each on one of a small pool of read-only
// connections (WAL: every read sees the last committed state, never waits for the writer, and a
// ~100 MB payload decoded in one thread holds up nobody else); writes take turns on the one
// write connection.
//
// Read-only access: a file the process may not write is opened read-only, and so is any file
// when SqliteAccess::kReadOnly is asked for. Reads then work as usual; every mutating call fails
// with kPermissionDenied ("alleen-lezen"), before touching the file.
#pragma once

#include <filesystem>
#include <memory>
#include <mutex>

#include "store/connection_pool.h"
#include "store/store.h"

namespace regio::store {

namespace sqlite_detail {
class Connection;
}

enum class SqliteAccess {
  kReadWrite,  // create when missing, migrate, write (read-only anyway when the file is not writable)
  kReadOnly,   // never write: the file must exist and have the current schema
};

class SqliteStore final : public Store {
 public:
  // Opens or creates `file`. Errors: kUnavailable when the folder is missing, the file cannot be
  // created, or is not a SQLite database; kFailedPrecondition when the file was written by a
  // newer Regiomonitor (its schema version is newer than this program knows); kPermissionDenied
  // when it is opened read-only but its schema would need an update.
  static Result<std::unique_ptr<SqliteStore>> open(const std::filesystem::path& file,
                                                   SqliteAccess access = SqliteAccess::kReadWrite);

  ~SqliteStore() override;

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
  // Appends one audit entry. REQUIRES: write_mutex_ held, a transaction open on writer_.
  Status insert_audit(const AuditEntry& e);

  explicit SqliteStore(std::unique_ptr<sqlite_detail::Connection> connection);

  // Read connections at most (the machine's cores and the web server's threads are few).
  static constexpr std::size_t kReadConnections = 4;

  std::mutex write_mutex_;  // one write transaction at a time on writer_
  std::unique_ptr<sqlite_detail::Connection> writer_;
  std::unique_ptr<ConnectionPool<sqlite_detail::Connection>> readers_;
};

}  // namespace regio::store
