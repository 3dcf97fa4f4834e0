#include "web/upload_feedback.h"

#include <utility>

#include <fmt/format.h>

namespace regio::web {

void refusal(Html& m, const Error& e) {
  m.open("div", {{"id", std::string(kRefusalId)}, {"class", "alert alert-error"}, {"role", "alert"}});
  m.element("p", e.message);
  const std::size_t total = e.problems.size() + e.problems_omitted;
  // The import's own message usually says so already; say it once.
  const bool said = e.message.find("niets opgeslagen") != std::string::npos;
  const std::string nothing = said ? "" : " Er is niets opgeslagen.";
  if (total > 0)
    m.element("p", (total == 1 ? std::string("Er is 1 probleem gevonden; zie de tabel.")
                               : fmt::format("Er zijn {} problemen gevonden; zie de tabel.", total)) +
                       nothing);
  else if (!said)
    m.element("p", "Er is niets opgeslagen.");
  m.close("div");
  if (e.problems.empty()) return;
  m.open("table", {{"class", "table problems"}});
  m.element("caption", "Gevonden problemen");
  m.open("thead").open("tr");
  for (const char* head : {"Bestand", "Regel", "Kolom", "Controle", "Melding"})
    m.element("th", {{"scope", "col"}}, head);
  m.close("tr").close("thead").open("tbody");
  for (const Problem& p : e.problems)
    m.open("tr")
        .element("td", p.file)
        .element("td", p.line > 0 ? std::to_string(p.line) : std::string())
        .element("td", p.column)
        .element("td", p.rule)
        .element("td", p.message)
        .close("tr");
  m.close("tbody").close("table");
  if (e.problems_omitted > 0)
    m.element("p", fmt::format("Nog {} problemen zijn niet getoond; los eerst deze op.", e.problems_omitted));
}

void data_page_start(Html& m, const Request& r, std::string_view title, std::string_view lead,
                     std::string_view notice) {
  data_nav(m, r);
  m.element("h1", title);
  m.element("p", {{"class", "lead"}}, lead);
  if (!notice.empty()) success_notice(m, notice);
}

void data_nav(Html& m, const Request& r) {
  m.open("nav", {{"class", "sub-nav"}, {"aria-label", "Gegevensbeheer"}}).open("ul");
  for (const auto& [href, label] :
       {std::pair{"/beheer/leveringen", "Leveringen"}, std::pair{"/beheer/releases", "Releases"},
        std::pair{"/beheer/meetmomenten", "Meetmomenten"}, std::pair{"/beheer/antwoorden", "Antwoorden importeren"}}) {
    m.open("li");
    if (r.path == href)
      m.element("a", {{"href", href}, {"aria-current", "page"}}, label);
    else
      m.element("a", {{"href", href}}, label);
    m.close("li");
  }
  m.close("ul").close("nav");
}

void success_notice(Html& m, std::string_view text) {
  m.element("p", {{"class", "alert alert-success"}, {"role", "status"}}, text);
}

void csrf_field(Html& m, const Request& r) {
  m.empty("input", {{"type", "hidden"}, {"name", "csrf"}, {"value", r.csrf_token}});
}

void upload_progress(Html& m, std::string_view label) {
  m.open("div", {{"class", "upload-progress"}, {"hidden", "hidden"}});
  m.element("label", {{"for", "upload-voortgang"}}, label);
  m.open("progress", {{"id", "upload-voortgang"}, {"max", "100"}, {"value", "0"}}).close("progress");
  m.element("span", {{"class", "upload-percentage"}, {"aria-live", "polite"}}, "");
  m.close("div");
}

}  // namespace regio::web
