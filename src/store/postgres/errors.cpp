#include "store/postgres/errors.h"

#include <fmt/format.h>

#include <string>

namespace regio::store::postgres_detail {
namespace {

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// libpq reports a refused login while connecting without a SQLSTATE; its text says what happened.
bool refused_login(const Failure& f) {
  if (!f.sqlstate.empty()) return starts_with(f.sqlstate, "28");
  for (std::string_view text : {"password authentication failed", "authentication failed", "no password supplied",
                                "pg_hba.conf rejects", "no pg_hba.conf entry"}) {
    if (f.message.find(text) != std::string_view::npos) return true;
  }
  // 28000 for a login role that does not exist ("FATAL:  role "x" does not exist").
  return f.message.find("role \"") != std::string_view::npos &&
         f.message.find("does not exist") != std::string_view::npos;
}

ErrorCode code_of(const Failure& f) {
  const std::string_view s = f.sqlstate;
  if (refused_login(f)) return ErrorCode::kPermissionDenied;
  if (s == "23505") return ErrorCode::kAlreadyExists;
  if (s == "23503") return ErrorCode::kNotFound;
  if (starts_with(s, "23") || starts_with(s, "22")) return ErrorCode::kInvalidArgument;
  if (s.empty() || f.connection_lost) return ErrorCode::kUnavailable;
  for (std::string_view retry : {"08", "53", "57P01", "57P02", "57P03", "40001", "40P01", "55P03", "3D000"}) {
    if (starts_with(s, retry)) return ErrorCode::kUnavailable;
  }
  return ErrorCode::kInternal;
}

// libpq messages end in a newline and may, for a malformed connection string, quote a part of it.
std::string clean(std::string_view message, std::string_view secret) {
  std::string out(message);
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  if (!secret.empty()) {
    for (auto at = out.find(secret); at != std::string::npos; at = out.find(secret, at)) {
      out.replace(at, secret.size(), "***");
    }
  }
  return out;
}

const char* reason_of(ErrorCode code, const Failure& f) {
  switch (code) {
    case ErrorCode::kAlreadyExists:
      return "already-exists";
    case ErrorCode::kNotFound:
      return "reference-missing";
    case ErrorCode::kInvalidArgument:
      return "constraint-violated";
    case ErrorCode::kPermissionDenied:
      return "database-login-refused";
    case ErrorCode::kUnavailable:
      return f.sqlstate == "40001" || f.sqlstate == "40P01" || f.sqlstate == "55P03" ? "database-busy"
                                                                                     : "database-unavailable";
    default:
      return "database-error";
  }
}

}  // namespace

Error to_error(const Failure& f) {
  const ErrorCode code = code_of(f);
  std::string reason = clean(f.message, f.secret);
  if (reason.empty()) reason = "geen antwoord van de server";
  // The user's message says what failed and what to do; the server's address, its own text and
  // the SQLSTATE are the detail (for the operator; a browser never sees them).
  std::string message;
  if (code == ErrorCode::kUnavailable) {
    message = fmt::format("De database (PostgreSQL) is niet bereikbaar bij {}", f.action);
  } else if (code == ErrorCode::kPermissionDenied) {
    message = fmt::format(
        "De database (PostgreSQL): geen toegang bij {}: de server weigert de aanmelding; controleer "
        "gebruiker en wachtwoord",
        f.action);
  } else {
    message = fmt::format("De database (PostgreSQL): {} mislukt", f.action);
  }
  std::string detail = fmt::format("PostgreSQL ({}): {}", f.where, reason);
  if (!f.sqlstate.empty()) detail += fmt::format(" [SQLSTATE {}]", f.sqlstate);
  return Error{code, std::move(message), {}, 0, reason_of(code, f), std::move(detail)};
}

}  // namespace regio::store::postgres_detail
