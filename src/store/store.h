// Persistence of everything Regiomonitor keeps: questionnaire definitions, waves, responses,
// outcome deliveries and goals.
//
// The audit log: every call that changes the monitor's data (questionnaires, waves, responses,
// deliveries, goals, releases, settings, users) takes an AuditEntry and stores it in the SAME
// transaction as the change: a change that is refused or fails leaves neither data nor audit
// row, and a stored change always has exactly one. Sessions and login attempts are the web's
// own bookkeeping (a touch per request), not changes to the monitor, and are not audited.
//
// The domain modules never see this interface: the use cases (service/) read and validate input
// with the domain modules, then hand finished values to a Store. Adapters: sqlite/ (the embedded default) and,
// later, postgres/. Only main/ picks one; tests of other modules use memory/ (MemoryStore). Every
// mutating call is one transaction: it is applied whole or not at all. Implementations may be
// called from several threads at once. Errors: kNotFound / kAlreadyExists / kInvalidArgument as
// stated per call; kUnavailable when the storage cannot be reached now (retry later).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/error.h"
#include "forms/response.h"
#include "forms/wave.h"

namespace regio::store {

// A questionnaire definition kept as the JSON of its workbook (tabular sheets), so the research
// team can change it per wave without a new build.
struct QuestionnaireRecord {
  std::string id;             // e.g. "standaard" or "2021-jaarlijks"
  std::string workbook_json;  // see forms/definition_io.h
};

// Metadata of one outcome delivery; the payload is the outcomes module's serialized Extract.
struct DeliveryInfo {
  std::string id;
  std::string imported_at;  // ISO 8601 UTC
  std::int64_t trajecten = 0;
  std::int64_t werk = 0;
  std::int64_t uitkeringen = 0;
  std::string first_date;  // earliest date in the delivery ("YYYY-MM-DD"), "" when empty
  std::string last_date;   // latest date in the delivery
  // The day the source drew the extract ("YYYY-MM-DD"): no date in the delivery lies after it,
  // and the default peildatum is the latest of these. Rows stored before schema version 3 got
  // the earlier of last_date and the date of imported_at (the date of imported_at when empty).
  std::string extraction_date;  // "YYYY-MM-DD"
};

struct DeliveryRecord {
  DeliveryInfo info;
  std::string payload;  // opaque bytes (outcomes/serialize.h)
};

// One delivery's payload read front to back, so a caller can decode ~100 MB straight into its
// own buffers instead of first copying the whole payload into a string.
struct PayloadReader {
  std::uint64_t size = 0;  // total bytes of the payload
  // Copies the next `n` bytes into `dst` (which must hold n bytes) and returns true; false when
  // fewer than n bytes remain or the storage failed (then the contents of dst are unspecified
  // and every later call fails too).
  std::function<bool(void* dst, std::size_t n)> read;
};

// A quantitative goal on an outcome indicator (DESIGN §3.6).
struct GoalRecord {
  std::int64_t id = 0;    // assigned by the store
  std::string region;     // "AM13"
  std::string indicator;  // e.g. "werk_12m_pct", "starters"
  double target = 0;
  int year = 0;              // start year the goal is about
  std::string intervention;  // "*" for all
  std::string description;   // optional free text
};

// A published release of outcome figures (outcomes/release.h): immutable once added.
struct ReleaseInfo {
  std::string peildatum;  // "YYYY-MM-DD", unique
  std::string published_at;
  std::string published_by;
  std::string note;
  int threshold = 0;
  int rounding = 0;
};

struct ReleaseRecord {
  ReleaseInfo info;
  std::string body;  // outcomes::encode_release
};

// One region's response in one wave as stored, with its version for optimistic concurrency:
// every save (save_response, replace_responses) increments it, and save_response only succeeds
// when the caller names the version it started from, so two people editing the same draft get
// a conflict instead of a silent overwrite.
struct StoredResponse {
  forms::Response response;  // status kConcept (draft) or kIngediend (submitted: locked)
  std::int64_t version = 0;  // 0 = nothing stored yet; 1 after the first save
  std::string updated_at;    // ISO 8601 UTC of the last save ("" when nothing stored)
};

// Accounts (DESIGN §2, schema version 6). Times are ISO 8601 UTC text with seconds
// ("2026-11-28T09:30:00Z"), so they compare as text.
struct UserRecord {
  std::string name;           // login name, unique, e.g. "regio-am13"
  std::string role;           // "beheerder", "onderzoeker", "regio" or "lezer" (base/actor.h)
  std::string region;         // "AM13" for regio and lezer, empty otherwise
  std::string password_hash;  // argon2id in libsodium's crypto_pwhash_str form
  bool disabled = false;
  std::string created_at;
};

// A web session. The cookie holds a random id; the store only ever sees its hash.
struct SessionRecord {
  std::string id_hash;  // hex SHA-256 of the session id
  std::string user;
  std::string created_at;
  std::string last_seen;
  std::string csrf_token;
};

// One login attempt, kept for throttling.
struct LoginAttempt {
  std::string at;
  std::string user;
  std::string ip;
  bool success = false;
};

struct LoginFailures {
  int for_user = 0;  // failed attempts for that user name since the given time
  int for_ip = 0;    // failed attempts from that address since the given time
};

// One line of the audit log: who did what to which target, from the web or the command line.
// Written in the same transaction as the write it records (service/audit.h fills it in).
struct AuditEntry {
  std::int64_t id = 0;  // assigned by the store, increasing
  std::string at;       // ISO 8601 UTC with seconds
  std::string actor;    // user name ("cli:<os user>" style names are the caller's choice)
  std::string channel;  // "web" or "cli"
  std::string action;   // what happened, a short Dutch phrase, e.g. "levering ingelezen"
  std::string target;   // the object and its details, e.g. "d1 (12.345 personen)"
};

// Which audit entries to read: newest first, optionally of one actor and within a period.
struct AuditQuery {
  std::string actor;        // exact user name; "" = everyone
  std::string from;         // entries with at >= from ("" = no lower bound), e.g. "2026-11-28"
  std::string until;        // entries with at < until ("" = no upper bound)
  std::int64_t before = 0;  // only entries with id < before (the next page); 0 = from the newest
  std::size_t limit = 50;
};

class Store {
 public:
  virtual ~Store() = default;

  // Questionnaires. put replaces a definition with the same id (waves using it keep using it).
  virtual Status put_questionnaire(const QuestionnaireRecord& q, const AuditEntry& audit) = 0;
  virtual Result<QuestionnaireRecord> questionnaire(const std::string& id) = 0;  // kNotFound

  // Waves. add fails with kAlreadyExists for a known code, kNotFound for an unknown questionnaire.
  virtual Status add_wave(const forms::Wave& w, const AuditEntry& audit) = 0;
  // Stores (replacing one with the same id) the questionnaire and adds the wave, in ONE
  // transaction: neither is stored when the other fails.
  virtual Status add_wave_with_questionnaire(const forms::Wave& w, const QuestionnaireRecord& q,
                                             const AuditEntry& audit) = 0;
  virtual Result<std::vector<forms::Wave>> waves() = 0;           // ordered by date, then code
  virtual Result<forms::Wave> wave(const std::string& code) = 0;  // kNotFound when unknown

  // Responses of one wave. replace_responses stores the given responses, replacing earlier ones
  // of the same regions in that wave (responses of other regions stay); all or nothing.
  // A response with an empty `wave` field belongs to `wave`. Errors: kNotFound for an unknown
  // wave; kInvalidArgument when a response names another wave or two name the same region.
  virtual Status replace_responses(const std::string& wave, const std::vector<forms::Response>& rs,
                                   const AuditEntry& audit) = 0;
  // Ordered by region, each with `wave` filled in. kNotFound for an unknown wave.
  // replace_responses increments the version of every response it stores (1 for a new one).
  virtual Result<std::vector<forms::Response>> responses(const std::string& wave) = 0;

  // One region's response in `wave` with its version; when none is stored, version 0 and an
  // empty draft (wave and region filled in). kNotFound for an unknown wave.
  virtual Result<StoredResponse> response(const std::string& wave, const std::string& region) = 0;
  // Stores `r` (r.wave and r.region name it; status, answers and repeats as given) as version
  // expected_version + 1, only when the stored version is `expected_version` (0: none stored
  // yet); check and write in one transaction. Errors: kFailedPrecondition, reason
  // "version-conflict" (version_conflict() in response_checks.h) when another save came first;
  // kNotFound for an unknown wave; kInvalidArgument for an empty wave or region. Returns what is
  // now stored.
  virtual Result<StoredResponse> save_response(const forms::Response& r, std::int64_t expected_version,
                                               const AuditEntry& audit) = 0;

  // Outcome deliveries. put replaces a delivery with the same id atomically.
  virtual Status put_delivery(const DeliveryRecord& d, const AuditEntry& audit) = 0;
  virtual Result<std::vector<DeliveryInfo>> deliveries() = 0;         // ordered by id
  virtual Result<std::vector<DeliveryRecord>> load_deliveries() = 0;  // ordered by id
  // Calls `visit` for every delivery, ordered by id, with its info and a reader of its payload
  // positioned at byte 0 (valid only during that call; the visitor need not read it all).
  // Stops at the first failing visit and returns its error, except that a storage failure
  // while reading (kUnavailable, ...) is returned instead, as the more useful explanation.
  // REQUIRES: `visit` calls no method of this store (the store may hold its lock meanwhile).
  // The default goes through load_deliveries(); adapters override it to stream the payload.
  virtual Status visit_deliveries(const std::function<Status(const DeliveryInfo&, PayloadReader&)>& visit) {
    auto records = load_deliveries();
    if (!records) return std::unexpected(records.error());
    for (const DeliveryRecord& d : *records) {
      std::string_view rest = d.payload;
      bool failed = false;
      PayloadReader reader{rest.size(), [&](void* dst, std::size_t n) {
                             failed = failed || n > rest.size();
                             if (failed) return false;
                             if (n > 0) std::memcpy(dst, rest.data(), n);
                             rest.remove_prefix(n);
                             return true;
                           }};
      if (auto s = visit(d.info, reader); !s) return s;
    }
    return {};
  }
  virtual Status delete_delivery(const std::string& id, const AuditEntry& audit) = 0;  // kNotFound when absent

  // Goals on outcomes. add ignores g.id and returns the new id: positive, larger than every id
  // handed out before, never reused. goals lists one region's goals (all when nullopt) by id.
  virtual Result<std::int64_t> add_goal(const GoalRecord& g, const AuditEntry& audit) = 0;
  virtual Result<std::vector<GoalRecord>> goals(const std::optional<std::string>& region) = 0;
  virtual Status delete_goal(std::int64_t id, const AuditEntry& audit) = 0;  // kNotFound when absent

  // Releases: added once, never replaced or changed (kAlreadyExists for a known peildatum).
  virtual Status add_release(const ReleaseRecord& r, const AuditEntry& audit) = 0;
  virtual Result<std::vector<ReleaseInfo>> releases() = 0;                  // by peildatum
  virtual Result<ReleaseRecord> release(const std::string& peildatum) = 0;  // kNotFound

  // Installation settings (e.g. "onthulling.drempel"): nullopt when never set. put_settings
  // sets all of `values` (keys not named stay as they are) in one transaction.
  virtual Result<std::optional<std::string>> setting(const std::string& key) = 0;
  virtual Status put_settings(const std::map<std::string, std::string>& values, const AuditEntry& audit) = 0;

  // The data generation: a number that grows with every committed write of the data above
  // (questionnaires, waves, responses, deliveries, goals, releases, settings), bumped in the
  // write's own transaction, so every process on the same database sees it change when it sees
  // the write. Writes of accounts, sessions, login attempts and the audit log leave it alone.
  // Caches of values built from the data key on it (service/generation_cache.h): read it BEFORE
  // the data, so a value built after reading generation g is never older than g.
  virtual Result<std::int64_t> data_generation() = 0;

  // Users. add_user stores the user and `audit` in one transaction (kAlreadyExists for a known
  // name); disable_user sets the flag, removes the user's sessions and stores `audit`, in one
  // transaction (kNotFound when unknown). users() is ordered by name.
  virtual Status add_user(const UserRecord& u, const AuditEntry& audit) = 0;
  virtual Result<UserRecord> user(const std::string& name) = 0;  // kNotFound
  virtual Result<std::vector<UserRecord>> users() = 0;
  virtual Status disable_user(const std::string& name, const AuditEntry& audit) = 0;

  // Sessions. put_session adds one (kAlreadyExists for a known id_hash, kNotFound for an unknown
  // user); touch_session sets last_seen (kNotFound when gone); delete_session is a no-op when
  // the session is gone already. delete_sessions_before removes every session whose last_seen
  // is before `idle_before` or whose created_at is before `created_before`.
  virtual Status put_session(const SessionRecord& s) = 0;
  virtual Result<SessionRecord> session(const std::string& id_hash) = 0;  // kNotFound
  virtual Status touch_session(const std::string& id_hash, const std::string& last_seen) = 0;
  virtual Status delete_session(const std::string& id_hash) = 0;
  virtual Status delete_sessions_before(const std::string& idle_before, const std::string& created_before) = 0;

  // Login attempts: recorded one by one; failures counts the failed attempts at or after `since`
  // for the user name and for the address separately.
  virtual Status add_login_attempt(const LoginAttempt& a) = 0;
  virtual Result<LoginFailures> login_failures(const std::string& user, const std::string& ip,
                                               const std::string& since) = 0;

  // The audit log, newest first (by id), at most query.limit entries matching `query`.
  virtual Result<std::vector<AuditEntry>> audit_log(const AuditQuery& query) = 0;
};

}  // namespace regio::store
