// The national dashboard (public): for the chosen wave the map of the regions coloured by
// collaboration level, the ladder distribution, the transitions since a compare wave, embedding
// classes and elements, stakeholder involvement, goals met per type and the national outcome
// indicators per start year from the latest release. Each part has a text summary, a chart, a
// table of the same figures, its source (with the number of suppressed cells) and CSV and XLSX
// downloads of exactly those figures (pages_dashboard_downloads.cpp).
#include <fmt/format.h>

#include "render/svg.h"
#include "web/authorization.h"
#include "web/internal/dashboard_request.h"
#include "web/figure_html.h"
#include "web/pages.h"
#include "web/problem.h"

namespace regio::web {
namespace {

void wave_select(Html& m, const char* id, const char* label, const std::vector<service::WaveSummary>& waves,
                 const std::string& selected, const std::string& skip, bool none) {
  m.element("label", {{"for", id}}, label);
  m.open("select", {{"id", id}, {"name", id}});
  if (none) m.element("option", {{"value", ""}}, "(geen)");
  for (const auto& w : waves) {
    if (w.wave.code == skip) continue;
    if (w.wave.code == selected)
      m.element("option", {{"value", w.wave.code}, {"selected", "selected"}}, w.wave.name);
    else
      m.element("option", {{"value", w.wave.code}}, w.wave.name);
  }
  m.close("select");
}

void filter_form(Html& m, const DashboardFigures& f, const std::vector<service::WaveSummary>& waves) {
  m.open("form", {{"method", "get"}, {"action", "/dashboard"}, {"class", "filters"}});
  wave_select(m, "meetmoment", "Meetmoment", waves, f.wave.code, "", false);
  wave_select(m, "vergelijk", "Vergelijken met", waves, f.compare ? f.compare->code : "", f.wave.code, true);
  m.element("button", {{"type", "submit"}}, "Tonen");
  m.close("form");
}

void section(Html& m, const DashboardPart& p, const std::string& query) {
  const FigureTable& t = p.table;
  m.open("section", {{"class", "figure"}, {"id", p.id}, {"aria-labelledby", p.id + "-kop"}});
  m.element("h2", {{"id", p.id + "-kop"}}, t.title);
  m.element("p", {{"class", "summary"}}, t.summary);
  if (p.chart) {
    render::SvgOptions options{.id_prefix = p.id,
                               .width = static_cast<double>(p.width),
                               .suppression_threshold = p.threshold,
                               .heading = render::Heading::kHidden};
    m.open("figure").svg(render::to_svg(*p.chart, options)).close("figure");
  }
  if (!t.header.empty()) figure_table(m, t);
  if (!t.note.empty()) m.element("p", {{"class", "note"}}, t.note);
  m.element("p", {{"class", "source"}}, t.source);
  if (!t.header.empty()) {
    const std::string part = query + "&onderdeel=" + p.id;
    m.open("p", {{"class", "downloads"}}).text("Download deze cijfers: ");
    m.element("a", {{"href", "/dashboard.csv" + part}, {"download", ""}}, "CSV");
    m.text(" · ");
    m.element("a", {{"href", "/dashboard.xlsx" + part}, {"download", ""}}, "Excel (XLSX)");
    m.close("p");
  }
  m.close("section");
}

void contents(Html& m, const DashboardFigures& f) {
  m.open("nav", {{"aria-labelledby", "inhoud-kop"}, {"class", "contents"}});
  m.element("h2", {{"id", "inhoud-kop"}}, "Op deze pagina");
  m.open("ul");
  for (const auto& p : f.parts) m.open("li").element("a", {{"href", "#" + p.id}}, p.table.title).close("li");
  m.close("ul").close("nav");
}

void downloads(Html& m, const DashboardFigures& f, const std::string& query) {
  m.open("ul", {{"class", "downloads"}});
  m.open("li").element("a", {{"href", "/dashboard.csv" + query}, {"download", ""}}, "Alle cijfers (CSV)").close("li");
  m.open("li")
      .element("a", {{"href", "/dashboard.xlsx" + query}, {"download", ""}},
               "Alle cijfers (Excel, één blad per onderdeel)")
      .close("li");
  std::string report = "/rapporten/landelijk?meetmoment=" + f.wave.code;
  if (f.compare) report += "&vergelijk=" + f.compare->code;
  m.open("li").element("a", {{"href", report + "&formaat=pdf"}}, "Landelijk rapport (PDF)").close("li");
  m.open("li").element("a", {{"href", report + "&formaat=html"}}, "Landelijk rapport (HTML)").close("li");
  m.close("ul");
}

// A signed-in visitor's map links each region whose page they may open (the region route's own
// decision, kRegionRead) to /regio/{code}. Anonymous visitors get no links, so the page kept for
// them (shared_responses.h) never carries any.
void link_regions(DashboardFigures& f, const Actor& actor) {
  if (actor.role == Role::kPubliek) return;
  for (auto& p : f.parts) {
    if (!p.chart || p.chart->kind != render::ChartKind::kMap) continue;
    for (auto& region : p.chart->map.regions)
      if (decide(Permission::kRegionRead, actor, region.code) == Decision::kAllow) region.link = "/regio/" + region.code;
  }
}

}  // namespace

Response dashboard_page(AppContext& app, Request& r) {
  std::vector<service::WaveSummary> waves;
  auto f = internal::load_dashboard(app, r, waves);
  if (!f) return error_response(app, r, problem(f.error()));
  link_regions(*f, r.actor);
  const std::string query = internal::dashboard_query(*f);
  Html m;
  m.element("h1", "Landelijk dashboard");
  m.element("p", {{"class", "lead"}},
            fmt::format("Hoe ver zijn GGZ en Werk & Inkomen met samenwerken in de arbeidsmarktregio's? Meetmoment {}.",
                        f->wave.name));
  filter_form(m, *f, waves);
  m.open("p").text("Deze weergave delen: ");
  m.element("a", {{"href", "/dashboard" + query}}, "vaste link naar deze selectie");
  m.close("p");
  downloads(m, *f, query);
  contents(m, *f);
  for (const auto& p : f->parts) section(m, p, query);
  return html_page(app, r, "Landelijk dashboard", m);
}

}  // namespace regio::web
