// The national dashboard (public): for the chosen wave the map of the regions coloured by
// collaboration level, the ladder distribution and the transitions since a compare wave, each
// with a text summary, a table of the same figures, its source and a CSV of exactly those figures.
// The figures come from the service layer's national analysis (Action::kReadPublished: counts of
// regions, no client data, so nothing needs suppressing).
#include <algorithm>

#include <fmt/format.h>

#include "analysis/config.h"
#include "render/svg.h"
#include "service/services.h"
#include "web/dashboard_figures.h"
#include "web/pages.h"
#include "web/problem.h"

namespace regio::web {
namespace {

// "/dashboard?meetmoment=W&vergelijk=W0": the same filters for the page and its CSV.
std::string query_of(const DashboardFigures& f) {
  std::string q = "?meetmoment=" + f.wave.code;
  if (f.compare) q += "&vergelijk=" + f.compare->code;
  return q;
}

void filter_form(Html& m, const DashboardFigures& f, const std::vector<service::WaveSummary>& waves) {
  m.open("form", {{"method", "get"}, {"action", "/dashboard"}, {"class", "filters"}});
  m.element("label", {{"for", "meetmoment"}}, "Meetmoment");
  m.open("select", {{"id", "meetmoment"}, {"name", "meetmoment"}});
  for (const auto& w : waves) {
    if (w.wave.code == f.wave.code)
      m.element("option", {{"value", w.wave.code}, {"selected", "selected"}}, w.wave.name);
    else
      m.element("option", {{"value", w.wave.code}}, w.wave.name);
  }
  m.close("select");
  m.element("label", {{"for", "vergelijk"}}, "Vergelijken met");
  m.open("select", {{"id", "vergelijk"}, {"name", "vergelijk"}});
  m.element("option", {{"value", ""}}, "(geen)");
  for (const auto& w : waves) {
    if (w.wave.code == f.wave.code) continue;
    if (f.compare && w.wave.code == f.compare->code)
      m.element("option", {{"value", w.wave.code}, {"selected", "selected"}}, w.wave.name);
    else
      m.element("option", {{"value", w.wave.code}}, w.wave.name);
  }
  m.close("select");
  m.element("button", {{"type", "submit"}}, "Tonen");
  m.close("form");
}

void table(Html& m, const FigureTable& t) {
  m.open("table", {{"class", "figures"}});
  m.element("caption", t.caption);
  m.open("thead").open("tr");
  for (const auto& h : t.header) m.element("th", {{"scope", "col"}}, h);
  m.close("tr").close("thead").open("tbody");
  for (const auto& row : t.rows) {
    m.open("tr");
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i == 0)
        m.element("th", {{"scope", "row"}}, row[i]);
      else
        m.element("td", row[i]);
    }
    m.close("tr");
  }
  m.close("tbody").close("table");
}

void section(Html& m, const char* id, const FigureTable& t, const std::string& svg, const std::string& csv_link) {
  m.open("section", {{"class", "figure"}, {"aria-labelledby", std::string(id) + "-kop"}});
  m.element("h2", {{"id", std::string(id) + "-kop"}}, t.title);
  m.element("p", {{"class", "summary"}}, t.summary);
  if (!svg.empty()) m.open("figure").svg(svg).close("figure");
  table(m, t);
  m.element("p", {{"class", "source"}}, t.source);
  m.open("p").element("a", {{"href", csv_link}, {"download", ""}}, "Download deze cijfers (CSV)").close("p");
  m.close("section");
}

Result<DashboardFigures> load(AppContext& app, const Request& r, std::vector<service::WaveSummary>& waves) {
  auto listed = app.services.waves.list(r.actor);
  if (!listed) return std::unexpected(listed.error());
  waves = std::move(*listed);
  std::sort(waves.begin(), waves.end(), [](const auto& a, const auto& b) { return a.wave.date < b.wave.date; });
  if (waves.empty()) return fail(ErrorCode::kNotFound, "no-waves", "Er is nog geen meetmoment ingevoerd.");
  std::string wave = waves.back().wave.code;
  if (auto it = r.query.find("meetmoment"); it != r.query.end() && !it->second.empty()) wave = it->second;
  std::optional<std::string> compare;
  if (auto it = r.query.find("vergelijk"); it != r.query.end() && !it->second.empty()) compare = it->second;
  if (compare && *compare == wave)
    return fail(ErrorCode::kInvalidArgument, "compare-same-wave",
                "Kies bij 'Vergelijken met' een ander meetmoment dan het getoonde.");
  auto a = app.services.waves.analyse(r.actor, wave, compare, analysis::default_config());
  if (!a) return std::unexpected(a.error());
  return dashboard_figures(*a);
}

}  // namespace

Response dashboard_page(AppContext& app, Request& r) {
  std::vector<service::WaveSummary> waves;
  auto f = load(app, r, waves);
  if (!f) return error_response(app, r, problem(f.error()));
  const std::string csv = "/dashboard.csv" + query_of(*f);
  Html m;
  m.element("h1", "Landelijk dashboard");
  m.element("p", {{"class", "lead"}},
            fmt::format("Hoe ver zijn GGZ en Werk & Inkomen met samenwerken in de arbeidsmarktregio's? Meetmoment {}.",
                        f->wave.name));
  filter_form(m, *f, waves);
  m.open("p").text("Deze weergave delen: ");
  m.element("a", {{"href", "/dashboard" + query_of(*f)}}, "vaste link naar deze selectie");
  m.close("p");
  render::SvgOptions map_options{.id_prefix = "kaart", .width = 560, .heading = render::Heading::kHidden};
  section(m, "kaart", f->map_table, render::to_svg(f->map, map_options), csv + "&onderdeel=kaart");
  render::SvgOptions ladder_options{.id_prefix = "ladder", .width = 640, .heading = render::Heading::kHidden};
  section(m, "ladder", f->ladder_table, render::to_svg(f->ladder, ladder_options), csv + "&onderdeel=ladder");
  if (f->transitions) {
    render::SvgOptions options{.id_prefix = "overgangen", .width = 640, .heading = render::Heading::kHidden};
    section(m, "overgangen", f->transitions_table, render::to_svg(*f->transitions, options),
            csv + "&onderdeel=overgangen");
  }
  return html_page(app, r, "Landelijk dashboard", m);
}

Response dashboard_csv(AppContext& app, Request& r) {
  std::vector<service::WaveSummary> waves;
  auto f = load(app, r, waves);
  if (!f) return problem(f.error());
  const std::string part = r.query.contains("onderdeel") ? r.query.at("onderdeel") : "";
  std::vector<const FigureTable*> tables;
  if (part.empty() || part == "kaart") tables.push_back(&f->map_table);
  if (part.empty() || part == "ladder") tables.push_back(&f->ladder_table);
  if ((part.empty() || part == "overgangen") && f->transitions) tables.push_back(&f->transitions_table);
  if (tables.empty())
    return problem(Error{ErrorCode::kInvalidArgument,
                         fmt::format("Onbekend onderdeel '{}': kies kaart, ladder of overgangen.", part),
                         {},
                         0,
                         "unknown-part",
                         {}});
  Response out;
  out.content_type = "text/csv; charset=utf-8";
  out.headers.emplace_back("Content-Disposition",
                           fmt::format("attachment; filename=\"dashboard-{}.csv\"", f->wave.code));
  for (const FigureTable* t : tables) out.body += to_csv(*t);
  return out;
}

}  // namespace regio::web
