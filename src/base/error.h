// Errors for everything a user or the outside world can cause.
//
// An Error carries
// - a code that tells the caller what to do next (and picks the exit code / HTTP status);
// - a machine-readable reason: a short kebab-case string that names the case precisely
//   ("wave-not-found", "version-conflict", "delivery-damaged"), stable for programs (the web's
//   problem details, tests); empty when the code says enough;
// - the message a person can act on (Dutch, safe to show anyone: no SQL, no library text, no
//   path on the server, no personal data);
// - an internal detail for the operator: library and SQL messages, file system paths on the
//   server. The CLI (whose user is the operator) may print it; a web response never does;
// - for validation of files, the list of every problem found with where it is (file, line,
//   column) and which rule it breaks.
//
//   Result<Wave> w = store.wave("2019-eind");
//   if (!w) return std::unexpected(w.error());
//   return fail(ErrorCode::kNotFound, "wave-not-found", "meetmoment '2030' bestaat niet");
//
// The mapping of codes to process exit codes lives in cli/exit_code.cpp, to HTTP status in
// service/http_status.cpp; nowhere else.
#pragma once

#include <cstddef>
#include <expected>
#include <string>
#include <vector>

namespace regio {

enum class ErrorCode {
  kInvalidArgument,     // the caller's arguments are wrong: fix the command line / request
  kInvalidData,         // a file or payload breaks the rules: see Error::problems, fix the data
  kNotFound,            // the named thing does not exist
  kAlreadyExists,       // the thing exists and may not be replaced this way
  kFailedPrecondition,  // the system is not in a state that allows this (e.g. no data yet)
  kPermissionDenied,    // the caller's role may not do this
  kUnauthenticated,     // log in first
  kUnavailable,         // a resource (file, database) cannot be reached now: retry later
  kInternal,            // our bug: report it
};

// One problem found while validating input. `line` is 1-based (0 = not about one line);
// `column` names the column or field (empty = the whole line or file).
struct Problem {
  std::string file;
  std::size_t line = 0;
  std::string column;
  std::string rule;     // short rule name, e.g. "verplicht", "onbekende-code"
  std::string message;  // full Dutch sentence; never contains a value that may be personal data
};

struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;
  std::vector<Problem> problems;     // for kInvalidData: every problem (up to a limit)
  std::size_t problems_omitted = 0;  // problems found beyond the limit
  // Declared after the fields above so that Error{code, message, problems, omitted} still works.
  std::string reason;  // kebab-case, e.g. "version-conflict"; empty = none beyond the code
  std::string detail;  // internal: SQL, library messages, server paths. Never sent to a browser

  // The message plus one line per problem, as printed on a terminal. Never the detail.
  std::string describe() const;
  // describe() plus the detail on its own line ("  (detail: …)"), for the operator's terminal.
  std::string describe_for_operator() const;
};

template <class T>
using Result = std::expected<T, Error>;
using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(ErrorCode code, std::string message) {
  return std::unexpected(Error{code, std::move(message), {}, 0});
}
// With a machine-readable reason (kebab-case, see Error::reason).
inline std::unexpected<Error> fail(ErrorCode code, std::string reason, std::string message) {
  return std::unexpected(Error{code, std::move(message), {}, 0, std::move(reason), {}});
}

// "invalid-argument", "not-found", …: the code as a kebab-case name (the reason of an Error
// that names none).
const char* code_name(ErrorCode code);

// "bestand.csv, regel 12, kolom startdatum: <message>"
std::string describe(const Problem& p);

// Collects problems up to `limit`, counting the rest. Validation code adds every problem it
// finds, then turns the collection into an Error when it is not empty.
class ProblemList {
 public:
  explicit ProblemList(std::size_t limit = 200) : limit_(limit) {}
  void add(Problem p);
  bool empty() const { return problems_.empty() && omitted_ == 0; }
  std::size_t size() const { return problems_.size() + omitted_; }
  const std::vector<Problem>& problems() const { return problems_; }
  // REQUIRES: !empty(). `summary` heads the error, e.g. "Levering geweigerd: 3 fouten".
  Error to_error(std::string summary) const;

 private:
  std::size_t limit_;
  std::vector<Problem> problems_;
  std::size_t omitted_ = 0;
};

}  // namespace regio
