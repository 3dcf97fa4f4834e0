// The beheerder's audit log: every write (who, when, from web or CLI, what), newest first, a page
// at a time, filtered by user and period through GET parameters (a permalink reproduces the view):
//   /beheer/audit?gebruiker=onderzoeker&van=2026-11-01&tot=2026-11-30&voor=812
// `voor` is the id below which the page starts (the "older" link carries it).
#include <fmt/format.h>

#include "base/date.h"
#include "base/text.h"
#include "web/pages.h"
#include "web/problem.h"

namespace regio::web {
namespace {

constexpr std::size_t kPageSize = 50;

struct AuditFilter {
  std::string user;  // as typed (trimmed)
  std::string from;  // "YYYY-MM-DD" as typed, "" = none
  std::string to;    // inclusive
  std::string from_error;
  std::string to_error;
  store::AuditQuery query;
};

std::string param(const Request& r, const std::string& key) {
  auto it = r.query.find(key);
  return it == r.query.end() ? std::string() : std::string(trim(it->second));
}

AuditFilter read_filter(const Request& r) {
  AuditFilter f;
  f.user = param(r, "gebruiker");
  f.from = param(r, "van");
  f.to = param(r, "tot");
  f.query.actor = f.user;
  f.query.limit = kPageSize + 1;  // one more tells whether there is an older page
  if (!f.from.empty()) {
    if (auto d = parse_iso_date(f.from))
      f.query.from = format_iso(*d);
    else
      f.from_error = "Vul de begindatum in als JJJJ-MM-DD, bijvoorbeeld 2026-11-01.";
  }
  if (!f.to.empty()) {
    if (auto d = parse_iso_date(f.to))
      f.query.until = format_iso(*d + 1);  // up to and including that day
    else
      f.to_error = "Vul de einddatum in als JJJJ-MM-DD, bijvoorbeeld 2026-11-30.";
  }
  if (auto before = parse_integer(param(r, "voor")); before && *before > 0) f.query.before = *before;
  return f;
}

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
  AuditFilter f = read_filter(r);
  const bool invalid = !f.from_error.empty() || !f.to_error.empty();
  Html m;
  m.element("h1", "Auditlog");
  m.element("p", "Elke wijziging in Regiomonitor: wie, wanneer, via de website of de opdrachtregel, en wat.");
  if (invalid)
    m.element("p", {{"class", "alert alert-error"}, {"role", "alert"}}, "Het filter is niet gebruikt: zie de datum.");
  filter_form(m, f);
  if (invalid) return html_page(app, r, "Auditlog", m, 400);
  auto log = app.store.audit_log(f.query);
  if (!log) return error_response(app, r, problem(log.error()));
  const bool older = log->size() > kPageSize;
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
  m.open("nav", {{"aria-label", "Pagina's van het auditlog"}});
  if (f.query.before != 0) {
    const std::string newest = form_encode({{"gebruiker", f.user}, {"van", f.from}, {"tot", f.to}});
    m.element("a", {{"href", "/beheer/audit?" + newest}}, "Nieuwste wijzigingen");
  }
  if (older) {
    const std::string next = form_encode(
        {{"gebruiker", f.user}, {"van", f.from}, {"tot", f.to}, {"voor", std::to_string(log->back().id)}});
    m.text(" ").element("a", {{"href", "/beheer/audit?" + next}}, "Oudere wijzigingen");
  }
  m.close("nav");
  return html_page(app, r, "Auditlog", m);
}

}  // namespace regio::web
