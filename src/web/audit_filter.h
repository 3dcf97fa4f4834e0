// The audit log's filter as the page and the API read it from the URL:
//   ?gebruiker=onderzoeker&van=2026-11-01&tot=2026-11-30&voor=812
// gebruiker: exact user name; van / tot: dates (YYYY-MM-DD), both days included; voor: the id
// below which the page starts (the link to older entries carries it).
#pragma once

#include <cstddef>
#include <string>

#include "store/store.h"
#include "web/http_types.h"

namespace regio::web {

inline constexpr std::size_t kAuditPageSize = 50;

struct AuditFilter {
  std::string user;        // as given (trimmed)
  std::string from;        // as given, "" = none
  std::string to;          // as given, "" = none
  std::string from_error;  // Dutch message when `from` is not a date
  std::string to_error;
  // What to ask the store: limit kAuditPageSize + 1, so one more entry tells whether there is an
  // older page.
  store::AuditQuery query;

  bool valid() const { return from_error.empty() && to_error.empty(); }
  // The query string of the same filter from id `before` on ("voor" left out when 0).
  std::string query_string(std::int64_t before) const;
};

AuditFilter read_audit_filter(const Request& r);

}  // namespace regio::web
