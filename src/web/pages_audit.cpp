// The beheerder's audit log: every write (who, when, from web or CLI, what), newest first, a page
// at a time, filtered by user and period through GET parameters (web/audit_filter.h), so a
// permalink reproduces the view. The same as JSON: api_audit.cpp.
#include <fmt/format.h>

#include "web/audit_filter.h"
#include "web/pages.h"
#include "web/problem.h"

namespace regio::web {
namespace {

void date_field(Html& m, Name id, const char* label, const std::string& value, const std::string& error) {
  m.element("label", {{"for", id.c_str()}}, label);
  if (error.empty()) {
    m.empty("input", {{"id", id.c_str()}, {"name", id.c_str()}, {"type", "date"}, {"value", value}});
    return;
  }
  const std::string error_id = std::string(id.c_str()) + "-fout";
  m.element("span", {{"id", error_id}, {"class", "field-error"}}, error);
  m.empty("input", {{"id", id.c_str()},
                    {"name", id.c_str()},
                    {"type", "date"},
                    {"value", value},
                    {"aria-invalid", "true"},
                    {"aria-describedby", error_id}});
}

void filter_form(Html& m, const AuditFilter& f) {
  m.open("form", {{"method", "get"}, {"action", "/beheer/audit"}, {"class", "filters"}});
  m.element("label", {{"for", "gebruiker"}}, "Gebruiker");
  m.empty("input", {{"id", "gebruiker"}, {"name", "gebruiker"}, {"type", "text"}, {"value", f.user}});
  date_field(m, "van", "Van", f.from, f.from_error);
  date_field(m, "tot", "Tot en met", f.to, f.to_error);
  m.element("button", {{"type", "submit"}}, "Filteren");
  m.close("form");
}

std::string describe(const AuditFilter& f) {
  std::string out = "Wijzigingen, nieuwste eerst";
  if (!f.user.empty()) out += fmt::format(", van gebruiker {}", f.user);
  if (!f.query.from.empty()) out += fmt::format(", vanaf {}", f.from);
  if (!f.query.until.empty()) out += fmt::format(", tot en met {}", f.to);
  return out + ".";
}

}  // namespace

Response audit_page(AppContext& app, Request& r) {
  const AuditFilter f = read_audit_filter(r);
  const bool invalid = !f.valid();
  Html m;
  m.element("h1", "Auditlog");
  m.element("p", "Elke wijziging in Regiomonitor: wie, wanneer, via de website of de opdrachtregel, en wat.");
  if (invalid)
    m.element("p", {{"class", "alert alert-error"}, {"role", "alert"}}, "Het filter is niet gebruikt: zie de datum.");
  filter_form(m, f);
  if (invalid) return html_page(app, r, "Auditlog", m, 400);
  auto log = app.store.audit_log(f.query);
  if (!log) return error_response(app, r, problem(log.error()));
  const bool older = log->size() > kAuditPageSize;
  if (older) log->pop_back();
  m.open("table", {{"class", "table"}});
  m.element("caption", describe(f));
  m.open("thead").open("tr");
  for (const char* head : {"Tijd (UTC)", "Wie", "Via", "Wat", "Object"}) m.element("th", {{"scope", "col"}}, head);
  m.close("tr").close("thead").open("tbody");
  for (const auto& e : *log)
    m.open("tr")
        .element("td", e.at)
        .element("td", e.actor)
        .element("td", e.channel == "cli" ? "opdrachtregel" : "website")
        .element("td", e.action)
        .element("td", e.target)
        .close("tr");
  m.close("tbody").close("table");
  if (log->empty()) m.element("p", "Geen wijzigingen gevonden.");
  if (f.query.before == 0 && !older) return html_page(app, r, "Auditlog", m);
  m.open("nav", {{"aria-label", "Pagina's van het auditlog"}});
  if (f.query.before != 0) m.element("a", {{"href", "/beheer/audit?" + f.query_string(0)}}, "Nieuwste wijzigingen");
  if (older)
    m.text(" ").element("a", {{"href", "/beheer/audit?" + f.query_string(log->back().id)}}, "Oudere wijzigingen");
  m.close("nav");
  return html_page(app, r, "Auditlog", m);
}

}  // namespace regio::web
