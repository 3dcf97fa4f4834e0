#include "base/error.h"

#include <fmt/format.h>

namespace regio {

std::string describe(const Problem& p) {
  std::string where = p.file;
  auto add = [&where](const std::string& part) {
    if (part.empty()) return;
    if (!where.empty()) where += ", ";
    where += part;
  };
  if (p.line > 0) add(fmt::format("regel {}", p.line));
  if (!p.column.empty()) add(fmt::format("kolom {}", p.column));
  std::string out = where.empty() ? p.message : fmt::format("{}: {}", where, p.message);
  if (!p.rule.empty()) out += fmt::format(" [{}]", p.rule);
  return out;
}

std::string Error::describe() const {
  std::string out = message;
  for (const auto& p : problems) out += "\n  - " + regio::describe(p);
  if (problems_omitted > 0) out += fmt::format("\n  … en nog {} fouten", problems_omitted);
  return out;
}

std::string Error::describe_for_operator() const {
  if (detail.empty()) return describe();
  std::string out = message + "\n  (detail: " + detail + ")";
  for (const auto& p : problems) out += "\n  - " + regio::describe(p);
  if (problems_omitted > 0) out += fmt::format("\n  … en nog {} fouten", problems_omitted);
  return out;
}

const char* code_name(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidArgument:
      return "invalid-argument";
    case ErrorCode::kInvalidData:
      return "invalid-data";
    case ErrorCode::kNotFound:
      return "not-found";
    case ErrorCode::kAlreadyExists:
      return "already-exists";
    case ErrorCode::kFailedPrecondition:
      return "failed-precondition";
    case ErrorCode::kPermissionDenied:
      return "permission-denied";
    case ErrorCode::kUnauthenticated:
      return "unauthenticated";
    case ErrorCode::kUnavailable:
      return "unavailable";
    case ErrorCode::kInternal:
      return "internal";
  }
  return "internal";
}

void ProblemList::add(Problem p) {
  if (problems_.size() < limit_) {
    problems_.push_back(std::move(p));
  } else {
    ++omitted_;
  }
}

Error ProblemList::to_error(std::string summary) const {
  return Error{ErrorCode::kInvalidData, std::move(summary), problems_, omitted_, "invalid-data", {}};
}

}  // namespace regio
