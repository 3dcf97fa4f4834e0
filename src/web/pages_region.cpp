// The region page (/regio/AM13): the region's profile over every wave next to the national
// picture and a compare region the visitor picks, its outcome goals with computed progress, its
// outcome indicators per year and intervention from the latest release (unsuppressed only for
// the roles that may, clearly labelled), its advice with reasoning and caveat, and downloads: a
// CSV of each table and the region's fact sheet (PDF or HTML, service/reports_service.h).
// Region detail: the route needs kRegionRead for {region}; everything else is decided by the
// use cases (region_view.h).
#include <fmt/format.h>

#include "document/output.h"
#include "render/svg.h"
#include "service/policy.h"
#include "service/reports_service.h"
#include "web/figure_html.h"
#include "web/pages.h"
#include "web/problem.h"
#include "web/region_view.h"

namespace regio::web {
namespace {

std::string base_of(const RegionView& v) { return "/regio/" + v.profile.region; }

std::string csv_link(const RegionView& v, const Request& r, const char* part) {
  const std::string q = region_query(r);
  return base_of(v) + "/cijfers.csv" + (q.empty() ? "?" : q + "&") + "onderdeel=" + part;
}

void alert(Html& m, const std::string& text, const char* kind = "alert alert-warning") {
  if (!text.empty()) m.element("p", {{"class", kind}, {"role", "status"}}, text);
}

// The regions a visitor may compare with: those in the analyses that policy lets them read.
void filter_form(Html& m, const RegionView& v, const Request& r) {
  m.open("form", {{"method", "get"}, {"action", base_of(v)}, {"class", "filters"}});
  m.element("label", {{"for", "vergelijk"}}, "Vergelijken met regio");
  m.open("select", {{"id", "vergelijk"}, {"name", "vergelijk"}, {"aria-describedby", "vergelijk-uitleg"}});
  m.element("option", {{"value", ""}}, "(alleen landelijk)");
  std::map<std::string, std::string> regions;
  for (const auto& a : v.profile.waves)
    for (const auto& pr : a.per_region) regions[pr.scores.region] = pr.name;
  for (const auto& [code, name] : regions) {
    if (code == v.profile.region || !service::allowed(r.actor, service::Action::kReadRegion, code)) continue;
    const std::string label = name.empty() ? code : fmt::format("{} ({})", name, code);
    if (v.profile.compare == code)
      m.element("option", {{"value", code}, {"selected", "selected"}}, label);
    else
      m.element("option", {{"value", code}}, label);
  }
  m.close("select");
  m.element("span", {{"id", "vergelijk-uitleg"}, {"class", "hint"}},
            "U kunt alleen vergelijken met regio's waarvan u de gegevens mag zien.");
  if (service::allowed(r.actor, service::Action::kSeeUnsuppressed)) {
    m.open("span", {{"class", "checkbox"}});
    if (v.unsuppressed_asked && v.outcomes && v.outcomes->table.mode() == outcomes::DisclosureMode::kUnsuppressed)
      m.empty("input", {{"type", "checkbox"},
                        {"id", "ongefilterd"},
                        {"name", "ongefilterd"},
                        {"value", "1"},
                        {"checked", "checked"}});
    else
      m.empty("input", {{"type", "checkbox"}, {"id", "ongefilterd"}, {"name", "ongefilterd"}, {"value", "1"}});
    m.element("label", {{"for", "ongefilterd"}}, "Ongefilterde uitkomsten (niet beveiligd – niet publiceren)");
    m.close("span");
    m.element("label", {{"for", "peildatum"}}, "Peildatum (bij ongefilterd)");
    const auto it = r.query.find("peildatum");
    m.empty("input", {{"type", "date"},
                      {"id", "peildatum"},
                      {"name", "peildatum"},
                      {"value", it == r.query.end() ? std::string() : it->second}});
  }
  m.element("button", {{"type", "submit"}, {"class", "button"}}, "Tonen");
  m.close("form");
}

std::string svg_of(const render::Chart& c, const char* id) {
  render::SvgOptions o{.id_prefix = id, .width = 640, .heading = render::Heading::kHidden};
  return render::to_svg(c, o);
}

void profile_part(Html& m, const RegionView& v, const Request& r) {
  m.open("section", {{"aria-labelledby", "profiel-kop"}});
  m.element("h2", {{"id", "profiel-kop"}}, "Profiel over de meetmomenten");
  alert(m, v.compare_message);
  const RegionFigures& f = v.figures;
  figure_section(m, "niveau", f.levels, svg_of(f.levels_chart, "grafiek-niveau"), csv_link(v, r, "niveau"));
  figure_section(m, "borging", f.embedding, f.embedding_chart ? svg_of(*f.embedding_chart, "grafiek-borging") : "",
                 csv_link(v, r, "borging"));
  figure_section(m, "partijen", f.involvement, "", csv_link(v, r, "partijen"));
  figure_section(m, "producten", f.products, "", csv_link(v, r, "producten"));
  figure_section(m, "vragenlijstdoelen", f.goal_types, "", csv_link(v, r, "vragenlijstdoelen"));
  m.close("section");
}

void goals_part(Html& m, const RegionView& v, const Request& r) {
  if (v.goals_table) {
    figure_section(m, "doelen", *v.goals_table, "", csv_link(v, r, "doelen"), 2);
    return;
  }
  m.open("section", {{"id", "doelen"}, {"aria-labelledby", "doelen-kop"}});
  m.element("h2", {{"id", "doelen-kop"}}, "Doelen op uitkomsten, met voortgang");
  alert(m, v.goals_message);
  m.close("section");
}

void outcomes_part(Html& m, const RegionView& v, const Request& r) {
  const bool exact = v.outcomes && v.outcomes->table.mode() == outcomes::DisclosureMode::kUnsuppressed;
  m.open("section", {{"id", "uitkomsten"}, {"aria-labelledby", "uitkomsten-kop"}});
  m.element("h2", {{"id", "uitkomsten-kop"}},
            exact ? "Uitkomsten voor cliënten — niet beveiligd – niet publiceren" : "Uitkomsten voor cliënten");
  alert(m, v.outcomes_message);
  if (exact)
    m.element("p", {{"class", "alert alert-error unprotected"}, {"role", "alert"}},
              "NIET BEVEILIGD – NIET PUBLICEREN. " + suppression_explanation(*v.outcomes));
  if (v.outcomes_table) {
    const FigureTable& t = *v.outcomes_table;
    m.element("p", {{"class", "summary"}}, t.summary);
    figure_table(m, t);
    m.element("p", {{"class", "source"}}, t.source);
    if (!exact) m.element("p", {{"class", "explanation"}, {"id", "uitleg-punt"}}, suppression_explanation(*v.outcomes));
    m.open("p").element("a", {{"href", csv_link(v, r, "uitkomsten")}, {"download", ""}}, "Download deze cijfers (CSV)");
    m.close("p");
  }
  m.close("section");
}

void advice_part(Html& m, const RegionView& v) {
  m.open("section", {{"id", "advies"}, {"aria-labelledby", "advies-kop"}});
  m.element("h2", {{"id", "advies-kop"}}, "Advies");
  alert(m, v.advice_message);
  if (v.advice) {
    m.element("p", fmt::format("Op grond van meetmoment {}: {} {}.", v.advice_wave, v.advice->advice.size(),
                               v.advice->advice.size() == 1 ? "advies" : "adviezen"));
    for (const auto& a : v.advice->advice) {
      m.open("article", {{"class", "advice"}});
      m.element("h3", a.advice);
      m.open("p").element("strong", "Waarom: ").text(a.reasoning).close("p");
      if (!a.caveat.empty()) m.open("p").element("strong", "Let op: ").text(a.caveat).close("p");
      if (!a.figures.empty()) {
        std::string figures;
        for (const auto& f : a.figures)
          figures += fmt::format("{}{} = {}", figures.empty() ? "" : "; ", f.name, f.shown);
        m.element("p", {{"class", "source"}},
                  "Gebaseerd op: " + figures + fmt::format(" (regel {}, versie {}).", a.rule, a.version));
      }
      m.close("article");
    }
    if (!v.advice->skipped.empty())
      m.element("p", {{"class", "hint"}},
                fmt::format("{} regels konden niet worden beoordeeld omdat cijfers ontbreken of onderdrukt zijn; daar "
                            "geven we geen advies over.",
                            v.advice->skipped.size()));
  }
  m.close("section");
}

void downloads_part(Html& m, const RegionView& v) {
  m.open("section", {{"id", "downloads"}, {"aria-labelledby", "downloads-kop"}});
  m.element("h2", {{"id", "downloads-kop"}}, "Downloads");
  m.open("ul");
  m.open("li")
      .element("a", {{"href", base_of(v) + "/factsheet?formaat=pdf"}}, "Factsheet van de regio (PDF)")
      .close("li");
  m.open("li")
      .element("a", {{"href", base_of(v) + "/factsheet?formaat=html"}}, "Factsheet van de regio (HTML)")
      .close("li");
  m.close("ul").close("section");
}

Response csv_of(const std::vector<const FigureTable*>& tables, const std::string& name) {
  Response out;
  out.content_type = "text/csv; charset=utf-8";
  out.headers.emplace_back("Content-Disposition", fmt::format("attachment; filename=\"{}.csv\"", name));
  for (const FigureTable* t : tables) out.body += to_csv(*t);
  return out;
}

}  // namespace

Response region_page(AppContext& app, Request& r) {
  // The main part depends on the target, the visitor's role and region and the data only
  // (every decision in it is service::allowed on the actor): kept per data generation
  // (page_cache.h).
  auto build = [&]() -> Result<CachedPage> {
    auto v = load_region_view(app, r);
    if (!v) return std::unexpected(v.error());
    Html m;
    m.open("div", {{"class", "region-page"}});
    m.element("h1", "Regio " + v->figures.title);
    m.element("p", {{"class", "lead"}},
              "Het profiel van de regio over alle meetmomenten naast het landelijk beeld, de doelen met voortgang, "
              "de uitkomsten voor cliënten en het advies.");
    filter_form(m, *v, r);
    profile_part(m, *v, r);
    goals_part(m, *v, r);
    outcomes_part(m, *v, r);
    advice_part(m, *v);
    downloads_part(m, *v);
    m.close("div");
    return CachedPage{"Regio " + v->figures.title, std::move(m)};
  };
  auto page = app.pages->get(app.store, r, build);
  if (!page) return error_response(app, r, problem(page.error()));
  return html_page(app, r, (*page)->title, (*page)->main);
}

Response region_csv(AppContext& app, Request& r) {
  auto v = load_region_view(app, r);
  if (!v) return problem(v.error());
  const std::string part = r.query.contains("onderdeel") ? r.query.at("onderdeel") : "";
  const RegionFigures& f = v->figures;
  std::vector<const FigureTable*> tables;
  auto want = [&](const char* name) { return part.empty() || part == name; };
  if (want("niveau")) tables.push_back(&f.levels);
  if (want("borging")) tables.push_back(&f.embedding);
  if (want("partijen")) tables.push_back(&f.involvement);
  if (want("producten")) tables.push_back(&f.products);
  if (want("vragenlijstdoelen")) tables.push_back(&f.goal_types);
  if (want("doelen") && v->goals_table) tables.push_back(&*v->goals_table);
  if (want("uitkomsten") && v->outcomes_table) tables.push_back(&*v->outcomes_table);
  if (tables.empty())
    return problem(400, fmt::format("Onbekend of leeg onderdeel '{}': kies niveau, borging, partijen, producten, "
                                    "vragenlijstdoelen, doelen of uitkomsten.",
                                    part));
  return csv_of(tables, "regio-" + v->profile.region + (part.empty() ? "" : "-" + part));
}

Response region_factsheet(AppContext& app, Request& r) {
  const std::string region = r.params["region"];
  if (!app.registry.is_known_region(region))
    return error_response(app, r, problem(404, "Regio " + region + " bestaat niet."));
  const std::string wanted = r.query.contains("formaat") ? r.query.at("formaat") : "pdf";
  auto format = document::output_format(wanted);
  if (!format)
    return error_response(app, r, problem(400, fmt::format("Onbekend formaat '{}': kies pdf of html.", wanted)));
  auto waves = app.services.waves.list(r.actor);
  if (!waves) return error_response(app, r, problem(waves.error()));
  if (waves->empty()) return error_response(app, r, problem(404, "Er is nog geen meetmoment ingevoerd."));
  std::string wave = std::max_element(waves->begin(), waves->end(), [](const auto& a, const auto& b) {
                       return a.wave.date < b.wave.date;
                     })->wave.code;
  if (auto it = r.query.find("meetmoment"); it != r.query.end() && !it->second.empty()) wave = it->second;
  auto docs = app.services.reports.fact_sheets(
      r.actor, {.wave = wave, .regions = {region}, .software = std::string(service::kReportSoftware)});
  if (!docs) return error_response(app, r, problem(docs.error()));
  auto bytes = document::write_document(docs->front().document, *format);
  if (!bytes) return error_response(app, r, problem(bytes.error()));
  Response out;
  out.content_type = std::string(document::content_type(*format));
  out.headers.emplace_back("Content-Disposition", fmt::format("attachment; filename=\"factsheet-{}-{}.{}\"", region,
                                                              wave, document::extension(*format)));
  out.body = std::move(*bytes);
  return out;
}

}  // namespace regio::web
